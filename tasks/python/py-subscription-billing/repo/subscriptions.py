"""Creating, changing and cancelling subscriptions.

A subscription is a plain dict; its current billing period runs from `period_start`
(inclusive) to `period_end` (exclusive).
"""

import calendar
import datetime

from plans import PLANS, plan_price


class SubscriptionError(Exception):
    """Raised when a subscription cannot be changed as asked."""


def add_months(day, months):
    """The same day `months` later, clamped to the end of a shorter month."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def create_subscription(customer, plan, cycle, seats, start, trial_days=0):
    """A new subscription; with a trial, the first period starts when the trial ends."""
    price = plan_price(plan, cycle, seats)
    if trial_days < 0 or trial_days > 30:
        raise SubscriptionError("trial must be 0 to 30 days")
    if trial_days:
        period_start = start + datetime.timedelta(days=trial_days)
        status = "trialing"
    else:
        period_start = start
        status = "active"
    if cycle == "monthly":
        period_end = add_months(period_start, 1)
    else:
        period_end = add_months(period_start, 12)
    return {
        "customer": customer, "plan": plan, "cycle": cycle, "seats": seats, "price": price,
        "status": status, "period_start": period_start, "period_end": period_end,
        "credit": 0.0, "cancel_at": None, "history": [],
    }


def change_plan(sub, new_plan, new_cycle, new_seats, on_date):
    """Switch plan, cycle or seats on `on_date`; return the invoice lines (description, amount)."""
    if sub["status"] == "cancelled":
        raise SubscriptionError("subscription is cancelled")
    new_price = plan_price(new_plan, new_cycle, new_seats)
    if new_plan == sub["plan"] and new_cycle == sub["cycle"] and new_seats == sub["seats"]:
        raise SubscriptionError("nothing to change")
    lines = []
    if sub["status"] == "trialing":
        if on_date >= sub["period_start"]:
            raise SubscriptionError("trial is over; renew first")
        if new_cycle != sub["cycle"]:
            if new_cycle == "monthly":
                sub["period_end"] = add_months(sub["period_start"], 1)
            else:
                sub["period_end"] = add_months(sub["period_start"], 12)
    else:
        if on_date < sub["period_start"] or on_date >= sub["period_end"]:
            raise SubscriptionError("change date outside the current period")
        total_days = (sub["period_end"] - sub["period_start"]).days
        remaining = (sub["period_end"] - on_date).days
        if new_cycle != sub["cycle"]:
            unused = round(sub["price"] * remaining / total_days, 2)
            if unused > 0:
                lines.append(("unused %s %s" % (sub["plan"], sub["cycle"]), -unused))
            lines.append(("%s %s from %s" % (new_plan, new_cycle, on_date.isoformat()), new_price))
            sub["period_start"] = on_date
            if new_cycle == "monthly":
                sub["period_end"] = add_months(on_date, 1)
            else:
                sub["period_end"] = add_months(on_date, 12)
        elif PLANS[new_plan]["rank"] < PLANS[sub["plan"]]["rank"] or new_price < sub["price"]:
            difference = round((sub["price"] - new_price) * remaining / total_days, 2)
            if difference > 0:
                sub["credit"] = round(sub["credit"] + difference, 2)
        else:
            charge = round((new_price - sub["price"]) * remaining / total_days, 2)
            if charge > 0:
                lines.append(("%s x%d for %d of %d days" % (new_plan, new_seats, remaining, total_days), charge))
    sub["history"].append((on_date, "change", sub["plan"], new_plan))
    sub["plan"] = new_plan
    sub["cycle"] = new_cycle
    sub["seats"] = new_seats
    sub["price"] = new_price
    return lines


def cancel_subscription(sub, on_date, refund=False):
    """Cancel; returns the refund. Without `refund` the subscription runs to the period end."""
    if sub["status"] == "cancelled":
        raise SubscriptionError("subscription is cancelled")
    if sub["status"] == "trialing":
        sub["status"] = "cancelled"
        sub["history"].append((on_date, "cancel", sub["plan"], None))
        return 0.0
    if on_date < sub["period_start"] or on_date >= sub["period_end"]:
        raise SubscriptionError("cancel date outside the current period")
    amount = 0.0
    if refund:
        total_days = (sub["period_end"] - sub["period_start"]).days
        remaining = (sub["period_end"] - on_date).days
        if sub["cycle"] == "annual":
            amount = round(sub["price"] * remaining / total_days * 0.9, 2)
        else:
            if (on_date - sub["period_start"]).days < 7:
                amount = round(sub["price"] * remaining / total_days, 2)
            else:
                raise SubscriptionError("monthly plans are refundable in the first 7 days only")
        amount = round(amount + sub["credit"], 2)
        sub["credit"] = 0.0
        sub["status"] = "cancelled"
        sub["period_end"] = on_date
    else:
        sub["status"] = "cancelling"
        sub["cancel_at"] = sub["period_end"]
    sub["history"].append((on_date, "cancel", sub["plan"], None))
    return amount
