import pytest

from units import ConversionError, convert


def test_kilometres_to_miles():
    assert convert(10, "km", "mi") == 6.214


def test_pounds_to_kilograms_from_string():
    assert convert("2", "lb", "kg") == 0.907


def test_fahrenheit_to_celsius():
    assert convert(212, "F", "C") == 100.0


def test_custom_precision():
    assert convert(1, "gal", "l", precision=4) == 3.7854


def test_incompatible_units():
    with pytest.raises(ConversionError):
        convert(1, "kg", "m")
