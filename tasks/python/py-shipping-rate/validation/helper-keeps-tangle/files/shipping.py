"""Shipping rate calculation for the fulfilment service.

Legacy module: rates were bolted on region by region as carriers were added.
All amounts are in USD; weights in kilograms; dimensions in centimetres.
"""

DOMESTIC_COUNTRY = "US"
NEIGHBOUR_COUNTRIES = ("CA", "MX")
EU_COUNTRIES = ("DE", "FR", "NL", "IE", "BE", "ES", "IT")
SERVICES = ("standard", "express", "overnight")
VOLUMETRIC_DIVISOR = 5000.0
FREE_INSURANCE_LIMIT = 100.0


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
    rate = _rate_with_options(billable, country, service, member, fragile, declared_value)
    return round(rate, 2)


def _billable_weight(weight_kg, dimensions):
    if dimensions is None:
        return weight_kg
    if len(dimensions) != 3:
        raise ShippingError("dimensions must be (length, width, height)")
    length, width, height = dimensions
    return max(weight_kg, length * width * height / VOLUMETRIC_DIVISOR)


def _rate_with_options(billable, country, service, member, fragile, declared_value):
    if country == DOMESTIC_COUNTRY:
        if service == "standard":
            if billable <= 1:
                rate = 5.0
            elif billable <= 5:
                rate = 5.0 + (billable - 1) * 1.5
            else:
                rate = 11.0 + (billable - 5) * 1.0
        elif service == "express":
            rate = 9.0 + max(billable - 1, 0) * 2.5
        else:
            if billable > 30:
                raise ShippingError("overnight is not available above 30 kg")
            rate = 25.0 + billable * 3.0
    elif country in NEIGHBOUR_COUNTRIES:
        if service == "overnight":
            raise ShippingError("overnight is not available for %s" % country)
        if service == "standard":
            rate = 12.0 + max(billable - 1, 0) * 4.0
        else:
            rate = 20.0 + max(billable - 1, 0) * 6.0
    elif country in EU_COUNTRIES:
        if service == "overnight":
            raise ShippingError("overnight is not available for %s" % country)
        if service == "standard":
            rate = 18.0 + max(billable - 1, 0) * 5.5
        else:
            rate = 28.0 + max(billable - 1, 0) * 8.0
    else:
        if service != "standard":
            raise ShippingError("only standard service ships to %s" % (country or "unknown"))
        if billable > 20:
            raise ShippingError("parcels above 20 kg cannot ship to %s" % (country or "unknown"))
        rate = 30.0 + billable * 8.0
    if fragile:
        if service == "overnight":
            rate = rate + 10.0
        else:
            rate = rate * 1.15
    if declared_value and declared_value > FREE_INSURANCE_LIMIT:
        insurance = (declared_value - FREE_INSURANCE_LIMIT) * 0.02
        if country != DOMESTIC_COUNTRY:
            insurance = insurance * 1.5
        rate = rate + insurance
    if member:
        if country == DOMESTIC_COUNTRY and service == "standard" and rate >= 15.0:
            rate = 0.0
        else:
            rate = rate * 0.9
    return rate
