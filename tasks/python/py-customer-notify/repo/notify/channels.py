"""Delivery channels and whether a customer can be reached on them."""

CHANNELS = ("email", "sms", "push")
DEFAULT_CHANNELS = ("email",)
PUSH_TIERS = ("gold", "platinum")
SMS_PREFIXES = ("+1", "+44", "+49", "+33")


def can_reach(customer, channel):
    """True when `channel` can deliver to `customer` right now."""
    from customers.models import Customer  # imported late: customers.models imports this module

    if not isinstance(customer, Customer):
        raise TypeError("can_reach expects a Customer, got %s" % type(customer).__name__)
    if channel not in CHANNELS:
        return False
    if channel == "email":
        return bool(customer.email) and "@" in customer.email
    if not customer.active:
        return False
    if channel == "sms":
        if not customer.phone:
            return False
        for prefix in SMS_PREFIXES:
            if customer.phone.startswith(prefix):
                return True
        return False
    return customer.tier in PUSH_TIERS


def address_for(customer, channel):
    """Where a message on `channel` goes for `customer`."""
    if channel == "email":
        return customer.email
    if channel == "sms":
        return customer.phone
    return "push:%s" % customer.customer_id
