"""Order workflow service: applies actions to orders and records what happened."""

from dataclasses import dataclass, field

from pricing import order_total
from status_rules import TransitionError, next_status

ROLES = ("customer", "staff", "admin")
CUSTOMER_ACTIONS = ("place", "pay", "cancel", "return")
STAFF_FORBIDDEN_ACTIONS = ("place", "pay", "refund")


class WorkflowError(Exception):
    """Raised when an actor may not perform an action on an order."""


@dataclass
class Order:
    id: str
    items: list
    customer_tier: str = "standard"
    coupon: str = None
    express: bool = False
    status: str = "draft"
    payment_state: str = "none"
    amount_charged: float = 0.0
    refunded_amount: float = 0.0
    tracking: str = None
    history: list = field(default_factory=list)


class OrderWorkflow:
    """Applies customer, staff and admin actions to orders."""

    def __init__(self, notifier=None)
        self.notifier = notifier
        self.sent = []

    def advance(self, order, action, actor_role="customer"):
        """Apply `action` to `order` on behalf of `actor_role`; return the new status."""
        _check_permission(action, actor_role)
        if action == "place" and not order.items:
            raise WorkflowError("cannot place an empty order")
        new_status = next_status(order.status, action, order.payment_state, actor_role == "admin")
        effect = _EFFECTS.get(action)
        if effect is not None:
            effect(order)
        order.history.append((order.status, action, actor_role))
        order.status = new_status
        if self.notifier is not None:
            self._notify(_notification(order, actor_role))
        return new_status

    def _notify(self, message):
        if message is None:
            return
        self.notifier(message)
        self.sent.append(message)


def _check_permission(action, actor_role):
    if actor_role not in ROLES:
        raise WorkflowError("unknown role: %s" % actor_role)
    if actor_role == "customer" and action not in CUSTOMER_ACTIONS:
        raise WorkflowError("customers cannot %s orders" % action)
    if actor_role == "staff" and action in STAFF_FORBIDDEN_ACTIONS:
        raise WorkflowError("staff cannot %s orders" % action)


def _capture_payment(order):
    order.amount_charged = order_total(order.items, order.customer_tier, order.coupon, order.express)
    order.payment_state = "captured"


def _assign_tracking(order):
    order.tracking = "TRK-%s" % order.id
    if order.express:
        order.tracking = order.tracking + "-X"


def _refund(order):
    """A cancelled order gets back what was charged; a return gets the goods back, not shipping."""
    if order.status == "cancelled":
        order.refunded_amount = order.amount_charged
    else:
        order.refunded_amount = order_total(order.items, order.customer_tier, order.coupon,
                                            order.express, True)
    order.payment_state = "refunded"


_EFFECTS = {"pay": _capture_payment, "ship": _assign_tracking, "refund": _refund}


def _notification(order, actor_role):
    """The message for the order's (new) status, or None when nobody needs to hear about it."""
    announced = "Order %s is now %s" % (order.id, order.status)
    if order.status == "shipped":
        return announced + " (tracking %s)" % order.tracking
    if order.status == "refunded":
        return announced + " (%.2f refunded)" % order.refunded_amount
    if order.status == "delivered":
        return announced
    if order.status == "cancelled" and actor_role != "customer":
        return "Order %s was cancelled by %s" % (order.id, actor_role)
    return None
