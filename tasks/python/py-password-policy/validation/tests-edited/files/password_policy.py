"""Password policy checks for the customer portal and the staff PIN pads."""

POLICIES = ("standard", "strict", "pin")
COMMON_PASSWORDS = ("password", "password1", "qwerty123", "letmein", "123456", "111111", "iloveyou")
SYMBOLS = "!@#$%^&*()-_=+[]{};:,.?/"
HISTORY_STANDARD = 5
MIN_LENGTH = {"standard": 10, "strict": 14}


class PolicyError(ValueError):
    """Raised when the policy itself is misconfigured (not when a password is weak)."""


def check_password(password, username="", policy="standard", previous=None, min_length=None):
    """Return the list of rules `password` breaks under `policy` (empty when it is acceptable)."""
    if policy not in POLICIES:
        raise PolicyError("unknown policy: %s" % policy)
    if min_length is not None and min_length < 4:
        raise PolicyError("min_length must be at least 4")
    if password is None:
        password = ""
    if policy == "pin":
        problems = _pin_problems(password)
    else:
        problems = _password_problems(password, username, policy, min_length)
    if previous and password in _history(previous, policy):
        problems.append("was used before")
    return problems


def _pin_problems(pin):
    if not pin.isdigit():
        return ["PIN must contain digits only"]
    problems = []
    if len(pin) != 6:
        problems.append("PIN must be exactly 6 digits")
    if pin == pin[0] * len(pin):
        problems.append("PIN must not repeat one digit")
    elif _digit_steps(pin) in ({1}, {-1}):
        problems.append("PIN must not be a sequence")
    return problems


def _digit_steps(pin):
    """The set of differences between neighbouring digits."""
    return {int(b) - int(a) for a, b in zip(pin, pin[1:])}


def _password_problems(password, username, policy, min_length):
    problems = []
    needed = min_length if min_length is not None else MIN_LENGTH[policy]
    if len(password) < needed:
        problems.append("must be at least %d characters" % needed)
    if password != password.strip():
        problems.append("must not start or end with whitespace")
    classes = _character_classes(password)
    if policy == "strict":
        problems += _strict_problems(password, username, classes)
    elif classes < 3:
        problems.append("must use at least three of: lower case, upper case, digits, symbols")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("is too common")
    return problems


def _character_classes(password):
    """How many of lower case, upper case, digits and symbols the password uses."""
    kinds = set()
    for ch in password:
        kinds.add(_kind(ch))
    kinds.discard(None)
    return len(kinds)


def _kind(ch):
    if ch.islower():
        return "lower"
    if ch.isupper():
        return "upper"
    if ch.isdigit():
        return "digit"
    if ch in SYMBOLS:
        return "symbol"
    return None


def _strict_problems(password, username, classes):
    problems = []
    if classes < 4:
        problems.append("must mix lower case, upper case, digits and symbols")
    if _has_triple(password):
        problems.append("must not repeat a character three times in a row")
    if username and len(username) >= 3 and username.lower() in password.lower():
        problems.append("must not contain the user name")
    return problems


def _has_triple(password):
    return any(password[i] == password[i + 1] == password[i + 2] for i in range(len(password) - 2))


def _history(previous, policy):
    """The earlier passwords a new one is compared with: all for strict, else the last few."""
    if policy == "strict":
        return previous
    return previous[-HISTORY_STANDARD:]
