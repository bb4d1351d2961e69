"""Payments, credit notes, late fees and write-offs against invoices."""

from ledger import post_journal_entry
from ledger.posting import PostingError

from .invoices import BillingError

LATE_FEE_RATE = 0.015
MIN_LATE_FEE = 5.0


def record_payment(journal, invoice, amount, currency=None):
    """Book a customer payment; an overpayment is refused."""
    if invoice.status not in ("open", "partial"):
        raise BillingError("invoice %s is %s" % (invoice.number, invoice.status))
    currency = currency or invoice.currency
    try:
        post_journal_entry(journal, "payment", amount, currency,
                           memo="payment on invoice %s" % invoice.number)
    except PostingError as exc:
        raise BillingError("payment refused: %s" % exc) from exc
    invoice.paid = round(invoice.paid + amount, 2)
    invoice.status = "paid" if invoice.paid >= invoice.net else "partial"
    return invoice


def issue_credit_note(journal, invoice, amount, reason):
    """Reduce what the customer owes on an invoice."""
    if not reason:
        raise BillingError("a credit note needs a reason")
    post_journal_entry(journal, "discount", amount, invoice.currency,
                       memo="credit note on %s: %s" % (invoice.number, reason))
    invoice.paid = round(invoice.paid + amount, 2)
    if invoice.paid >= invoice.net:
        invoice.status = "paid"
    return invoice


def charge_late_fee(journal, invoice, days_late):
    """Charge 1.5% of the open amount per started 30 days late, at least 5.00."""
    if days_late <= 0:
        return None
    periods = (days_late + 29) // 30
    open_amount = invoice.net - invoice.paid
    fee = max(round(open_amount * LATE_FEE_RATE * periods, 2), MIN_LATE_FEE)
    return post_journal_entry(journal, "fee", fee, invoice.currency, 0.0,
                              "late fee on %s (%d days)" % (invoice.number, days_late))


def write_off(journal, invoice, reason, force=False):
    """Write the open amount off as uncollectable."""
    open_amount = round(invoice.net - invoice.paid, 2)
    if open_amount <= 0:
        raise BillingError("nothing to write off on %s" % invoice.number)
    post_journal_entry(journal, "write_off", open_amount, invoice.currency, memo=reason,
                       allow_overdraw=force)
    invoice.status = "written_off"
    return open_amount
