import pytest

from invoice_report import InvoiceError, format_invoice_csv, format_invoice_text, summarize_invoices


def make_invoice(**overrides):
    invoice = {
        "number": "INV-2001",
        "customer": "Northwind",
        "status": "open",
        "tax_rate": 0.1,
        "lines": [
            {"sku": "K-7", "description": "Keyboard", "qty": 2, "unit_price": 45.0},
            {"sku": "SVC", "description": "Setup", "qty": 1, "unit_price": 30.0, "taxable": False},
        ],
    }
    invoice.update(overrides)
    return invoice


def test_text_report():
    assert format_invoice_text(make_invoice()) == "\n".join([
        "Invoice INV-2001",
        "Customer: Northwind",
        "-" * 40,
        "  K-7 Keyboard x2  $90.00",
        "  SVC Setup x1  $30.00",
        "-" * 40,
        "Subtotal: $120.00",
        "Tax (10%): $9.00",
        "Total: $129.00",
    ])


def test_compact_text_report_shows_only_the_total():
    assert format_invoice_text(make_invoice(), compact=True) == "Invoice INV-2001\nTotal: $129.00"


def test_csv_report():
    assert format_invoice_csv(make_invoice(), show_tax=False).splitlines() == [
        "sku,description,qty,amount",
        "K-7,Keyboard,2,90.00",
        "SVC,Setup,1,30.00",
        "subtotal,,,120.00",
        "coupon,,,0.00",
        "total,,,129.00",
    ]


def test_summary_by_customer():
    invoices = [make_invoice(), make_invoice(customer="Contoso"), make_invoice()]
    assert summarize_invoices(invoices) == [
        "Contoso: 1 invoice, $129.00",
        "Northwind: 2 invoices, $258.00",
    ]


def test_unknown_currency_is_rejected():
    with pytest.raises(InvoiceError):
        format_invoice_text(make_invoice(), currency="GBP")
