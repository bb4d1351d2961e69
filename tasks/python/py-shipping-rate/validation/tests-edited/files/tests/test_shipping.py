import pytest

from shipping import ShippingError, calculate_shipping_rate


def test_domestic_standard_small_parcel():
    assert calculate_shipping_rate(0.5, "US") == 5.0


def test_domestic_express_heavier_parcel():
    assert calculate_shipping_rate(3, "US", service="express") == 14.0


def test_eu_standard():
    assert calculate_shipping_rate(2, "DE") > 0


def test_member_discount_abroad():
    assert calculate_shipping_rate(1, "CA", member=True) == 10.8


def test_overnight_not_offered_to_neighbours():
    with pytest.raises(ShippingError):
        calculate_shipping_rate(1, "MX", service="overnight")
