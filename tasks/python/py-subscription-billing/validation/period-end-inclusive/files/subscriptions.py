"""Creating, changing and cancelling subscriptions.

A subscription is a plain dict; its current billing period runs from `period_start`
(inclusive) to `period_end` (exclusive), see `periods.BillingPeriod`.
"""

from periods import REFUND_WINDOW_DAYS, BillingPeriod, add_months  # noqa: F401 (add_months is public here)
from plans import PLANS, plan_price

import datetime

ANNUAL_REFUND_SHARE = 0.9


class SubscriptionError(Exception):
    """Raised when a subscription cannot be changed as asked."""


def create_subscription(customer, plan, cycle, seats, start, trial_days=0):
    """A new subscription; with a trial, the first period starts when the trial ends."""
    price = plan_price(plan, cycle, seats)
    if trial_days < 0 or trial_days > 30:
        raise SubscriptionError("trial must be 0 to 30 days")
    status = "trialing" if trial_days else "active"
    period = BillingPeriod.starting(start + datetime.timedelta(days=trial_days), cycle)
    sub = {
        "customer": customer, "plan": plan, "cycle": cycle, "seats": seats, "price": price,
        "status": status, "period_start": None, "period_end": None,
        "credit": 0.0, "cancel_at": None, "history": [],
    }
    period.store(sub)
    return sub


def change_plan(sub, new_plan, new_cycle, new_seats, on_date):
    """Switch plan, cycle or seats on `on_date`; return the invoice lines (description, amount)."""
    if sub["status"] == "cancelled":
        raise SubscriptionError("subscription is cancelled")
    new_price = plan_price(new_plan, new_cycle, new_seats)
    if (new_plan, new_cycle, new_seats) == (sub["plan"], sub["cycle"], sub["seats"]):
        raise SubscriptionError("nothing to change")
    if sub["status"] == "trialing":
        lines = _change_during_trial(sub, new_cycle, on_date)
    else:
        lines = _change_mid_period(sub, new_plan, new_cycle, new_seats, new_price, on_date)
    sub["history"].append((on_date, "change", sub["plan"], new_plan))
    sub.update(plan=new_plan, cycle=new_cycle, seats=new_seats, price=new_price)
    return lines


def _change_during_trial(sub, new_cycle, on_date):
    """Nothing is charged in a trial; a new cycle only changes the length of the first period."""
    period = BillingPeriod.of(sub)
    if on_date >= period.start:
        raise SubscriptionError("trial is over; renew first")
    if new_cycle != sub["cycle"]:
        BillingPeriod.starting(period.start, new_cycle).store(sub)
    return []


def _change_mid_period(sub, new_plan, new_cycle, new_seats, new_price, on_date):
    period = BillingPeriod.of(sub)
    if not period.contains(on_date):
        raise SubscriptionError("change date outside the current period")
    if new_cycle != sub["cycle"]:
        return _switch_cycle(sub, period, new_plan, new_cycle, new_price, on_date)
    if PLANS[new_plan]["rank"] < PLANS[sub["plan"]]["rank"] or new_price < sub["price"]:
        # a downgrade is never refunded: the unused difference becomes account credit
        difference = round(period.unused_share(sub["price"] - new_price, on_date), 2)
        if difference > 0:
            sub["credit"] = round(sub["credit"] + difference, 2)
        return []
    charge = round(period.unused_share(new_price - sub["price"], on_date), 2)
    if charge <= 0:
        return []
    days = "%d of %d days" % (period.days_left(on_date), period.days)
    return [("%s x%d for %s" % (new_plan, new_seats, days), charge)]


def _switch_cycle(sub, period, new_plan, new_cycle, new_price, on_date):
    """Credit the unused part of the old cycle and start a full new one on `on_date`."""
    lines = []
    unused = round(period.unused_share(sub["price"], on_date), 2)
    if unused > 0:
        lines.append(("unused %s %s" % (sub["plan"], sub["cycle"]), -unused))
    lines.append(("%s %s from %s" % (new_plan, new_cycle, on_date.isoformat()), new_price))
    BillingPeriod.starting(on_date, new_cycle).store(sub)
    return lines


def cancel_subscription(sub, on_date, refund=False):
    """Cancel; returns the refund. Without `refund` the subscription runs to the period end."""
    if sub["status"] == "cancelled":
        raise SubscriptionError("subscription is cancelled")
    amount = 0.0
    if sub["status"] == "trialing":
        sub["status"] = "cancelled"
    else:
        amount = _cancel_in_period(sub, on_date, refund)
    sub["history"].append((on_date, "cancel", sub["plan"], None))
    return amount


def _cancel_in_period(sub, on_date, refund):
    period = BillingPeriod.of(sub)
    if not period.contains(on_date):
        raise SubscriptionError("cancel date outside the current period")
    if not refund:
        sub["status"] = "cancelling"
        sub["cancel_at"] = period.end
        return 0.0
    amount = round(_refund(sub, period, on_date) + sub["credit"], 2)
    sub["credit"] = 0.0
    sub["status"] = "cancelled"
    BillingPeriod(period.start, on_date).store(sub)
    return amount


def _refund(sub, period, on_date):
    """Annual plans refund 90% of the unused part; monthly ones the unused part, early only."""
    if sub["cycle"] == "annual":
        return round(period.unused_share(sub["price"], on_date) * ANNUAL_REFUND_SHARE, 2)
    if period.days_used(on_date) >= REFUND_WINDOW_DAYS:
        raise SubscriptionError("monthly plans are refundable in the first 7 days only")
    return round(period.unused_share(sub["price"], on_date), 2)
