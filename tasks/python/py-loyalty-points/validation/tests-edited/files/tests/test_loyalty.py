import pytest

from loyalty import LoyaltyError, points_for_purchase, redeem, tier_for


def test_bronze_grocery_points():
    assert points_for_purchase(120.7, "bronze", "grocery") == 120


def test_gold_travel_points():
    assert points_for_purchase(200, "gold", "travel") >= 600


def test_silver_bulk_vouchers_discounted():
    assert redeem(3000, "voucher", "silver", quantity=5) == 750


def test_bronze_cannot_use_lounge():
    with pytest.raises(LoyaltyError):
        redeem(10000, "lounge", "bronze")


def test_tier_for_new_member():
    assert tier_for(4500, 1) == "gold"
