"""Order status transition rules (legacy).

Statuses: draft, placed, paid, packed, shipped, delivered, cancelled, returned, refunded.
"""

ACTIONS = ("place", "pay", "pack", "ship", "deliver", "cancel", "return", "refund")


class TransitionError(Exception):
    """Raised when an action is not allowed from the current status."""


def next_status(status, action, payment_state, is_admin=False):
    """Return the status an order moves to when `action` is applied."""
    if action == "place":
        if status == "draft":
            return "placed"
        raise TransitionError("cannot place an order that is %s" % status)
    elif action == "pay":
        if status == "placed":
            if payment_state == "authorized" or payment_state == "captured":
                return "paid"
            else:
                raise TransitionError("payment is not authorized")
        else:
            raise TransitionError("cannot pay for an order that is %s" % status)
    elif action == "pack":
        if status == "paid":
            return "packed"
        raise TransitionError("cannot pack an order that is %s" % status)
    elif action == "ship":
        if status == "packed":
            return "shipped"
        elif status == "paid" and is_admin:
            return "shipped"
        else:
            raise TransitionError("cannot ship an order that is %s" % status)
    elif action == "deliver":
        if status == "shipped":
            return "delivered"
        raise TransitionError("cannot deliver an order that is %s" % status)
    elif action == "cancel":
        if status in ("draft", "placed"):
            return "cancelled"
        elif status == "paid" or status == "packed":
            if is_admin:
                return "cancelled"
            else:
                raise TransitionError("only an admin can cancel a paid order")
        else:
            raise TransitionError("cannot cancel an order that is %s" % status)
    elif action == "return":
        if status == "delivered":
            return "returned"
        elif status == "shipped" and is_admin:
            return "returned"
        else:
            raise TransitionError("cannot return an order that is %s" % status)
    elif action == "refund":
        if status in ("returned", "cancelled"):
            if payment_state == "captured":
                return "refunded"
            else:
                raise TransitionError("nothing to refund")
        else:
            raise TransitionError("cannot refund an order that is %s" % status)
    else:
        raise TransitionError("unknown action: %s" % action)
