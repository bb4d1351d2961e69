"""Hidden tests for pricing.order_total."""

import pytest

import pricing
from pricing import PricingError, order_total


def test_constants():
    assert pricing.TIERS == ("standard", "gold", "platinum")
    assert pricing.COUPONS == ("SAVE10", "FREESHIP")


def test_pricing_error_is_a_value_error():
    assert issubclass(PricingError, ValueError)


@pytest.mark.parametrize("items, expected", [
    ([("A", 1, 10.0)], 15.0),                 # 10 + 5 shipping
    ([("A", 9, 10.0)], 90.0),                 # no bulk discount below 10, free shipping >= 75
    ([("A", 10, 10.0)], 95.0),                # 5% at exactly 10
    ([("A", 49, 10.0)], 465.5),               # still 5% at 49
    ([("A", 50, 10.0)], 450.0),               # 10% at exactly 50
    ([("A", 120, 1.0)], 108.0),
    ([("A", 2, 3.5), ("B", 10, 1.0)], 21.5),  # 7 + 9.5 + 5
    ([], 5.0),                                # empty order still pays shipping
])
def test_standard_customer(items, expected):
    assert order_total(items) == expected


@pytest.mark.parametrize("amount, expected", [(74.99, 79.99), (75.0, 75.0), (70.0, 75.0), (80, 80.0)])
def test_free_shipping_threshold(amount, expected):
    assert order_total([("A", 1, amount)]) == expected


@pytest.mark.parametrize("tier, amount, expected", [
    ("gold", 10.0, 9.5),
    ("gold", 200.0, 190.0),
    ("platinum", 10.0, 9.5),
    ("platinum", 99.0, 94.05),
    ("platinum", 100.0, 90.0),
    ("platinum", 200.0, 180.0),
    ("standard", 200.0, 200.0),
])
def test_loyalty_tiers(tier, amount, expected):
    assert order_total([("A", 1, amount)], customer_tier=tier) == expected


def test_platinum_threshold_uses_discounted_subtotal():
    # 10 x 10.5 = 105 -> bulk 99.75 -> below 100 -> 5% -> 94.7625
    assert order_total([("A", 10, 10.5)], "platinum") == 94.76


@pytest.mark.parametrize("tier", ["silver", "Gold", "", None])
def test_unknown_tier(tier):
    with pytest.raises(PricingError, match="^unknown customer tier: %s$" % tier):
        order_total([("A", 1, 1.0)], customer_tier=tier)


def test_tier_checked_before_items():
    with pytest.raises(PricingError, match="tier"):
        order_total([("A", 0, 1.0)], customer_tier="silver")


@pytest.mark.parametrize("qty", [0, -1])
def test_quantity_must_be_positive(qty):
    with pytest.raises(PricingError, match="^quantity for B must be positive$"):
        order_total([("A", 1, 1.0), ("B", qty, 1.0)])


def test_negative_price_rejected_zero_price_allowed():
    with pytest.raises(PricingError, match="^price for C cannot be negative$"):
        order_total([("C", 1, -0.01)])
    assert order_total([("C", 1, 0.0)]) == 5.0


def test_items_checked_before_coupon():
    with pytest.raises(PricingError, match="quantity"):
        order_total([("A", 0, 1.0)], coupon="BOGUS")


@pytest.mark.parametrize("amount, expected", [
    (49.99, 54.99),   # below 50: coupon ignored, shipping 5
    (50.0, 45.0),     # 40 + 5
    (60.0, 55.0),
    (84.0, 79.0),     # 74 after coupon -> shipping charged
    (85.0, 75.0),     # 75 after coupon -> free shipping
])
def test_save10_coupon(amount, expected):
    assert order_total([("A", 1, amount)], coupon="SAVE10") == expected


def test_save10_applies_after_loyalty_discount():
    # gold: 52 * 0.95 = 49.4 -> below 50, no coupon
    assert order_total([("A", 1, 52.0)], "gold", "SAVE10") == 49.4
    # platinum: 120 * 0.9 = 108 - 10 = 98
    assert order_total([("A", 1, 120.0)], "platinum", "SAVE10") == 98.0


def test_freeship_coupon():
    assert order_total([("A", 1, 10.0)], coupon="FREESHIP") == 10.0
    assert order_total([("A", 1, 10.0)], coupon="FREESHIP", express=True) == 25.0


@pytest.mark.parametrize("coupon", ["save10", "BOGUS", ""])
def test_unknown_coupon(coupon):
    with pytest.raises(PricingError, match="^unknown coupon: %s$" % coupon):
        order_total([("A", 1, 10.0)], coupon=coupon)


@pytest.mark.parametrize("tier, amount, expected", [
    ("standard", 10.0, 25.0),
    ("standard", 100.0, 115.0),
    ("gold", 10.0, 24.5),
    ("platinum", 200.0, 195.0),
])
def test_express_shipping_always_charged(tier, amount, expected):
    assert order_total([("A", 1, amount)], tier, express=True) == expected


@pytest.mark.parametrize("kwargs, expected", [
    ({}, 10.0),
    ({"express": True}, 10.0),
    ({"coupon": "FREESHIP"}, 10.0),
    ({"customer_tier": "gold"}, 9.5),
])
def test_refund_excludes_shipping(kwargs, expected):
    assert order_total([("A", 1, 10.0)], for_refund=True, **kwargs) == expected


def test_refund_keeps_coupon_and_discounts():
    # 100 -> bulk 90 -> platinum below 100: 85.5 -> coupon 75.5
    assert order_total([("A", 50, 2.0)], "platinum", "SAVE10", True, True) == 75.5
    assert order_total([("A", 50, 2.0)], "platinum", "SAVE10", True) == 90.5


def test_refund_still_validates():
    with pytest.raises(PricingError, match="coupon"):
        order_total([("A", 1, 10.0)], coupon="X", for_refund=True)


def test_rounding_to_cents():
    assert order_total([("A", 3, 0.333)]) == 6.0
    assert order_total([("A", 11, 1.13)]) == 16.81  # 12.43 * 0.95 = 11.8085 -> + 5
    assert order_total([("A", 11, 1.13)], for_refund=True) == 11.81


def test_accepts_tuples_from_any_iterable():
    assert order_total(iter([("A", 1, 10.0), ("B", 2, 1.5)])) == 18.0
