"""Hidden behaviour tests for csv_import."""

import datetime

import pytest

import csv_import
from csv_import import CsvImportError, check_row, check_value, read_header, split_line, validate_rows

D = datetime.date

SCHEMA = [
    {"name": "id", "type": "int", "required": True, "min": 1, "max": 9999},
    {"name": "name", "type": "str", "required": True, "max_length": 10},
    {"name": "country", "type": "str", "choices": ["DE", "FR", "US"], "upper": True, "default": "US"},
    {"name": "credit", "type": "decimal", "min": 0, "max": 500.5},
    {"name": "since", "type": "date", "min": D(2000, 1, 1), "max": D(2030, 12, 31)},
    {"name": "active", "type": "bool", "default": True},
]
HEADER = "id,name,country,credit,since,active"


def upload(*rows, header=HEADER):
    return "\n".join((header,) + rows) + "\n"


# --- split_line ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, fields", [
    ("a,b,c", ["a", "b", "c"]),
    (" a , b ,c ", ["a", "b", "c"]),
    ("", [""]),
    ("   ", [""]),
    ("a,", ["a", ""]),
    (",", ["", ""]),
    (",,a", ["", "", "a"]),
    ('"a,b",c', ["a,b", "c"]),
    ('"ab"', ["ab"]),
    ('"a"', ["a"]),
    ('""', [""]),
    ('"",x', ["", "x"]),
    ('"say ""hi""",x', ['say "hi"', "x"]),
    ('""""', ['"']),
    ('"a""b"', ['a"b']),
    ('" a ",b', [" a ", "b"]),
    ('  "a",b', ["a", "b"]),
    ('x, "y" ,z', ["x", "y ", "z"]),
    ('ab"c,d', ['ab"c', "d"]),
    ('"ab"cd,e', ["abcd", "e"]),
    ('"" "x"', [' "x"']),
    ('"a" "b"', ['a "b"']),
    ('1,"Smith, Jane",de', ["1", "Smith, Jane", "de"]),
    ('"x,y"', ["x,y"]),
    ("a\tb", ["a\tb"]),
])
def test_split_line(line, fields):
    assert split_line(line) == fields


@pytest.mark.parametrize("line, delimiter, fields", [
    ("a;b,c", ";", ["a", "b,c"]),
    ('"a;b";c', ";", ["a;b", "c"]),
    ("a\tb\t c", "\t", ["a", "b", "c"]),
    ("a,b", "|", ["a,b"]),
])
def test_split_line_other_delimiters(line, delimiter, fields):
    assert split_line(line, delimiter) == fields
    assert split_line(line, delimiter=delimiter) == fields


@pytest.mark.parametrize("line", ['"abc', 'a,"b', '"a""', '"""', 'x,"'])
def test_split_line_unterminated(line):
    with pytest.raises(CsvImportError) as info:
        split_line(line)
    assert str(info.value) == "unterminated quoted field"


# --- read_header -----------------------------------------------------------------------------

def test_read_header_positions_and_width():
    assert read_header(HEADER, SCHEMA) == (
        {"id": 0, "name": 1, "country": 2, "credit": 3, "since": 4, "active": 5}, 6, [])


def test_read_header_is_case_insensitive_and_order_free():
    assert read_header("NAME, Id ,credit", SCHEMA) == ({"name": 0, "id": 1, "credit": 2}, 3, [])


def test_read_header_duplicates_keep_first():
    positions, width, errors = read_header("id,name,ID,name", SCHEMA)
    assert positions == {"id": 0, "name": 1}
    assert width == 4
    assert errors == ["line 1: duplicate column id", "line 1: duplicate column name"]


def test_read_header_missing_required_columns():
    assert read_header("country", SCHEMA) == (
        {"country": 0}, 1, ["line 1: missing column id", "line 1: missing column name"])


def test_read_header_optional_columns_may_be_missing():
    assert read_header("name,id", SCHEMA) == ({"name": 0, "id": 1}, 2, [])


def test_read_header_unknown_columns_when_strict():
    assert read_header("id,name,fax,Email", SCHEMA) == (
        {"id": 0, "name": 1, "fax": 2, "email": 3}, 4,
        ["line 1: unknown column fax", "line 1: unknown column email"])
    assert read_header("id,name,fax", SCHEMA, ",", True)[2] == ["line 1: unknown column fax"]


def test_read_header_unknown_columns_allowed_when_not_strict():
    assert read_header("id,name,fax", SCHEMA, strict=False) == ({"id": 0, "name": 1, "fax": 2}, 3, [])
    assert read_header("id,name,fax", SCHEMA, ",", False)[2] == []


def test_read_header_error_order():
    assert read_header("fax,id,fax", SCHEMA)[2] == [
        "line 1: duplicate column fax",
        "line 1: missing column name",
        "line 1: unknown column fax",
        "line 1: unknown column fax",
    ]


def test_read_header_delimiter():
    assert read_header("id;name", SCHEMA, ";") == ({"id": 0, "name": 1}, 2, [])
    assert read_header("id;name", SCHEMA, delimiter=";")[1] == 2
    assert read_header("id;name", SCHEMA)[2] == [
        "line 1: missing column id", "line 1: missing column name", "line 1: unknown column id;name"]


def test_read_header_quoted_titles_keep_spaces():
    assert read_header('"id","name"," credit"', SCHEMA) == (
        {"id": 0, "name": 1, " credit": 2}, 3, ["line 1: unknown column  credit"])


def test_read_header_unterminated_quote():
    with pytest.raises(CsvImportError) as info:
        read_header('id,"name', SCHEMA)
    assert str(info.value) == "line 1: unterminated quoted field"


# --- check_value: empties, defaults, types ---------------------------------------------------

@pytest.mark.parametrize("value", ["", "   ", None, "\t"])
def test_required_empty_cell(value):
    assert check_value(value, SCHEMA[0]) == (None, "id: is required")


@pytest.mark.parametrize("value", ["", " ", None])
def test_optional_empty_cell_gets_default(value):
    assert check_value(value, SCHEMA[2]) == ("US", None)
    assert check_value(value, SCHEMA[5]) == (True, None)
    assert check_value(value, SCHEMA[3]) == (None, None)


def test_default_is_not_converted_or_checked():
    column = {"name": "n", "type": "int", "default": "seven", "min": 100}
    assert check_value("", column) == ("seven", None)


def test_required_false_is_optional():
    assert check_value("", {"name": "n", "required": False, "default": 0}) == (0, None)


def test_type_defaults_to_str():
    assert check_value(" 42 ", {"name": "code"}) == ("42", None)


@pytest.mark.parametrize("col_type", ["float", "STR", "", None])
def test_unknown_type(col_type):
    column = {"name": "x", "type": col_type, "required": True}
    with pytest.raises(CsvImportError) as info:
        check_value("", column)
    assert str(info.value) == "column x has unknown type %s" % col_type


@pytest.mark.parametrize("value, expected", [
    ("7", 7), (" 7 ", 7), ("+5", 5), ("1_000", 1000), ("0001", 1), ("9999", 9999), ("1", 1),
])
def test_int_values(value, expected):
    result = check_value(value, SCHEMA[0])
    assert result == (expected, None)
    assert type(result[0]) is int


@pytest.mark.parametrize("value", ["x", "1.0", "1,000", "7a", "1 2"])
def test_int_errors(value):
    assert check_value(value, SCHEMA[0]) == (None, "id: %r is not a whole number" % value)


@pytest.mark.parametrize("value, expected", [
    ("0", 0.0), ("12.5", 12.5), ("1.005", 1.0), ("2.675", 2.67), ("0.126", 0.13), ("1e2", 100.0),
    ("500.5", 500.5), ("500.504", 500.5), (" 3 ", 3.0), ("-0.001", -0.0),
])
def test_decimal_values(value, expected):
    assert check_value(value, SCHEMA[3]) == (expected, None)


@pytest.mark.parametrize("value", ["abc", "1,5", "1.2.3", "$5"])
def test_decimal_errors(value):
    assert check_value(value, SCHEMA[3]) == (None, "credit: %r is not a number" % value)


@pytest.mark.parametrize("value, expected", [
    ("2021-03-01", D(2021, 3, 1)), ("01/03/2021", D(2021, 3, 1)), ("1/3/2021", D(2021, 3, 1)),
    ("31/12/2030", D(2030, 12, 31)), ("2000-01-01", D(2000, 1, 1)), (" 2020-02-29 ", D(2020, 2, 29)),
])
def test_date_values(value, expected):
    assert check_value(value, SCHEMA[4]) == (expected, None)


@pytest.mark.parametrize("value", [
    "2021-02-30", "30/02/2021", "2021/03/01", "03-01-2021", "2021-3", "today", "12/31/2021",
])
def test_date_errors(value):
    assert check_value(value, SCHEMA[4]) == (None, "since: %r is not a date" % value)


@pytest.mark.parametrize("value, expected", [
    ("y", True), ("Y", True), ("yes", True), ("YES", True), ("true", True), ("True", True), ("1", True),
    ("n", False), ("N", False), ("no", False), ("No", False), ("false", False), ("FALSE", False),
    ("0", False), (" no ", False),
])
def test_bool_values(value, expected):
    result = check_value(value, SCHEMA[5])
    assert result == (expected, None)
    assert result[0] is expected


@pytest.mark.parametrize("value", ["maybe", "2", "t", "yess", "on"])
def test_bool_errors(value):
    assert check_value(value, SCHEMA[5]) == (None, "active: %r is not yes/no" % value)


# --- check_value: rules ----------------------------------------------------------------------

@pytest.mark.parametrize("value, error", [
    ("0", "id: 0 is below the minimum 1"),
    ("-3", "id: -3 is below the minimum 1"),
    ("1", None),
    ("2", None),
    ("9998", None),
    ("9999", None),
    ("10000", "id: 10000 is above the maximum 9999"),
])
def test_int_range(value, error):
    converted, message = check_value(value, SCHEMA[0])
    assert message == error
    assert converted == (None if error else int(value))


@pytest.mark.parametrize("value, result", [
    ("-0.01", (None, "credit: -0.01 is below the minimum 0")),
    ("-0.004", (-0.0, None)),
    ("0", (0.0, None)),
    ("500.5", (500.5, None)),
    ("500.506", (None, "credit: 500.51 is above the maximum 500.5")),
    ("500.505", (500.5, None)),
    ("500.51", (None, "credit: 500.51 is above the maximum 500.5")),
    ("1e3", (None, "credit: 1000.0 is above the maximum 500.5")),
])
def test_decimal_range_uses_rounded_value(value, result):
    assert check_value(value, SCHEMA[3]) == result


@pytest.mark.parametrize("value, result", [
    ("1999-12-31", (None, "since: 1999-12-31 is below the minimum 2000-01-01")),
    ("2000-01-01", (D(2000, 1, 1), None)),
    ("2030-12-31", (D(2030, 12, 31), None)),
    ("01/01/2031", (None, "since: 2031-01-01 is above the maximum 2030-12-31")),
])
def test_date_range(value, result):
    assert check_value(value, SCHEMA[4]) == result


def test_only_min_or_only_max():
    assert check_value("5", {"name": "n", "type": "int", "min": 6}) == (None, "n: 5 is below the minimum 6")
    assert check_value("500", {"name": "n", "type": "int", "min": 6}) == (500, None)
    assert check_value("5", {"name": "n", "type": "int", "max": 4}) == (None, "n: 5 is above the maximum 4")
    assert check_value("-500", {"name": "n", "type": "int", "max": 4}) == (-500, None)


def test_minimum_is_checked_before_maximum():
    column = {"name": "n", "type": "int", "min": 10, "max": 5}
    assert check_value("7", column) == (None, "n: 7 is below the minimum 10")
    assert check_value("12", column) == (None, "n: 12 is above the maximum 5")


def test_ranges_do_not_apply_to_text_and_yes_no():
    text = {"name": "t", "type": "str", "min": 5, "max": 1}
    flag = {"name": "f", "type": "bool", "min": 5, "max": -1}
    assert check_value("abc", text) == ("abc", None)
    assert check_value("yes", flag) == (True, None)
    assert check_value("no", flag) == (False, None)


def test_text_rules_do_not_apply_to_other_types():
    column = {"name": "n", "type": "int", "max_length": 1, "choices": ["1"], "upper": True}
    assert check_value("123", column) == (123, None)


@pytest.mark.parametrize("value, result", [
    ("abcdefghij", ("abcdefghij", None)),
    ("abcdefghi", ("abcdefghi", None)),
    ("abcdefghijk", (None, "name: longer than 10 characters")),
    ("  abcdefghij  ", ("abcdefghij", None)),
])
def test_max_length(value, result):
    assert check_value(value, SCHEMA[1]) == result


@pytest.mark.parametrize("value, result", [
    ("de", ("DE", None)),
    (" Fr ", ("FR", None)),
    ("US", ("US", None)),
    ("uk", (None, "country: 'UK' is not one of DE, FR, US")),
    ("d e", (None, "country: 'D E' is not one of DE, FR, US")),
])
def test_choices_upper(value, result):
    assert check_value(value, SCHEMA[2]) == result


def test_choices_case_sensitive_without_upper():
    column = {"name": "c", "choices": ["DE", "FR"]}
    assert check_value("de", column) == (None, "c: 'de' is not one of DE, FR")
    assert check_value("DE", column) == ("DE", None)
    assert check_value("de", dict(column, upper=False)) == (None, "c: 'de' is not one of DE, FR")


def test_upper_without_choices_keeps_case():
    assert check_value("abc", {"name": "c", "upper": True}) == ("abc", None)


def test_length_checked_before_choices():
    column = {"name": "c", "choices": ["A"], "max_length": 2, "upper": True}
    assert check_value("abc", column) == (None, "c: longer than 2 characters")
    assert check_value("ab", column) == (None, "c: 'AB' is not one of A")
    assert check_value("a", column) == ("A", None)


# --- check_row -------------------------------------------------------------------------------

POSITIONS = {"id": 0, "name": 1, "country": 2, "credit": 3, "since": 4, "active": 5}


def test_check_row_ok():
    fields = ["7", "Acme", "fr", "12.345", "02/01/2020", "no"]
    assert check_row(fields, POSITIONS, SCHEMA, 4) == (
        {"id": 7, "name": "Acme", "country": "FR", "credit": 12.35, "since": D(2020, 1, 2),
         "active": False}, [])


def test_check_row_defaults_for_empty_and_missing_columns():
    assert check_row(["3", "Beta"], {"id": 0, "name": 1}, SCHEMA, 2) == (
        {"id": 3, "name": "Beta", "country": "US", "credit": None, "since": None, "active": True}, [])


def test_check_row_collects_all_errors_in_schema_order():
    fields = ["0", "", "xx", "-1", "2021-13-01", "maybe"]
    assert check_row(fields, POSITIONS, SCHEMA, 12) == (None, [
        "line 12: id: 0 is below the minimum 1",
        "line 12: name: is required",
        "line 12: country: 'XX' is not one of DE, FR, US",
        "line 12: credit: -1.0 is below the minimum 0",
        "line 12: since: '2021-13-01' is not a date",
        "line 12: active: 'maybe' is not yes/no",
    ])


def test_check_row_one_error_drops_the_record():
    fields = ["1", "Gamma", "de", "", "", "perhaps"]
    assert check_row(fields, POSITIONS, SCHEMA, 3) == (None, ["line 3: active: 'perhaps' is not yes/no"])


def test_check_row_strips_quoted_spaces():
    assert check_row([" 5 ", " Delta "], {"id": 0, "name": 1}, SCHEMA[:2], 9) == (
        {"id": 5, "name": "Delta"}, [])


def test_check_row_missing_required_column():
    assert check_row(["x"], {"name": 0}, SCHEMA[:2], 2) == (None, ["line 2: id: is required"])


def test_check_row_unknown_type():
    with pytest.raises(CsvImportError, match="^column z has unknown type text$"):
        check_row(["1"], {"z": 0}, [{"name": "z", "type": "text"}], 2)


def test_check_row_empty_schema():
    assert check_row(["a"], {"a": 0}, [], 2) == ({}, [])


# --- validate_rows ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", None, "   ", "\n\n", " \t\n "])
def test_empty_file(text):
    with pytest.raises(CsvImportError) as info:
        validate_rows(text, SCHEMA)
    assert str(info.value) == "file is empty"


def test_header_only():
    assert validate_rows(HEADER, SCHEMA) == ([], [])
    assert validate_rows(HEADER + "\n", SCHEMA) == ([], [])


def test_header_errors_stop_before_rows():
    text = upload("x,y,z,,,,", "1,A,,,,", header="id,id,fax")
    assert validate_rows(text, SCHEMA) == ([], [
        "line 1: duplicate column id", "line 1: missing column name", "line 1: unknown column fax"])


def test_header_unterminated_quote_raises():
    with pytest.raises(CsvImportError, match="^line 1: unterminated quoted field$"):
        validate_rows('"id,name\n1,a\n', SCHEMA)


def test_non_strict_ignores_unknown_columns():
    text = upload("1,Acme,555-1234", header="id,name,fax")
    assert validate_rows(text, SCHEMA, strict=False) == ([
        {"id": 1, "name": "Acme", "country": "US", "credit": None, "since": None, "active": True}], [])
    assert validate_rows(text, SCHEMA, ",", False)[1] == []
    assert validate_rows(text, SCHEMA)[1] == ["line 1: unknown column fax"]


def test_records_and_errors_with_line_numbers():
    text = upload(
        "1,Acme,de,10,2001-01-01,y",
        "",
        "# imported from the old CRM",
        "2,Beta,xx,,,",
        "   ",
        "  # indented comment",
        "3,Gamma,,,,",
        "4,Delta,us,1,2,",
    )
    records, errors = validate_rows(text, SCHEMA)
    assert records == [
        {"id": 1, "name": "Acme", "country": "DE", "credit": 10.0, "since": D(2001, 1, 1), "active": True},
        {"id": 3, "name": "Gamma", "country": "US", "credit": None, "since": None, "active": True},
    ]
    assert errors == [
        "line 5: country: 'XX' is not one of DE, FR, US",
        "line 9: since: '2' is not a date",
    ]


def test_field_count_and_quote_errors_continue():
    text = upload('1,"Acme,de,,,', "2,Beta", "3,Gamma,,,,,", "4,Delta,,,,")
    assert validate_rows(text, SCHEMA) == (
        [{"id": 4, "name": "Delta", "country": "US", "credit": None, "since": None, "active": True}],
        ["line 2: unterminated quoted field",
         "line 3: expected 6 fields, found 2",
         "line 4: expected 6 fields, found 7"])


def test_only_delimiters_is_a_row():
    assert validate_rows(upload(",,,,,"), SCHEMA) == (
        [], ["line 2: id: is required", "line 2: name: is required"])


def test_quoted_fields_in_rows():
    text = upload('9,"Smith, J",FR,"1,5",,"yes"')
    assert validate_rows(text, SCHEMA) == ([], ["line 2: credit: '1,5' is not a number"])
    text = upload('9,"Smith, J",FR,"1.5",,"yes"')
    assert validate_rows(text, SCHEMA)[0] == [
        {"id": 9, "name": "Smith, J", "country": "FR", "credit": 1.5, "since": None, "active": True}]


def test_delimiter_applies_to_header_and_rows():
    text = "id;name;credit\n1;A;2.5\n2;B,C;x\n"
    assert validate_rows(text, SCHEMA, ";") == (
        [{"id": 1, "name": "A", "country": "US", "credit": 2.5, "since": None, "active": True}],
        ["line 3: credit: 'x' is not a number"])
    assert validate_rows(text, SCHEMA, delimiter=";")[1] == ["line 3: credit: 'x' is not a number"]


def test_windows_line_endings():
    text = "id,name\r\n1,A\r\n\r\n2,\r\n"
    assert validate_rows(text, SCHEMA) == (
        [{"id": 1, "name": "A", "country": "US", "credit": None, "since": None, "active": True}],
        ["line 4: name: is required"])


def test_unknown_type_raises_only_with_data_rows():
    schema = [{"name": "id", "type": "number"}]
    assert validate_rows("id\n\n# nothing\n", schema) == ([], [])
    with pytest.raises(CsvImportError, match="^column id has unknown type number$"):
        validate_rows("id\n1\n", schema)


def test_max_errors_stops_after_the_row_that_reaches_it():
    text = upload("0,A,,,,", "1,B,,,,", "0,C,,,,", "0,D,,,,", "5,E,,,,")
    records, errors = validate_rows(text, SCHEMA, max_errors=2)
    assert [r["name"] for r in records] == ["B"]
    assert errors == [
        "line 2: id: 0 is below the minimum 1",
        "line 4: id: 0 is below the minimum 1",
        "line 4: too many errors, stopped",
    ]


def test_max_errors_not_reached():
    text = upload("0,A,,,,", "1,B,,,,", "5,E,,,,")
    records, errors = validate_rows(text, SCHEMA, max_errors=2)
    assert [r["name"] for r in records] == ["B", "E"]
    assert errors == ["line 2: id: 0 is below the minimum 1"]


def test_max_errors_one_row_may_overshoot():
    text = upload("0,,zz,,,", "1,B,,,,")
    assert validate_rows(text, SCHEMA, ",", True, 2) == ([], [
        "line 2: id: 0 is below the minimum 1",
        "line 2: name: is required",
        "line 2: country: 'ZZ' is not one of DE, FR, US",
        "line 2: too many errors, stopped",
    ])


def test_max_errors_counts_parse_errors():
    text = upload("1,A", '"x', "2,B,,,,")
    assert validate_rows(text, SCHEMA, max_errors=1) == (
        [], ["line 2: expected 6 fields, found 2", "line 2: too many errors, stopped"])
    assert validate_rows(upload('"x', "1,A", "2,B,,,,"), SCHEMA, max_errors=1) == (
        [], ["line 2: unterminated quoted field", "line 2: too many errors, stopped"])
    assert validate_rows(upload('"x', "1,A", "2,B,,,,"), SCHEMA, max_errors=3) == (
        [{"id": 2, "name": "B", "country": "US", "credit": None, "since": None, "active": True}],
        ["line 2: unterminated quoted field", "line 3: expected 6 fields, found 2"])


def test_max_errors_reached_on_last_line_still_reported():
    text = upload("1,A,,,,", "0,B,,,,")
    assert validate_rows(text, SCHEMA, max_errors=1)[1] == [
        "line 3: id: 0 is below the minimum 1", "line 3: too many errors, stopped"]


def test_max_errors_zero_stops_after_first_data_row():
    text = upload("# c", "1,A,,,,", "2,B,,,,")
    assert validate_rows(text, SCHEMA, max_errors=0) == (
        [{"id": 1, "name": "A", "country": "US", "credit": None, "since": None, "active": True}],
        ["line 3: too many errors, stopped"])


def test_default_max_errors_is_fifty():
    assert csv_import.MAX_ERRORS == 50
    text = upload(*(["0,A,,,,"] * 60))
    errors = validate_rows(text, SCHEMA)[1]
    assert len(errors) == 51
    assert errors[-1] == "line 51: too many errors, stopped"
    errors = validate_rows(upload(*(["0,A,,,,"] * 49 + ["1,B,,,,"] * 3)), SCHEMA)[1]
    assert len(errors) == 49
    assert errors[-1] == "line 50: id: 0 is below the minimum 1"


def test_positional_arguments():
    text = "id|name\n1|A\n"
    assert validate_rows(text, SCHEMA[:2], "|", True, 5) == ([{"id": 1, "name": "A"}], [])


def test_constants_kept():
    assert csv_import.COLUMN_TYPES == ("str", "int", "decimal", "date", "bool")
    assert csv_import.TRUE_WORDS == ("y", "yes", "true", "1")
    assert csv_import.FALSE_WORDS == ("n", "no", "false", "0")
    assert issubclass(CsvImportError, Exception)
