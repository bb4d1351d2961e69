"""Invoice report formatting for the billing back office.

Invoices arrive as plain dicts from the billing export:

    {"number": "INV-1001", "customer": "Acme Ltd", "status": "open",
     "tax_rate": 0.08, "coupon": 10.0,
     "lines": [{"sku": "A-1", "description": "Widget", "qty": 3, "unit_price": 9.99,
                "discount_pct": 10, "taxable": True}]}
"""

from typing import NamedTuple

SUPPORTED_CURRENCIES = ("USD", "EUR", "JPY")
GROUPINGS = ("customer", "status")
RULE = "-" * 40


class InvoiceError(ValueError):
    """Raised when an invoice cannot be reported."""


class _Totals(NamedTuple):
    subtotal: float
    coupon: float
    tax: float
    total: float


def format_invoice_text(invoice, currency="USD", show_tax=True, compact=False)
    """Render one invoice as a plain-text report for e-mail and print."""
    _check_currency(currency)
    out = [_text_header(invoice)]
    lines = invoice.get("lines", [])
    amounts = _line_amounts(lines)
    totals = _totals(invoice, lines, amounts)
    rows = [("Total", totals.total)]
    if not compact:
        out.append("Customer: %s" % invoice.get("customer", "unknown"))
        out.append(RULE)
        out.extend(_text_line(line, amount, currency) for line, amount in zip(lines, amounts))
        out.append(RULE)
        rows = _text_summary_rows(invoice, totals, show_tax)
    out.extend("%s: %s" % (label, _money(value, currency)) for label, value in rows)
    return "\n".join(out)


def format_invoice_csv(invoice, currency="USD", show_tax=True, delimiter=","):
    """Render one invoice as CSV rows for the accounting import."""
    _check_currency(currency)
    lines = invoice.get("lines", [])
    amounts = _line_amounts(lines)
    totals = _totals(invoice, lines, amounts)
    rows = [delimiter.join(["sku", "description", "qty", "amount"])]
    for line, amount in zip(lines, amounts):
        description = _csv_text(line.get("description", ""), delimiter)
        value = _csv_amount(amount, currency, delimiter)
        rows.append(delimiter.join([line.get("sku", "?"), description, str(line.get("qty", 1)), value]))
    summary = [("subtotal", totals.subtotal), ("coupon", -totals.coupon)]
    if show_tax:
        summary.append(("tax", totals.tax))
    summary.append(("total", totals.total))
    for label, amount in summary:
        rows.append(delimiter.join([label, "", "", _csv_amount(amount, currency, delimiter)]))
    return "\n".join(rows)


def summarize_invoices(invoices, currency="USD", group_by="customer", include_void=False):
    """One line per customer (or status): invoice count and grand total, sorted by name."""
    _check_currency(currency)
    if group_by not in GROUPINGS:
        raise InvoiceError("cannot group by %s" % group_by)
    groups = {}
    for invoice in invoices:
        if _is_void(invoice) and not include_void:
            continue
        lines = invoice.get("lines", [])
        total = _totals(invoice, lines, _line_amounts(lines)).total
        key = _group_key(invoice, group_by)
        count, value = groups.get(key, (0, 0.0))
        groups[key] = (count + 1, value + total)
    result = []
    for key in sorted(groups):
        count, value = groups[key]
        noun = "invoice" if count == 1 else "invoices"
        result.append("%s: %d %s, %s" % (key, count, noun, _money(value, currency)))
    return result


# --- amounts -------------------------------------------------------------------------

def _check_currency(currency):
    if currency not in SUPPORTED_CURRENCIES:
        raise InvoiceError("unsupported currency: %s" % currency)


def _is_void(invoice):
    return invoice.get("status") == "void"


def _line_amount(line, number):
    """The line's net amount after its discount, rounded to cents."""
    qty = line.get("qty", 1)
    if qty <= 0:
        raise InvoiceError("line %d: quantity must be positive" % number)
    amount = qty * line["unit_price"]
    discount = line.get("discount_pct", 0)
    if discount:
        if discount < 0 or discount > 100:
            raise InvoiceError("line %d: discount out of range" % number)
        amount = amount - round(amount * discount / 100.0, 2)
    return round(amount, 2)


def _line_amounts(lines):
    return [_line_amount(line, number) for number, line in enumerate(lines, start=1)]


def _totals(invoice, lines, amounts):
    """Subtotal, coupon (capped at the subtotal), tax on the taxable rest, grand total."""
    subtotal = 0.0
    taxable = 0.0
    for line, amount in zip(lines, amounts):
        subtotal += amount
        if line.get("taxable", True):
            taxable += amount
    coupon = min(invoice.get("coupon", 0) or 0, subtotal)
    tax = round(max(taxable - coupon, 0) * invoice.get("tax_rate", 0), 2)
    total = 0.0 if _is_void(invoice) else round(subtotal - coupon + tax, 2)
    return _Totals(subtotal, coupon, tax, total)


def _group_key(invoice, group_by):
    if group_by == "customer":
        return invoice.get("customer", "unknown")
    return invoice.get("status", "open")


# --- text ----------------------------------------------------------------------------

def _text_header(invoice):
    header = "Invoice %s" % invoice["number"]
    if _is_void(invoice):
        header = header + " (VOID)"
    return header


def _text_line(line, amount, currency):
    discount = line.get("discount_pct", 0)
    text = "  %s %s x%d" % (line.get("sku", "?"), line.get("description", ""), line.get("qty", 1))
    if discount:
        text = text + " (-%d%%)" % discount
    return text + "  " + _money(amount, currency)


def _text_summary_rows(invoice, totals, show_tax):
    rows = [("Subtotal", totals.subtotal)]
    if totals.coupon:
        rows.append(("Coupon", -totals.coupon))
    if show_tax:
        rows.append(("Tax (%g%%)" % (invoice.get("tax_rate", 0) * 100), totals.tax))
    rows.append(("Total", totals.total))
    return rows


def _money(value, currency):
    """Display form: $1,234.50, 1.234,50 € or ¥1,235, with a leading minus when negative."""
    if currency == "JPY":
        text = "¥" + format(int(round(abs(value))), ",d")
    elif currency == "EUR":
        digits = format(abs(value), ",.2f").replace(",", "_").replace(".", ",")
        text = digits.replace("_", ".") + " €"
    else:
        text = "$" + format(abs(value), ",.2f")
    if value < 0:
        return "-" + text
    return text


# --- CSV -----------------------------------------------------------------------------

def _csv_text(text, delimiter):
    if delimiter in text:
        return '"%s"' % text
    return text


def _csv_amount(value, currency, delimiter):
    if currency == "JPY":
        return "%d" % int(round(value))
    text = "%.2f" % value
    if currency == "USD":
        return text
    text = text.replace(".", ",")
    if delimiter == ",":
        return '"%s"' % text
    return text
