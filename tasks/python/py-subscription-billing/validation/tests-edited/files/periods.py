"""Billing periods: date ranges [start, end) that repeat monthly or annually."""

import calendar
import datetime

REFUND_WINDOW_DAYS = 7


def add_months(day, months):
    """The same day `months` later, clamped to the end of a shorter month."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def cycle_months(cycle):
    return 1 if cycle == "monthly" else 12


class BillingPeriod:
    """One billing period of a subscription, from `start` (inclusive) to `end` (exclusive)."""

    def __init__(self, start, end):
        self.start = start
        self.end = end

    @classmethod
    def starting(cls, start, cycle):
        """The period of one `cycle` that starts on `start`."""
        return cls(start, add_months(start, cycle_months(cycle)))

    @classmethod
    def of(cls, sub):
        """The current period of a subscription dict."""
        return cls(sub["period_start"], sub["period_end"])

    def store(self, sub):
        """Make this the subscription's current period."""
        sub["period_start"] = self.start
        sub["period_end"] = self.end

    def following(self, cycle):
        return BillingPeriod.starting(self.end, cycle)

    @property
    def days(self):
        return (self.end - self.start).days

    def contains(self, day):
        return self.start <= day < self.end

    def days_used(self, day):
        return (day - self.start).days

    def days_left(self, day):
        return (self.end - day).days

    def unused_share(self, amount, day):
        """The part of `amount` (charged for the whole period) that covers `day` onwards."""
        return amount * self.days_left(day) / self.days
