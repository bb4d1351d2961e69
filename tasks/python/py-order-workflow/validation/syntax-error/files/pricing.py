"""Order pricing: bulk discounts, loyalty tiers, coupons and shipping."""

TIERS = ("standard", "gold", "platinum")
COUPONS = ("SAVE10", "FREESHIP")

# (minimum quantity, price factor), largest quantity first.
BULK_DISCOUNTS = ((50, 0.90), (10, 0.95))
EXPRESS_SHIPPING = 15.0
STANDARD_SHIPPING = 5.0
FREE_SHIPPING_FROM = 75


class PricingError(ValueError):
    """Raised when an order cannot be priced."""


def order_total(items, customer_tier="standard", coupon=None, express=False, for_refund=False):
    """Price a list of (sku, qty, unit_price) items; refunds exclude shipping."""
    if customer_tier not in TIERS:
        raise PricingError("unknown customer tier: %s" % customer_tier)
    subtotal = _loyalty_price(_merchandise_subtotal(items), customer_tier)
    subtotal, free_shipping = _apply_coupon(subtotal, coupon)
    if for_refund:
        return round(subtotal, 2)
    return round(subtotal + _shipping(subtotal, customer_tier, free_shipping, express), 2)


def _merchandise_subtotal(items):
    subtotal = 0.0
    for sku, qty, unit_price in items:
        subtotal += _line_price(sku, qty, unit_price)
    return subtotal


def _line_price(sku, qty, unit_price):
    if qty <= 0:
        raise PricingError("quantity for %s must be positive" % sku)
    if unit_price < 0:
        raise PricingError("price for %s cannot be negative" % sku)
    line = qty * unit_price
    for minimum, factor in BULK_DISCOUNTS:
        if qty >= minimum:
            return line * factor
    return line


def _loyalty_price(subtotal, customer_tier):
    if customer_tier == "platinum" and subtotal >= 100:
        return subtotal * 0.90
    if customer_tier in ("gold", "platinum"):
        return subtotal * 0.95
    return subtotal


def _apply_coupon(subtotal, coupon):
    """Return the subtotal after the coupon and whether shipping became free."""
    if coupon is None:
        return subtotal, False
    if coupon not in COUPONS:
        raise PricingError("unknown coupon: %s" % coupon)
    if coupon == "FREESHIP":
        return subtotal, True
    if subtotal >= 50:
        return subtotal - 10, False
    return subtotal, False


def _shipping(subtotal, customer_tier, free_shipping, express):
    if express:
        return EXPRESS_SHIPPING
    if free_shipping or customer_tier != "standard" or subtotal >= FREE_SHIPPING_FROM:
        return 0.0
    return STANDARD_SHIPPING
