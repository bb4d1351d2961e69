"""Hidden tests for the billing package on top of the ledger."""

import pytest

from billing.invoices import COUPONS, BillingError, Invoice, cancel_invoice, invoice_subtotal, issue_invoice
from billing.payments import (
    LATE_FEE_RATE, MIN_LATE_FEE, charge_late_fee, issue_credit_note, record_payment, write_off,
)
from ledger import Journal, PostingError


def test_constants():
    assert COUPONS == {"TENOFF": 0.10, "STAFF": 0.25}
    assert (LATE_FEE_RATE, MIN_LATE_FEE) == (0.015, 5.0)


# --- subtotal -----------------------------------------------------------------

@pytest.mark.parametrize("items, coupon, expected", [
    ([("a", 1, 10.0)], None, 10.0),
    ([("a", 2, 10.0), ("b", 3, 0.335)], None, 21.0),
    ([("a", 1, 99.99)], "TENOFF", 89.99),
    ([("a", 4, 25.0)], "STAFF", 75.0),
    ([("a", 0.5, 3.0)], None, 1.5),
])
def test_subtotal(items, coupon, expected):
    assert invoice_subtotal(items, coupon) == expected


@pytest.mark.parametrize("items", [[], None])
def test_subtotal_needs_items(items):
    with pytest.raises(BillingError, match="^an invoice needs at least one item$"):
        invoice_subtotal(items)


@pytest.mark.parametrize("quantity", [0, -1])
def test_subtotal_bad_quantity(quantity):
    with pytest.raises(BillingError, match="^bad quantity for nut$"):
        invoice_subtotal([("bolt", 1, 1.0), ("nut", quantity, 1.0)])


def test_subtotal_unknown_coupon():
    with pytest.raises(BillingError, match="^unknown coupon: tenoff$"):
        invoice_subtotal([("a", 1, 1.0)], "tenoff")


# --- issuing --------------------------------------------------------------------

def test_issue_invoice_fields_and_memo():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-9", "acme", [("a", 1, 20.0)], "EUR", 0.1, "TENOFF")
    assert isinstance(invoice, Invoice)
    assert (invoice.number, invoice.customer, invoice.net, invoice.currency) == ("INV-9", "acme", 18.0, "EUR")
    assert (invoice.entry, invoice.status, invoice.paid) == (1, "open", 0.0)
    assert journal.balance("revenue") == 19.8
    assert journal.balance("tax_payable") == 1.98
    assert journal.lines[0]["memo"] == "invoice INV-9 for acme"


def test_issue_paid_on_issue():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-1", "acme", [("a", 2, 5.0)], tax_rate=0.5, paid_on_issue=True)
    assert (invoice.status, invoice.paid) == ("paid", 10.0)
    assert journal.balance("cash") == 15.0
    assert journal.balance("receivables") == 0.0


def test_issue_wraps_posting_errors():
    with pytest.raises(BillingError, match="^cannot issue invoice INV-2: tax rate out of range: 1$") as info:
        issue_invoice(Journal(), "INV-2", "acme", [("a", 1, 5.0)], tax_rate=1)
    assert isinstance(info.value.__cause__, PostingError)
    with pytest.raises(BillingError, match="^cannot issue invoice INV-3: unsupported currency: CHF$"):
        issue_invoice(Journal(), "INV-3", "acme", [("a", 1, 5.0)], currency="CHF")


# --- cancelling ------------------------------------------------------------------

def test_cancel_with_tax_restores_every_balance():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-4", "acme", [("a", 3, 10.0)], tax_rate=0.1)
    assert cancel_invoice(journal, invoice) is invoice
    assert invoice.status == "cancelled"
    for account in ("receivables", "revenue", "tax_payable"):
        assert journal.balance(account) == 0.0
    assert journal.lines[-1]["memo"] == "REVERSAL: cancel invoice INV-4"
    assert [l["entry"] for l in journal.lines] == [1, 1, 1, 2, 2, 2]


def test_cancel_foreign_currency_invoice():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-5", "acme", [("a", 1, 33.33)], "GBP", 0.07)
    cancel_invoice(journal, invoice)
    assert journal.balance("revenue") == 0.0
    assert journal.balance("tax_payable") == 0.0


def test_cancel_without_tax():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-6", "acme", [("a", 1, 7.0)])
    cancel_invoice(journal, invoice)
    assert len(journal.lines) == 4
    assert journal.balance("receivables") == 0.0


@pytest.mark.parametrize("status, paid", [("paid", 0.0), ("partial", 1.0), ("open", 0.01), ("cancelled", 0.0)])
def test_cancel_refused(status, paid):
    journal = Journal()
    invoice = issue_invoice(journal, "INV-7", "acme", [("a", 1, 7.0)])
    invoice.status, invoice.paid = status, paid
    with pytest.raises(BillingError, match="^invoice INV-7 cannot be cancelled \\(%s\\)$" % status):
        cancel_invoice(journal, invoice)


def test_cancel_after_receivables_collected_elsewhere_fails_in_ledger():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-8", "acme", [("a", 1, 7.0)])
    journal.balances["receivables"] = 0.0
    with pytest.raises(PostingError, match="receivables would go negative"):
        cancel_invoice(journal, invoice)
    assert invoice.status == "open"


# --- payments ----------------------------------------------------------------------

def test_partial_then_full_payment():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-10", "acme", [("a", 1, 100.0)])
    record_payment(journal, invoice, 30.0)
    assert (invoice.status, invoice.paid) == ("partial", 30.0)
    assert record_payment(journal, invoice, 70.0) is invoice
    assert (invoice.status, invoice.paid) == ("paid", 100.0)
    assert journal.lines[-1]["memo"] == "payment on invoice INV-10"


def test_payment_in_other_currency():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-11", "acme", [("a", 1, 100.0)], "EUR")
    record_payment(journal, invoice, 50.0)
    assert journal.balance("cash") == 55.0
    record_payment(journal, invoice, 10.0, "USD")
    assert journal.balance("cash") == 65.0
    assert invoice.paid == 60.0


@pytest.mark.parametrize("status", ["paid", "cancelled", "written_off"])
def test_payment_refused_on_closed_invoice(status):
    journal = Journal()
    invoice = issue_invoice(journal, "INV-12", "acme", [("a", 1, 10.0)])
    invoice.status = status
    with pytest.raises(BillingError, match="^invoice INV-12 is %s$" % status):
        record_payment(journal, invoice, 1.0)


def test_payment_errors_are_wrapped():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-13", "acme", [("a", 1, 10.0)])
    with pytest.raises(BillingError, match=r"^payment refused: insufficient receivables for payment of 10\.01$"):
        record_payment(journal, invoice, 10.01)
    with pytest.raises(BillingError, match="^payment refused: amount must be positive$"):
        record_payment(journal, invoice, 0)
    assert invoice.paid == 0.0


# --- credit notes ---------------------------------------------------------------------

def test_credit_note():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-14", "acme", [("a", 1, 50.0)])
    assert issue_credit_note(journal, invoice, 20.0, "damaged") is invoice
    assert (invoice.status, invoice.paid) == ("open", 20.0)
    assert journal.balance("discounts") == 20.0
    assert journal.lines[-1]["memo"] == "credit note on INV-14: damaged"
    issue_credit_note(journal, invoice, 30.0, "rest")
    assert invoice.status == "paid"


def test_credit_note_needs_reason():
    with pytest.raises(BillingError, match="^a credit note needs a reason$"):
        issue_credit_note(Journal(), Invoice("X", "c", 1.0, "USD", 1), 1.0, "")


def test_credit_note_ledger_error_not_wrapped():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-15", "acme", [("a", 1, 5.0)])
    with pytest.raises(PostingError, match="insufficient receivables"):
        issue_credit_note(journal, invoice, 6.0, "too much")


# --- late fees --------------------------------------------------------------------------

@pytest.mark.parametrize("days, fee", [(1, 5.0), (30, 5.0), (31, 9.0), (60, 9.0), (61, 13.5), (400, 63.0)])
def test_late_fee_periods(days, fee):
    journal = Journal()
    invoice = issue_invoice(journal, "INV-16", "acme", [("a", 1, 400.0)])
    record_payment(journal, invoice, 100.0)
    entry = charge_late_fee(journal, invoice, days)
    assert entry == 3
    assert journal.balance("fees") == fee
    assert journal.lines[-2]["memo"] == "late fee on INV-16 (%d days)" % days


@pytest.mark.parametrize("days", [0, -3])
def test_no_late_fee_when_not_late(days):
    journal = Journal()
    invoice = issue_invoice(journal, "INV-17", "acme", [("a", 1, 500.0)])
    assert charge_late_fee(journal, invoice, days) is None
    assert len(journal.lines) == 2


def test_late_fee_just_above_minimum():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-18", "acme", [("a", 1, 334.0)])
    charge_late_fee(journal, invoice, 5)
    assert journal.balance("fees") == 5.01


# --- write-offs ---------------------------------------------------------------------------

def test_write_off_marks_invoice():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-19", "acme", [("a", 1, 60.0)])
    assert write_off(journal, invoice, "gone") == 60.0
    assert invoice.status == "written_off"
    assert journal.lines[-1]["memo"] == "gone"


@pytest.mark.parametrize("paid", [60.0, 70.0])
def test_nothing_to_write_off(paid):
    invoice = Invoice("INV-20", "acme", 60.0, "USD", 1)
    invoice.paid = paid
    with pytest.raises(BillingError, match="^nothing to write off on INV-20$"):
        write_off(Journal(), invoice, "x")


def test_write_off_needs_reason_from_ledger():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-21", "acme", [("a", 1, 60.0)])
    with pytest.raises(PostingError, match="needs a memo"):
        write_off(journal, invoice, "")
    assert invoice.status == "open"


def test_forced_write_off_may_overdraw():
    journal = Journal()
    invoice = Invoice("INV-22", "acme", 60.0, "USD", 1)
    with pytest.raises(PostingError, match="insufficient receivables"):
        write_off(journal, invoice, "x")
    assert write_off(journal, invoice, "x", force=True) == 60.0
    assert journal.balance("receivables") == -60.0


# --- rounding and currency details ------------------------------------------------------------

def test_cancel_recomputes_tax_rate_to_four_places():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-30", "acme", [("a", 1, 1000.0)], tax_rate=0.07774)
    assert journal.balance("tax_payable") == 77.74
    cancel_invoice(journal, invoice)
    assert journal.balance("tax_payable") == 0.04
    assert journal.balance("revenue") == 0.0


def test_cancel_against_an_entry_without_revenue():
    journal = Journal()
    journal.balances["revenue"] = 100.0
    entry = post_any(journal, "fee", 10.0, tax_rate=0.1)
    invoice = Invoice("INV-31", "acme", 10.0, "USD", entry)
    with pytest.raises(PostingError, match="^tax rate out of range: 1.0$"):
        cancel_invoice(journal, invoice)


def post_any(journal, *args, **kwargs):
    from ledger import posting
    post = getattr(posting, "post_journal_entry", None) or getattr(posting, "do_post_txn")
    return post(journal, *args, **kwargs)


def test_paid_amounts_are_rounded_to_cents():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-32", "acme", [("a", 1, 100.0)])
    record_payment(journal, invoice, 0.1)
    record_payment(journal, invoice, 0.2)
    assert invoice.paid == 0.3
    assert isinstance(invoice.paid, float)
    record_payment(journal, invoice, 1.234)
    assert invoice.paid == 1.53
    issue_credit_note(journal, invoice, 0.1, "a")
    issue_credit_note(journal, invoice, 0.2, "b")
    issue_credit_note(journal, invoice, 1.234, "c")
    assert invoice.paid == 3.06
    assert isinstance(invoice.paid, float)


def test_write_off_amount_is_rounded_to_cents():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-33", "acme", [("a", 1, 10.0)])
    invoice.paid = 3.333
    assert write_off(journal, invoice, "x") == 6.67
    invoice = Invoice("INV-34", "acme", 10.3, "USD", 1)
    invoice.paid = 10.0
    journal.balances["receivables"] = 5.0
    assert write_off(journal, invoice, "x") == 0.3
    assert isinstance(write_off(journal, Invoice("INV-35", "acme", 0.5, "USD", 1), "x"), float)


@pytest.mark.parametrize("currency, expected", [("EUR", 22.0), ("GBP", 25.0)])
def test_credit_notes_and_write_offs_use_invoice_currency(currency, expected):
    journal = Journal()
    invoice = issue_invoice(journal, "INV-36", "acme", [("a", 1, 100.0)], currency)
    issue_credit_note(journal, invoice, 20.0, "r")
    assert journal.balance("discounts") == expected
    write_off(journal, invoice, "gone")
    assert journal.balance("write_offs") == round(expected * 4, 2)
    assert journal.balance("receivables") == 0.0


@pytest.mark.parametrize("net, periods_days, fee", [(500.3, 20, 8.25), (500.16, 40, 16.5), (500.34, 1, 9.39)])
def test_late_fee_is_rounded_before_conversion(net, periods_days, fee):
    journal = Journal()
    currency = "GBP" if net == 500.34 else "EUR"
    invoice = Invoice("INV-37", "acme", net, currency, 1)
    charge_late_fee(journal, invoice, periods_days)
    assert journal.balance("fees") == fee
