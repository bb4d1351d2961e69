from datetime import date

import pytest

from engine import price_cart
from promotions import PromoError, promo_discount
from rules import line_discount_rate

MONDAY = date(2024, 3, 4)


def test_retail_cart_with_standard_shipping():
    cart = [{"sku": "KETTLE", "category": "household", "qty": 1, "unit_price": 34.5}]
    assert price_cart(cart, {"segment": "retail"}, today=MONDAY) == {
        "lines": [{"sku": "KETTLE", "category": "household", "rate": 0.0, "total": 34.5}],
        "subtotal": 34.5, "discount": 0.0, "shipping": 6.95, "total": 41.45}


def test_trade_electronics_volume_rate():
    assert line_discount_rate("electronics", "trade", 10) == 0.12


def test_staff_discount_skips_alcohol():
    assert line_discount_rate("alcohol", "staff", 1) == 0.0
    assert line_discount_rate("grocery", "staff", 1) == 0.25


def test_welcome_code():
    assert promo_discount("welcome10", 80.0, [], "retail", MONDAY) == (8.0, False)


def test_bulk_code_is_trade_only():
    with pytest.raises(PromoError):
        promo_discount("BULK5", 400.0, [], "retail", MONDAY)
