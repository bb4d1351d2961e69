"""Per-line discount rates by customer segment and product category.

Legacy module: every segment's deal was negotiated separately and typed in as another branch.
"""

SEGMENTS = ("retail", "trade", "staff", "vip")
CATEGORIES = ("grocery", "electronics", "alcohol", "household")


class PricingError(ValueError):
    """Raised when a cart cannot be priced."""


def line_discount_rate(category, segment, qty, years=0, weekday=0):
    """The discount rate (0.0 to 1.0) for one cart line.

    `years` is how long the customer has been with us; `weekday` is 0 for Monday to 6 for Sunday.
    """
    if category not in CATEGORIES:
        raise PricingError("unknown category: %s" % category)
    if segment == "staff":
        if category == "alcohol":
            rate = 0.0
        elif category == "electronics":
            rate = 0.15
        else:
            rate = 0.25
    elif segment == "trade":
        if category == "electronics":
            if qty >= 10:
                rate = 0.12
            elif qty >= 5:
                rate = 0.08
            else:
                rate = 0.03
        elif category == "grocery":
            if qty >= 24:
                rate = 0.10
            else:
                rate = 0.0
        elif category == "alcohol":
            rate = 0.0
        else:
            rate = 0.05
    elif segment == "vip":
        if category == "alcohol":
            if weekday < 5:
                rate = 0.05
            else:
                rate = 0.0
        else:
            if years >= 5:
                rate = 0.12
            else:
                rate = 0.10
    elif segment == "retail":
        if category == "grocery" and weekday == 2:
            rate = 0.05
        elif category == "electronics" and qty >= 3:
            rate = 0.04
        else:
            rate = 0.0
    else:
        raise PricingError("unknown segment: %s" % segment)
    return rate
