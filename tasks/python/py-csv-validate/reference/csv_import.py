"""Validation of the customer master-data CSV upload.

`validate_rows` checks a whole file, `check_row` one data row and `check_value` one cell (the
inline editor uses it directly). Every check of a cell lives in `check_value`.
"""

import datetime

COLUMN_TYPES = ("str", "int", "decimal", "date", "bool")
TRUE_WORDS = ("y", "yes", "true", "1")
FALSE_WORDS = ("n", "no", "false", "0")
MAX_ERRORS = 50


RANGED_TYPES = ("int", "decimal", "date")


class CsvImportError(Exception):
    """Raised when the upload cannot be read at all."""


class _CellError(Exception):
    """A cell breaks its column's rules; the message does not name the column."""


def split_line(line, delimiter=","):
    """Split one CSV line into fields; double quotes protect delimiters, "" is a quote."""
    fields = []
    current = ""
    in_quotes = False
    quoted = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    current += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                current += ch
        elif ch == '"' and current.strip() == "" and not quoted:
            in_quotes = True
            quoted = True
            current = ""
        elif ch == delimiter:
            if quoted:
                fields.append(current)
            else:
                fields.append(current.strip())
            current = ""
            quoted = False
        else:
            current += ch
        i += 1
    if in_quotes:
        raise CsvImportError("unterminated quoted field")
    if quoted:
        fields.append(current)
    else:
        fields.append(current.strip())
    return fields


def check_value(value, column):
    """Check one cell against its column; return (converted value, error message or None)."""
    name = column["name"]
    col_type = _column_type(column)
    value = ("" if value is None else value).strip()
    if value == "":
        if column.get("required"):
            return None, "%s: is required" % name
        return column.get("default"), None
    try:
        return _checked(_convert(value, col_type), col_type, column), None
    except _CellError as problem:
        return None, "%s: %s" % (name, problem)


def _column_type(column):
    col_type = column.get("type", "str")
    if col_type not in COLUMN_TYPES:
        raise CsvImportError("column %s has unknown type %s" % (column["name"], col_type))
    return col_type


def _convert(value, col_type):
    """The cell's text converted to the column's type."""
    if col_type == "int":
        return _parse(int, value, "is not a whole number")
    if col_type == "decimal":
        return round(_parse(float, value, "is not a number"), 2)
    if col_type == "date":
        return _parse(_parse_date, value, "is not a date")
    if col_type == "bool":
        return _parse_bool(value)
    return value


def _parse(convert, value, problem):
    try:
        return convert(value)
    except ValueError:
        raise _CellError("%r %s" % (value, problem)) from None


def _parse_date(value):
    """ISO dates, or day/month/year when the text has slashes."""
    date_format = "%d/%m/%Y" if "/" in value else "%Y-%m-%d"
    return datetime.datetime.strptime(value, date_format).date()


def _parse_bool(value):
    word = value.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise _CellError("%r is not yes/no" % value)


def _checked(converted, col_type, column):
    """The converted value after the column's rules (ranges, length, choices)."""
    if col_type in RANGED_TYPES:
        _check_range(converted, column)
    elif col_type == "str":
        converted = _checked_text(converted, column)
    return converted


def _check_range(converted, column):
    if "min" in column and converted < column["min"]:
        raise _CellError("%s is below the minimum %s" % (converted, column["min"]))
    if "max" in column and converted > column["max"]:
        raise _CellError("%s is above the maximum %s" % (converted, column["max"]))


def _checked_text(text, column):
    if "max_length" in column and len(text) > column["max_length"]:
        raise _CellError("longer than %d characters" % column["max_length"])
    if "choices" not in column:
        return text
    if column.get("upper"):
        text = text.upper()
    if text not in column["choices"]:
        raise _CellError("%r is not one of %s" % (text, ", ".join(column["choices"])))
    return text


def read_header(line, schema, delimiter=",", strict=True):
    """Check the header line; return (column positions by name, field count, errors)."""
    errors = []
    try:
        header = [h.lower() for h in split_line(line, delimiter)]
    except CsvImportError:
        raise CsvImportError("line 1: unterminated quoted field")
    positions = {}
    for index, title in enumerate(header):
        if title in positions:
            errors.append("line 1: duplicate column %s" % title)
        else:
            positions[title] = index
    for column in schema:
        if column["name"] not in positions and column.get("required"):
            errors.append("line 1: missing column %s" % column["name"])
    if strict:
        known = [column["name"] for column in schema]
        for title in header:
            if title not in known:
                errors.append("line 1: unknown column %s" % title)
    return positions, len(header), errors


def check_row(fields, positions, schema, lineno):
    """Check one data row; return (record or None, errors prefixed with the line number)."""
    record = {}
    row_errors = []
    for column in schema:
        name = column["name"]
        raw = fields[positions[name]] if name in positions else ""
        value, error = check_value(raw, column)
        if error is None:
            record[name] = value
        else:
            row_errors.append("line %d: %s" % (lineno, error))
    if row_errors:
        return None, row_errors
    return record, row_errors


def validate_rows(text, schema, delimiter=",", strict=True, max_errors=MAX_ERRORS):
    """Check a whole upload; return (records, errors), errors prefixed with line numbers."""
    if not text or not text.strip():
        raise CsvImportError("file is empty")
    lines = text.splitlines()
    positions, width, errors = read_header(lines[0], schema, delimiter, strict)
    if errors:
        return [], errors
    records = []
    for lineno, line in enumerate(lines[1:], start=2):
        if _is_skipped(line):
            continue
        record, row_errors = _check_line(line, lineno, positions, width, schema, delimiter)
        errors.extend(row_errors)
        if record is not None:
            records.append(record)
        if len(errors) >= max_errors:
            errors.append("line %d: too many errors, stopped" % lineno)
            break
    return records, errors


def _is_skipped(line):
    """Blank lines and # comments carry no data."""
    return not line.strip() or line.lstrip().startswith("#")


def _check_line(line, lineno, positions, width, schema, delimiter):
    try:
        fields = split_line(line, delimiter)
    except CsvImportError:
        return None, ["line %d: unterminated quoted field" % lineno]
    if len(fields) != width:
        return None, ["line %d: expected %d fields, found %d" % (lineno, width, len(fields))]
    return check_row(fields, positions, schema, lineno)
