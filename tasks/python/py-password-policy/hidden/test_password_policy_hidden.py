"""Hidden behaviour tests for password_policy.check_password."""

import pytest

import password_policy
from password_policy import PolicyError, check_password

MIX3 = "must use at least three of: lower case, upper case, digits, symbols"
MIX4 = "must mix lower case, upper case, digits and symbols"
TRIPLE = "must not repeat a character three times in a row"


def test_constants():
    assert password_policy.POLICIES == ("standard", "strict", "pin")
    assert password_policy.HISTORY_STANDARD == 5
    assert "letmein" in password_policy.COMMON_PASSWORDS
    assert issubclass(PolicyError, ValueError)


# --- configuration errors -----------------------------------------------------

@pytest.mark.parametrize("policy", ["lenient", "", None, "PIN"])
def test_unknown_policy(policy):
    with pytest.raises(PolicyError, match="^unknown policy: %s$" % policy):
        check_password("Abcdefgh1!", policy=policy, min_length=1)


@pytest.mark.parametrize("min_length", [3, 0, -1])
def test_min_length_too_small(min_length):
    with pytest.raises(PolicyError, match="^min_length must be at least 4$"):
        check_password("x", min_length=min_length)


def test_min_length_four_is_allowed():
    assert check_password("Ab1!", min_length=4) == []


# --- standard -----------------------------------------------------------------

@pytest.mark.parametrize("password, problems", [
    ("Abcdefgh1!", []), ("Abcdefg1!", ["must be at least 10 characters"]),
    ("abcdefghij", [MIX3]), ("abcdefghi1", [MIX3]), ("abcdefgh1A", []), ("abcdefgh!A", []),
    ("abcdefgh1!", []), ("ABCDEFGH1!", []), ("1234567890", [MIX3]), ("Abcdefghij", [MIX3]),
    ("abcdefgh~1", [MIX3]), ("abcdéfgh1A", []), ("", ["must be at least 10 characters", MIX3]),
    ("aaaaaaAAA1", []),
])
def test_standard(password, problems):
    assert check_password(password) == problems


def test_none_password_is_empty():
    assert check_password(None) == ["must be at least 10 characters", MIX3]
    assert check_password(None, policy="pin") == ["PIN must contain digits only"]


@pytest.mark.parametrize("password", [" Abcdefgh1!", "Abcdefgh1! ", "\tAbcdefgh1!", "Abcdefgh1!\n"])
def test_surrounding_whitespace(password):
    assert check_password(password) == ["must not start or end with whitespace"]


def test_inner_space_is_fine():
    assert check_password("Abcd efgh1!") == []


@pytest.mark.parametrize("password", ["Password1", "PASSWORD1", "password", "Qwerty123", "letmein", "123456",
                                      "IloveYou"])
def test_common_passwords(password):
    assert check_password(password, min_length=4)[-1] == "is too common"


def test_common_password_full_report():
    assert check_password("Password1") == ["must be at least 10 characters", "is too common"]
    assert check_password("password") == ["must be at least 10 characters", MIX3, "is too common"]


@pytest.mark.parametrize("min_length, problems", [
    (12, ["must be at least 12 characters"]), (11, []), (10, []), (4, []),
])
def test_custom_min_length(min_length, problems):
    assert check_password("Abcdefgh1!x", min_length=min_length) == problems


def test_username_ignored_by_standard():
    assert check_password("Abcdefgh1!bob", username="bob") == []


def test_triples_allowed_by_standard():
    assert check_password("Aaaaaaaa1!") == []


# --- strict -------------------------------------------------------------------

@pytest.mark.parametrize("password, problems", [
    ("Abcdefghijk1!x", []), ("Abcdefghijk1!", ["must be at least 14 characters"]),
    ("Abcdefghijkl1x", [MIX4]), ("abcdefghijk1!x", [MIX4]), ("ABCDEFGHIJK1!X", [MIX4]), ("Abcdefghijkl!x", [MIX4]),
    ("Abcddefghijk1!", []), ("Abcdddefghij1!", [TRIPLE]), ("Abcdefghij1!!!", [TRIPLE]), ("AAAbcdefghij1!", [TRIPLE]),
    ("Abcddddefghi1!", [TRIPLE]), ("Abcdefghijk 1!", []), ("Abcdefghijk~1!", []),
])
def test_strict(password, problems):
    assert check_password(password, policy="strict") == problems


def test_strict_full_report_order():
    assert check_password(" aaa ", username="aaa", policy="strict") == [
        "must be at least 14 characters", "must not start or end with whitespace", MIX4, TRIPLE,
        "must not contain the user name"]


@pytest.mark.parametrize("username, contained", [
    ("bob", True), ("BOB", True), ("Bo", False), ("", False), ("bobby", False), ("x!1", True),
])
def test_strict_user_name(username, contained):
    problems = check_password("Abob-defghij1!x!1", username=username, policy="strict")
    assert problems == (["must not contain the user name"] if contained else [])


def test_strict_common_and_min_length():
    assert check_password("Password1", policy="strict", min_length=9) == [MIX4, "is too common"]
    assert check_password("Abcdefgh1!", policy="strict", min_length=10) == []
    assert check_password("Abcdefgh1!", policy="strict", min_length=11) == ["must be at least 11 characters"]


def test_strict_checks_whole_history():
    old = ["Abcdefghijk1!x", "a", "b", "c", "d", "e", "f"]
    assert check_password("Abcdefghijk1!x", policy="strict", previous=old) == ["was used before"]


# --- pin ----------------------------------------------------------------------

@pytest.mark.parametrize("pin, problems", [
    ("582901", []), ("58290", ["PIN must be exactly 6 digits"]), ("5829014", ["PIN must be exactly 6 digits"]),
    ("12a456", ["PIN must contain digits only"]), ("", ["PIN must contain digits only"]),
    (" 58290", ["PIN must contain digits only"]), ("-58290", ["PIN must contain digits only"]),
    ("111111", ["PIN must not repeat one digit"]), ("000000", ["PIN must not repeat one digit"]),
    ("7777", ["PIN must be exactly 6 digits", "PIN must not repeat one digit"]),
    ("7", ["PIN must be exactly 6 digits", "PIN must not repeat one digit"]),
    ("123456", ["PIN must not be a sequence"]), ("654321", ["PIN must not be a sequence"]),
    ("456789", ["PIN must not be a sequence"]), ("987654", ["PIN must not be a sequence"]),
    ("12345", ["PIN must be exactly 6 digits", "PIN must not be a sequence"]),
    ("12", ["PIN must be exactly 6 digits", "PIN must not be a sequence"]),
    ("21", ["PIN must be exactly 6 digits", "PIN must not be a sequence"]),
    ("13", ["PIN must be exactly 6 digits"]), ("123457", []), ("123321", []), ("112233", []),
    ("135791", []), ("890123", []), ("121212", []), ("234566", []),
])
def test_pin(pin, problems):
    assert check_password(pin, policy="pin") == problems


def test_pin_ignores_length_and_user_name():
    assert check_password("582901", username="5829", policy="pin", min_length=12) == []


def test_common_pin_is_not_reported_as_common():
    assert check_password("123456", policy="pin") == ["PIN must not be a sequence"]


def test_pin_history():
    assert check_password("582901", policy="pin", previous=["582901"]) == ["was used before"]
    old = ["582901", "1", "2", "3", "4", "5"]
    assert check_password("582901", policy="pin", previous=old) == []


# --- history ------------------------------------------------------------------

@pytest.mark.parametrize("previous, reused", [
    (None, False), ([], False), (["Abcdefgh1!"], True), (["abcdefgh1!"], False),
    (["x", "Abcdefgh1!", "y"], True), (["Abcdefgh1!", "1", "2", "3", "4"], True),
    (["Abcdefgh1!", "1", "2", "3", "4", "5"], False), (("1", "2", "3", "4", "Abcdefgh1!"), True),
])
def test_standard_history(previous, reused):
    assert check_password("Abcdefgh1!", previous=previous) == (["was used before"] if reused else [])


def test_history_reported_last():
    assert check_password("letmein", previous=["letmein"]) == [
        "must be at least 10 characters", MIX3, "is too common", "was used before"]


def test_keyword_and_positional_calls():
    assert check_password("Abcdefgh1!", "bob", "strict", ["x"], 10) == []
    assert check_password(password="Abcdefgh1!", username="", policy="standard", previous=None, min_length=None) == []


def test_none_password_counts_as_empty():
    assert check_password(None, min_length=4) == ["must be at least 4 characters", MIX3]
    assert check_password(None, previous=[""]) == ["must be at least 10 characters", MIX3, "was used before"]


def test_no_user_name_by_default():
    assert check_password("Abcdefgh1!xxxx", policy="strict") == [TRIPLE]
    assert check_password("Abcdefgh1!xxxx", "", "strict") == [TRIPLE]
