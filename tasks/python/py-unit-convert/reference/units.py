"""Unit conversion for the product catalogue import.

Values arrive as numbers or as strings from the supplier spreadsheets.
"""

LENGTH_UNITS = ("mm", "cm", "m", "km", "in", "ft", "yd", "mi")
MASS_UNITS = ("g", "kg", "t", "oz", "lb")
VOLUME_UNITS = ("ml", "l", "cup", "qt", "gal")
TEMPERATURE_UNITS = ("c", "f", "k")
ABSOLUTE_ZERO_C = -273.15

ALIASES = {
    "metre": "m", "meter": "m", "metres": "m", "meters": "m",
    "litre": "l", "liter": "l", "litres": "l", "liters": "l",
}


class ConversionError(ValueError):
    """Raised for unknown or incompatible units and impossible values."""


# Units of one kind convert by a factor to and from a base unit (factor: size in the base unit).
SCALES = (
    {"noun": "length", "digits": 3, "factors": {
        "mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
        "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344,
    }},
    {"noun": "mass", "digits": 3, "factors": {
        "g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237,
    }},
    {"noun": "volume", "digits": 2, "factors": {
        "ml": 0.001, "l": 1.0, "cup": 0.2365882365, "qt": 0.946352946, "gal": 3.785411784,
    }},
)

TO_CELSIUS = {
    "c": lambda value: value,
    "f": lambda value: (value - 32) * 5 / 9,
    "k": lambda value: value + ABSOLUTE_ZERO_C,
}
FROM_CELSIUS = {
    "c": lambda celsius: celsius,
    "f": lambda celsius: celsius * 9 / 5 + 32,
    "k": lambda celsius: celsius - ABSOLUTE_ZERO_C,
}
TEMPERATURE_DIGITS = 1


def convert(value, from_unit, to_unit, precision=None):
    """Convert `value` between two units of the same kind and round the result."""
    value = _number(value)
    f = _canonical(from_unit)
    t = _canonical(to_unit)
    result, digits = _convert(value, f, t, from_unit)
    return round(result, _precision(precision, digits))


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ConversionError("not a number: %r" % (value,))


def _canonical(unit):
    unit = (unit or "").strip().lower()
    return ALIASES.get(unit, unit)


def _convert(value, f, t, from_unit):
    """The converted value and its default rounding."""
    for scale in SCALES:
        if f in scale["factors"]:
            return _convert_by_factor(scale, value, f, t), scale["digits"]
    if f in TEMPERATURE_UNITS:
        return _convert_temperature(value, f, t), TEMPERATURE_DIGITS
    raise ConversionError("unknown unit: %s" % (from_unit,))


def _convert_by_factor(scale, value, f, t):
    factors = scale["factors"]
    if t not in factors:
        raise ConversionError("cannot convert %s to %s" % (f, t))
    if value < 0:
        raise ConversionError("a %s cannot be negative" % scale["noun"])
    base = value * factors[f]
    return base / factors[t]


def _convert_temperature(value, f, t):
    if t not in TEMPERATURE_UNITS:
        raise ConversionError("cannot convert %s to %s" % (f, t))
    celsius = TO_CELSIUS[f](value)
    if celsius < ABSOLUTE_ZERO_C:
        raise ConversionError("below absolute zero")
    return FROM_CELSIUS[t](celsius)


def _precision(precision, digits):
    if precision is None:
        return digits
    if precision < 0 or precision > 10:
        raise ConversionError("precision must be between 0 and 10")
    return precision
