"""Sales report as a plain-text table."""

from report_data import ExportError, format_date, format_money, format_share, prepare_rows, region_totals

LINE = "%-10s  %-8s  %-12s  %s"


def export_text(rows, currency="EUR", locale="en", include_returned=False, sort_by="date", width=12):
    """The sales rows as an aligned text table with a region summary."""
    kept = prepare_rows(rows, currency, locale, include_returned, sort_by)
    if width < 8:
        raise ExportError("width must be at least 8")
    lines = ["SALES (%s)" % currency]
    for row in kept:
        amount = format_money(row["amount"], locale).rjust(width)
        lines.append(LINE % (format_date(row["date"], locale), row["region"], row["rep"], amount))
    totals, grand = region_totals(kept)
    lines.append("-" * (38 + width))
    for region in sorted(totals):
        amount = format_money(totals[region], locale).rjust(width)
        lines.append(LINE % ("", region, format_share(totals[region], grand), amount))
    lines.append(LINE % ("TOTAL", "", "%d sales" % len(kept), format_money(grand, locale).rjust(width)))
    return "\n".join(lines)
