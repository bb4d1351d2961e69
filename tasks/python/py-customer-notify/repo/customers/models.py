"""Customer records for the CRM service.

Legacy module: the default notification channels were borrowed from the notify package when
the registry first started sending welcome mails, and nobody moved them back.
"""

from notify.channels import DEFAULT_CHANNELS

TIERS = ("basic", "silver", "gold", "platinum")
TIER_LABELS = {"basic": "Basic", "silver": "Silver", "gold": "Gold", "platinum": "Platinum"}
LOCALES = ("en", "de", "fr")


class CustomerError(ValueError):
    """Raised when a customer cannot be created or changed as requested."""


class Customer:
    """One customer as the registry keeps it."""

    def __init__(self, customer_id, name, email, phone=None, tier="basic", channels=None, locale="en"):
        self.customer_id = customer_id
        self.name = name
        self.email = email
        self.phone = phone
        self.tier = tier
        self.channels = list(channels) if channels is not None else list(DEFAULT_CHANNELS)
        self.locale = locale
        self.active = True
        self.history = []
