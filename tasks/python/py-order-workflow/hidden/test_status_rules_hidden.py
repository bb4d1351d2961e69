"""Hidden tests for status_rules.next_status: every action from every status."""

import pytest

import status_rules
from status_rules import TransitionError, next_status

STATUSES = ["draft", "placed", "paid", "packed", "shipped", "delivered", "cancelled", "returned",
            "refunded"]
PAYMENTS = ["none", "authorized", "captured", "refunded"]

# (status, action) -> result for a non-admin with a captured payment
ALLOWED = {
    ("draft", "place"): "placed",
    ("placed", "pay"): "paid",
    ("paid", "pack"): "packed",
    ("packed", "ship"): "shipped",
    ("shipped", "deliver"): "delivered",
    ("draft", "cancel"): "cancelled",
    ("placed", "cancel"): "cancelled",
    ("delivered", "return"): "returned",
    ("returned", "refund"): "refunded",
    ("cancelled", "refund"): "refunded",
}
ADMIN_ONLY = {
    ("paid", "ship"): "shipped",
    ("paid", "cancel"): "cancelled",
    ("packed", "cancel"): "cancelled",
    ("shipped", "return"): "returned",
}
VERB = {"place": "place", "pay": "pay for", "pack": "pack", "ship": "ship", "deliver": "deliver",
        "cancel": "cancel", "return": "return", "refund": "refund"}


def test_actions_constant():
    assert status_rules.ACTIONS == ("place", "pay", "pack", "ship", "deliver", "cancel", "return",
                                    "refund")


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", list(VERB))
def test_full_matrix_for_customers(status, action):
    key = (status, action)
    if key in ALLOWED:
        assert next_status(status, action, "captured") == ALLOWED[key]
        assert next_status(status, action, "captured", False) == ALLOWED[key]
    elif key in ADMIN_ONLY and action == "cancel":
        with pytest.raises(TransitionError, match="^only an admin can cancel a paid order$"):
            next_status(status, action, "captured")
    else:
        expected = "^cannot %s an order that is %s$" % (VERB[action], status)
        with pytest.raises(TransitionError, match=expected):
            next_status(status, action, "captured")


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", list(VERB))
def test_full_matrix_for_admins(status, action):
    key = (status, action)
    expected = ALLOWED.get(key) or ADMIN_ONLY.get(key)
    if expected:
        assert next_status(status, action, "captured", is_admin=True) == expected
    else:
        with pytest.raises(TransitionError, match="^cannot %s an order that is %s$" % (VERB[action], status)):
            next_status(status, action, "captured", True)


@pytest.mark.parametrize("payment, ok", [("authorized", True), ("captured", True), ("none", False),
                                         ("refunded", False), (None, False)])
@pytest.mark.parametrize("admin", [False, True])
def test_pay_needs_an_authorized_payment(payment, ok, admin):
    if ok:
        assert next_status("placed", "pay", payment, admin) == "paid"
    else:
        with pytest.raises(TransitionError, match="^payment is not authorized$"):
            next_status("placed", "pay", payment, admin)


def test_pay_status_is_checked_before_payment():
    with pytest.raises(TransitionError, match="^cannot pay for an order that is draft$"):
        next_status("draft", "pay", "none")


@pytest.mark.parametrize("status", ["returned", "cancelled"])
@pytest.mark.parametrize("payment", ["none", "authorized", "refunded"])
@pytest.mark.parametrize("admin", [False, True])
def test_refund_needs_a_captured_payment(status, payment, admin):
    with pytest.raises(TransitionError, match="^nothing to refund$"):
        next_status(status, "refund", payment, admin)


def test_refund_status_is_checked_before_payment():
    with pytest.raises(TransitionError, match="^cannot refund an order that is delivered$"):
        next_status("delivered", "refund", "none")


@pytest.mark.parametrize("payment", PAYMENTS)
@pytest.mark.parametrize("key", [k for k in ALLOWED if k[1] not in ("pay", "refund")])
def test_other_actions_ignore_payment(payment, key):
    assert next_status(key[0], key[1], payment) == ALLOWED[key]


@pytest.mark.parametrize("payment", PAYMENTS)
@pytest.mark.parametrize("key", list(ADMIN_ONLY))
def test_admin_only_actions_ignore_payment(payment, key):
    assert next_status(key[0], key[1], payment, True) == ADMIN_ONLY[key]


@pytest.mark.parametrize("action", ["approve", "Place", "", None])
@pytest.mark.parametrize("admin", [False, True])
def test_unknown_action(action, admin):
    with pytest.raises(TransitionError, match="^unknown action: %s$" % action):
        next_status("draft", action, "captured", admin)


def test_unknown_status_is_refused():
    with pytest.raises(TransitionError, match="^cannot place an order that is lost$"):
        next_status("lost", "place", "none")
    with pytest.raises(TransitionError, match="^cannot cancel an order that is lost$"):
        next_status("lost", "cancel", "none", True)


def test_truthy_admin_flag():
    assert next_status("paid", "ship", "captured", 1) == "shipped"
    with pytest.raises(TransitionError):
        next_status("paid", "ship", "captured", 0)


def test_transition_error_is_an_exception_not_value_error():
    assert issubclass(TransitionError, Exception)
    assert not issubclass(TransitionError, ValueError)
