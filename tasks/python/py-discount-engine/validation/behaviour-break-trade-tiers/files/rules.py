"""Per-line discount rates by customer segment and product category.

`RATES` maps each segment to its deal per category: either a fixed rate or a function of the
line's quantity, the customer's years with us and the weekday.
"""

SEGMENTS = ("retail", "trade", "staff", "vip")
CATEGORIES = ("grocery", "electronics", "alcohol", "household")


class PricingError(ValueError):
    """Raised when a cart cannot be priced."""


def by_quantity(tiers, default=0.0):
    """A rate rule from (minimum quantity, rate) tiers, highest minimum first."""

    def rule(qty, years, weekday):
        for minimum, rate in tiers:
            if qty >= minimum:
                return rate
        return default

    return rule


def vip_loyalty(qty, years, weekday):
    """VIPs get 10%, or 12% after five years."""
    if years >= 5:
        return 0.12
    return 0.10


def vip_alcohol(qty, years, weekday):
    """VIPs get 5% on alcohol on weekdays only."""
    if weekday < 5:
        return 0.05
    return 0.0


def retail_grocery(qty, years, weekday):
    """Retail groceries are 5% off on Wednesdays."""
    if weekday == 2:
        return 0.05
    return 0.0


RATES = {
    "staff": {"grocery": 0.25, "electronics": 0.15, "alcohol": 0.0, "household": 0.25},
    "trade": {
        "grocery": by_quantity([(25, 0.10)]),
        "electronics": by_quantity([(10, 0.12), (5, 0.08)], default=0.03),
        "alcohol": 0.0,
        "household": 0.05,
    },
    "vip": {"grocery": vip_loyalty, "electronics": vip_loyalty, "alcohol": vip_alcohol, "household": vip_loyalty},
    "retail": {
        "grocery": retail_grocery,
        "electronics": by_quantity([(3, 0.04)]),
        "alcohol": 0.0,
        "household": 0.0,
    },
}


def line_discount_rate(category, segment, qty, years=0, weekday=0):
    """The discount rate (0.0 to 1.0) for one cart line.

    `years` is how long the customer has been with us; `weekday` is 0 for Monday to 6 for Sunday.
    """
    if category not in CATEGORIES:
        raise PricingError("unknown category: %s" % category)
    if segment not in RATES:
        raise PricingError("unknown segment: %s" % segment)
    rule = RATES[segment][category]
    if callable(rule):
        return rule(qty, years, weekday)
    return rule
