"""Hidden behaviour tests for units.convert."""

import pytest

import units
from units import ConversionError, convert


def ERR(message):
    return ("error", message)


def check(args, expected):
    if isinstance(expected, tuple):
        with pytest.raises(ConversionError) as info:
            convert(*args)
        assert str(info.value) == expected[1]
    else:
        result = convert(*args)
        assert result == expected and type(result) is type(expected)


def test_constants():
    assert units.LENGTH_UNITS == ("mm", "cm", "m", "km", "in", "ft", "yd", "mi")
    assert units.MASS_UNITS == ("g", "kg", "t", "oz", "lb")
    assert units.VOLUME_UNITS == ("ml", "l", "cup", "qt", "gal")
    assert units.TEMPERATURE_UNITS == ("c", "f", "k")
    assert units.ABSOLUTE_ZERO_C == -273.15
    assert issubclass(ConversionError, ValueError)


@pytest.mark.parametrize("value, f, t, expected", [
    (12.5, 'mm', 'mm', 12.5),
    (12.5, 'mm', 'cm', 1.25),
    (12.5, 'mm', 'm', 0.013),
    (12.5, 'mm', 'km', 0.0),
    (12.5, 'mm', 'in', 0.492),
    (12.5, 'mm', 'ft', 0.041),
    (12.5, 'mm', 'yd', 0.014),
    (12.5, 'mm', 'mi', 0.0),
    (12.5, 'cm', 'mm', 125.0),
    (12.5, 'cm', 'cm', 12.5),
    (12.5, 'cm', 'm', 0.125),
    (12.5, 'cm', 'km', 0.0),
    (12.5, 'cm', 'in', 4.921),
    (12.5, 'cm', 'ft', 0.41),
    (12.5, 'cm', 'yd', 0.137),
    (12.5, 'cm', 'mi', 0.0),
    (12.5, 'm', 'mm', 12500.0),
    (12.5, 'm', 'cm', 1250.0),
    (12.5, 'm', 'm', 12.5),
    (12.5, 'm', 'km', 0.013),
    (12.5, 'm', 'in', 492.126),
    (12.5, 'm', 'ft', 41.01),
    (12.5, 'm', 'yd', 13.67),
    (12.5, 'm', 'mi', 0.008),
    (12.5, 'km', 'mm', 12500000.0),
    (12.5, 'km', 'cm', 1250000.0),
    (12.5, 'km', 'm', 12500.0),
    (12.5, 'km', 'km', 12.5),
    (12.5, 'km', 'in', 492125.984),
    (12.5, 'km', 'ft', 41010.499),
    (12.5, 'km', 'yd', 13670.166),
    (12.5, 'km', 'mi', 7.767),
    (12.5, 'in', 'mm', 317.5),
    (12.5, 'in', 'cm', 31.75),
    (12.5, 'in', 'm', 0.318),
    (12.5, 'in', 'km', 0.0),
    (12.5, 'in', 'in', 12.5),
    (12.5, 'in', 'ft', 1.042),
    (12.5, 'in', 'yd', 0.347),
    (12.5, 'in', 'mi', 0.0),
    (12.5, 'ft', 'mm', 3810.0),
    (12.5, 'ft', 'cm', 381.0),
    (12.5, 'ft', 'm', 3.81),
    (12.5, 'ft', 'km', 0.004),
    (12.5, 'ft', 'in', 150.0),
    (12.5, 'ft', 'ft', 12.5),
    (12.5, 'ft', 'yd', 4.167),
    (12.5, 'ft', 'mi', 0.002),
    (12.5, 'yd', 'mm', 11430.0),
    (12.5, 'yd', 'cm', 1143.0),
    (12.5, 'yd', 'm', 11.43),
    (12.5, 'yd', 'km', 0.011),
    (12.5, 'yd', 'in', 450.0),
    (12.5, 'yd', 'ft', 37.5),
    (12.5, 'yd', 'yd', 12.5),
    (12.5, 'yd', 'mi', 0.007),
    (12.5, 'mi', 'mm', 20116800.0),
    (12.5, 'mi', 'cm', 2011680.0),
    (12.5, 'mi', 'm', 20116.8),
    (12.5, 'mi', 'km', 20.117),
    (12.5, 'mi', 'in', 792000.0),
    (12.5, 'mi', 'ft', 66000.0),
    (12.5, 'mi', 'yd', 22000.0),
    (12.5, 'mi', 'mi', 12.5),
    (7.25, 'g', 'g', 7.25),
    (7.25, 'g', 'kg', 0.007),
    (7.25, 'g', 't', 0.0),
    (7.25, 'g', 'oz', 0.256),
    (7.25, 'g', 'lb', 0.016),
    (7.25, 'kg', 'g', 7250.0),
    (7.25, 'kg', 'kg', 7.25),
    (7.25, 'kg', 't', 0.007),
    (7.25, 'kg', 'oz', 255.736),
    (7.25, 'kg', 'lb', 15.984),
    (7.25, 't', 'g', 7250000.0),
    (7.25, 't', 'kg', 7250.0),
    (7.25, 't', 't', 7.25),
    (7.25, 't', 'oz', 255736.224),
    (7.25, 't', 'lb', 15983.514),
    (7.25, 'oz', 'g', 205.534),
    (7.25, 'oz', 'kg', 0.206),
    (7.25, 'oz', 't', 0.0),
    (7.25, 'oz', 'oz', 7.25),
    (7.25, 'oz', 'lb', 0.453),
    (7.25, 'lb', 'g', 3288.545),
    (7.25, 'lb', 'kg', 3.289),
    (7.25, 'lb', 't', 0.003),
    (7.25, 'lb', 'oz', 116.0),
    (7.25, 'lb', 'lb', 7.25),
    (3.3, 'ml', 'ml', 3.3),
    (3.3, 'ml', 'l', 0.0),
    (3.3, 'ml', 'cup', 0.01),
    (3.3, 'ml', 'qt', 0.0),
    (3.3, 'ml', 'gal', 0.0),
    (3.3, 'l', 'ml', 3300.0),
    (3.3, 'l', 'l', 3.3),
    (3.3, 'l', 'cup', 13.95),
    (3.3, 'l', 'qt', 3.49),
    (3.3, 'l', 'gal', 0.87),
    (3.3, 'cup', 'ml', 780.74),
    (3.3, 'cup', 'l', 0.78),
    (3.3, 'cup', 'cup', 3.3),
    (3.3, 'cup', 'qt', 0.82),
    (3.3, 'cup', 'gal', 0.21),
    (3.3, 'qt', 'ml', 3122.96),
    (3.3, 'qt', 'l', 3.12),
    (3.3, 'qt', 'cup', 13.2),
    (3.3, 'qt', 'qt', 3.3),
    (3.3, 'qt', 'gal', 0.82),
    (3.3, 'gal', 'ml', 12491.86),
    (3.3, 'gal', 'l', 12.49),
    (3.3, 'gal', 'cup', 52.8),
    (3.3, 'gal', 'qt', 13.2),
    (3.3, 'gal', 'gal', 3.3),
])
def test_factor_conversions(value, f, t, expected):
    check((value, f, t), expected)


@pytest.mark.parametrize("value, f, t, expected", [
    (-40, 'c', 'c', -40.0),
    (0, 'c', 'c', 0.0),
    (36.6, 'c', 'c', 36.6),
    (100, 'c', 'c', 100.0),
    (-40, 'c', 'f', -40.0),
    (0, 'c', 'f', 32.0),
    (36.6, 'c', 'f', 97.9),
    (100, 'c', 'f', 212.0),
    (-40, 'c', 'k', 233.1),
    (0, 'c', 'k', 273.1),
    (36.6, 'c', 'k', 309.8),
    (100, 'c', 'k', 373.1),
    (-40, 'f', 'c', -40.0),
    (0, 'f', 'c', -17.8),
    (36.6, 'f', 'c', 2.6),
    (100, 'f', 'c', 37.8),
    (-40, 'f', 'f', -40.0),
    (0, 'f', 'f', 0.0),
    (36.6, 'f', 'f', 36.6),
    (100, 'f', 'f', 100.0),
    (-40, 'f', 'k', 233.1),
    (0, 'f', 'k', 255.4),
    (36.6, 'f', 'k', 275.7),
    (100, 'f', 'k', 310.9),
    (-40, 'k', 'c', ERR('below absolute zero')),
    (0, 'k', 'c', -273.1),
    (36.6, 'k', 'c', -236.5),
    (100, 'k', 'c', -173.1),
    (-40, 'k', 'f', ERR('below absolute zero')),
    (0, 'k', 'f', -459.7),
    (36.6, 'k', 'f', -393.8),
    (100, 'k', 'f', -279.7),
    (-40, 'k', 'k', ERR('below absolute zero')),
    (0, 'k', 'k', 0.0),
    (36.6, 'k', 'k', 36.6),
    (100, 'k', 'k', 100.0),
])
def test_temperatures(value, f, t, expected):
    check((value, f, t), expected)


@pytest.mark.parametrize("value, f, t, expected", [
    (-273.15, 'c', 'k', 0.0),
    (-273.16, 'c', 'k', ERR('below absolute zero')),
    (-459.67, 'f', 'c', -273.1),
    (-459.68, 'f', 'k', ERR('below absolute zero')),
    (0, 'k', 'f', -459.7),
    (-0.01, 'k', 'c', ERR('below absolute zero')),
    (-0.001, 'm', 'cm', ERR('a length cannot be negative')),
    (-0.5, 'g', 'kg', ERR('a mass cannot be negative')),
    (-1, 'ml', 'l', ERR('a volume cannot be negative')),
    (0, 'mm', 'mi', 0.0),
    (-10, 'c', 'f', 14.0),
])
def test_limits(value, f, t, expected):
    check((value, f, t), expected)


@pytest.mark.parametrize("value, f, t, expected", [
    (1, 'Metre', 'cm', 100.0),
    (2, ' meters ', 'METERS', 2.0),
    (1, 'meter', 'ft', 3.281),
    (1, 'metres', 'mm', 1000.0),
    (1, 'LITRE', 'ml', 1000.0),
    (1, 'liters', 'cup', 4.23),
    (1, 'litres', 'Liter', 1.0),
    (1, 'l', 'liter', 1.0),
    (1, 'gal', 'litre', 3.79),
    (1, 'km', 'Meter', 1000.0),
])
def test_aliases_and_spelling(value, f, t, expected):
    check((value, f, t), expected)


@pytest.mark.parametrize("value, f, t, precision, expected", [
    (1.23456789, 'm', 'm', None, 1.235),
    (1.23456789, 'm', 'm', 0, 1.0),
    (1.23456789, 'm', 'm', 1, 1.2),
    (1.23456789, 'm', 'm', 5, 1.23457),
    (1.23456789, 'm', 'm', 10, 1.23456789),
    (0.3333333333333333, 'l', 'l', None, 0.33),
    (0.3333333333333333, 'c', 'c', None, 0.3),
    (0.3333333333333333, 'kg', 'kg', None, 0.333),
    (2.5, 'km', 'km', 0, 2.0),
    (3.5, 'km', 'km', 0, 4.0),
])
def test_precision(value, f, t, precision, expected):
    check((value, f, t, precision), expected)


@pytest.mark.parametrize("precision", [-1, 11, 10.5, -0.5])
def test_bad_precision(precision):
    check((1, "m", "cm", precision), ERR("precision must be between 0 and 10"))


def test_precision_checked_last():
    check((1, "m", "kg", 99), ERR("cannot convert m to kg"))
    check((-1, "m", "cm", 99), ERR("a length cannot be negative"))
    check((-500, "c", "k", 99), ERR("below absolute zero"))


@pytest.mark.parametrize("value", ["abc", None, "", [1], "1,5"])
def test_not_a_number(value):
    check((value, "m", "cm"), ERR("not a number: %r" % (value,)))


def test_number_checked_before_units():
    check(("x", "bogus", "bogus"), ERR("not a number: 'x'"))


@pytest.mark.parametrize("value, expected", [("12", 1200.0), (" 3.5 ", 350.0), (True, 100.0), ("1e2", 10000.0)])
def test_numeric_strings(value, expected):
    check((value, "m", "cm"), expected)


@pytest.mark.parametrize("f, t, message", [
    ("kg", "m", "cannot convert kg to m"), ("M", "Kg", "cannot convert m to kg"), ("l", "c", "cannot convert l to c"),
    ("c", "ml", "cannot convert c to ml"), ("c", None, "cannot convert c to "), ("km", "", "cannot convert km to "),
    ("ft", "metre", None), ("oz", "gal", "cannot convert oz to gal"), ("cup", "g", "cannot convert cup to g"),
    ("F", "kelvin", "cannot convert f to kelvin"),
])
def test_incompatible(f, t, message):
    if message is None:
        assert convert(1, f, t) == 0.305
    else:
        check((1, f, t), ERR(message))


@pytest.mark.parametrize("f", ["bogus", "", None, " Stone ", "kelvin"])
def test_unknown_unit_uses_original_spelling(f):
    check((1, f, "m"), ERR("unknown unit: %s" % (f,)))


def test_negative_check_comes_after_unit_check():
    check((-1, "m", "kg"), ERR("cannot convert m to kg"))
