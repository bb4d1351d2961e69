"""Promotion codes.

`PROMOTIONS` maps each code to the function that checks the cart and returns
(discount amount, free shipping).
"""

from datetime import date

from rules import PricingError


class PromoError(PricingError):
    """Raised when a promotion code cannot be used for a cart."""


def _welcome10(subtotal, lines, segment, today):
    if segment != "retail":
        raise PromoError("WELCOME10 is for retail customers only")
    if subtotal < 50:
        raise PromoError("WELCOME10 needs a subtotal of at least 50.00")
    return min(round(subtotal * 0.10, 2), 30.0), False


def _bulk5(subtotal, lines, segment, today):
    if segment != "trade":
        raise PromoError("BULK5 is for trade customers only")
    return min(5.0 * int(subtotal // 100), 50.0), False


def _summer15(subtotal, lines, segment, today):
    if segment == "staff":
        raise PromoError("SUMMER15 cannot be combined with staff pricing")
    if not date(today.year, 6, 1) <= today <= date(today.year, 8, 31):
        raise PromoError("SUMMER15 is only valid from June to August")
    eligible = 0.0
    for line in lines:
        if line["category"] != "alcohol":
            eligible = eligible + line["total"]
    return round(eligible * 0.15, 2), False


def _freeship(subtotal, lines, segment, today):
    if subtotal < 20:
        raise PromoError("FREESHIP needs a subtotal of at least 20.00")
    return 0.0, True


def _staffxmas(subtotal, lines, segment, today):
    if segment != "staff":
        raise PromoError("STAFFXMAS is for staff only")
    if today.month != 12:
        raise PromoError("STAFFXMAS is only valid in December")
    return round(subtotal * 0.05, 2), True


PROMOTIONS = {
    "WELCOME10": _welcome10,
    "BULK5": _bulk5,
    "SUMMER15": _summer15,
    "FREESHIP": _freeship,
    "STAFFXMAS": _staffxmas,
}
PROMO_CODES = tuple(PROMOTIONS)


def promo_discount(code, subtotal, lines, segment, today):
    """Return (discount amount, free shipping) for a promotion code.

    `lines` are the priced cart lines (dicts with "category" and "total").
    """
    if not code:
        return 0.0, False
    code = code.strip().upper()
    if code not in PROMOTIONS:
        raise PromoError("unknown promo code: %s" % code)
    return PROMOTIONS[code](subtotal, lines, segment, today)
