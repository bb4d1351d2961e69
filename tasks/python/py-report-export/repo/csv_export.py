"""Sales report as CSV.

Legacy module: the first exporter; the JSON and text exporters started as copies of it.
"""

import csv
import io

from report_data import ExportError


def export_csv(rows, currency="EUR", locale="en", include_returned=False, sort_by="date"):
    """The sales rows as CSV text: one line per sale, then a total per region and overall."""
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
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if locale == "de" else ",", lineterminator="\n")
    writer.writerow(["date", "region", "rep", "amount"])
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
        writer.writerow([day, row["region"], row["rep"], text])
    totals = {}
    grand = 0.0
    for row in kept:
        totals[row["region"]] = round(totals.get(row["region"], 0.0) + row["amount"], 2)
        grand = round(grand + row["amount"], 2)
    writer.writerow([])
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
        writer.writerow(["total", region, share, text])
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
    writer.writerow(["total", "all", "100.0%" if kept else "0.0%", text])
    return out.getvalue()
