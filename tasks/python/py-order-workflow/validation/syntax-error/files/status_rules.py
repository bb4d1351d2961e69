"""Order status transition rules.

Statuses: draft, placed, paid, packed, shipped, delivered, cancelled, returned, refunded.
"""

ACTIONS = ("place", "pay", "pack", "ship", "deliver", "cancel", "return", "refund")

# action -> {current status: next status}, open to every actor.
TRANSITIONS = {
    "place": {"draft": "placed"},
    "pay": {"placed": "paid"},
    "pack": {"paid": "packed"},
    "ship": {"packed": "shipped"},
    "deliver": {"shipped": "delivered"},
    "cancel": {"draft": "cancelled", "placed": "cancelled"},
    "return": {"delivered": "returned"},
    "refund": {"returned": "refunded", "cancelled": "refunded"},
}

# Extra transitions only an admin may make.
ADMIN_TRANSITIONS = {
    "ship": {"paid": "shipped"},
    "cancel": {"paid": "cancelled", "packed": "cancelled"},
    "return": {"shipped": "returned"},
}

# action -> (payment states that allow it, refusal message)
PAYMENT_REQUIREMENTS = {
    "pay": (("authorized", "captured"), "payment is not authorized"),
    "refund": (("captured",), "nothing to refund"),
}


class TransitionError(Exception):
    """Raised when an action is not allowed from the current status."""


def next_status(status, action, payment_state, is_admin=False):
    """Return the status an order moves to when `action` is applied."""
    if action not in ACTIONS:
        raise TransitionError("unknown action: %s" % action)
    target = TRANSITIONS[action].get(status)
    if target is None and is_admin:
        target = ADMIN_TRANSITIONS.get(action, {}).get(status)
    if target is None:
        raise TransitionError(_refusal(status, action))
    _check_payment(action, payment_state)
    return target


def _refusal(status, action):
    if action == "cancel" and status in ADMIN_TRANSITIONS["cancel"]:
        return "only an admin can cancel a paid order"
    verb = "pay for" if action == "pay" else action
    return "cannot %s an order that is %s" % (verb, status)


def _check_payment(action, payment_state):
    if action not in PAYMENT_REQUIREMENTS:
        return
    allowed, refusal = PAYMENT_REQUIREMENTS[action]
    if payment_state not in allowed:
        raise TransitionError(refusal)
