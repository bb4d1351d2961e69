"""Order status transition rules.

Statuses: draft, placed, paid, packed, shipped, delivered, cancelled, returned, refunded.
The rules are plain expressions so that operations can read them in the admin console.
"""

ACTIONS = ("place", "pay", "pack", "ship", "deliver", "cancel", "return", "refund")

RULES = {
    "place": '"placed" if status == "draft" else refuse("place")',
    "pay": '("paid" if payment_state in ("authorized", "captured") else fail("payment is not authorized"))'
           ' if status == "placed" else refuse("pay for")',
    "pack": '"packed" if status == "paid" else refuse("pack")',
    "ship": '"shipped" if status == "packed" or (status == "paid" and is_admin) else refuse("ship")',
    "deliver": '"delivered" if status == "shipped" else refuse("deliver")',
    "cancel": '"cancelled" if status in ("draft", "placed") else (("cancelled" if is_admin else'
              ' fail("only an admin can cancel a paid order")) if status in ("paid", "packed")'
              ' else refuse("cancel"))',
    "return": '"returned" if status == "delivered" or (status == "shipped" and is_admin)'
              ' else refuse("return")',
    "refund": '("refunded" if payment_state == "captured" else fail("nothing to refund"))'
              ' if status in ("returned", "cancelled") else refuse("refund")',
}


class TransitionError(Exception):
    """Raised when an action is not allowed from the current status."""


def _fail(message):
    raise TransitionError(message)


def next_status(status, action, payment_state, is_admin=False):
    """Return the status an order moves to when `action` is applied."""
    if action not in ACTIONS:
        raise TransitionError("unknown action: %s" % action)

    def refuse(verb):
        _fail("cannot %s an order that is %s" % (verb, status))

    scope = {"status": status, "payment_state": payment_state, "is_admin": is_admin,
             "fail": _fail, "refuse": refuse}
    return eval(RULES[action], {"__builtins__": {}}, scope)
