"""Delivery channels and whether a recipient can be reached on them."""

CHANNELS = ("email", "sms", "push")
SMS_PREFIXES = ("+1", "+44", "+49", "+33")


def can_reach(recipient, channel):
    """True when `channel` can deliver to `recipient` right now."""
    if channel == "email":
        return True
    if not recipient.active:
        return False
    address = recipient.addresses.get(channel)
    if channel == "sms":
        return bool(address) and address.startswith(SMS_PREFIXES)
    return address is not None
