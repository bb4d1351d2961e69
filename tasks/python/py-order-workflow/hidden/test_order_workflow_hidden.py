"""Hidden tests for order_workflow.OrderWorkflow.advance and the Order record."""

import pytest

import order_workflow
from order_workflow import Order, OrderWorkflow, WorkflowError
from pricing import PricingError
from status_rules import TransitionError


class Recorder:
    def __init__(self):
        self.messages = []

    def __call__(self, message):
        self.messages.append(message)


def make(status="draft", payment="none", **kw):
    kw.setdefault("items", [("MUG", 2, 12.0), ("PEN", 10, 1.0)])
    return Order(id=kw.pop("id", "O1"), status=status, payment_state=payment, **kw)


def test_order_defaults():
    order = Order(id="X", items=[])
    assert (order.customer_tier, order.coupon, order.express) == ("standard", None, False)
    assert (order.status, order.payment_state) == ("draft", "none")
    assert (order.amount_charged, order.refunded_amount, order.tracking) == (0.0, 0.0, None)
    assert order.history == [] and order.history is not Order(id="Y", items=[]).history


def test_roles_constant():
    assert order_workflow.ROLES == ("customer", "staff", "admin")


def test_workflow_defaults():
    workflow = OrderWorkflow()
    assert workflow.notifier is None and workflow.sent == []


# --- permissions ---------------------------------------------------------------------

@pytest.mark.parametrize("role", ["guest", "Admin", "", None])
def test_unknown_role(role):
    order = make()
    with pytest.raises(WorkflowError, match="^unknown role: %s$" % role):
        OrderWorkflow().advance(order, "place", role)
    assert order.status == "draft" and order.history == []


@pytest.mark.parametrize("action", ["pack", "ship", "deliver", "refund", "fly"])
def test_customer_forbidden_actions(action):
    with pytest.raises(WorkflowError, match="^customers cannot %s orders$" % action):
        OrderWorkflow().advance(make("paid", "captured"), action)


@pytest.mark.parametrize("action", ["place", "pay", "refund"])
def test_staff_forbidden_actions(action):
    with pytest.raises(WorkflowError, match="^staff cannot %s orders$" % action):
        OrderWorkflow().advance(make("returned", "captured"), action, "staff")


def test_staff_unknown_action_reaches_the_rules():
    with pytest.raises(TransitionError, match="^unknown action: fly$"):
        OrderWorkflow().advance(make(), "fly", "staff")


def test_admin_unknown_action_reaches_the_rules():
    with pytest.raises(TransitionError, match="^unknown action: fly$"):
        OrderWorkflow().advance(make(), "fly", "admin")


@pytest.mark.parametrize("role, status, action, expected", [
    ("customer", "draft", "place", "placed"),
    ("customer", "placed", "cancel", "cancelled"),
    ("customer", "delivered", "return", "returned"),
    ("staff", "paid", "pack", "packed"),
    ("staff", "packed", "ship", "shipped"),
    ("staff", "shipped", "deliver", "delivered"),
    ("staff", "draft", "cancel", "cancelled"),
    ("staff", "delivered", "return", "returned"),
    ("admin", "draft", "place", "placed"),
    ("admin", "paid", "ship", "shipped"),
    ("admin", "packed", "cancel", "cancelled"),
    ("admin", "shipped", "return", "returned"),
])
def test_allowed_actions(role, status, action, expected):
    order = make(status, "captured")
    assert OrderWorkflow().advance(order, action, role) == expected
    assert order.status == expected
    assert order.history == [(status, action, role)]


@pytest.mark.parametrize("role", ["customer", "staff"])
def test_only_admin_is_admin_for_the_rules(role):
    with pytest.raises(TransitionError, match="^only an admin can cancel a paid order$"):
        OrderWorkflow().advance(make("paid", "captured"), "cancel", role)


def test_staff_cannot_skip_packing():
    with pytest.raises(TransitionError, match="^cannot ship an order that is paid$"):
        OrderWorkflow().advance(make("paid", "captured"), "ship", "staff")


# --- placing -------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["customer", "admin"])
def test_cannot_place_empty_order(role):
    order = make(items=[])
    with pytest.raises(WorkflowError, match="^cannot place an empty order$"):
        OrderWorkflow().advance(order, "place", role)
    assert order.status == "draft"


def test_empty_order_check_only_for_place():
    order = make(items=[])
    assert OrderWorkflow().advance(order, "cancel") == "cancelled"


def test_place_twice_is_refused_by_rules():
    with pytest.raises(TransitionError, match="^cannot place an order that is placed$"):
        OrderWorkflow().advance(make("placed"), "place")


# --- paying ----------------------------------------------------------------------------

@pytest.mark.parametrize("kw, charged", [
    ({}, 38.5),                                           # 24 + 9.5 + 5 shipping
    ({"customer_tier": "gold"}, 31.82),                   # 33.5 * 0.95
    ({"coupon": "FREESHIP"}, 33.5),
    ({"express": True}, 48.5),
    ({"items": [("TV", 1, 600.0)], "customer_tier": "platinum", "coupon": "SAVE10"}, 530.0),
])
def test_pay_captures_the_order_total(kw, charged):
    order = make("placed", "authorized", **kw)
    assert OrderWorkflow().advance(order, "pay") == "paid"
    assert order.amount_charged == charged
    assert order.payment_state == "captured"
    assert order.history == [("placed", "pay", "customer")]


def test_pay_without_authorization_changes_nothing():
    order = make("placed", "none")
    with pytest.raises(TransitionError, match="^payment is not authorized$"):
        OrderWorkflow().advance(order, "pay")
    assert (order.status, order.payment_state, order.amount_charged) == ("placed", "none", 0.0)
    assert order.history == []


def test_pay_with_bad_coupon_changes_nothing():
    order = make("placed", "authorized", coupon="BOGUS")
    with pytest.raises(PricingError, match="^unknown coupon: BOGUS$"):
        OrderWorkflow().advance(order, "pay")
    assert (order.status, order.payment_state) == ("placed", "authorized")
    assert order.history == []


def test_admin_can_pay():
    order = make("placed", "captured")
    assert OrderWorkflow().advance(order, "pay", "admin") == "paid"
    assert order.amount_charged == 38.5


# --- shipping ------------------------------------------------------------------------

def test_ship_sets_tracking():
    order = make("packed", "captured", id="Z9")
    OrderWorkflow().advance(order, "ship", "staff")
    assert order.tracking == "TRK-Z9"


def test_express_tracking_suffix():
    order = make("paid", "captured", id="Z9", express=True)
    OrderWorkflow().advance(order, "ship", "admin")
    assert order.tracking == "TRK-Z9-X"


def test_failed_ship_sets_no_tracking():
    order = make("placed", "captured")
    with pytest.raises(TransitionError):
        OrderWorkflow().advance(order, "ship", "staff")
    assert order.tracking is None


def test_other_actions_leave_money_and_tracking_alone():
    order = make("paid", "captured", amount_charged=12.5)
    OrderWorkflow().advance(order, "pack", "staff")
    assert (order.amount_charged, order.refunded_amount, order.tracking) == (12.5, 0.0, None)
    assert order.payment_state == "captured"


# --- refunds -------------------------------------------------------------------------

def test_refund_of_cancelled_order_returns_the_charge():
    order = make("cancelled", "captured", amount_charged=48.5, express=True)
    assert OrderWorkflow().advance(order, "refund", "admin") == "refunded"
    assert order.refunded_amount == 48.5
    assert order.payment_state == "refunded"
    assert order.history == [("cancelled", "refund", "admin")]


def test_refund_of_returned_order_excludes_shipping():
    order = make("returned", "captured", amount_charged=48.5, express=True, customer_tier="gold")
    OrderWorkflow().advance(order, "refund", "admin")
    assert order.refunded_amount == 31.82
    assert order.amount_charged == 48.5


def test_refund_without_capture_changes_nothing():
    order = make("returned", "authorized")
    with pytest.raises(TransitionError, match="^nothing to refund$"):
        OrderWorkflow().advance(order, "refund", "admin")
    assert (order.payment_state, order.refunded_amount, order.status) == ("authorized", 0.0, "returned")


# --- notifications ------------------------------------------------------------------------

def test_no_notifier_sends_nothing():
    workflow = OrderWorkflow()
    order = make("packed", "captured")
    workflow.advance(order, "ship", "staff")
    assert workflow.sent == []


@pytest.mark.parametrize("status, action, role, expected", [
    ("packed", "ship", "staff", "Order O1 is now shipped (tracking TRK-O1)"),
    ("shipped", "deliver", "staff", "Order O1 is now delivered"),
    ("placed", "cancel", "staff", "Order O1 was cancelled by staff"),
    ("paid", "cancel", "admin", "Order O1 was cancelled by admin"),
])
def test_notifications(status, action, role, expected):
    recorder = Recorder()
    workflow = OrderWorkflow(notifier=recorder)
    workflow.advance(make(status, "captured"), action, role)
    assert recorder.messages == [expected]
    assert workflow.sent == [expected]


def test_refund_notification_shows_amount():
    recorder = Recorder()
    workflow = OrderWorkflow(recorder)
    workflow.advance(make("cancelled", "captured", amount_charged=1234.5), "refund", "admin")
    assert recorder.messages == ["Order O1 is now refunded (1234.50 refunded)"]


@pytest.mark.parametrize("status, action, role", [
    ("draft", "place", "customer"),
    ("placed", "cancel", "customer"),
    ("paid", "pack", "staff"),
    ("delivered", "return", "customer"),
    ("shipped", "return", "admin"),
])
def test_quiet_transitions(status, action, role):
    recorder = Recorder()
    workflow = OrderWorkflow(recorder)
    workflow.advance(make(status, "captured"), action, role)
    assert recorder.messages == [] and workflow.sent == []


def test_failed_action_sends_nothing():
    recorder = Recorder()
    workflow = OrderWorkflow(recorder)
    with pytest.raises(TransitionError):
        workflow.advance(make("draft"), "deliver", "staff")
    assert recorder.messages == []


def test_full_lifecycle_with_return_and_refund():
    recorder = Recorder()
    workflow = OrderWorkflow(recorder)
    order = Order(id="L5", items=[("DESK", 1, 250.0)], customer_tier="platinum", coupon="SAVE10",
                  express=True)
    steps = [("place", "customer"), ("pay", "customer"), ("pack", "staff"), ("ship", "staff"),
             ("deliver", "staff"), ("return", "customer"), ("refund", "admin")]
    order.payment_state = "authorized"
    statuses = [workflow.advance(order, action, role) for action, role in steps]
    assert statuses == ["placed", "paid", "packed", "shipped", "delivered", "returned", "refunded"]
    assert order.amount_charged == 230.0
    assert order.refunded_amount == 215.0
    assert order.payment_state == "refunded"
    assert order.tracking == "TRK-L5-X"
    assert [h[0] for h in order.history] == ["draft", "placed", "paid", "packed", "shipped",
                                             "delivered", "returned"]
    assert recorder.messages == [
        "Order L5 is now shipped (tracking TRK-L5-X)",
        "Order L5 is now delivered",
        "Order L5 is now refunded (215.00 refunded)",
    ]
    assert workflow.sent == recorder.messages


def test_default_role_is_customer():
    order = make()
    OrderWorkflow().advance(order, "place")
    assert order.history == [("draft", "place", "customer")]


def test_workflow_error_is_an_exception():
    assert issubclass(WorkflowError, Exception) and not issubclass(WorkflowError, ValueError)
