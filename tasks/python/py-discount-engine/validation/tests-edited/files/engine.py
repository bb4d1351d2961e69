"""Cart pricing: line discounts, promotion codes, shipping and loyalty."""

from datetime import date

from promotions import promo_discount
from rules import SEGMENTS, PricingError, line_discount_rate


def _free_shipping(subtotal):
    return 0.0


def _tiered_shipping(tiers, default):
    """Shipping from (minimum subtotal, price) tiers, highest minimum first."""

    def shipping(subtotal):
        for minimum, price in tiers:
            if subtotal >= minimum:
                return price
        return default

    return shipping


SHIPPING = {
    "staff": _free_shipping,
    "vip": _free_shipping,
    "trade": _tiered_shipping([(500, 0.0)], 25.0),
    "retail": _tiered_shipping([(75, 0.0), (40, 3.95)], 6.95),
}


def _vip_loyalty(total, years):
    """Long-standing VIPs get another 2% off."""
    if years >= 10:
        return total * 0.98
    return total


def _trade_loyalty(total, years):
    """Trade customers of three years or more get 20 off orders of 1000 or more."""
    if years >= 3 and total >= 1000:
        return total - 20
    return total


def _no_loyalty(total, years):
    return total


LOYALTY = {"vip": _vip_loyalty, "trade": _trade_loyalty}


def _price_line(item, segment, years, today):
    qty = item["qty"]
    if not isinstance(qty, int) or qty <= 0:
        raise PricingError("quantity must be a positive whole number: %s" % item["sku"])
    if item["unit_price"] < 0:
        raise PricingError("price must not be negative: %s" % item["sku"])
    rate = line_discount_rate(item["category"], segment, qty, years, today.weekday())
    total = round(qty * item["unit_price"] * (1 - rate), 2)
    return {"sku": item["sku"], "category": item["category"], "rate": rate, "total": total}


def price_cart(cart, customer, promo_code=None, today=None):
    """Price a cart for a customer.

    `cart` is a list of lines {"sku", "category", "qty", "unit_price"}; `customer` is a dict
    with "segment" and optionally "years". Returns a dict with the priced lines, subtotal,
    discount, shipping and total.
    """
    if today is None:
        today = date.today()
    segment = customer.get("segment", "retail")
    years = customer.get("years", 0)
    if segment not in SEGMENTS:
        raise PricingError("unknown segment: %s" % segment)
    if not cart:
        raise PricingError("cart is empty")
    lines = []
    subtotal = 0.0
    for item in cart:
        line = _price_line(item, segment, years, today)
        lines.append(line)
        subtotal = round(subtotal + line["total"], 2)
    discount, free_shipping = promo_discount(promo_code, subtotal, lines, segment, today)
    shipping = 0.0 if free_shipping else SHIPPING[segment](subtotal)
    total = LOYALTY.get(segment, _no_loyalty)(subtotal - discount, years)
    total = round(total + shipping, 2)
    return {"lines": lines, "subtotal": subtotal, "discount": discount, "shipping": shipping, "total": total}
