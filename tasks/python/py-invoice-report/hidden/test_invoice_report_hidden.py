"""Hidden behaviour tests for invoice_report."""

import pytest

import invoice_report
from invoice_report import InvoiceError, format_invoice_csv, format_invoice_text, summarize_invoices

RULE = "-" * 40


def invoice(**overrides):
    data = {
        "number": "INV-7",
        "customer": "Fabrikam",
        "status": "open",
        "tax_rate": 0.08,
        "lines": [
            {"sku": "W-1", "description": "Widget", "qty": 3, "unit_price": 19.99, "discount_pct": 10},
            {"sku": "G-2", "description": "Gadget", "qty": 1, "unit_price": 1250.0},
            {"sku": "FEE", "description": "Handling", "qty": 2, "unit_price": 2.5, "taxable": False},
        ],
    }
    data.update(overrides)
    return data


# Widget: 59.97 - round(5.997, 2)=6.0 -> 53.97 ; Gadget 1250.00 ; Handling 5.00
# subtotal 1308.97 ; taxable 1303.97 ; tax round(104.3176, 2) = 104.32 ; total 1413.29


# --- text report ------------------------------------------------------------------

def test_text_full_report_usd():
    assert format_invoice_text(invoice()) == "\n".join([
        "Invoice INV-7",
        "Customer: Fabrikam",
        RULE,
        "  W-1 Widget x3 (-10%)  $53.97",
        "  G-2 Gadget x1  $1,250.00",
        "  FEE Handling x2  $5.00",
        RULE,
        "Subtotal: $1,308.97",
        "Tax (8%): $104.32",
        "Total: $1,413.29",
    ])


def test_text_eur_formatting():
    assert format_invoice_text(invoice(), currency="EUR").splitlines()[3:] == [
        "  W-1 Widget x3 (-10%)  53,97 €",
        "  G-2 Gadget x1  1.250,00 €",
        "  FEE Handling x2  5,00 €",
        RULE,
        "Subtotal: 1.308,97 €",
        "Tax (8%): 104,32 €",
        "Total: 1.413,29 €",
    ]


def test_text_jpy_formatting_rounds_to_whole_yen():
    assert format_invoice_text(invoice(), currency="JPY").splitlines()[3:] == [
        "  W-1 Widget x3 (-10%)  ¥54",
        "  G-2 Gadget x1  ¥1,250",
        "  FEE Handling x2  ¥5",
        RULE,
        "Subtotal: ¥1,309",
        "Tax (8%): ¥104",
        "Total: ¥1,413",
    ]


def test_text_without_tax_line_still_charges_tax():
    lines = format_invoice_text(invoice(), show_tax=False).splitlines()
    assert lines[-2:] == ["Subtotal: $1,308.97", "Total: $1,413.29"]
    assert not any(line.startswith("Tax") for line in lines)


@pytest.mark.parametrize("currency, expected", [
    ("USD", "Invoice INV-7\nTotal: $1,413.29"),
    ("EUR", "Invoice INV-7\nTotal: 1.413,29 €"),
    ("JPY", "Invoice INV-7\nTotal: ¥1,413"),
])
def test_text_compact(currency, expected):
    assert format_invoice_text(invoice(), currency=currency, compact=True) == expected
    assert format_invoice_text(invoice(coupon=8.97), currency=currency, compact=True,
                               show_tax=False) != expected


def test_text_compact_void():
    assert format_invoice_text(invoice(status="void"), compact=True) == "Invoice INV-7 (VOID)\nTotal: $0.00"


def test_text_void_invoice_keeps_lines_but_totals_zero():
    lines = format_invoice_text(invoice(status="void")).splitlines()
    assert lines[0] == "Invoice INV-7 (VOID)"
    assert lines[-3:] == ["Subtotal: $1,308.97", "Tax (8%): $104.32", "Total: $0.00"]


def test_text_coupon_reduces_taxable_amount():
    # coupon 100 -> tax on 1203.97 = 96.3176 -> 96.32 ; total 1308.97 - 100 + 96.32 = 1305.29
    assert format_invoice_text(invoice(coupon=100)).splitlines()[-4:] == [
        "Subtotal: $1,308.97",
        "Coupon: -$100.00",
        "Tax (8%): $96.32",
        "Total: $1,305.29",
    ]


def test_text_coupon_is_capped_at_subtotal():
    assert format_invoice_text(invoice(coupon=5000)).splitlines()[-4:] == [
        "Subtotal: $1,308.97",
        "Coupon: -$1,308.97",
        "Tax (8%): $0.00",
        "Total: $0.00",
    ]


def test_text_coupon_above_taxable_amount_gives_zero_tax():
    data = invoice(coupon=1305, tax_rate=0.2)
    assert format_invoice_text(data).splitlines()[-3:] == [
        "Coupon: -$1,305.00", "Tax (20%): $0.00", "Total: $3.97"]


def test_text_coupon_exactly_subtotal():
    data = invoice(coupon=1308.97)
    assert format_invoice_text(data).splitlines()[-3:] == [
        "Coupon: -$1,308.97", "Tax (8%): $0.00", "Total: $0.00"]


@pytest.mark.parametrize("coupon", [0, None, 0.0])
def test_text_no_coupon_line_without_coupon(coupon):
    lines = format_invoice_text(invoice(coupon=coupon)).splitlines()
    assert not any(line.startswith("Coupon") for line in lines)
    assert lines[-1] == "Total: $1,413.29"


def test_text_coupon_with_eur():
    assert "Coupon: -12,50 €" in format_invoice_text(invoice(coupon=12.5), currency="EUR")


@pytest.mark.parametrize("rate, label, total", [
    (0.075, "Tax (7.5%): $97.80", "Total: $1,406.77"),
    (0, "Tax (0%): $0.00", "Total: $1,308.97"),
    (0.2, "Tax (20%): $260.79", "Total: $1,569.76"),
])
def test_text_tax_rate_label(rate, label, total):
    assert format_invoice_text(invoice(tax_rate=rate)).splitlines()[-2:] == [label, total]


def test_text_missing_tax_rate_means_no_tax():
    data = invoice()
    del data["tax_rate"]
    assert format_invoice_text(data).splitlines()[-2:] == ["Tax (0%): $0.00", "Total: $1,308.97"]


def test_text_defaults_for_missing_fields():
    data = {"number": 9, "lines": [{"unit_price": 4.5}]}
    assert format_invoice_text(data) == "\n".join([
        "Invoice 9", "Customer: unknown", RULE, "  ?  x1  $4.50", RULE,
        "Subtotal: $4.50", "Tax (0%): $0.00", "Total: $4.50"])


def test_text_invoice_without_lines():
    assert format_invoice_text({"number": "E", "customer": "X"}) == "\n".join([
        "Invoice E", "Customer: X", RULE, RULE, "Subtotal: $0.00", "Tax (0%): $0.00", "Total: $0.00"])


def test_text_credit_only_invoice_nets_to_zero():
    # a negative subtotal is "capped" by the coupon rule: the coupon becomes the subtotal
    data = invoice(lines=[{"sku": "CR", "description": "Credit", "qty": 1, "unit_price": -1234.5}],
                   tax_rate=0.1)
    assert format_invoice_text(data).splitlines()[3:] == [
        "  CR Credit x1  -$1,234.50", RULE, "Subtotal: -$1,234.50", "Coupon: $1,234.50",
        "Tax (10%): $0.00", "Total: $0.00"]
    assert format_invoice_text(data, currency="EUR").splitlines()[2:6] == [
        RULE, "  CR Credit x1  -1.234,50 €", RULE, "Subtotal: -1.234,50 €"]
    assert format_invoice_text(data, currency="JPY").splitlines()[3] == "  CR Credit x1  -¥1,234"


def test_text_credit_line_reduces_subtotal():
    data = invoice(lines=[{"sku": "A", "description": "Desk", "qty": 1, "unit_price": 300.0},
                          {"sku": "CR", "description": "Credit", "qty": 2, "unit_price": -50.0}],
                   tax_rate=0.1)
    assert format_invoice_text(data).splitlines()[3:] == [
        "  A Desk x1  $300.00", "  CR Credit x2  -$100.00", RULE, "Subtotal: $200.00",
        "Tax (10%): $20.00", "Total: $220.00"]


def test_text_negative_coupon_is_added():
    assert format_invoice_text(invoice(coupon=-10)).splitlines()[-4:] == [
        "Subtotal: $1,308.97", "Coupon: $10.00", "Tax (8%): $105.12", "Total: $1,424.09"]


def test_text_large_amounts_group_thousands():
    data = invoice(lines=[{"sku": "S", "description": "Server", "qty": 2, "unit_price": 617283.95}],
                   tax_rate=0)
    assert format_invoice_text(data).splitlines()[3] == "  S Server x2  $1,234,567.90"
    assert format_invoice_text(data, currency="EUR").splitlines()[3] == "  S Server x2  1.234.567,90 €"
    assert format_invoice_text(data, currency="JPY").splitlines()[3] == "  S Server x2  ¥1,234,568"


@pytest.mark.parametrize("discount, shown, amount", [
    (100, " (-100%)", "$0.00"),
    (0, "", "$100.00"),
    (33, " (-33%)", "$67.00"),
    (12.5, " (-12%)", "$87.50"),
])
def test_text_discounts(discount, shown, amount):
    data = invoice(lines=[{"sku": "D", "description": "Desk", "qty": 1, "unit_price": 100.0,
                           "discount_pct": discount}], tax_rate=0)
    assert format_invoice_text(data).splitlines()[3] == "  D Desk x1%s  %s" % (shown, amount)


def test_discount_is_rounded_before_subtracting():
    # 3 x 3.35 = 10.05 ; 15% = 1.5075 -> 1.51 ; 10.05 - 1.51 = 8.54
    data = invoice(lines=[{"sku": "P", "description": "Pens", "qty": 3, "unit_price": 3.35,
                           "discount_pct": 15}], tax_rate=0)
    assert format_invoice_text(data).splitlines()[3] == "  P Pens x3 (-15%)  $8.54"


# --- validation ---------------------------------------------------------------------

REPORTERS = [
    lambda inv, **kw: format_invoice_text(inv, **kw),
    lambda inv, **kw: format_invoice_csv(inv, **kw),
    lambda inv, **kw: summarize_invoices([inv], **kw),
]


@pytest.mark.parametrize("report", REPORTERS)
@pytest.mark.parametrize("currency", ["GBP", "usd", ""])
def test_unsupported_currency(report, currency):
    with pytest.raises(InvoiceError, match="^unsupported currency: %s$" % currency):
        report(invoice(), currency=currency)


@pytest.mark.parametrize("report", REPORTERS)
@pytest.mark.parametrize("qty", [0, -2])
def test_non_positive_quantity(report, qty):
    data = invoice()
    data["lines"][1]["qty"] = qty
    with pytest.raises(InvoiceError, match="^line 2: quantity must be positive$"):
        report(data)


@pytest.mark.parametrize("report", REPORTERS)
@pytest.mark.parametrize("discount", [-5, 100.5, 150])
def test_discount_out_of_range(report, discount):
    data = invoice()
    data["lines"][2]["discount_pct"] = discount
    with pytest.raises(InvoiceError, match="^line 3: discount out of range$"):
        report(data)


@pytest.mark.parametrize("report", REPORTERS)
def test_first_bad_line_is_reported(report):
    data = invoice()
    data["lines"][0]["qty"] = 0
    data["lines"][2]["discount_pct"] = 101
    with pytest.raises(InvoiceError, match="^line 1: "):
        report(data)


def test_invoice_error_is_a_value_error():
    assert issubclass(InvoiceError, ValueError)


# --- CSV -------------------------------------------------------------------------------

def test_csv_full():
    assert format_invoice_csv(invoice(coupon=100)) == "\n".join([
        "sku,description,qty,amount",
        "W-1,Widget,3,53.97",
        "G-2,Gadget,1,1250.00",
        "FEE,Handling,2,5.00",
        "subtotal,,,1308.97",
        "coupon,,,-100.00",
        "tax,,,96.32",
        "total,,,1305.29",
    ])


def test_csv_without_tax():
    assert format_invoice_csv(invoice(), show_tax=False).splitlines()[-3:] == [
        "subtotal,,,1308.97", "coupon,,,0.00", "total,,,1413.29"]


def test_csv_eur_with_comma_delimiter_quotes_amounts():
    assert format_invoice_csv(invoice(), currency="EUR").splitlines()[1:] == [
        'W-1,Widget,3,"53,97"',
        'G-2,Gadget,1,"1250,00"',
        'FEE,Handling,2,"5,00"',
        'subtotal,,,"1308,97"',
        'coupon,,,"0,00"',
        'tax,,,"104,32"',
        'total,,,"1413,29"',
    ]


def test_csv_eur_with_semicolon_delimiter():
    assert format_invoice_csv(invoice(coupon=2.5), currency="EUR", delimiter=";").splitlines() == [
        "sku;description;qty;amount",
        "W-1;Widget;3;53,97",
        "G-2;Gadget;1;1250,00",
        "FEE;Handling;2;5,00",
        "subtotal;;;1308,97",
        "coupon;;;-2,50",
        "tax;;;104,12",
        "total;;;1410,59",
    ]


def test_csv_jpy():
    assert format_invoice_csv(invoice(), currency="JPY", delimiter="\t").splitlines() == [
        "sku\tdescription\tqty\tamount",
        "W-1\tWidget\t3\t54",
        "G-2\tGadget\t1\t1250",
        "FEE\tHandling\t2\t5",
        "subtotal\t\t\t1309",
        "coupon\t\t\t0",
        "tax\t\t\t104",
        "total\t\t\t1413",
    ]


def test_csv_usd_with_semicolon():
    assert format_invoice_csv(invoice(), delimiter=";").splitlines()[1] == "W-1;Widget;3;53.97"


def test_csv_description_containing_delimiter_is_quoted():
    data = invoice(lines=[{"sku": "B", "description": "Bolts, M6", "qty": 10, "unit_price": 0.15}],
                   tax_rate=0)
    assert format_invoice_csv(data).splitlines()[1] == 'B,"Bolts, M6",10,1.50'
    assert format_invoice_csv(data, delimiter=";").splitlines()[1] == "B;Bolts, M6;10;1.50"
    data["lines"][0]["description"] = "Bolts; M6"
    assert format_invoice_csv(data, delimiter=";").splitlines()[1] == 'B;"Bolts; M6";10;1.50'


def test_csv_defaults_for_missing_fields():
    assert format_invoice_csv({"number": 1, "lines": [{"unit_price": 2}]}).splitlines() == [
        "sku,description,qty,amount", "?,,1,2.00", "subtotal,,,2.00", "coupon,,,0.00",
        "tax,,,0.00", "total,,,2.00"]


def test_csv_void_total_is_zero():
    assert format_invoice_csv(invoice(status="void")).splitlines()[-2:] == ["tax,,,104.32", "total,,,0.00"]


def test_csv_coupon_capped():
    assert format_invoice_csv(invoice(coupon=99999)).splitlines()[-3:] == [
        "coupon,,,-1308.97", "tax,,,0.00", "total,,,0.00"]


def test_csv_negative_line():
    data = invoice(lines=[{"sku": "CR", "description": "Credit", "qty": 1, "unit_price": -7.25}])
    assert format_invoice_csv(data, currency="EUR", delimiter=";").splitlines()[1:] == [
        "CR;Credit;1;-7,25", "subtotal;;;-7,25", "coupon;;;7,25", "tax;;;0,00", "total;;;0,00"]
    assert format_invoice_csv(data).splitlines()[-1] == "total,,,0.00"


# --- summary ---------------------------------------------------------------------------

def batch():
    return [
        invoice(number="1", customer="Fabrikam"),
        invoice(number="2", customer="Adatum", status="paid", tax_rate=0),
        invoice(number="3", customer="Fabrikam", status="paid", coupon=100),
        invoice(number="4", customer="Adatum", status="void"),
        invoice(number="5", customer="Zeta", lines=[{"sku": "X", "unit_price": 10.0}]),
    ]


def test_summary_by_customer_skips_void():
    assert summarize_invoices(batch()) == [
        "Adatum: 1 invoice, $1,308.97",
        "Fabrikam: 2 invoices, $2,718.58",
        "Zeta: 1 invoice, $10.80",
    ]


def test_summary_including_void_counts_it_with_zero_total():
    assert summarize_invoices(batch(), include_void=True)[0] == "Adatum: 2 invoices, $1,308.97"


def test_summary_by_status():
    assert summarize_invoices(batch(), group_by="status", include_void=True) == [
        "open: 2 invoices, $1,424.09",
        "paid: 2 invoices, $2,614.26",
        "void: 1 invoice, $0.00",
    ]
    assert summarize_invoices(batch(), group_by="status") == [
        "open: 2 invoices, $1,424.09",
        "paid: 2 invoices, $2,614.26",
    ]


def test_summary_defaults_for_missing_customer_and_status():
    data = [{"number": 1, "lines": [{"unit_price": 3}]}, {"number": 2, "lines": []}]
    assert summarize_invoices(data) == ["unknown: 2 invoices, $3.00"]
    assert summarize_invoices(data, group_by="status") == ["open: 2 invoices, $3.00"]


@pytest.mark.parametrize("currency, expected", [
    ("EUR", ["Adatum: 1 invoice, 1.308,97 €", "Fabrikam: 2 invoices, 2.718,58 €", "Zeta: 1 invoice, 10,80 €"]),
    ("JPY", ["Adatum: 1 invoice, ¥1,309", "Fabrikam: 2 invoices, ¥2,719", "Zeta: 1 invoice, ¥11"]),
])
def test_summary_currencies(currency, expected):
    assert summarize_invoices(batch(), currency=currency) == expected


def test_summary_with_credits_and_negative_coupon():
    data = [invoice(customer="C", lines=[{"unit_price": -5.0}]),
            invoice(customer="C", lines=[{"unit_price": 2.0}], tax_rate=0, coupon=-1.5)]
    assert summarize_invoices(data) == ["C: 2 invoices, $3.50"]


def test_summary_empty():
    assert summarize_invoices([]) == []
    assert summarize_invoices([invoice(status="void")]) == []


@pytest.mark.parametrize("group_by", ["month", "Customer", None])
def test_summary_rejects_unknown_grouping(group_by):
    with pytest.raises(InvoiceError, match="^cannot group by %s$" % group_by):
        summarize_invoices(batch(), group_by=group_by)


def test_summary_checks_currency_before_grouping():
    with pytest.raises(InvoiceError, match="currency"):
        summarize_invoices(batch(), currency="GBP", group_by="month")


def test_summary_void_invoice_lines_are_not_validated_when_skipped():
    bad = invoice(status="void", lines=[{"qty": 0, "unit_price": 1}])
    assert summarize_invoices([bad]) == []
    with pytest.raises(InvoiceError, match="^line 1: quantity must be positive$"):
        summarize_invoices([bad], include_void=True)


def test_summary_accepts_any_iterable():
    assert summarize_invoices(iter(batch()[:1])) == ["Fabrikam: 1 invoice, $1,413.29"]


def test_reports_do_not_modify_the_invoice():
    data = invoice(coupon=5000)
    snapshot = repr(data)
    format_invoice_text(data)
    format_invoice_csv(data)
    summarize_invoices([data])
    assert repr(data) == snapshot


def test_public_constants_kept():
    assert invoice_report.SUPPORTED_CURRENCIES == ("USD", "EUR", "JPY")
    assert invoice_report.GROUPINGS == ("customer", "status")


# --- rounding at every step ------------------------------------------------------------

def test_tax_is_rounded_before_the_total():
    # 0.99 - 5% -> 0.94 ; tax 0.0752 -> 0.08 ; total 1.02 (not 1.0152 -> 1.02 by luck only)
    data = {"number": "1", "tax_rate": 0.08,
            "lines": [{"sku": "T", "description": "Tape", "qty": 1, "unit_price": 0.99, "discount_pct": 5}]}
    assert format_invoice_text(data).splitlines()[-3:] == [
        "Subtotal: $0.94", "Tax (8%): $0.08", "Total: $1.02"]


def test_discount_amount_is_rounded_to_cents():
    # 7 x 1.05 = 7.35 ; 33% = 2.4255 -> 2.43 ; 7.35 - 2.43 = 4.92
    data = {"number": "1", "tax_rate": 0,
            "lines": [{"sku": "C", "description": "Cable", "qty": 7, "unit_price": 1.05, "discount_pct": 33}]}
    assert format_invoice_text(data).splitlines()[3] == "  C Cable x7 (-33%)  $4.92"


def test_each_line_is_rounded_to_cents_before_summing():
    data = {"number": "1", "lines": [{"sku": "S", "qty": 1, "unit_price": 0.004}] * 10}
    assert format_invoice_text(data, compact=True) == "Invoice 1\nTotal: $0.00"
    assert format_invoice_csv(data).splitlines()[-1] == "total,,,0.00"


def test_invoice_totals_are_rounded_before_summarizing():
    data = [{"number": i, "customer": "Q", "coupon": 0.004, "lines": [{"unit_price": 10.0}]}
            for i in range(5)]
    assert summarize_invoices(data) == ["Q: 5 invoices, $50.00"]


def test_fractional_discount_below_one_percent():
    data = {"number": "1", "tax_rate": 0,
            "lines": [{"sku": "H", "description": "Hinge", "qty": 4, "unit_price": 2.5, "discount_pct": 0.5}]}
    assert format_invoice_text(data).splitlines()[3] == "  H Hinge x4 (-0%)  $9.95"
