"""Hidden behaviour tests for rules.py, promotions.py and engine.py."""

from datetime import date

import pytest

import promotions
import rules
from engine import price_cart
from promotions import PromoError, promo_discount
from rules import PricingError, line_discount_rate

MONDAY = date(2024, 3, 4)
WEDNESDAY = date(2024, 3, 6)


def line(category, qty, price, sku="SKU1"):
    return {"sku": sku, "category": category, "qty": qty, "unit_price": price}


def test_constants_and_errors():
    assert rules.SEGMENTS == ("retail", "trade", "staff", "vip")
    assert rules.CATEGORIES == ("grocery", "electronics", "alcohol", "household")
    assert promotions.PROMO_CODES == ("WELCOME10", "BULK5", "SUMMER15", "FREESHIP", "STAFFXMAS")
    assert issubclass(PromoError, PricingError) and issubclass(PricingError, ValueError)


# --- rules --------------------------------------------------------------------

@pytest.mark.parametrize("category, segment, qty, years, weekday, rate", [
    ("alcohol", "staff", 1, 0, 0, 0.0), ("electronics", "staff", 1, 0, 0, 0.15),
    ("grocery", "staff", 1, 0, 0, 0.25), ("household", "staff", 50, 9, 6, 0.25),
    ("electronics", "trade", 0, 0, 0, 0.03), ("electronics", "trade", 4, 0, 0, 0.03),
    ("electronics", "trade", 5, 0, 0, 0.08), ("electronics", "trade", 9, 0, 0, 0.08),
    ("electronics", "trade", 10, 0, 0, 0.12), ("electronics", "trade", 11, 0, 0, 0.12),
    ("grocery", "trade", 23, 0, 0, 0.0), ("grocery", "trade", 24, 0, 0, 0.10), ("grocery", "trade", 25, 0, 0, 0.10),
    ("alcohol", "trade", 100, 0, 0, 0.0), ("household", "trade", 1, 0, 0, 0.05),
    ("alcohol", "vip", 1, 9, 0, 0.05), ("alcohol", "vip", 1, 0, 4, 0.05), ("alcohol", "vip", 1, 0, 5, 0.0),
    ("alcohol", "vip", 1, 0, 6, 0.0), ("grocery", "vip", 1, 4, 0, 0.10), ("grocery", "vip", 1, 5, 0, 0.12),
    ("electronics", "vip", 1, 6, 6, 0.12), ("household", "vip", 1, 0, 6, 0.10),
    ("grocery", "retail", 1, 0, 1, 0.0), ("grocery", "retail", 1, 0, 2, 0.05), ("grocery", "retail", 1, 0, 3, 0.0),
    ("electronics", "retail", 2, 0, 2, 0.0), ("electronics", "retail", 3, 0, 0, 0.04),
    ("electronics", "retail", 4, 0, 0, 0.04), ("alcohol", "retail", 9, 9, 2, 0.0), ("household", "retail", 9, 9, 2, 0.0),
])
def test_line_rates(category, segment, qty, years, weekday, rate):
    assert line_discount_rate(category, segment, qty, years, weekday) == rate


def test_rate_defaults():
    assert line_discount_rate("grocery", "vip", 1) == 0.10
    assert line_discount_rate("alcohol", "vip", 1) == 0.05
    assert line_discount_rate("grocery", "retail", 1) == 0.0
    assert line_discount_rate(category="grocery", segment="retail", qty=1, years=0, weekday=2) == 0.05


def test_unknown_category_checked_first():
    with pytest.raises(PricingError, match="^unknown category: toys$"):
        line_discount_rate("toys", "guest", 1)


def test_unknown_segment():
    with pytest.raises(PricingError, match="^unknown segment: guest$"):
        line_discount_rate("grocery", "guest", 1)


# --- promotions ---------------------------------------------------------------

@pytest.mark.parametrize("code", [None, ""])
def test_no_code(code):
    assert promo_discount(code, 500.0, [], "retail", MONDAY) == (0.0, False)


@pytest.mark.parametrize("code, message", [(" nope ", "NOPE"), ("summer", "SUMMER"), ("WELCOME 10", "WELCOME 10")])
def test_unknown_code(code, message):
    with pytest.raises(PromoError, match="^unknown promo code: %s$" % message):
        promo_discount(code, 500.0, [], "retail", MONDAY)


@pytest.mark.parametrize("subtotal, discount", [
    (50, 5.0), (80.0, 8.0), (250.55, 25.06), (299.99, 30.0), (300, 30.0), (310.0, 30.0), (1000, 30.0),
])
def test_welcome10(subtotal, discount):
    assert promo_discount(" Welcome10", subtotal, [], "retail", MONDAY) == (discount, False)


def test_welcome10_rules():
    with pytest.raises(PromoError, match="^WELCOME10 needs a subtotal of at least 50.00$"):
        promo_discount("WELCOME10", 49.99, [], "retail", MONDAY)
    for segment in ("trade", "staff", "vip"):
        with pytest.raises(PromoError, match="^WELCOME10 is for retail customers only$"):
            promo_discount("WELCOME10", 10, [], segment, MONDAY)


@pytest.mark.parametrize("subtotal, discount", [
    (0, 0.0), (99.99, 0.0), (100, 5.0), (199.99, 5.0), (200, 10.0), (999.99, 45.0), (1000, 50.0), (1100, 50.0),
])
def test_bulk5(subtotal, discount):
    assert promo_discount("bulk5", subtotal, [], "trade", MONDAY) == (discount, False)


def test_bulk5_trade_only():
    with pytest.raises(PromoError, match="^BULK5 is for trade customers only$"):
        promo_discount("BULK5", 400.0, [], "vip", MONDAY)


SUMMER_LINES = [{"category": "alcohol", "total": 10.0}, {"category": "grocery", "total": 33.33},
                {"category": "household", "total": 0.05}]


@pytest.mark.parametrize("today", [date(2024, 6, 1), date(2024, 7, 15), date(2025, 8, 31)])
def test_summer15_in_season(today):
    assert promo_discount("SUMMER15", 999, SUMMER_LINES, "vip", today) == (5.01, False)
    assert promo_discount("SUMMER15", 999, SUMMER_LINES, "trade", today) == (5.01, False)


def test_summer15_only_alcohol_means_nothing():
    assert promo_discount("SUMMER15", 10, [{"category": "alcohol", "total": 10.0}], "retail", date(2024, 6, 2)) == (0.0, False)


@pytest.mark.parametrize("today", [date(2024, 5, 31), date(2024, 9, 1), date(2024, 1, 15), date(2024, 12, 31)])
def test_summer15_out_of_season(today):
    with pytest.raises(PromoError, match="^SUMMER15 is only valid from June to August$"):
        promo_discount("SUMMER15", 100, SUMMER_LINES, "retail", today)


def test_summer15_not_for_staff_checked_first():
    with pytest.raises(PromoError, match="^SUMMER15 cannot be combined with staff pricing$"):
        promo_discount("SUMMER15", 100, SUMMER_LINES, "staff", date(2024, 1, 1))


@pytest.mark.parametrize("subtotal, ok", [(19.99, False), (20, True), (20.01, True)])
def test_freeship(subtotal, ok):
    if ok:
        assert promo_discount("FREESHIP", subtotal, [], "trade", MONDAY) == (0.0, True)
    else:
        with pytest.raises(PromoError, match="^FREESHIP needs a subtotal of at least 20.00$"):
            promo_discount("FREESHIP", subtotal, [], "trade", MONDAY)


def test_staffxmas():
    assert promo_discount("STAFFXMAS", 123.45, [], "staff", date(2024, 12, 1)) == (6.17, True)
    with pytest.raises(PromoError, match="^STAFFXMAS is only valid in December$"):
        promo_discount("STAFFXMAS", 123.45, [], "staff", date(2024, 11, 30))
    with pytest.raises(PromoError, match="^STAFFXMAS is for staff only$"):
        promo_discount("STAFFXMAS", 123.45, [], "retail", date(2024, 11, 30))


# --- engine -------------------------------------------------------------------

def test_priced_cart_shape():
    result = price_cart([line("electronics", 3, 19.99, "CABLE")], {}, today=MONDAY)
    assert result == {"lines": [{"sku": "CABLE", "category": "electronics", "rate": 0.04, "total": 57.57}],
                      "subtotal": 57.57, "discount": 0.0, "shipping": 3.95, "total": 61.52}


def test_default_today_is_used():
    result = price_cart([line("household", 1, 10.0)], {"segment": "trade"})
    assert result["total"] == 34.5


def test_positional_call():
    assert price_cart([line("household", 1, 80.0)], {"segment": "retail"}, "WELCOME10", MONDAY)["total"] == 72.0


def test_weekday_comes_from_today():
    assert price_cart([line("grocery", 1, 100.0)], {}, today=WEDNESDAY)["lines"][0]["rate"] == 0.05
    assert price_cart([line("alcohol", 1, 100.0)], {"segment": "vip"}, today=date(2024, 3, 9))["lines"][0]["rate"] == 0.0


def test_years_are_passed_to_rules():
    assert price_cart([line("grocery", 1, 100.0)], {"segment": "vip", "years": 5}, today=MONDAY)["subtotal"] == 88.0


def test_subtotal_rounds_as_it_goes():
    result = price_cart([line("grocery", 1, 0.1), line("grocery", 1, 0.2), line("household", 3, 0.35)], {},
                        today=MONDAY)
    assert [l["total"] for l in result["lines"]] == [0.1, 0.2, 1.05]
    assert (result["subtotal"], result["shipping"], result["total"]) == (1.35, 6.95, 8.3)


def test_unknown_segment_checked_before_empty_cart():
    with pytest.raises(PricingError, match="^unknown segment: guest$"):
        price_cart([], {"segment": "guest"}, today=MONDAY)


def test_empty_cart():
    with pytest.raises(PricingError, match="^cart is empty$"):
        price_cart([], {}, today=MONDAY)


@pytest.mark.parametrize("qty", [0, -1, 2.0, "2", None])
def test_bad_quantity(qty):
    with pytest.raises(PricingError, match="^quantity must be a positive whole number: BAD$"):
        price_cart([line("grocery", 1, 1.0, "OK"), line("grocery", qty, -1.0, "BAD")], {}, today=MONDAY)


def test_negative_price():
    with pytest.raises(PricingError, match="^price must not be negative: NEG$"):
        price_cart([line("toys", 1, -0.01, "NEG")], {}, today=MONDAY)


def test_free_items_are_fine():
    assert price_cart([line("grocery", 2, 0)], {}, today=MONDAY)["total"] == 6.95


def test_unknown_category_in_cart():
    with pytest.raises(PricingError, match="^unknown category: toys$"):
        price_cart([line("toys", 1, 1.0)], {}, today=MONDAY)


def test_bad_promo_raised_after_lines():
    with pytest.raises(PromoError, match="^unknown promo code: NOPE$"):
        price_cart([line("grocery", 1, 1.0)], {}, "nope", MONDAY)
    with pytest.raises(PricingError, match="^unknown category"):
        price_cart([line("toys", 1, 1.0)], {}, "nope", MONDAY)


@pytest.mark.parametrize("price, shipping", [(39.99, 6.95), (40, 3.95), (74.99, 3.95), (75, 0.0), (200, 0.0)])
def test_retail_shipping(price, shipping):
    assert price_cart([line("household", 1, price)], {"segment": "retail"}, today=MONDAY)["shipping"] == shipping


@pytest.mark.parametrize("price, shipping", [(499.99, 25.0), (500, 0.0), (10, 25.0)])
def test_trade_shipping(price, shipping):
    assert price_cart([line("alcohol", 1, price)], {"segment": "trade"}, today=MONDAY)["shipping"] == shipping


@pytest.mark.parametrize("segment", ["staff", "vip"])
def test_free_shipping_segments(segment):
    result = price_cart([line("alcohol", 1, 5.0)], {"segment": segment}, today=date(2024, 3, 9))
    assert (result["shipping"], result["total"]) == (0.0, 5.0)


def test_freeship_code_waives_shipping():
    result = price_cart([line("household", 1, 25.0)], {}, "freeship", MONDAY)
    assert (result["discount"], result["shipping"], result["total"]) == (0.0, 0.0, 25.0)
    result = price_cart([line("alcohol", 1, 25.0)], {"segment": "trade"}, "FREESHIP", MONDAY)
    assert result["total"] == 25.0


def test_shipping_uses_subtotal_before_promo():
    result = price_cart([line("household", 1, 80.0)], {}, "WELCOME10", MONDAY)
    assert (result["subtotal"], result["discount"], result["shipping"], result["total"]) == (80.0, 8.0, 0.0, 72.0)


def test_staffxmas_in_cart():
    result = price_cart([line("grocery", 2, 10.0)], {"segment": "staff"}, "STAFFXMAS", date(2024, 12, 10))
    assert (result["subtotal"], result["discount"], result["shipping"], result["total"]) == (15.0, 0.75, 0.0, 14.25)


@pytest.mark.parametrize("years, total", [(9, 100.0), (10, 98.0), (11, 98.0)])
def test_vip_loyalty(years, total):
    assert price_cart([line("alcohol", 1, 100.0)], {"segment": "vip", "years": years}, today=date(2024, 3, 9))["total"] == total


def test_vip_loyalty_after_promo():
    result = price_cart([line("household", 1, 100.0)], {"segment": "vip", "years": 12}, "SUMMER15", date(2024, 7, 1))
    assert (result["subtotal"], result["discount"], result["total"]) == (88.0, 13.2, 73.3)


@pytest.mark.parametrize("years, price, total", [
    (2, 1000, 1000.0), (3, 1000, 980.0), (4, 1000, 980.0), (3, 999.99, 999.99), (3, 2000, 1980.0),
])
def test_trade_loyalty(years, price, total):
    assert price_cart([line("alcohol", 1, price)], {"segment": "trade", "years": years}, today=MONDAY)["total"] == total


def test_trade_loyalty_after_bulk_code():
    result = price_cart([line("alcohol", 1, 1040.0)], {"segment": "trade", "years": 3}, "BULK5", MONDAY)
    assert (result["discount"], result["total"]) == (50.0, 990.0)
    result = price_cart([line("alcohol", 1, 1100.0)], {"segment": "trade", "years": 3}, "BULK5", MONDAY)
    assert result["total"] == 1030.0


def test_retail_years_do_nothing():
    assert price_cart([line("household", 1, 2000.0)], {"segment": "retail", "years": 20}, today=MONDAY)["total"] == 2000.0
    assert price_cart([line("household", 1, 2000.0)], {"segment": "staff", "years": 20}, today=MONDAY)["total"] == 1500.0


def test_bulk5_rounds_down_whole_hundreds():
    assert promo_discount("BULK5", -150.0, [], "trade", MONDAY) == (-10.0, False)
    assert promo_discount("BULK5", 250.0, [], "trade", MONDAY) == (10.0, False)
