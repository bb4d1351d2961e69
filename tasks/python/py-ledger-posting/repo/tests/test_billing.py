import pytest

from billing.payments import charge_late_fee, record_payment, write_off
from billing.invoices import BillingError, cancel_invoice, issue_invoice
from ledger import Journal


def test_issue_invoice_posts_sale_with_tax():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-1", "acme", [("widget", 2, 50.0)], tax_rate=0.2)
    assert invoice.net == 100.0
    assert journal.balance("receivables") == 120.0
    assert journal.balance("revenue") == 100.0
    assert journal.balance("tax_payable") == 20.0


def test_payment_settles_invoice():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-2", "acme", [("widget", 1, 80.0)])
    record_payment(journal, invoice, 80.0)
    assert invoice.status == "paid"
    assert journal.balance("cash") == 80.0
    assert journal.balance("receivables") == 0.0


def test_overpayment_is_refused():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-3", "acme", [("widget", 1, 10.0)])
    with pytest.raises(BillingError):
        record_payment(journal, invoice, 25.0)


def test_cancel_reverses_the_sale():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-4", "acme", [("widget", 3, 10.0)], tax_rate=0.1)
    cancel_invoice(journal, invoice)
    assert invoice.status == "cancelled"
    assert journal.balance("receivables") == 0.0
    assert journal.balance("revenue") == 0.0


def test_late_fee_minimum():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-5", "acme", [("widget", 1, 40.0)])
    charge_late_fee(journal, invoice, 10)
    assert journal.balance("fees") == 5.0


def test_write_off_open_amount():
    journal = Journal()
    invoice = issue_invoice(journal, "INV-6", "acme", [("widget", 1, 60.0)])
    record_payment(journal, invoice, 20.0)
    assert write_off(journal, invoice, "customer insolvent") == 40.0
    assert journal.balance("write_offs") == 40.0
