"""Shipping rate calculation for the fulfilment service.

All amounts are in USD; weights in kilograms; dimensions in centimetres.
"""

DOMESTIC_COUNTRY = "US"
NEIGHBOUR_COUNTRIES = ("CA", "MX")
EU_COUNTRIES = ("DE", "FR", "NL", "IE", "BE", "ES", "IT")
SERVICES = ("standard", "express", "overnight")
VOLUMETRIC_DIVISOR = 5000.0
FREE_INSURANCE_LIMIT = 100.0

# Zone tariffs: service -> (price of the first kilogram, price per further kilogram).
NEIGHBOUR_TARIFF = {"standard": (12.0, 4.0), "express": (20.0, 6.0)}
EU_TARIFF = {"standard": (18.0, 5.5), "express": (28.0, 8.0)}


class ShippingError(ValueError):
    """Raised when a parcel cannot be shipped with the requested options."""


def calculate_shipping_rate(weight_kg, country, service="standard", dimensions=None,
                            member=False, fragile=False, declared_value=0.0):
    """Return the price of shipping one parcel, rounded to cents."""
    if weight_kg is None or weight_kg <= 0:
        raise ShippingError("weight must be positive")
    if service not in SERVICES:
        raise ShippingError("unknown service: %s" % service)
    country = (country or "").upper()
    billable = _billable_weight(weight_kg, dimensions)
    rate = _base_rate(billable, country, service)
    if fragile:
        rate = _with_fragile_surcharge(rate, service)
    rate = rate + _insurance(declared_value, country)
    if member:
        rate = _member_price(rate, country, service)
    return round(rate, 2)


def _billable_weight(weight_kg, dimensions):
    """The greater of the actual and the volumetric weight."""
    if dimensions is None:
        return weight_kg
    if len(dimensions) != 3:
        raise ShippingError("dimensions must be (length, width, height)")
    length, width, height = dimensions
    volumetric = length * width * height / VOLUMETRIC_DIVISOR
    return max(weight_kg, volumetric)


def _base_rate(billable, country, service):
    if country == DOMESTIC_COUNTRY:
        return _domestic_rate(billable, service)
    if country in NEIGHBOUR_COUNTRIES:
        return _zone_rate(billable, country, service, NEIGHBOUR_TARIFF)
    if country in EU_COUNTRIES:
        return _zone_rate(billable, country, service, EU_TARIFF)
    return _international_rate(billable, country, service)


def _domestic_rate(billable, service):
    if service == "standard":
        return _domestic_standard_rate(billable)
    if service == "express":
        return 9.0 + max(billable - 1, 0) * 2.5
    if billable > 30:
        raise ShippingError("overnight is not available above 30 kg")
    return 25.0 + billable * 3.0


def _domestic_standard_rate(billable):
    if billable <= 1:
        return 5.0
    if billable <= 5:
        return 5.0 + (billable - 1) * 1.5
    return 11.0 + (billable - 5) * 1.0


def _zone_rate(billable, country, service, tariff):
    if service == "overnight":
        raise ShippingError("overnight is not available for %s" % country)
    first_kg, per_kg = tariff[service]
    return first_kg + max(billable - 1, 0) * per_kg


def _international_rate(billable, country, service):
    destination = country or "unknown"
    if service != "standard":
        raise ShippingError("only standard service ships to %s" % destination)
    if billable > 20:
        raise ShippingError("parcels above 20 kg cannot ship to %s" % destination)
    return 30.0 + billable * 8.0


def _with_fragile_surcharge(rate, service):
    if service == "overnight":
        return rate + 10.0
    return rate * 1.15


def _insurance(declared_value, country):
    """Insurance on the declared value above the free limit; dearer abroad."""
    if not declared_value or declared_value <= FREE_INSURANCE_LIMIT:
        return 0.0
    insurance = (declared_value - FREE_INSURANCE_LIMIT) * 0.02
    if country != DOMESTIC_COUNTRY:
        insurance = insurance * 1.5
    return insurance


def _member_price(rate, country, service):
    """Members ship domestic standard parcels of 15 USD or more for free, else get 10% off."""
    if country == DOMESTIC_COUNTRY and service == "standard" and rate >= 15.0:
        return 0.0
    return rate * 0.85
