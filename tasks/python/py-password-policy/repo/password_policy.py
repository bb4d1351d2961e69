"""Password policy checks for the customer portal and the staff PIN pads.

Legacy module: the strict policy was bolted onto the standard one for the admin accounts, and
the PIN rules were added when the warehouse tills moved to PIN login.
"""

POLICIES = ("standard", "strict", "pin")
COMMON_PASSWORDS = ("password", "password1", "qwerty123", "letmein", "123456", "111111", "iloveyou")
SYMBOLS = "!@#$%^&*()-_=+[]{};:,.?/"
HISTORY_STANDARD = 5


class PolicyError(ValueError):
    """Raised when the policy itself is misconfigured (not when a password is weak)."""


def check_password(password, username="", policy="standard", previous=None, min_length=None):
    """Return the list of rules `password` breaks under `policy` (empty when it is acceptable)."""
    if policy not in POLICIES:
        raise PolicyError("unknown policy: %s" % policy)
    if min_length is not None and min_length < 4:
        raise PolicyError("min_length must be at least 4")
    problems = []
    if password is None:
        password = ""
    if policy == "pin":
        if not password.isdigit():
            problems.append("PIN must contain digits only")
        else:
            if len(password) != 6:
                problems.append("PIN must be exactly 6 digits")
            if password == password[0] * len(password):
                problems.append("PIN must not repeat one digit")
            else:
                steps = set()
                for i in range(1, len(password)):
                    steps.add(int(password[i]) - int(password[i - 1]))
                if steps == {1} or steps == {-1}:
                    problems.append("PIN must not be a sequence")
    else:
        if min_length is not None:
            needed = min_length
        elif policy == "strict":
            needed = 14
        else:
            needed = 10
        if len(password) < needed:
            problems.append("must be at least %d characters" % needed)
        if password != password.strip():
            problems.append("must not start or end with whitespace")
        lower = upper = digit = symbol = False
        for ch in password:
            if ch.islower():
                lower = True
            elif ch.isupper():
                upper = True
            elif ch.isdigit():
                digit = True
            elif ch in SYMBOLS:
                symbol = True
        classes = [lower, upper, digit, symbol].count(True)
        if policy == "strict":
            if classes < 4:
                problems.append("must mix lower case, upper case, digits and symbols")
            run = 1
            for i in range(1, len(password)):
                if password[i] == password[i - 1]:
                    run += 1
                    if run == 3:
                        problems.append("must not repeat a character three times in a row")
                        break
                else:
                    run = 1
            if username and len(username) >= 3 and username.lower() in password.lower():
                problems.append("must not contain the user name")
        else:
            if classes < 3:
                problems.append("must use at least three of: lower case, upper case, digits, symbols")
        if password.lower() in COMMON_PASSWORDS:
            problems.append("is too common")
    if previous:
        if policy == "strict":
            history = previous
        else:
            history = previous[-HISTORY_STANDARD:]
        if password in history:
            problems.append("was used before")
    return problems
