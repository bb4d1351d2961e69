"""Hidden behaviour tests for the CSV, JSON and text exporters."""

import json
from datetime import date

import pytest

from csv_export import export_csv
from json_export import export_json
from report_data import ExportError
from text_export import export_text

EXPORTERS = [export_csv, export_json, export_text]


def sale(day, region, rep, amount, returned=None, currency="EUR"):
    row = {"date": day, "region": region, "rep": rep, "amount": amount, "currency": currency}
    if returned is not None:
        row["returned"] = returned
    return row


ROWS = [
    sale(date(2024, 5, 1), "north", "ann", 1234.5),
    sale(date(2024, 4, 3), "south", "bo", -20.0, returned=True),
    sale(date(2024, 4, 9), "north", "cy", 1234567.891),
    sale(date(2024, 4, 9), "east", "dee", 0.29, returned=False),
    sale(date(2024, 3, 30), "east", "eve", 999.995),
]


def amounts(doc):
    return [s["amount"] for s in json.loads(doc)["sales"]]


def test_error_type():
    assert issubclass(ExportError, ValueError)


# --- options and validation ---------------------------------------------------

@pytest.mark.parametrize("export", EXPORTERS)
def test_unknown_locale(export):
    with pytest.raises(ExportError, match="^unsupported locale: fr$"):
        export(ROWS, currency="USD", locale="fr", sort_by="rep")


@pytest.mark.parametrize("export", EXPORTERS)
def test_unknown_sort(export):
    with pytest.raises(ExportError, match="^cannot sort by rep$"):
        export(ROWS, currency="USD", sort_by="rep")


@pytest.mark.parametrize("export", EXPORTERS)
def test_currency_mismatch(export):
    with pytest.raises(ExportError, match="^row in EUR, report in USD$"):
        export(ROWS, currency="USD")
    mixed = ROWS[:1] + [sale(date(2024, 1, 1), "x", "y", 1.0, returned=True, currency="GBP")]
    with pytest.raises(ExportError, match="^row in GBP, report in EUR$"):
        export(mixed)


def test_text_width_checked_after_rows():
    with pytest.raises(ExportError, match="^row in EUR, report in USD$"):
        export_text(ROWS, currency="USD", width=3)
    with pytest.raises(ExportError, match="^width must be at least 8$"):
        export_text(ROWS, width=7)
    assert export_text(ROWS, width=8).splitlines()[0] == "SALES (EUR)"


# --- CSV ----------------------------------------------------------------------

def test_csv_default():
    assert export_csv(ROWS) == (
        "date,region,rep,amount\n"
        '03/30/2024,east,eve,"1,000.00"\n'
        '04/09/2024,north,cy,"1,234,567.89"\n'
        "04/09/2024,east,dee,0.29\n"
        '05/01/2024,north,ann,"1,234.50"\n'
        "\n"
        'total,east,0.1%,"1,000.29"\n'
        'total,north,99.9%,"1,235,802.39"\n'
        'total,all,100.0%,"1,236,802.68"\n'
    )


def test_csv_german_with_returns_by_amount():
    assert export_csv(ROWS, "EUR", "de", True, "amount") == (
        "date;region;rep;amount\n"
        "09.04.2024;north;cy;1.234.567,89\n"
        "01.05.2024;north;ann;1.234,50\n"
        "30.03.2024;east;eve;1.000,00\n"
        "09.04.2024;east;dee;0,29\n"
        "03.04.2024;south;bo;-20,00\n"
        "\n"
        "total;east;0.1%;1.000,29\n"
        "total;north;99.9%;1.235.802,39\n"
        "total;south;-0.0%;-20,00\n"
        "total;all;100.0%;1.236.782,68\n"
    )


def test_csv_by_region():
    lines = export_csv(ROWS, sort_by="region").splitlines()
    assert [l.split(",")[2] for l in lines[1:5]] == ["eve", "dee", "cy", "ann"]


def test_csv_empty():
    assert export_csv([]) == "date,region,rep,amount\n\ntotal,all,0.0%,0.00\n"
    assert export_csv([sale(date(2024, 1, 1), "x", "y", 5.0, returned=True)]) == (
        "date,region,rep,amount\n\ntotal,all,0.0%,0.00\n")


def test_csv_zero_grand_total():
    rows = [sale(date(2024, 1, 1), "a", "p", 10.0), sale(date(2024, 1, 2), "b", "q", -10.0)]
    assert export_csv(rows) == (
        "date,region,rep,amount\n01/01/2024,a,p,10.00\n01/02/2024,b,q,-10.00\n\n"
        "total,a,0.0%,10.00\ntotal,b,0.0%,-10.00\ntotal,all,100.0%,0.00\n")


def test_csv_quotes_fields_when_needed():
    rows = [sale(date(2024, 1, 1), "north, upper", 'the "rep"', 5.0)]
    assert export_csv(rows).splitlines()[1] == '01/01/2024,"north, upper","the ""rep""",5.00'


# --- money and dates ----------------------------------------------------------

@pytest.mark.parametrize("amount, en, de", [
    (0.0, "0.00", "0,00"), (0.005, "0.01", "0,01"), (0.29, "0.29", "0,29"), (7, "7.00", "7,00"),
    (999.994, "999.99", "999,99"), (999.995, "1,000.00", "1.000,00"), (1000, "1,000.00", "1.000,00"),
    (12345.6, "12,345.60", "12.345,60"), (123456.78, "123,456.78", "123.456,78"),
    (1234567.891, "1,234,567.89", "1.234.567,89"), (-0.5, "-0.50", "-0,50"), (-1234.5, "-1,234.50", "-1.234,50"),
    (-0.001, "-0.00", "-0,00"), (100, "100.00", "100,00"), (999, "999.00", "999,00"),
])
def test_money(amount, en, de):
    rows = [sale(date(2024, 1, 2), "r", "p", amount)]
    assert amounts(export_json(rows)) == [en]
    assert amounts(export_json(rows, locale="de")) == [de]
    assert json.loads(export_json(rows))["total"] == ("0.00" if amount == -0.001 else en)


@pytest.mark.parametrize("day, en, de", [
    (date(2024, 1, 2), "01/02/2024", "02.01.2024"), (date(2024, 12, 31), "12/31/2024", "31.12.2024"),
    (date(999, 7, 4), "07/04/0999", "04.07.0999"),
])
def test_dates(day, en, de):
    rows = [sale(day, "r", "p", 1.0)]
    assert json.loads(export_json(rows))["sales"][0]["date"] == en
    assert json.loads(export_json(rows, locale="de"))["sales"][0]["date"] == de


# --- JSON ---------------------------------------------------------------------

def test_json_document():
    doc = json.loads(export_json(ROWS, sort_by="amount"))
    assert doc == {
        "currency": "EUR",
        "sales": [
            {"date": "04/09/2024", "region": "north", "rep": "cy", "amount": "1,234,567.89"},
            {"date": "05/01/2024", "region": "north", "rep": "ann", "amount": "1,234.50"},
            {"date": "03/30/2024", "region": "east", "rep": "eve", "amount": "1,000.00"},
            {"date": "04/09/2024", "region": "east", "rep": "dee", "amount": "0.29"},
        ],
        "regions": [
            {"region": "east", "total": "1,000.29", "share": "0.1%"},
            {"region": "north", "total": "1,235,802.39", "share": "99.9%"},
        ],
        "total": "1,236,802.68",
    }


def test_json_text_layout():
    text = export_json([sale(date(2024, 1, 2), "süd", "zoë", 1.5)], currency="EUR")
    assert text == (
        '{\n  "currency": "EUR",\n  "sales": [\n    {\n      "date": "01/02/2024",\n      "region": "süd",\n'
        '      "rep": "zoë",\n      "amount": "1.50"\n    }\n  ],\n  "regions": [\n    {\n      "region": "süd",\n'
        '      "total": "1.50",\n      "share": "100.0%"\n    }\n  ],\n  "total": "1.50"\n}')


def test_json_empty_and_other_currency():
    assert json.loads(export_json([], currency="USD")) == {"currency": "USD", "sales": [], "regions": [], "total": "0.00"}


def test_json_returns_included():
    doc = json.loads(export_json(ROWS, include_returned=True, sort_by="region"))
    assert [s["rep"] for s in doc["sales"]] == ["eve", "dee", "cy", "ann", "bo"]
    assert doc["regions"][-1] == {"region": "south", "total": "-20.00", "share": "-0.0%"}
    assert doc["total"] == "1,236,782.68"


def test_returned_flag_values():
    rows = [sale(date(2024, 1, 1), "a", "p", 1.0, returned=0), sale(date(2024, 1, 2), "a", "q", 2.0, returned=1),
            sale(date(2024, 1, 3), "a", "r", 4.0, returned=False)]
    assert [s["rep"] for s in json.loads(export_json(rows))["sales"]] == ["p", "r"]


def test_shares():
    rows = [sale(date(2024, 1, 1), "a", "p", 1.0), sale(date(2024, 1, 1), "b", "p", 2.0),
            sale(date(2024, 1, 1), "c", "p", 3.0), sale(date(2024, 1, 1), "a", "p", 0.001)]
    doc = json.loads(export_json(rows))
    assert [(r["region"], r["total"], r["share"]) for r in doc["regions"]] == [
        ("a", "1.00", "16.7%"), ("b", "2.00", "33.3%"), ("c", "3.00", "50.0%")]


def test_totals_round_as_they_sum():
    rows = [sale(date(2024, 1, 1), "a", "p", 0.004) for _ in range(3)]
    doc = json.loads(export_json(rows))
    assert doc["total"] == "0.00"
    assert doc["regions"] == [{"region": "a", "total": "0.00", "share": "0.0%"}]


def test_sort_is_stable():
    rows = [sale(date(2024, 1, 1), "b", "p1", 5.0), sale(date(2024, 1, 1), "a", "p2", 5.0),
            sale(date(2024, 1, 1), "b", "p3", 5.0)]
    assert [s["rep"] for s in json.loads(export_json(rows))["sales"]] == ["p1", "p2", "p3"]
    assert [s["rep"] for s in json.loads(export_json(rows, sort_by="amount"))["sales"]] == ["p1", "p2", "p3"]
    assert [s["rep"] for s in json.loads(export_json(rows, sort_by="region"))["sales"]] == ["p2", "p1", "p3"]


def test_amount_sort_ties_by_date():
    rows = [sale(date(2024, 3, 1), "a", "late", 5.0), sale(date(2024, 1, 1), "a", "early", 5.0),
            sale(date(2024, 2, 1), "a", "big", 9.0)]
    assert [s["rep"] for s in json.loads(export_json(rows, sort_by="amount"))["sales"]] == ["big", "early", "late"]
    assert [s["rep"] for s in json.loads(export_json(rows, sort_by="region"))["sales"]] == ["early", "big", "late"]


def test_input_rows_are_not_reordered():
    rows = list(ROWS)
    export_csv(rows, sort_by="amount")
    export_text(rows)
    assert rows == ROWS


# --- text ---------------------------------------------------------------------

def test_text_default():
    assert export_text(ROWS) == "\n".join([
        "SALES (EUR)",
        "03/30/2024  east      eve               1,000.00",
        "04/09/2024  north     cy            1,234,567.89",
        "04/09/2024  east      dee                   0.29",
        "05/01/2024  north     ann               1,234.50",
        "--------------------------------------------------",
        "            east      0.1%              1,000.29",
        "            north     99.9%         1,235,802.39",
        "TOTAL                 4 sales       1,236,802.68",
    ])


def test_text_german_wide():
    assert export_text(ROWS, "EUR", "de", True, "region", 16) == "\n".join([
        "SALES (EUR)",
        "30.03.2024  east      eve                   1.000,00",
        "09.04.2024  east      dee                       0,29",
        "09.04.2024  north     cy                1.234.567,89",
        "01.05.2024  north     ann                   1.234,50",
        "03.04.2024  south     bo                      -20,00",
        "------------------------------------------------------",
        "            east      0.1%                  1.000,29",
        "            north     99.9%             1.235.802,39",
        "            south     -0.0%                   -20,00",
        "TOTAL                 5 sales           1.236.782,68",
    ])


def test_text_empty_and_narrow():
    assert export_text([], currency="USD", width=8) == "\n".join([
        "SALES (USD)", "----------------------------------------------", "TOTAL                 0 sales           0.00"])


def test_text_long_values_are_not_cut():
    rows = [sale(date(2024, 1, 1), "northwest", "bartholomew-j", 123456789.0)]
    assert export_text(rows, width=8).splitlines()[1] == "01/01/2024  northwest  bartholomew-j  123,456,789.00"


def test_json_german_totals():
    doc = json.loads(export_json(ROWS, locale="de"))
    assert doc["regions"] == [{"region": "east", "total": "1.000,29", "share": "0.1%"},
                              {"region": "north", "total": "1.235.802,39", "share": "99.9%"}]
    assert doc["total"] == "1.236.802,68"
