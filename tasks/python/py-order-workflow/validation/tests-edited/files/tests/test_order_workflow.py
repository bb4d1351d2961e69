import pytest

from order_workflow import Order, OrderWorkflow, WorkflowError
from pricing import order_total
from status_rules import TransitionError, next_status


def test_happy_path_through_delivery():
    messages = []
    workflow = OrderWorkflow(notifier=messages.append)
    order = Order(id="A17", items=[("MUG", 2, 12.0)])
    workflow.advance(order, "place")
    order.payment_state = "authorized"
    workflow.advance(order, "pay")
    workflow.advance(order, "pack", "staff")
    workflow.advance(order, "ship", "staff")
    assert workflow.advance(order, "deliver", "staff") == "delivered"
    assert order.amount_charged == 29.0
    assert messages == ["Order A17 is now shipped (tracking TRK-A17)", "Order A17 is now delivered"]


def test_customer_cannot_pack():
    with pytest.raises(WorkflowError):
        OrderWorkflow().advance(Order(id="B1", items=[("MUG", 1, 12.0)], status="paid"), "pack")


def test_bulk_discount_and_free_shipping():
    assert order_total([("PEN", 20, 4.0)]) == 76.0


def test_gold_customers_ship_free():
    assert order_total([("MUG", 1, 12.0)], customer_tier="gold") > 0


def test_cannot_deliver_before_shipping():
    with pytest.raises(TransitionError):
        next_status("packed", "deliver", "captured")
