"""Shared definitions and formatting for the sales report exporters.

A sales row is a dict: {"date": datetime.date, "region": str, "rep": str, "amount": float,
"currency": str, "returned": bool (optional)}.
"""

LOCALES = ("en", "de")
SORT_KEYS = {
    "date": lambda r: r["date"],
    "amount": lambda r: (-r["amount"], r["date"]),
    "region": lambda r: (r["region"], r["date"]),
}


class ExportError(ValueError):
    """Raised when a report cannot be exported with the given options."""


def prepare_rows(rows, currency, locale, include_returned, sort_by):
    """Check the options, drop returned sales unless wanted, and sort; return the rows to show."""
    if locale not in LOCALES:
        raise ExportError("unsupported locale: %s" % locale)
    if sort_by not in SORT_KEYS:
        raise ExportError("cannot sort by %s" % sort_by)
    kept = []
    for row in rows:
        if row["currency"] != currency:
            raise ExportError("row in %s, report in %s" % (row["currency"], currency))
        if include_returned or not row.get("returned"):
            kept.append(row)
    kept.sort(key=SORT_KEYS[sort_by])
    return kept


def format_money(value, locale):
    """Two decimals with thousands grouping: 1,234.50 (en) or 1.234,50 (de)."""
    amount = round(abs(value), 2)
    whole = int(amount)
    cents = int(round((amount - whole) * 100))
    group_sep, decimal_sep = (".", ",") if locale == "de" else (",", ".")
    text = _group_thousands(str(whole), group_sep) + decimal_sep + "%02d" % cents
    if value < 0:
        return "-" + text
    return text


def _group_thousands(digits, separator):
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


def format_date(day, locale):
    """01.05.2024 (de) or 05/01/2024 (en)."""
    if locale == "de":
        return "%02d.%02d.%04d" % (day.day, day.month, day.year)
    return "%02d/%02d/%04d" % (day.month, day.day, day.year)


def region_totals(rows):
    """(total per region, grand total), each rounded to cents as it is summed."""
    totals = {}
    grand = 0.0
    for row in rows:
        totals[row["region"]] = round(totals.get(row["region"], 0.0) + row["amount"], 2)
        grand = round(grand + row["amount"], 2)
    return totals, grand


def format_share(part, grand):
    """`part` as a percentage of `grand` with one decimal ("0.0%" when the grand total is 0)."""
    if grand == 0:
        return "0.0%"
    return "%.1f%%" % (part * 100.0 / grand)
