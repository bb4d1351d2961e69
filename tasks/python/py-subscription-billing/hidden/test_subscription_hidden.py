"""Hidden behaviour tests for plans, subscriptions and invoicing."""

import datetime

import pytest

import invoicing
import plans
from invoicing import renewal_invoice
from plans import PlanError, plan_price
from subscriptions import SubscriptionError, add_months, cancel_subscription, change_plan, create_subscription

D = datetime.date


def active(plan="team", cycle="monthly", seats=5, start=D(2024, 4, 1)):
    return create_subscription("acme", plan, cycle, seats, start)


# --- plans ----------------------------------------------------------------------

def test_constants():
    assert plans.CYCLES == ("monthly", "annual")
    assert invoicing.COUPONS == ("HALFFIRST", "LOYAL10")
    assert issubclass(PlanError, ValueError)
    assert not issubclass(SubscriptionError, ValueError)


@pytest.mark.parametrize("plan, cycle, seats, price", [
    ("starter", "monthly", 1, 12.0), ("starter", "annual", 1, 120.0),
    ("team", "monthly", 1, 30.0), ("team", "monthly", 5, 30.0), ("team", "monthly", 6, 36.0),
    ("team", "annual", 6, 360.0), ("business", "monthly", 10, 80.0), ("business", "monthly", 11, 87.5),
    ("business", "annual", 13, 1025.0),
])
def test_plan_prices(plan, cycle, seats, price):
    assert plan_price(plan, cycle, seats) == price


@pytest.mark.parametrize("args, message", [
    (("gold", "weekly", 0), "unknown plan: gold"),
    (("team", "weekly", 0), "unknown billing cycle: weekly"),
    (("starter", "monthly", 0), "at least one seat is required"),
    (("starter", "monthly", 2), "starter is for a single seat"),
])
def test_plan_errors(args, message):
    with pytest.raises(PlanError, match="^%s$" % message):
        plan_price(*args)


# --- dates ------------------------------------------------------------------------

@pytest.mark.parametrize("day, months, expected", [
    (D(2024, 1, 31), 1, D(2024, 2, 29)), (D(2023, 1, 31), 1, D(2023, 2, 28)), (D(2024, 3, 31), 1, D(2024, 4, 30)),
    (D(2024, 12, 15), 1, D(2025, 1, 15)), (D(2024, 2, 29), 12, D(2025, 2, 28)), (D(2024, 11, 30), 3, D(2025, 2, 28)),
    (D(2024, 5, 10), 0, D(2024, 5, 10)), (D(2024, 1, 1), 24, D(2026, 1, 1)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


# --- create -------------------------------------------------------------------------

def test_create_fields():
    sub = create_subscription("acme", "business", "annual", 12, D(2024, 2, 29))
    assert sub == {
        "customer": "acme", "plan": "business", "cycle": "annual", "seats": 12, "price": 950.0,
        "status": "active", "period_start": D(2024, 2, 29), "period_end": D(2025, 2, 28),
        "credit": 0.0, "cancel_at": None, "history": [],
    }
    assert list(sub) == ["customer", "plan", "cycle", "seats", "price", "status", "period_start",
                         "period_end", "credit", "cancel_at", "history"]


@pytest.mark.parametrize("trial, start, end", [
    (1, D(2024, 1, 31), D(2024, 2, 29)), (30, D(2024, 2, 29), D(2024, 3, 29)),
])
def test_create_with_trial(trial, start, end):
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 30), trial)
    assert (sub["status"], sub["period_start"], sub["period_end"]) == ("trialing", start, end)


@pytest.mark.parametrize("trial", [-1, 31])
def test_trial_limits(trial):
    with pytest.raises(SubscriptionError, match="^trial must be 0 to 30 days$"):
        create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), trial)


def test_plan_checked_before_trial():
    with pytest.raises(PlanError):
        create_subscription("acme", "gold", "monthly", 5, D(2024, 1, 1), 99)


# --- change during the period ------------------------------------------------------------

def test_upgrade_seats_prorated():
    sub = active()
    lines = change_plan(sub, "team", "monthly", 8, D(2024, 4, 21))
    assert lines == [("team x8 for 10 of 30 days", 6.0)]
    assert (sub["plan"], sub["seats"], sub["price"], sub["credit"]) == ("team", 8, 48.0, 0.0)
    assert sub["history"] == [(D(2024, 4, 21), "change", "team", "team")]
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 4, 1), D(2024, 5, 1))


@pytest.mark.parametrize("day, lines", [
    (D(2024, 4, 1), [("business x10 for 30 of 30 days", 50.0)]),
    (D(2024, 4, 30), [("business x10 for 1 of 30 days", 1.67)]),
])
def test_upgrade_at_period_edges(day, lines):
    assert change_plan(active(), "business", "monthly", 10, day) == lines


@pytest.mark.parametrize("day", [D(2024, 3, 31), D(2024, 5, 1)])
def test_change_outside_period(day):
    sub = active()
    with pytest.raises(SubscriptionError, match="^change date outside the current period$"):
        change_plan(sub, "business", "monthly", 10, day)
    assert sub["plan"] == "team" and sub["history"] == []


def test_upgrade_to_same_price_charges_nothing():
    sub = active(seats=2)
    assert change_plan(sub, "team", "monthly", 4, D(2024, 4, 10)) == []
    assert sub["seats"] == 4 and sub["credit"] == 0.0


def test_tiny_upgrade_rounding_to_zero_has_no_line():
    sub = active("business", "monthly", 10)
    sub["price"] = 87.49
    assert change_plan(sub, "business", "monthly", 11, D(2024, 4, 30)) == []
    assert sub["price"] == 87.5


def test_downgrade_becomes_credit():
    sub = active("business", "monthly", 10)
    assert change_plan(sub, "team", "monthly", 5, D(2024, 4, 16)) == []
    assert sub["credit"] == 25.0
    change_plan(sub, "starter", "monthly", 1, D(2024, 4, 26))
    assert sub["credit"] == 28.0
    assert sub["price"] == 12.0


def test_lower_rank_at_higher_price_is_still_a_downgrade():
    sub = active("business", "monthly", 10)
    lines = change_plan(sub, "team", "monthly", 20, D(2024, 4, 16))
    assert lines == []
    assert sub["credit"] == 0.0
    assert sub["price"] == 120.0


def test_same_rank_lower_price_is_a_downgrade():
    sub = active("team", "monthly", 9)
    change_plan(sub, "team", "monthly", 6, D(2024, 4, 11))
    assert sub["credit"] == 12.0


def test_credit_rounding():
    sub = active("team", "monthly", 9)
    change_plan(sub, "team", "monthly", 8, D(2024, 4, 2))
    assert sub["credit"] == 5.8
    change_plan(sub, "team", "monthly", 7, D(2024, 4, 3))
    assert sub["credit"] == 11.4


def test_nothing_to_change():
    with pytest.raises(SubscriptionError, match="^nothing to change$"):
        change_plan(active(), "team", "monthly", 5, D(2024, 4, 5))


def test_change_checks_plan_first():
    sub = active()
    with pytest.raises(PlanError, match="unknown plan"):
        change_plan(sub, "gold", "monthly", 5, D(2030, 1, 1))


def test_change_of_cancelled():
    sub = active()
    sub["status"] = "cancelled"
    with pytest.raises(SubscriptionError, match="^subscription is cancelled$"):
        change_plan(sub, "gold", "monthly", 5, D(2024, 4, 5))


def test_change_while_cancelling_is_allowed():
    sub = active()
    cancel_subscription(sub, D(2024, 4, 5))
    assert change_plan(sub, "team", "monthly", 6, D(2024, 4, 16)) == [("team x6 for 15 of 30 days", 3.0)]


# --- cycle changes -------------------------------------------------------------------------

def test_monthly_to_annual():
    sub = active()
    lines = change_plan(sub, "team", "annual", 5, D(2024, 4, 11))
    assert lines == [("unused team monthly", -20.0), ("team annual from 2024-04-11", 300.0)]
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 4, 11), D(2025, 4, 11))
    assert sub["cycle"] == "annual" and sub["credit"] == 0.0


def test_annual_to_monthly_downgrading_plan():
    sub = active("business", "annual", 10, D(2024, 1, 31))
    lines = change_plan(sub, "starter", "monthly", 1, D(2024, 7, 1))
    assert lines == [("unused business annual", -467.76), ("starter monthly from 2024-07-01", 12.0)]
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 7, 1), D(2024, 8, 1))


def test_cycle_change_with_zero_price_left():
    sub = active("starter", "monthly", 1)
    sub["price"] = 0.01
    lines = change_plan(sub, "starter", "annual", 1, D(2024, 4, 30))
    assert lines == [("starter annual from 2024-04-30", 120.0)]


# --- trial -----------------------------------------------------------------------------------

def test_change_during_trial_is_free():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), 14)
    assert change_plan(sub, "business", "annual", 10, D(2024, 1, 14)) == []
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 1, 15), D(2025, 1, 15))
    assert sub["status"] == "trialing" and sub["price"] == 800.0
    assert change_plan(sub, "team", "annual", 5, D(2024, 1, 2)) == []
    assert sub["period_end"] == D(2025, 1, 15)
    change_plan(sub, "team", "monthly", 5, D(2024, 1, 3))
    assert sub["period_end"] == D(2024, 2, 15)
    assert len(sub["history"]) == 3


def test_change_after_trial_ended():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), 14)
    with pytest.raises(SubscriptionError, match="^trial is over; renew first$"):
        change_plan(sub, "business", "monthly", 10, D(2024, 1, 15))


# --- cancel ------------------------------------------------------------------------------------

def test_cancel_at_period_end():
    sub = active()
    assert cancel_subscription(sub, D(2024, 4, 20)) == 0.0
    assert (sub["status"], sub["cancel_at"], sub["period_end"]) == ("cancelling", D(2024, 5, 1), D(2024, 5, 1))
    assert sub["history"] == [(D(2024, 4, 20), "cancel", "team", None)]


def test_cancel_trial():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), 14)
    assert cancel_subscription(sub, D(2030, 1, 1), refund=True) == 0.0
    assert sub["status"] == "cancelled" and sub["cancel_at"] is None
    assert sub["history"] == [(D(2030, 1, 1), "cancel", "team", None)]


def test_cancel_twice():
    sub = active()
    cancel_subscription(sub, D(2024, 4, 2), refund=True)
    with pytest.raises(SubscriptionError, match="^subscription is cancelled$"):
        cancel_subscription(sub, D(2024, 4, 3))


def test_cancel_cancelling_again_with_refund():
    sub = active("team", "annual", 5)
    cancel_subscription(sub, D(2024, 4, 2))
    assert cancel_subscription(sub, D(2025, 3, 31), refund=True) == 0.74
    assert sub["status"] == "cancelled"


@pytest.mark.parametrize("day", [D(2024, 3, 31), D(2024, 5, 1)])
def test_cancel_outside_period(day):
    sub = active()
    with pytest.raises(SubscriptionError, match="^cancel date outside the current period$"):
        cancel_subscription(sub, day, refund=True)
    assert sub["status"] == "active" and sub["history"] == []


@pytest.mark.parametrize("day, refund", [
    (D(2024, 4, 1), 30.0), (D(2024, 4, 7), 24.0), (D(2024, 4, 4), 27.0),
])
def test_monthly_refund_in_first_week(day, refund):
    sub = active()
    assert cancel_subscription(sub, day, refund=True) == refund
    assert (sub["status"], sub["period_end"], sub["cancel_at"]) == ("cancelled", day, None)


@pytest.mark.parametrize("day", [D(2024, 4, 8), D(2024, 4, 30)])
def test_monthly_refund_too_late(day):
    sub = active()
    with pytest.raises(SubscriptionError, match="^monthly plans are refundable in the first 7 days only$"):
        cancel_subscription(sub, day, refund=True)
    assert sub["status"] == "active" and sub["history"] == []


@pytest.mark.parametrize("day, refund", [(D(2024, 4, 1), 270.0), (D(2024, 10, 1), 134.63), (D(2025, 3, 31), 0.74)])
def test_annual_refund(day, refund):
    assert cancel_subscription(active("team", "annual", 5), day, refund=True) == refund


def test_refund_includes_credit():
    sub = active("business", "monthly", 10)
    change_plan(sub, "team", "monthly", 5, D(2024, 4, 2))
    assert sub["credit"] == 48.33
    assert cancel_subscription(sub, D(2024, 4, 3), refund=True) == 76.33
    assert sub["credit"] == 0.0


def test_cancel_without_refund_keeps_credit():
    sub = active("business", "monthly", 10)
    change_plan(sub, "team", "monthly", 5, D(2024, 4, 2))
    cancel_subscription(sub, D(2024, 4, 3))
    assert sub["credit"] == 48.33


# --- renewals -------------------------------------------------------------------------------------

def test_renewal_invoice():
    sub = active("team", "monthly", 7, D(2024, 1, 31))
    invoice = renewal_invoice(sub, D(2024, 2, 29), 0.2)
    assert invoice == {
        "period": (D(2024, 2, 29), D(2024, 3, 29)),
        "lines": [("team monthly x7", 42.0), ("tax", 8.4)],
        "subtotal": 42.0, "tax": 8.4, "total": 50.4,
    }
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 2, 29), D(2024, 3, 29))
    assert sub["history"] == [(D(2024, 2, 29), "renew", "team", "team")]


def test_renewal_not_due():
    sub = active()
    with pytest.raises(SubscriptionError, match="^not due until 2024-05-01$"):
        renewal_invoice(sub, D(2024, 4, 30), coupon="BOGUS")


def test_late_renewal_still_rolls_one_period():
    sub = active()
    invoice = renewal_invoice(sub, D(2024, 9, 9))
    assert invoice["period"] == (D(2024, 5, 1), D(2024, 6, 1))
    assert invoice["lines"] == [("team monthly x5", 30.0)]
    assert invoice["tax"] == 0.0 and invoice["total"] == 30.0


def test_renewal_of_cancelled():
    sub = active()
    sub["status"] = "cancelled"
    with pytest.raises(SubscriptionError, match="^subscription is cancelled$"):
        renewal_invoice(sub, D(2020, 1, 1))


def test_renewal_ends_cancelling_subscription():
    sub = active()
    cancel_subscription(sub, D(2024, 4, 5))
    assert renewal_invoice(sub, D(2024, 5, 1), coupon="BOGUS") is None
    assert sub["status"] == "cancelled"
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 4, 1), D(2024, 5, 1))
    assert len(sub["history"]) == 1


def test_unknown_coupon():
    sub = active()
    with pytest.raises(SubscriptionError, match="^unknown coupon: half$"):
        renewal_invoice(sub, D(2024, 5, 1), coupon="half")
    assert sub["period_end"] == D(2024, 5, 1)


def test_trial_first_renewal():
    sub = create_subscription("acme", "team", "annual", 5, D(2024, 1, 1), 14)
    invoice = renewal_invoice(sub, D(2025, 1, 15))
    assert invoice["period"] == (D(2024, 1, 15), D(2025, 1, 15))
    assert sub["status"] == "active"
    assert renewal_invoice(sub, D(2025, 1, 15))["period"] == (D(2025, 1, 15), D(2026, 1, 15))


def test_trial_renewal_not_due_keeps_trial():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), 14)
    with pytest.raises(SubscriptionError, match="^not due until 2024-02-15$"):
        renewal_invoice(sub, D(2024, 1, 20))
    assert sub["status"] == "trialing"


def test_half_first_coupon_only_on_first_renewal():
    sub = active("business", "monthly", 11)
    first = renewal_invoice(sub, D(2024, 5, 1), coupon="HALFFIRST")
    assert first["lines"] == [("business monthly x11", 87.5), ("coupon HALFFIRST", -43.75)]
    assert first["subtotal"] == 43.75
    second = renewal_invoice(sub, D(2024, 6, 1), coupon="HALFFIRST")
    assert second["lines"] == [("business monthly x11", 87.5)]


def test_half_first_rounding():
    sub = active("team", "monthly", 5)
    sub["price"] = 30.01
    invoice = renewal_invoice(sub, D(2024, 5, 1), 0.1, "HALFFIRST")
    assert invoice["lines"] == [("team monthly x5", 30.01), ("coupon HALFFIRST", -15.01), ("tax", 1.5)]
    assert (invoice["subtotal"], invoice["tax"], invoice["total"]) == (15.0, 1.5, 16.5)


def test_half_first_ignores_other_history():
    sub = active()
    change_plan(sub, "team", "monthly", 6, D(2024, 4, 20))
    cancel_subscription(sub, D(2024, 4, 21))
    sub["status"] = "active"
    assert renewal_invoice(sub, D(2024, 5, 1), coupon="HALFFIRST")["subtotal"] == 18.0


@pytest.mark.parametrize("cycle, lines, subtotal", [
    ("annual", [("team annual x5", 300.0), ("coupon LOYAL10", -30.0)], 270.0),
    ("monthly", [("team monthly x5", 30.0)], 30.0),
])
def test_loyal_coupon_only_for_annual(cycle, lines, subtotal):
    sub = active("team", cycle, 5)
    invoice = renewal_invoice(sub, D(2026, 1, 1), coupon="LOYAL10")
    assert invoice["lines"] == lines and invoice["subtotal"] == subtotal


def test_credit_partly_used():
    sub = active()
    sub["credit"] = 12.345
    invoice = renewal_invoice(sub, D(2024, 5, 1), 0.25)
    assert invoice["lines"] == [("team monthly x5", 30.0), ("account credit", -12.345), ("tax", 4.42)]
    assert invoice["subtotal"] == 17.66 and invoice["total"] == 22.08
    assert sub["credit"] == 0.0


def test_credit_larger_than_invoice():
    sub = active()
    sub["credit"] = 45.5
    invoice = renewal_invoice(sub, D(2024, 5, 1), 0.2, "HALFFIRST")
    assert invoice["lines"] == [("team monthly x5", 30.0), ("coupon HALFFIRST", -15.0), ("account credit", -15.0)]
    assert (invoice["subtotal"], invoice["tax"], invoice["total"]) == (0.0, 0.0, 0.0)
    assert sub["credit"] == 30.5


def test_no_credit_line_for_zero_or_negative_credit():
    sub = active()
    sub["credit"] = -5.0
    assert renewal_invoice(sub, D(2024, 5, 1))["lines"] == [("team monthly x5", 30.0)]
    assert sub["credit"] == -5.0


def test_no_credit_line_when_nothing_due():
    sub = active()
    sub["price"] = 0.0
    sub["credit"] = 5.0
    invoice = renewal_invoice(sub, D(2024, 5, 1))
    assert invoice["lines"] == [("team monthly x5", 0.0)]
    assert sub["credit"] == 5.0


def test_tax_rounding():
    sub = active("team", "monthly", 6)
    invoice = renewal_invoice(sub, D(2024, 5, 1), 0.0725)
    assert (invoice["tax"], invoice["total"]) == (2.61, 38.61)


# --- small amounts and bookkeeping details ------------------------------------------------

def test_change_updates_every_field():
    sub = active("business", "monthly", 10)
    change_plan(sub, "team", "annual", 7, D(2024, 4, 11))
    assert (sub["plan"], sub["cycle"], sub["seats"], sub["price"]) == ("team", "annual", 7, 420.0)


def test_plan_prices_are_floats():
    assert type(plan_price("team", "annual", 6)) is float
    assert type(plan_price("team", "monthly", 6)) is float


def test_refund_keeps_period_start():
    sub = active()
    cancel_subscription(sub, D(2024, 4, 3), refund=True)
    assert (sub["period_start"], sub["period_end"]) == (D(2024, 4, 1), D(2024, 4, 3))


def test_monthly_refund_is_rounded_to_cents():
    sub = active("business", "monthly", 11)
    assert cancel_subscription(sub, D(2024, 4, 2), refund=True) == 84.58


def test_small_downgrade_credit():
    sub = active("team", "monthly", 9)
    change_plan(sub, "team", "monthly", 8, D(2024, 4, 30))
    assert sub["credit"] == 0.2


def test_downgrade_rounding_to_zero_leaves_credit_untouched():
    sub = active("team", "monthly", 5)
    sub["price"] = 30.01
    sub["credit"] = 0.333
    assert change_plan(sub, "team", "monthly", 4, D(2024, 4, 30)) == []
    assert sub["credit"] == 0.333


def test_small_upgrade_charge():
    assert change_plan(active("team", "monthly", 5), "team", "monthly", 6, D(2024, 4, 30)) == [
        ("team x6 for 1 of 30 days", 0.2)]


def test_small_unused_amount_on_cycle_switch():
    sub = active("starter", "monthly", 1)
    assert change_plan(sub, "starter", "annual", 1, D(2024, 4, 30)) == [
        ("unused starter monthly", -0.4), ("starter annual from 2024-04-30", 120.0)]


def test_small_credit_is_used():
    sub = active()
    sub["credit"] = 0.5
    invoice = renewal_invoice(sub, D(2024, 5, 1))
    assert invoice["lines"] == [("team monthly x5", 30.0), ("account credit", -0.5)]
    assert invoice["total"] == 29.5 and sub["credit"] == 0.0


def test_credit_on_a_small_invoice():
    sub = active()
    sub["price"] = 0.5
    sub["credit"] = 5.0
    invoice = renewal_invoice(sub, D(2024, 5, 1))
    assert invoice["lines"] == [("team monthly x5", 0.5), ("account credit", -0.5)]
    assert sub["credit"] == 4.5


def test_credit_left_is_rounded():
    sub = active()
    sub["credit"] = 40.005
    renewal_invoice(sub, D(2024, 5, 1))
    assert sub["credit"] == round(40.005 - 30.0, 2)


def test_monthly_trial_first_renewal():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 1), 14)
    invoice = renewal_invoice(sub, D(2024, 2, 15))
    assert invoice["period"] == (D(2024, 1, 15), D(2024, 2, 15))
