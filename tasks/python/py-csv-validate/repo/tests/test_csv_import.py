import datetime

import pytest

from csv_import import CsvImportError, check_value, split_line, validate_rows

SCHEMA = [
    {"name": "id", "type": "int", "required": True, "min": 1},
    {"name": "name", "type": "str", "required": True, "max_length": 20},
    {"name": "country", "type": "str", "choices": ["DE", "FR", "US"], "upper": True, "default": "US"},
    {"name": "credit", "type": "decimal", "min": 0, "max": 10000},
    {"name": "since", "type": "date"},
    {"name": "active", "type": "bool", "default": True},
]


def test_split_line_respects_quotes():
    assert split_line('1,"Smith, Jane",de') == ["1", "Smith, Jane", "de"]


def test_valid_file():
    text = "id,name,country,credit,since,active\n7,Acme,de,1200.5,2021-03-01,yes\n"
    records, errors = validate_rows(text, SCHEMA)
    assert errors == []
    assert records == [{"id": 7, "name": "Acme", "country": "DE", "credit": 1200.5,
                        "since": datetime.date(2021, 3, 1), "active": True}]


def test_errors_carry_line_numbers():
    text = "id,name,country,credit,since,active\n0,Acme,,,,\nx,Beta,,,,\n"
    records, errors = validate_rows(text, SCHEMA)
    assert records == []
    assert errors == ["line 2: id: 0 is below the minimum 1", "line 3: id: 'x' is not a whole number"]


def test_check_value_for_inline_editor():
    assert check_value(" fr ", SCHEMA[2]) == ("FR", None)
    assert check_value("", SCHEMA[1]) == (None, "name: is required")


def test_empty_file_is_rejected():
    with pytest.raises(CsvImportError):
        validate_rows("", SCHEMA)
