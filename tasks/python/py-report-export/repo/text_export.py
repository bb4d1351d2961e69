"""Sales report as a plain-text table.

Legacy module: written by copying the CSV exporter and adjusting the output.
"""

from report_data import ExportError


def export_text(rows, currency="EUR", locale="en", include_returned=False, sort_by="date", width=12):
    """The sales rows as an aligned text table with a region summary."""
    if locale not in ("en", "de"):
        raise ExportError("unsupported locale: %s" % locale)
    if sort_by not in ("date", "amount", "region"):
        raise ExportError("cannot sort by %s" % sort_by)
    kept = []
    for row in rows:
        if row["currency"] != currency:
            raise ExportError("row in %s, report in %s" % (row["currency"], currency))
        if row.get("returned") and not include_returned:
            continue
        kept.append(row)
    if sort_by == "amount":
        kept.sort(key=lambda r: (-r["amount"], r["date"]))
    elif sort_by == "region":
        kept.sort(key=lambda r: (r["region"], r["date"]))
    else:
        kept.sort(key=lambda r: r["date"])
    if width < 8:
        raise ExportError("width must be at least 8")
    lines = ["SALES (%s)" % currency]
    for row in kept:
        if locale == "de":
            day = "%02d.%02d.%04d" % (row["date"].day, row["date"].month, row["date"].year)
        else:
            day = "%02d/%02d/%04d" % (row["date"].month, row["date"].day, row["date"].year)
        amount = round(abs(row["amount"]), 2)
        whole = int(amount)
        cents = int(round((amount - whole) * 100))
        digits = str(whole)
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        if locale == "de":
            text = ".".join(groups) + "," + "%02d" % cents
        else:
            text = ",".join(groups) + "." + "%02d" % cents
        if row["amount"] < 0:
            text = "-" + text
        lines.append("%-10s  %-8s  %-12s  %s" % (day, row["region"], row["rep"], text.rjust(width)))
    totals = {}
    grand = 0.0
    for row in kept:
        totals[row["region"]] = round(totals.get(row["region"], 0.0) + row["amount"], 2)
        grand = round(grand + row["amount"], 2)
    lines.append("-" * (38 + width))
    for region in sorted(totals):
        amount = round(abs(totals[region]), 2)
        whole = int(amount)
        cents = int(round((amount - whole) * 100))
        digits = str(whole)
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        if locale == "de":
            text = ".".join(groups) + "," + "%02d" % cents
        else:
            text = ",".join(groups) + "." + "%02d" % cents
        if totals[region] < 0:
            text = "-" + text
        if grand == 0:
            share = "0.0%"
        else:
            share = "%.1f%%" % (totals[region] * 100.0 / grand)
        lines.append("%-10s  %-8s  %-12s  %s" % ("", region, share, text.rjust(width)))
    amount = round(abs(grand), 2)
    whole = int(amount)
    cents = int(round((amount - whole) * 100))
    digits = str(whole)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    if locale == "de":
        text = ".".join(groups) + "," + "%02d" % cents
    else:
        text = ",".join(groups) + "." + "%02d" % cents
    if grand < 0:
        text = "-" + text
    lines.append("%-10s  %-8s  %-12s  %s" % ("TOTAL", "", "%d sales" % len(kept), text.rjust(width)))
    return "\n".join(lines)
