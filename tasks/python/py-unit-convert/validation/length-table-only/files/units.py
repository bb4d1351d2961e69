"""Unit conversion for the product catalogue import.

Values arrive as numbers or as strings from the supplier spreadsheets.
"""

LENGTH_UNITS = ("mm", "cm", "m", "km", "in", "ft", "yd", "mi")
MASS_UNITS = ("g", "kg", "t", "oz", "lb")
VOLUME_UNITS = ("ml", "l", "cup", "qt", "gal")
TEMPERATURE_UNITS = ("c", "f", "k")
ABSOLUTE_ZERO_C = -273.15
LENGTH_FACTORS = {
    "mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
    "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344,
}


class ConversionError(ValueError):
    """Raised for unknown or incompatible units and impossible values."""


def convert(value, from_unit, to_unit, precision=None):
    """Convert `value` between two units of the same kind and round the result."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ConversionError("not a number: %r" % (value,))
    f = (from_unit or "").strip().lower()
    t = (to_unit or "").strip().lower()
    if f in ("metre", "meter", "metres", "meters"):
        f = "m"
    elif f in ("litre", "liter", "litres", "liters"):
        f = "l"
    if t in ("metre", "meter", "metres", "meters"):
        t = "m"
    elif t in ("litre", "liter", "litres", "liters"):
        t = "l"
    if f in LENGTH_UNITS:
        if t not in LENGTH_UNITS:
            raise ConversionError("cannot convert %s to %s" % (f, t))
        if value < 0:
            raise ConversionError("a length cannot be negative")
        result = value * LENGTH_FACTORS[f] / LENGTH_FACTORS[t]
        digits = 3
    elif f in MASS_UNITS:
        if t not in MASS_UNITS:
            raise ConversionError("cannot convert %s to %s" % (f, t))
        if value < 0:
            raise ConversionError("a mass cannot be negative")
        if f == "g":
            base = value * 0.001
        elif f == "kg":
            base = value * 1.0
        elif f == "t":
            base = value * 1000.0
        elif f == "oz":
            base = value * 0.028349523125
        else:
            base = value * 0.45359237
        if t == "g":
            result = base / 0.001
        elif t == "kg":
            result = base / 1.0
        elif t == "t":
            result = base / 1000.0
        elif t == "oz":
            result = base / 0.028349523125
        else:
            result = base / 0.45359237
        digits = 3
    elif f in VOLUME_UNITS:
        if t not in VOLUME_UNITS:
            raise ConversionError("cannot convert %s to %s" % (f, t))
        if value < 0:
            raise ConversionError("a volume cannot be negative")
        if f == "ml":
            base = value * 0.001
        elif f == "l":
            base = value * 1.0
        elif f == "cup":
            base = value * 0.2365882365
        elif f == "qt":
            base = value * 0.946352946
        else:
            base = value * 3.785411784
        if t == "ml":
            result = base / 0.001
        elif t == "l":
            result = base / 1.0
        elif t == "cup":
            result = base / 0.2365882365
        elif t == "qt":
            result = base / 0.946352946
        else:
            result = base / 3.785411784
        digits = 2
    elif f in TEMPERATURE_UNITS:
        if t not in TEMPERATURE_UNITS:
            raise ConversionError("cannot convert %s to %s" % (f, t))
        if f == "c":
            celsius = value
        elif f == "f":
            celsius = (value - 32) * 5 / 9
        else:
            celsius = value + ABSOLUTE_ZERO_C
        if celsius < ABSOLUTE_ZERO_C:
            raise ConversionError("below absolute zero")
        if t == "c":
            result = celsius
        elif t == "f":
            result = celsius * 9 / 5 + 32
        else:
            result = celsius - ABSOLUTE_ZERO_C
        digits = 1
    else:
        raise ConversionError("unknown unit: %s" % (from_unit,))
    if precision is None:
        precision = digits
    elif precision < 0 or precision > 10:
        raise ConversionError("precision must be between 0 and 10")
    return round(result, precision)
