"""Sales report as CSV."""

import csv
import io

from report_data import format_date, format_money, format_share, prepare_rows, region_totals


def export_csv(rows, currency="EUR", locale="en", include_returned=False, sort_by="date"):
    """The sales rows as CSV text: one line per sale, then a total per region and overall."""
    kept = prepare_rows(rows, currency, locale, include_returned, sort_by)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if locale == "de" else ",", lineterminator="\n")
    writer.writerow(["date", "region", "rep", "amount"])
    for row in kept:
        writer.writerow([format_date(row["date"], locale), row["region"], row["rep"],
                         format_money(row["amount"], locale)])
    totals, grand = region_totals(kept)
    writer.writerow([])
    for region in sorted(totals):
        writer.writerow(["total", region, format_share(totals[region], grand), format_money(totals[region], locale)])
    writer.writerow(["total", "all", "100.0%" if kept else "0.0%", format_money(grand, locale)])
    return out.getvalue()
