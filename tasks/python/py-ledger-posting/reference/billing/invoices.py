"""Issuing and cancelling invoices."""

from ledger import posting
from ledger.posting import PostingError

COUPONS = {"TENOFF": 0.10, "STAFF": 0.25}


class BillingError(Exception):
    """Raised when an invoice operation is not allowed."""


class Invoice:
    def __init__(self, number, customer, net, currency, entry):
        self.number = number
        self.customer = customer
        self.net = net
        self.currency = currency
        self.entry = entry
        self.status = "open"
        self.paid = 0.0


def invoice_subtotal(items, coupon=None):
    """Sum of quantity x unit price over the items, less the coupon, rounded to cents."""
    if not items:
        raise BillingError("an invoice needs at least one item")
    subtotal = 0.0
    for description, quantity, unit_price in items:
        if quantity <= 0:
            raise BillingError("bad quantity for %s" % description)
        subtotal += quantity * unit_price
    if coupon is not None:
        if coupon not in COUPONS:
            raise BillingError("unknown coupon: %s" % coupon)
        subtotal = subtotal * (1 - COUPONS[coupon])
    return round(subtotal, 2)


def issue_invoice(journal, number, customer, items, currency="USD", tax_rate=0.0,
                  coupon=None, paid_on_issue=False):
    """Post the sale of `items` and return the open (or, when paid on issue, paid) invoice."""
    net = invoice_subtotal(items, coupon)
    try:
        entry = posting.post_journal_entry(journal, "sale", net, currency, tax_rate,
                                           "invoice %s for %s" % (number, customer),
                                           settle=paid_on_issue)
    except PostingError as exc:
        raise BillingError("cannot issue invoice %s: %s" % (number, exc)) from exc
    invoice = Invoice(number, customer, net, currency, entry)
    if paid_on_issue:
        invoice.status = "paid"
        invoice.paid = net
    return invoice


def cancel_invoice(journal, invoice):
    """Reverse an open invoice's sale; a paid or partly paid invoice cannot be cancelled."""
    if invoice.status != "open" or invoice.paid > 0:
        raise BillingError("invoice %s cannot be cancelled (%s)" % (invoice.number, invoice.status))
    tax_rate = 0.0
    lines = journal.entry_lines(invoice.entry)
    for line in lines:
        if line["account"] == "tax_payable" and invoice.net:
            tax_rate = round(line["credit"] / _net_in_journal(journal, lines), 4)
    posting.post_journal_entry(journal, "sale", invoice.net, invoice.currency, tax_rate,
                               "cancel invoice %s" % invoice.number, reverse=True)
    invoice.status = "cancelled"
    return invoice


def _net_in_journal(journal, lines):
    for line in lines:
        if line["account"] == "revenue":
            return line["credit"]
    return 1.0
