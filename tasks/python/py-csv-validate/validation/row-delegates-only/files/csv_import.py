"""Validation of the customer master-data CSV upload.

Legacy module: written for the first upload screen and extended for every new column type.
`validate_rows` checks a whole file; `check_value` checks one cell for the inline editor.
"""

import datetime

COLUMN_TYPES = ("str", "int", "decimal", "date", "bool")
TRUE_WORDS = ("y", "yes", "true", "1")
FALSE_WORDS = ("n", "no", "false", "0")
MAX_ERRORS = 50


class CsvImportError(Exception):
    """Raised when the upload cannot be read at all."""


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
    col_type = column.get("type", "str")
    if col_type not in COLUMN_TYPES:
        raise CsvImportError("column %s has unknown type %s" % (name, col_type))
    if value is None:
        value = ""
    value = value.strip()
    if value == "":
        if column.get("required"):
            return None, "%s: is required" % name
        return column.get("default"), None
    if col_type == "int":
        try:
            converted = int(value)
        except ValueError:
            return None, "%s: %r is not a whole number" % (name, value)
    elif col_type == "decimal":
        try:
            converted = float(value)
        except ValueError:
            return None, "%s: %r is not a number" % (name, value)
        converted = round(converted, 2)
    elif col_type == "date":
        try:
            if "/" in value:
                converted = datetime.datetime.strptime(value, "%d/%m/%Y").date()
            else:
                converted = datetime.datetime.strptime(value, "%Y-%m-%d").date()
        except ValueError:
            return None, "%s: %r is not a date" % (name, value)
    elif col_type == "bool":
        if value.lower() in TRUE_WORDS:
            converted = True
        elif value.lower() in FALSE_WORDS:
            converted = False
        else:
            return None, "%s: %r is not yes/no" % (name, value)
    else:
        converted = value
    if "min" in column and col_type != "str" and col_type != "bool":
        if converted < column["min"]:
            return None, "%s: %s is below the minimum %s" % (name, converted, column["min"])
    if "max" in column and col_type != "str" and col_type != "bool":
        if converted > column["max"]:
            return None, "%s: %s is above the maximum %s" % (name, converted, column["max"])
    if col_type == "str":
        if "max_length" in column and len(converted) > column["max_length"]:
            return None, "%s: longer than %d characters" % (name, column["max_length"])
        if "choices" in column:
            if column.get("upper"):
                converted = converted.upper()
            if converted not in column["choices"]:
                return None, "%s: %r is not one of %s" % (name, converted, ", ".join(column["choices"]))
    return converted, None


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
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            fields = split_line(line, delimiter)
        except CsvImportError:
            errors.append("line %d: unterminated quoted field" % lineno)
            if len(errors) >= max_errors:
                errors.append("line %d: too many errors, stopped" % lineno)
                break
            continue
        if len(fields) != width:
            errors.append("line %d: expected %d fields, found %d" % (lineno, width, len(fields)))
            if len(errors) >= max_errors:
                errors.append("line %d: too many errors, stopped" % lineno)
                break
            continue
        record, row_errors = check_row(fields, positions, schema, lineno)
        errors.extend(row_errors)
        if record is not None:
            records.append(record)
        if len(errors) >= max_errors:
            errors.append("line %d: too many errors, stopped" % lineno)
            break
    return records, errors
