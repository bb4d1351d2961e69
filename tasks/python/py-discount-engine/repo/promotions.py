"""Promotion codes.

Legacy module: marketing adds a code, someone adds an elif.
"""

from datetime import date

from rules import PricingError


class PromoError(PricingError):
    """Raised when a promotion code cannot be used for a cart."""


PROMO_CODES = ("WELCOME10", "BULK5", "SUMMER15", "FREESHIP", "STAFFXMAS")


def promo_discount(code, subtotal, lines, segment, today):
    """Return (discount amount, free shipping) for a promotion code.

    `lines` are the priced cart lines (dicts with "category" and "total").
    """
    if not code:
        return 0.0, False
    code = code.strip().upper()
    if code not in PROMO_CODES:
        raise PromoError("unknown promo code: %s" % code)
    if code == "WELCOME10":
        if segment != "retail":
            raise PromoError("WELCOME10 is for retail customers only")
        if subtotal < 50:
            raise PromoError("WELCOME10 needs a subtotal of at least 50.00")
        discount = round(subtotal * 0.10, 2)
        if discount > 30:
            discount = 30.0
        return discount, False
    elif code == "BULK5":
        if segment != "trade":
            raise PromoError("BULK5 is for trade customers only")
        discount = 5.0 * int(subtotal // 100)
        if discount > 50:
            discount = 50.0
        return discount, False
    elif code == "SUMMER15":
        if segment == "staff":
            raise PromoError("SUMMER15 cannot be combined with staff pricing")
        if today < date(today.year, 6, 1) or today > date(today.year, 8, 31):
            raise PromoError("SUMMER15 is only valid from June to August")
        eligible = 0.0
        for line in lines:
            if line["category"] != "alcohol":
                eligible = eligible + line["total"]
        return round(eligible * 0.15, 2), False
    elif code == "FREESHIP":
        if subtotal < 20:
            raise PromoError("FREESHIP needs a subtotal of at least 20.00")
        return 0.0, True
    else:
        if segment != "staff":
            raise PromoError("STAFFXMAS is for staff only")
        if today.month != 12:
            raise PromoError("STAFFXMAS is only valid in December")
        return round(subtotal * 0.05, 2), True
