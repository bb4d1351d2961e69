"""Customer records for the CRM service."""

TIERS = ("basic", "silver", "gold", "platinum")
TIER_LABELS = {"basic": "Basic", "silver": "Silver", "gold": "Gold", "platinum": "Platinum"}
LOCALES = ("en", "de", "fr")
DEFAULT_CHANNELS = ("email",)
PUSH_TIERS = ("gold", "platinum")


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

    def has_push(self):
        """Push notifications come with the gold and platinum tiers."""
        return self.tier in PUSH_TIERS
