"""Hidden behaviour tests for loyalty."""

import pytest

import loyalty
from loyalty import LoyaltyError, points_for_purchase, redeem, tier_for


def LoyaltyError_(message):
    return ("error", message)


def check(call, expected):
    if isinstance(expected, tuple) and expected[:1] == ("error",):
        with pytest.raises(LoyaltyError) as info:
            call()
        assert str(info.value) == expected[1]
    else:
        result = call()
        assert result == expected and type(result) is type(expected)


def test_constants():
    assert loyalty.TIERS == ("bronze", "silver", "gold", "platinum")
    assert loyalty.CATEGORIES == ("grocery", "electronics", "fashion", "travel")
    assert loyalty.REWARDS == {"voucher": 500, "upgrade": 2000, "lounge": 5000}
    assert issubclass(LoyaltyError, ValueError)


@pytest.mark.parametrize("amount, tier, category, promo, expected", [
    (99.99, 'bronze', 'grocery', False, 99),
    (99.99, 'bronze', 'grocery', True, 199),
    (99.99, 'bronze', 'electronics', False, 49),
    (99.99, 'bronze', 'electronics', True, 99),
    (99.99, 'bronze', 'fashion', False, 99),
    (99.99, 'bronze', 'fashion', True, 199),
    (99.99, 'bronze', 'travel', False, 149),
    (99.99, 'bronze', 'travel', True, 299),
    (99.99, 'silver', 'grocery', False, 124),
    (99.99, 'silver', 'grocery', True, 249),
    (99.99, 'silver', 'electronics', False, 62),
    (99.99, 'silver', 'electronics', True, 124),
    (99.99, 'silver', 'fashion', False, 124),
    (99.99, 'silver', 'fashion', True, 249),
    (99.99, 'silver', 'travel', False, 187),
    (99.99, 'silver', 'travel', True, 374),
    (99.99, 'gold', 'grocery', False, 149),
    (99.99, 'gold', 'grocery', True, 299),
    (99.99, 'gold', 'electronics', False, 112),
    (99.99, 'gold', 'electronics', True, 224),
    (99.99, 'gold', 'fashion', False, 149),
    (99.99, 'gold', 'fashion', True, 299),
    (99.99, 'gold', 'travel', False, 299),
    (99.99, 'gold', 'travel', True, 599),
    (99.99, 'platinum', 'grocery', False, 199),
    (99.99, 'platinum', 'grocery', True, 599),
    (99.99, 'platinum', 'electronics', False, 149),
    (99.99, 'platinum', 'electronics', True, 449),
    (99.99, 'platinum', 'fashion', False, 199),
    (99.99, 'platinum', 'fashion', True, 599),
    (99.99, 'platinum', 'travel', False, 399),
    (99.99, 'platinum', 'travel', True, 1199),
])
def test_earning_rates(amount, tier, category, promo, expected):
    check(lambda: points_for_purchase(amount, tier, category, promo), expected)


@pytest.mark.parametrize("amount, tier, category, promo, expected", [
    (5000, 'bronze', 'grocery', False, 5000),
    (5001, 'bronze', 'grocery', False, 5000),
    (6000, 'silver', 'grocery', False, 7500),
    (6001, 'silver', 'grocery', False, 7500),
    (6666.67, 'gold', 'grocery', False, 10000),
    (6666.66, 'gold', 'grocery', False, 9999),
    (10000, 'platinum', 'grocery', False, 20000),
    (10000.5, 'platinum', 'grocery', False, 20000),
    (1666.66, 'bronze', 'travel', True, 4999),
    (1666.67, 'bronze', 'travel', True, 5000),
    (2000, 'silver', 'travel', True, 7500),
    (2000.01, 'silver', 'travel', True, 7500),
    (1666.66, 'gold', 'travel', True, 9999),
    (1666.67, 'gold', 'travel', True, 10000),
    (1666.66, 'platinum', 'travel', True, 19999),
    (1666.67, 'platinum', 'travel', True, 20000),
])
def test_earning_caps(amount, tier, category, promo, expected):
    check(lambda: points_for_purchase(amount, tier, category, promo), expected)


def test_earning_defaults_and_small_amounts():
    assert points_for_purchase(0, "gold", "fashion") == 0
    assert points_for_purchase(0.99, "bronze", "grocery") == 0
    assert points_for_purchase(1, "bronze", "grocery") == 1
    assert points_for_purchase(1, "platinum", "electronics", True) == 4


@pytest.mark.parametrize("args, message", [
    ((-0.01, "tin", "toys"), "amount cannot be negative"),
    ((10, "tin", "toys"), "unknown category: toys"),
    ((10, "tin", "grocery"), "unknown tier: tin"),
    ((10, "Gold", "grocery"), "unknown tier: Gold"),
    ((10, "gold", "Travel"), "unknown category: Travel"),
])
def test_earning_errors(args, message):
    with pytest.raises(LoyaltyError, match="^%s$" % message):
        points_for_purchase(*args)


@pytest.mark.parametrize("balance, reward, tier, quantity, expected", [
    (100000, 'voucher', 'bronze', 1, 99500),
    (100000, 'voucher', 'bronze', 4, 98000),
    (100000, 'voucher', 'bronze', 5, 97500),
    (100000, 'voucher', 'bronze', 6, 97000),
    (100000, 'upgrade', 'bronze', 1, 98000),
    (100000, 'upgrade', 'bronze', 4, 92000),
    (100000, 'upgrade', 'bronze', 5, 90000),
    (100000, 'upgrade', 'bronze', 6, 88000),
    (100000, 'lounge', 'bronze', 1, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'bronze', 4, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'bronze', 5, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'bronze', 6, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'voucher', 'silver', 1, 99500),
    (100000, 'voucher', 'silver', 4, 98000),
    (100000, 'voucher', 'silver', 5, 97750),
    (100000, 'voucher', 'silver', 6, 97300),
    (100000, 'upgrade', 'silver', 1, 98000),
    (100000, 'upgrade', 'silver', 4, 92000),
    (100000, 'upgrade', 'silver', 5, 90000),
    (100000, 'upgrade', 'silver', 6, 88000),
    (100000, 'lounge', 'silver', 1, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'silver', 4, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'silver', 5, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'lounge', 'silver', 6, LoyaltyError_('lounge access needs gold or platinum')),
    (100000, 'voucher', 'gold', 1, 99500),
    (100000, 'voucher', 'gold', 4, 98000),
    (100000, 'voucher', 'gold', 5, 97750),
    (100000, 'voucher', 'gold', 6, 97300),
    (100000, 'upgrade', 'gold', 1, 98000),
    (100000, 'upgrade', 'gold', 4, 92000),
    (100000, 'upgrade', 'gold', 5, 90000),
    (100000, 'upgrade', 'gold', 6, 88000),
    (100000, 'lounge', 'gold', 1, 95000),
    (100000, 'lounge', 'gold', 4, 80000),
    (100000, 'lounge', 'gold', 5, 75000),
    (100000, 'lounge', 'gold', 6, 70000),
    (100000, 'voucher', 'platinum', 1, 99500),
    (100000, 'voucher', 'platinum', 4, 98000),
    (100000, 'voucher', 'platinum', 5, 98000),
    (100000, 'voucher', 'platinum', 6, 97600),
    (100000, 'upgrade', 'platinum', 1, 98500),
    (100000, 'upgrade', 'platinum', 4, 94000),
    (100000, 'upgrade', 'platinum', 5, 92500),
    (100000, 'upgrade', 'platinum', 6, 91000),
    (100000, 'lounge', 'platinum', 1, 95000),
    (100000, 'lounge', 'platinum', 4, 80000),
    (100000, 'lounge', 'platinum', 5, 75000),
    (100000, 'lounge', 'platinum', 6, 70000),
])
def test_redemption_costs(balance, reward, tier, quantity, expected):
    check(lambda: redeem(balance, reward, tier, quantity), expected)


@pytest.mark.parametrize("balance, reward, tier, quantity, expected", [
    (2249, 'voucher', 'silver', 5, LoyaltyError_('not enough points: 2250 needed, 2249 available')),
    (2250, 'voucher', 'silver', 5, 0),
    (2251, 'voucher', 'silver', 5, 1),
    (1499, 'upgrade', 'platinum', 1, LoyaltyError_('not enough points: 1500 needed, 1499 available')),
    (1500, 'upgrade', 'platinum', 1, 0),
    (499, 'voucher', 'bronze', 1, LoyaltyError_('not enough points: 500 needed, 499 available')),
    (500, 'voucher', 'bronze', 1, 0),
    (1999, 'voucher', 'platinum', 5, LoyaltyError_('not enough points: 2000 needed, 1999 available')),
    (2000, 'voucher', 'platinum', 5, 0),
    (3999, 'upgrade', 'gold', 2, LoyaltyError_('not enough points: 4000 needed, 3999 available')),
    (4000, 'upgrade', 'gold', 2, 0),
    (0, 'lounge', 'silver', 1, LoyaltyError_('lounge access needs gold or platinum')),
    (0, 'lounge', 'gold', 1, LoyaltyError_('not enough points: 5000 needed, 0 available')),
    (4999.5, 'lounge', 'platinum', 1, LoyaltyError_('not enough points: 5000 needed, 4999 available')),
])
def test_redemption_balances(balance, reward, tier, quantity, expected):
    check(lambda: redeem(balance, reward, tier, quantity), expected)


def test_redeem_default_quantity():
    assert redeem(600, "voucher", "gold") == 100


def test_float_quantities():
    assert redeem(10000, "voucher", "bronze", 5.0) == 7500.0
    assert redeem(10000, "voucher", "silver", 5.0) == 7750
    assert redeem(10000, "voucher", "platinum", 4.5) == 7750.0
    assert redeem(10000, "upgrade", "platinum", 1.5) == 7750


@pytest.mark.parametrize("args, message", [
    ((0, "cash", "tin", 0), "unknown reward: cash"),
    ((0, "voucher", "tin", 0), "quantity must be at least 1"),
    ((0, "voucher", "tin", 0.5), "quantity must be at least 1"),
    ((0, "voucher", "tin", 1), "unknown tier: tin"),
    ((0, "lounge", "bronze", 1), "lounge access needs gold or platinum"),
    ((0, "lounge", "silver", 9), "lounge access needs gold or platinum"),
    ((10, "upgrade", "silver", 1), "not enough points: 2000 needed, 10 available"),
])
def test_redeem_errors(args, message):
    with pytest.raises(LoyaltyError, match="^%s$" % message):
        redeem(*args)


@pytest.mark.parametrize("spend, years, expected", [
    (0, 0, 'bronze'),
    (799, 0, 'bronze'),
    (800, 0, 'bronze'),
    (999, 0, 'bronze'),
    (1000, 0, 'silver'),
    (2999, 0, 'silver'),
    (3000, 0, 'silver'),
    (3999, 0, 'silver'),
    (4000, 0, 'gold'),
    (7999, 0, 'gold'),
    (8000, 0, 'gold'),
    (9999, 0, 'gold'),
    (10000, 0, 'platinum'),
    (0, 4, 'bronze'),
    (799, 4, 'bronze'),
    (800, 4, 'bronze'),
    (999, 4, 'bronze'),
    (1000, 4, 'silver'),
    (2999, 4, 'silver'),
    (3000, 4, 'silver'),
    (3999, 4, 'silver'),
    (4000, 4, 'gold'),
    (7999, 4, 'gold'),
    (8000, 4, 'gold'),
    (9999, 4, 'gold'),
    (10000, 4, 'platinum'),
    (0, 4.99, 'bronze'),
    (799, 4.99, 'bronze'),
    (800, 4.99, 'bronze'),
    (999, 4.99, 'bronze'),
    (1000, 4.99, 'silver'),
    (2999, 4.99, 'silver'),
    (3000, 4.99, 'silver'),
    (3999, 4.99, 'silver'),
    (4000, 4.99, 'gold'),
    (7999, 4.99, 'gold'),
    (8000, 4.99, 'gold'),
    (9999, 4.99, 'gold'),
    (10000, 4.99, 'platinum'),
    (0, 5, 'bronze'),
    (799, 5, 'bronze'),
    (800, 5, 'silver'),
    (999, 5, 'silver'),
    (1000, 5, 'silver'),
    (2999, 5, 'silver'),
    (3000, 5, 'gold'),
    (3999, 5, 'gold'),
    (4000, 5, 'gold'),
    (7999, 5, 'gold'),
    (8000, 5, 'platinum'),
    (9999, 5, 'platinum'),
    (10000, 5, 'platinum'),
    (0, 12, 'bronze'),
    (799, 12, 'bronze'),
    (800, 12, 'silver'),
    (999, 12, 'silver'),
    (1000, 12, 'silver'),
    (2999, 12, 'silver'),
    (3000, 12, 'gold'),
    (3999, 12, 'gold'),
    (4000, 12, 'gold'),
    (7999, 12, 'gold'),
    (8000, 12, 'platinum'),
    (9999, 12, 'platinum'),
    (10000, 12, 'platinum'),
])
def test_tier_thresholds(spend, years, expected):
    assert tier_for(spend, years) == expected


@pytest.mark.parametrize("spend, years", [(-1, 0), (0, -1), (-5, -5)])
def test_tier_errors(spend, years):
    with pytest.raises(LoyaltyError, match="^spend and years cannot be negative$"):
        tier_for(spend, years)
