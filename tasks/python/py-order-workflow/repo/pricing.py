"""Order pricing (legacy): bulk discounts, loyalty tiers, coupons and shipping."""

TIERS = ("standard", "gold", "platinum")
COUPONS = ("SAVE10", "FREESHIP")


class PricingError(ValueError):
    """Raised when an order cannot be priced."""


def order_total(items, customer_tier="standard", coupon=None, express=False, for_refund=False):
    """Price a list of (sku, qty, unit_price) items; refunds exclude shipping."""
    if customer_tier not in TIERS:
        raise PricingError("unknown customer tier: %s" % customer_tier)
    subtotal = 0.0
    for sku, qty, unit_price in items:
        if qty <= 0:
            raise PricingError("quantity for %s must be positive" % sku)
        if unit_price < 0:
            raise PricingError("price for %s cannot be negative" % sku)
        line = qty * unit_price
        if qty >= 50:
            line = line * 0.90
        elif qty >= 10:
            line = line * 0.95
        subtotal += line
    if customer_tier == "gold":
        subtotal = subtotal * 0.95
    elif customer_tier == "platinum":
        if subtotal >= 100:
            subtotal = subtotal * 0.90
        else:
            subtotal = subtotal * 0.95
    free_shipping = False
    if coupon is not None:
        if coupon == "SAVE10":
            if subtotal >= 50:
                subtotal = subtotal - 10
        elif coupon == "FREESHIP":
            free_shipping = True
        else:
            raise PricingError("unknown coupon: %s" % coupon)
    if for_refund:
        return round(subtotal, 2)
    if express:
        shipping = 15.0
    else:
        if free_shipping or customer_tier != "standard":
            shipping = 0.0
        elif subtotal >= 75:
            shipping = 0.0
        else:
            shipping = 5.0
    return round(subtotal + shipping, 2)
