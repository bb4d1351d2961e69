"""Invoice report formatting for the billing back office.

Legacy module. Invoices arrive as plain dicts from the billing export:

    {"number": "INV-1001", "customer": "Acme Ltd", "status": "open",
     "tax_rate": 0.08, "coupon": 10.0,
     "lines": [{"sku": "A-1", "description": "Widget", "qty": 3, "unit_price": 9.99,
                "discount_pct": 10, "taxable": True}]}
"""

SUPPORTED_CURRENCIES = ("USD", "EUR", "JPY")
GROUPINGS = ("customer", "status")


class InvoiceError(ValueError):
    """Raised when an invoice cannot be reported."""


def format_invoice_text(invoice, currency="USD", show_tax=True, compact=False):
    """Render one invoice as a plain-text report for e-mail and print."""
    if currency not in SUPPORTED_CURRENCIES:
        raise InvoiceError("unsupported currency: %s" % currency)
    out = []
    header = "Invoice %s" % invoice["number"]
    if invoice.get("status") == "void":
        header = header + " (VOID)"
    out.append(header)
    if not compact:
        out.append("Customer: %s" % invoice.get("customer", "unknown"))
        out.append("-" * 40)
    subtotal = 0.0
    taxable = 0.0
    for i, line in enumerate(invoice.get("lines", [])):
        qty = line.get("qty", 1)
        if qty <= 0:
            raise InvoiceError("line %d: quantity must be positive" % (i + 1))
        amount = qty * line["unit_price"]
        discount = line.get("discount_pct", 0)
        if discount:
            if discount < 0 or discount > 100:
                raise InvoiceError("line %d: discount out of range" % (i + 1))
            amount = amount - round(amount * discount / 100.0, 2)
        amount = round(amount, 2)
        subtotal += amount
        if line.get("taxable", True):
            taxable += amount
        if not compact:
            if currency == "JPY":
                money = "¥" + format(int(round(abs(amount))), ",d")
            elif currency == "EUR":
                money = format(abs(amount), ",.2f").replace(",", "_").replace(".", ",")
                money = money.replace("_", ".") + " €"
            else:
                money = "$" + format(abs(amount), ",.2f")
            if amount < 0:
                money = "-" + money
            text = "  %s %s x%d" % (line.get("sku", "?"), line.get("description", ""), qty)
            if discount:
                text = text + " (-%d%%)" % discount
            out.append(text + "  " + money)
    coupon = invoice.get("coupon", 0) or 0
    if coupon > subtotal:
        coupon = subtotal
    tax = round(max(taxable - coupon, 0) * invoice.get("tax_rate", 0), 2)
    total = round(subtotal - coupon + tax, 2)
    if invoice.get("status") == "void":
        total = 0.0
    rows = [("Subtotal", subtotal)]
    if coupon:
        rows.append(("Coupon", -coupon))
    if show_tax:
        rows.append(("Tax (%g%%)" % (invoice.get("tax_rate", 0) * 100), tax))
    rows.append(("Total", total))
    if not compact:
        out.append("-" * 40)
    for label, value in rows:
        if currency == "JPY":
            money = "¥" + format(int(round(abs(value))), ",d")
        elif currency == "EUR":
            money = format(abs(value), ",.2f").replace(",", "_").replace(".", ",")
            money = money.replace("_", ".") + " €"
        else:
            money = "$" + format(abs(value), ",.2f")
        if value < 0:
            money = "-" + money
        if compact and label != "Total":
            continue
        out.append("%s: %s" % (label, money))
    return "\n".join(out)


def format_invoice_csv(invoice, currency="USD", show_tax=True, delimiter=","):
    """Render one invoice as CSV rows for the accounting import."""
    if currency not in SUPPORTED_CURRENCIES:
        raise InvoiceError("unsupported currency: %s" % currency)
    rows = [delimiter.join(["sku", "description", "qty", "amount"])]
    subtotal = 0.0
    taxable = 0.0
    for i, line in enumerate(invoice.get("lines", [])):
        qty = line.get("qty", 1)
        if qty <= 0:
            raise InvoiceError("line %d: quantity must be positive" % (i + 1))
        amount = qty * line["unit_price"]
        discount = line.get("discount_pct", 0)
        if discount:
            if discount < 0 or discount > 100:
                raise InvoiceError("line %d: discount out of range" % (i + 1))
            amount = amount - round(amount * discount / 100.0, 2)
        amount = round(amount, 2)
        subtotal += amount
        if line.get("taxable", True):
            taxable += amount
        if currency == "JPY":
            value = "%d" % int(round(amount))
        elif currency == "EUR":
            value = ("%.2f" % amount).replace(".", ",")
            if delimiter == ",":
                value = '"%s"' % value
        else:
            value = "%.2f" % amount
        description = line.get("description", "")
        if delimiter in description:
            description = '"%s"' % description
        rows.append(delimiter.join([line.get("sku", "?"), description, str(qty), value]))
    coupon = invoice.get("coupon", 0) or 0
    if coupon > subtotal:
        coupon = subtotal
    tax = round(max(taxable - coupon, 0) * invoice.get("tax_rate", 0), 2)
    total = round(subtotal - coupon + tax, 2)
    if invoice.get("status") == "void":
        total = 0.0
    summary = [("subtotal", subtotal), ("coupon", -coupon)]
    if show_tax:
        summary.append(("tax", tax))
    summary.append(("total", total))
    for label, amount in summary:
        if currency == "JPY":
            value = "%d" % int(round(amount))
        elif currency == "EUR":
            value = ("%.2f" % amount).replace(".", ",")
            if delimiter == ",":
                value = '"%s"' % value
        else:
            value = "%.2f" % amount
        rows.append(delimiter.join([label, "", "", value]))
    return "\n".join(rows)


def summarize_invoices(invoices, currency="USD", group_by="customer", include_void=False):
    """One line per customer (or status): invoice count and grand total, sorted by name."""
    if currency not in SUPPORTED_CURRENCIES:
        raise InvoiceError("unsupported currency: %s" % currency)
    if group_by not in GROUPINGS:
        raise InvoiceError("cannot group by %s" % group_by)
    groups = {}
    for invoice in invoices:
        if invoice.get("status") == "void" and not include_void:
            continue
        subtotal = 0.0
        taxable = 0.0
        for i, line in enumerate(invoice.get("lines", [])):
            qty = line.get("qty", 1)
            if qty <= 0:
                raise InvoiceError("line %d: quantity must be positive" % (i + 1))
            amount = qty * line["unit_price"]
            discount = line.get("discount_pct", 0)
            if discount:
                if discount < 0 or discount > 100:
                    raise InvoiceError("line %d: discount out of range" % (i + 1))
                amount = amount - round(amount * discount / 100.0, 2)
            amount = round(amount, 2)
            subtotal += amount
            if line.get("taxable", True):
                taxable += amount
        coupon = invoice.get("coupon", 0) or 0
        if coupon > subtotal:
            coupon = subtotal
        tax = round(max(taxable - coupon, 0) * invoice.get("tax_rate", 0), 2)
        total = round(subtotal - coupon + tax, 2)
        if invoice.get("status") == "void":
            total = 0.0
        if group_by == "customer":
            key = invoice.get("customer", "unknown")
        else:
            key = invoice.get("status", "open")
        if key in groups:
            groups[key] = (groups[key][0] + 1, groups[key][1] + total)
        else:
            groups[key] = (1, total)
    result = []
    for key in sorted(groups):
        count, value = groups[key]
        if currency == "JPY":
            money = "¥" + format(int(round(abs(value))), ",d")
        elif currency == "EUR":
            money = format(abs(value), ",.2f").replace(",", "_").replace(".", ",")
            money = money.replace("_", ".") + " €"
        else:
            money = "$" + format(abs(value), ",.2f")
        if value < 0:
            money = "-" + money
        noun = "invoice" if count == 1 else "invoices"
        result.append("%s: %d %s, %s" % (key, count, noun, money))
    return result
