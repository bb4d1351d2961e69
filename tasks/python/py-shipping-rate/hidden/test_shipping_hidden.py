"""Hidden behaviour tests for shipping.calculate_shipping_rate."""

import pytest

import shipping
from shipping import ShippingError, calculate_shipping_rate


# --- input validation -------------------------------------------------------

@pytest.mark.parametrize("weight", [None, 0, 0.0, -1, -0.5])
def test_rejects_non_positive_weight(weight):
    with pytest.raises(ShippingError, match="^weight must be positive$"):
        calculate_shipping_rate(weight, "US")


def test_tiny_positive_weight_is_accepted():
    assert calculate_shipping_rate(0.01, "US") == 5.0


@pytest.mark.parametrize("service", ["economy", "Standard", "", None])
def test_rejects_unknown_service(service):
    with pytest.raises(ShippingError, match="^unknown service: %s$" % service):
        calculate_shipping_rate(1, "US", service=service)


def test_weight_is_checked_before_service():
    with pytest.raises(ShippingError, match="weight"):
        calculate_shipping_rate(0, "US", service="economy")


def test_shipping_error_is_a_value_error():
    assert issubclass(ShippingError, ValueError)


# --- domestic ---------------------------------------------------------------

@pytest.mark.parametrize("weight, expected", [
    (0.5, 5.0), (1, 5.0), (1.5, 5.75), (3, 8.0), (5, 11.0), (5.5, 11.5), (10, 16.0), (12.25, 18.25),
])
def test_domestic_standard_tiers(weight, expected):
    assert calculate_shipping_rate(weight, "US") == expected


@pytest.mark.parametrize("weight, expected", [
    (0.5, 9.0), (1, 9.0), (1.2, 9.5), (3, 14.0), (10, 31.5),
])
def test_domestic_express(weight, expected):
    assert calculate_shipping_rate(weight, "US", service="express") == expected


@pytest.mark.parametrize("weight, expected", [(0.5, 26.5), (2, 31.0), (30, 115.0)])
def test_domestic_overnight(weight, expected):
    assert calculate_shipping_rate(weight, "US", service="overnight") == expected


def test_domestic_overnight_weight_limit():
    with pytest.raises(ShippingError, match="^overnight is not available above 30 kg$"):
        calculate_shipping_rate(30.01, "US", service="overnight")


@pytest.mark.parametrize("country", ["us", "Us", "US"])
def test_country_code_is_case_insensitive(country):
    assert calculate_shipping_rate(2, country) == 6.5


# --- neighbours ---------------------------------------------------------------

@pytest.mark.parametrize("country", ["CA", "MX", "ca"])
@pytest.mark.parametrize("weight, service, expected", [
    (0.5, "standard", 12.0), (1, "standard", 12.0), (3, "standard", 20.0), (2.5, "standard", 18.0),
    (0.5, "express", 20.0), (1, "express", 20.0), (3, "express", 32.0), (2.5, "express", 29.0),
])
def test_neighbour_rates(country, weight, service, expected):
    assert calculate_shipping_rate(weight, country, service=service) == expected


@pytest.mark.parametrize("country", ["CA", "mx"])
def test_neighbour_overnight_refused(country):
    with pytest.raises(ShippingError, match="^overnight is not available for %s$" % country.upper()):
        calculate_shipping_rate(1, country, service="overnight")


# --- EU -------------------------------------------------------------------------

@pytest.mark.parametrize("country", ["DE", "FR", "NL", "IE", "BE", "ES", "IT", "fr"])
def test_eu_countries_share_one_tariff(country):
    assert calculate_shipping_rate(2, country) == 23.5
    assert calculate_shipping_rate(3, country, service="express") == 44.0


@pytest.mark.parametrize("weight, service, expected", [
    (0.5, "standard", 18.0), (1, "standard", 18.0), (4, "standard", 34.5),
    (0.5, "express", 28.0), (1, "express", 28.0), (1.5, "express", 32.0),
])
def test_eu_rates(weight, service, expected):
    assert calculate_shipping_rate(weight, "NL", service=service) == expected


def test_eu_overnight_refused():
    with pytest.raises(ShippingError, match="^overnight is not available for IT$"):
        calculate_shipping_rate(1, "it", service="overnight")


# --- rest of the world ----------------------------------------------------------

@pytest.mark.parametrize("weight, expected", [(0.5, 34.0), (2, 46.0), (20, 190.0)])
def test_international_standard(weight, expected):
    assert calculate_shipping_rate(weight, "JP") == expected


@pytest.mark.parametrize("service", ["express", "overnight"])
def test_international_only_standard(service):
    with pytest.raises(ShippingError, match="^only standard service ships to JP$"):
        calculate_shipping_rate(1, "jp", service=service)


def test_international_weight_limit():
    with pytest.raises(ShippingError, match="^parcels above 20 kg cannot ship to BR$"):
        calculate_shipping_rate(20.5, "BR")


@pytest.mark.parametrize("country", [None, ""])
def test_missing_country_ships_as_unknown(country):
    assert calculate_shipping_rate(1, country) == 38.0
    with pytest.raises(ShippingError, match="^only standard service ships to unknown$"):
        calculate_shipping_rate(1, country, service="express")
    with pytest.raises(ShippingError, match="^parcels above 20 kg cannot ship to unknown$"):
        calculate_shipping_rate(21, country)


# --- volumetric weight ------------------------------------------------------------

def test_volumetric_weight_wins_when_larger():
    # 50 x 40 x 30 cm = 12 kg volumetric
    assert calculate_shipping_rate(2, "US", dimensions=(50, 40, 30)) == 18.0


def test_actual_weight_wins_when_larger():
    assert calculate_shipping_rate(8, "US", dimensions=(10, 10, 10)) == 14.0


def test_volumetric_weight_equal_to_actual():
    assert calculate_shipping_rate(1, "US", dimensions=(10, 10, 50)) == 5.0


def test_volumetric_weight_uses_divisor():
    # 20 x 25 x 30 = 15000 cm3 -> 3 kg
    assert calculate_shipping_rate(1, "DE", dimensions=(20, 25, 30)) == 29.0
    assert calculate_shipping_rate(1, "DE", dimensions=[20, 25, 30]) == 29.0


def test_volumetric_weight_applies_to_overnight_limit():
    with pytest.raises(ShippingError, match="above 30 kg"):
        calculate_shipping_rate(1, "US", service="overnight", dimensions=(100, 50, 40))


def test_volumetric_weight_applies_to_international_limit():
    with pytest.raises(ShippingError, match="above 20 kg"):
        calculate_shipping_rate(1, "JP", dimensions=(100, 50, 30))


@pytest.mark.parametrize("dimensions", [(), (10,), (10, 20), (10, 20, 30, 40)])
def test_dimensions_need_three_values(dimensions):
    with pytest.raises(ShippingError, match=r"^dimensions must be \(length, width, height\)$"):
        calculate_shipping_rate(1, "US", dimensions=dimensions)


# --- surcharges -----------------------------------------------------------------

@pytest.mark.parametrize("country, service, weight, expected", [
    ("US", "standard", 2, 7.47),   # 6.5 * 1.15
    ("US", "express", 3, 16.1),    # 14 * 1.15
    ("US", "overnight", 2, 41.0),  # 31 + 10
    ("DE", "standard", 2, 27.02),  # 23.5 * 1.15
    ("JP", "standard", 2, 52.9),   # 46 * 1.15
])
def test_fragile_surcharge(country, service, weight, expected):
    assert calculate_shipping_rate(weight, country, service=service, fragile=True) == expected


@pytest.mark.parametrize("declared, expected", [
    (0, 6.5), (None, 6.5), (50, 6.5), (100, 6.5), (100.5, 6.51), (150, 7.5), (600, 16.5),
])
def test_domestic_insurance(declared, expected):
    assert calculate_shipping_rate(2, "US", declared_value=declared) == expected


@pytest.mark.parametrize("country, declared, expected", [
    ("CA", 150, 17.5),   # 16 + 50 * 0.02 * 1.5
    ("DE", 300, 29.5),   # 23.5 + 200 * 0.02 * 1.5
    ("JP", 100, 46.0),
    ("JP", 1100, 76.0),  # 46 + 1000 * 0.02 * 1.5
])
def test_foreign_insurance_costs_more(country, declared, expected):
    assert calculate_shipping_rate(2, country, declared_value=declared) == expected


def test_fragile_surcharge_applies_before_insurance():
    # (6.5 * 1.15) + 100 * 0.02 = 9.475 -> 9.47 ; insurance is not multiplied
    assert calculate_shipping_rate(2, "US", fragile=True, declared_value=200) == 9.47


# --- members ------------------------------------------------------------------------

@pytest.mark.parametrize("weight, expected", [
    (2, 5.85),    # 6.5 * 0.9
    (8.99, 13.49),  # 14.99 * 0.9
    (9, 0.0),     # exactly 15.00 ships free
    (12, 0.0),
])
def test_member_domestic_standard(weight, expected):
    assert calculate_shipping_rate(weight, "US", member=True) == expected


def test_member_free_shipping_counts_surcharges():
    # 6.5 * 1.15 + 500 -> 7.475 + 8.0 = 15.475 >= 15 -> free
    assert calculate_shipping_rate(2, "US", member=True, fragile=True, declared_value=500) == 0.0
    # 6.5 + 7.0 = 13.5 -> 12.15
    assert calculate_shipping_rate(2, "US", member=True, declared_value=450) == 12.15


@pytest.mark.parametrize("country, service, weight, expected", [
    ("US", "express", 10, 28.35),     # 31.5 * 0.9, no free shipping on express
    ("US", "overnight", 2, 27.9),     # 31 * 0.9
    ("CA", "standard", 5, 25.2),      # 28 * 0.9
    ("DE", "express", 3, 39.6),       # 44 * 0.9
    ("JP", "standard", 2, 41.4),      # 46 * 0.9
])
def test_member_discount_elsewhere(country, service, weight, expected):
    assert calculate_shipping_rate(weight, country, service=service, member=True) == expected


def test_non_member_never_free():
    assert calculate_shipping_rate(12, "US", member=False) == 18.0


def test_all_options_together():
    # DE express 4 kg volumetric from 1 kg: 28 + 3*8 = 52; fragile 59.8; insurance 200*0.02*1.5 = 6
    # = 65.8; member 59.22
    assert calculate_shipping_rate(1, "de", "express", (20, 25, 40), True, True, 300) == 59.22


def test_result_is_rounded_to_cents():
    value = calculate_shipping_rate(1.337, "US")
    assert value == round(value, 2) == 5.51


def test_positional_and_keyword_calls_agree():
    assert calculate_shipping_rate(2, "US", "express", None, False, False, 0.0) == \
        calculate_shipping_rate(weight_kg=2, country="US", service="express")


def test_public_constants_kept():
    assert shipping.DOMESTIC_COUNTRY == "US"
    assert shipping.SERVICES == ("standard", "express", "overnight")
    assert shipping.VOLUMETRIC_DIVISOR == 5000.0
    assert shipping.FREE_INSURANCE_LIMIT == 100.0
    assert set(shipping.NEIGHBOUR_COUNTRIES) == {"CA", "MX"}
    assert set(shipping.EU_COUNTRIES) == {"DE", "FR", "NL", "IE", "BE", "ES", "IT"}
