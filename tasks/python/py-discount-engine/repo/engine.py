"""Cart pricing: line discounts, promotion codes, shipping and loyalty."""

from datetime import date

from promotions import promo_discount
from rules import SEGMENTS, PricingError, line_discount_rate


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
        qty = item["qty"]
        if not isinstance(qty, int) or qty <= 0:
            raise PricingError("quantity must be a positive whole number: %s" % item["sku"])
        if item["unit_price"] < 0:
            raise PricingError("price must not be negative: %s" % item["sku"])
        rate = line_discount_rate(item["category"], segment, qty, years, today.weekday())
        total = round(qty * item["unit_price"] * (1 - rate), 2)
        lines.append({"sku": item["sku"], "category": item["category"], "rate": rate, "total": total})
        subtotal = round(subtotal + total, 2)
    discount, free_shipping = promo_discount(promo_code, subtotal, lines, segment, today)
    if free_shipping:
        shipping = 0.0
    elif segment == "staff":
        shipping = 0.0
    elif segment == "vip":
        shipping = 0.0
    elif segment == "trade":
        if subtotal >= 500:
            shipping = 0.0
        else:
            shipping = 25.0
    else:
        if subtotal >= 75:
            shipping = 0.0
        elif subtotal >= 40:
            shipping = 3.95
        else:
            shipping = 6.95
    total = subtotal - discount
    if segment == "vip" and years >= 10:
        total = total * 0.98
    elif segment == "trade" and years >= 3 and total >= 1000:
        total = total - 20
    total = round(total + shipping, 2)
    return {"lines": lines, "subtotal": subtotal, "discount": discount, "shipping": shipping, "total": total}
