"""Order workflow service (legacy): applies actions to orders and records what happened."""

from dataclasses import dataclass, field

from pricing import order_total
from status_rules import TransitionError, next_status

ROLES = ("customer", "staff", "admin")


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

    def __init__(self, notifier=None):
        self.notifier = notifier
        self.sent = []

    def advance(self, order, action, actor_role="customer"):
        """Apply `action` to `order` on behalf of `actor_role`; return the new status."""
        if actor_role not in ROLES:
            raise WorkflowError("unknown role: %s" % actor_role)
        if actor_role == "customer":
            if action not in ("place", "pay", "cancel", "return"):
                raise WorkflowError("customers cannot %s orders" % action)
        elif actor_role == "staff":
            if action == "place" or action == "pay" or action == "refund":
                raise WorkflowError("staff cannot %s orders" % action)
        if action == "place":
            if not order.items:
                raise WorkflowError("cannot place an empty order")
        new_status = next_status(order.status, action, order.payment_state, actor_role == "admin")
        if action == "pay":
            order.amount_charged = order_total(order.items, order.customer_tier, order.coupon,
                                               order.express)
            order.payment_state = "captured"
        elif action == "ship":
            order.tracking = "TRK-%s" % order.id
            if order.express:
                order.tracking = order.tracking + "-X"
        elif action == "refund":
            if order.status == "cancelled":
                order.refunded_amount = order.amount_charged
            else:
                order.refunded_amount = order_total(order.items, order.customer_tier,
                                                    order.coupon, order.express, True)
            order.payment_state = "refunded"
        old_status = order.status
        order.status = new_status
        order.history.append((old_status, action, actor_role))
        if self.notifier is not None:
            if new_status in ("shipped", "delivered", "refunded"):
                message = "Order %s is now %s" % (order.id, new_status)
                if new_status == "shipped":
                    message = message + " (tracking %s)" % order.tracking
                elif new_status == "refunded":
                    message = message + " (%.2f refunded)" % order.refunded_amount
                self.notifier(message)
                self.sent.append(message)
            elif new_status == "cancelled" and actor_role != "customer":
                message = "Order %s was cancelled by %s" % (order.id, actor_role)
                self.notifier(message)
                self.sent.append(message)
        return new_status
