import pytest

from password_policy import PolicyError, check_password


def test_good_standard_password():
    assert check_password("Correct-Horse-7") == []


def test_short_password_with_two_classes():
    assert check_password("abc123") == [
        "must be at least 10 characters",
        "must use at least three of: lower case, upper case, digits, symbols",
    ]


def test_strict_rejects_user_name():
    assert check_password("Xx!9-mallory-Yz2", username="Mallory", policy="strict") == ["must not contain the user name"]


def test_pin_sequence():
    assert check_password("234567", policy="pin") is not None


def test_unknown_policy():
    with pytest.raises(PolicyError):
        check_password("whatever", policy="lenient")
