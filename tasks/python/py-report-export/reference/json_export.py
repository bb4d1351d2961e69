"""Sales report as JSON."""

import json

from report_data import format_date, format_money, format_share, prepare_rows, region_totals


def export_json(rows, currency="EUR", locale="en", include_returned=False, sort_by="date"):
    """The sales rows as a JSON document with formatted amounts, dates and region totals."""
    kept = prepare_rows(rows, currency, locale, include_returned, sort_by)
    sales = [
        {"date": format_date(row["date"], locale), "region": row["region"], "rep": row["rep"],
         "amount": format_money(row["amount"], locale)}
        for row in kept
    ]
    totals, grand = region_totals(kept)
    regions = [
        {"region": region, "total": format_money(totals[region], locale), "share": format_share(totals[region], grand)}
        for region in sorted(totals)
    ]
    doc = {"currency": currency, "sales": sales, "regions": regions, "total": format_money(grand, locale)}
    return json.dumps(doc, indent=2, ensure_ascii=False)
