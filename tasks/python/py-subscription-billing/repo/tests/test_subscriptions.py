import datetime

import pytest

from invoicing import renewal_invoice
from plans import plan_price
from subscriptions import SubscriptionError, cancel_subscription, change_plan, create_subscription

D = datetime.date


def test_plan_price_with_extra_seats():
    assert plan_price("team", "monthly", 7) == 42.0


def test_create_monthly_subscription():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 1, 31))
    assert sub["status"] == "active"
    assert sub["period_end"] == D(2024, 2, 29)


def test_upgrade_mid_period_is_prorated():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 4, 1))
    lines = change_plan(sub, "business", "monthly", 10, D(2024, 4, 16))
    assert lines == [("business x10 for 15 of 30 days", 25.0)]


def test_renewal_uses_account_credit():
    sub = create_subscription("acme", "business", "monthly", 10, D(2024, 4, 1))
    change_plan(sub, "team", "monthly", 5, D(2024, 4, 16))
    invoice = renewal_invoice(sub, D(2024, 5, 1))
    assert invoice["total"] == 5.0
    assert sub["credit"] == 0.0


def test_monthly_refund_window():
    sub = create_subscription("acme", "team", "monthly", 5, D(2024, 4, 1))
    with pytest.raises(SubscriptionError):
        cancel_subscription(sub, D(2024, 4, 20), refund=True)
