import json
from datetime import date

import pytest

from csv_export import export_csv
from json_export import export_json
from report_data import ExportError
from text_export import export_text

ROWS = [
    {"date": date(2024, 5, 1), "region": "north", "rep": "ann", "amount": 1234.5, "currency": "EUR"},
    {"date": date(2024, 4, 9), "region": "south", "rep": "cy", "amount": 300.0, "currency": "EUR"},
]


def test_csv_export():
    assert export_csv(ROWS) == (
        "date,region,rep,amount\n"
        '04/09/2024,south,cy,300.00\n'
        '05/01/2024,north,ann,"1,234.50"\n'
        "\n"
        'total,north,80.4%,"1,234.50"\n'
        "total,south,19.6%,300.00\n"
        'total,all,100.0%,"1,534.50"\n'
    )


def test_json_export_in_german():
    doc = json.loads(export_json(ROWS, locale="de"))
    assert doc["sales"][1] == {"date": "01.05.2024", "region": "north", "rep": "ann", "amount": "1.234,50"}
    assert doc["total"] == "1.534,50"


def test_text_export_sorted_by_amount():
    assert export_text(ROWS, sort_by="amount").splitlines()[1] == "05/01/2024  north     ann               1,234.50"


def test_currency_mismatch():
    with pytest.raises(ExportError):
        export_csv(ROWS, currency="USD")
