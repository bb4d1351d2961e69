"""The customer registry: the one place customers are created and changed.

Every change is announced to the customer through the notification dispatcher, which is told
who the customer is with a `Recipient`; notify itself knows nothing about customers.
"""

from customers.models import LOCALES, PUSH_TIERS, TIER_LABELS, TIERS, Customer, CustomerError
from notify.dispatch import CHANNELS, Dispatcher, Recipient


class CustomerRegistry:
    def __init__(self, dispatcher=None):
        self.customers = {}
        self.dispatcher = dispatcher if dispatcher is not None else Dispatcher()

    def get(self, customer_id):
        if customer_id not in self.customers:
            raise CustomerError("unknown customer: %s" % customer_id)
        return self.customers[customer_id]

    def register(self, customer_id, name, email, *, phone=None, tier="basic", channels=None, locale="en"):
        """Create a customer, send the welcome messages and return the new customer."""
        self._check_new(customer_id, name, email, tier, locale)
        if channels is not None:
            _check_channels(channels, phone, tier)
        customer = Customer(customer_id, name.strip(), email, phone, tier, channels, locale)
        self.customers[customer_id] = customer
        customer.history.append("registered")
        self._notify(customer, "welcome")
        return customer

    def _check_new(self, customer_id, name, email, tier, locale):
        if not customer_id:
            raise CustomerError("customer id is required")
        if customer_id in self.customers:
            raise CustomerError("customer %s already exists" % customer_id)
        if not name or not name.strip():
            raise CustomerError("name is required")
        if not email or "@" not in email:
            raise CustomerError("invalid email: %s" % email)
        if tier not in TIERS:
            raise CustomerError("unknown tier: %s" % tier)
        if locale not in LOCALES:
            raise CustomerError("unsupported locale: %s" % locale)

    def update_contact(self, customer_id, email=None, phone=None):
        """Change email and/or phone; return the list of fields that changed."""
        customer = self._active(customer_id)
        if email is None and phone is None:
            raise CustomerError("nothing to update")
        old_email = customer.email
        changed = []
        if email is not None and email != customer.email:
            if "@" not in email:
                raise CustomerError("invalid email: %s" % email)
            customer.email = email
            changed.append("email")
        if phone is not None and phone != customer.phone:
            _set_phone(customer, phone)
            changed.append("phone")
        if not changed:
            return []
        customer.history.append("contact:" + ",".join(changed))
        # the old address hears about it too, in case the change was not the customer's
        extra_email = old_email if "email" in changed else None
        self._notify(customer, "contact_changed", {"changed": " and ".join(changed)}, extra_email=extra_email)
        return changed

    def change_tier(self, customer_id, new_tier):
        """Move a customer to another tier; return False when nothing changed."""
        customer = self.get(customer_id)
        if new_tier not in TIERS:
            raise CustomerError("unknown tier: %s" % new_tier)
        if not customer.active:
            raise CustomerError("customer %s is inactive" % customer_id)
        if new_tier == customer.tier:
            return False
        old_tier = customer.tier
        had_push = customer.has_push()
        customer.tier = new_tier
        customer.history.append("tier:%s->%s" % (old_tier, new_tier))
        if TIERS.index(new_tier) > TIERS.index(old_tier):
            event = "tier_upgraded"
            if customer.has_push() and "push" not in customer.channels:
                customer.channels.append("push")
        else:
            event = "tier_downgraded"
            if "push" in customer.channels and not customer.has_push():
                customer.channels.remove("push")
        self._notify(customer, event, {"old_label": TIER_LABELS[old_tier]}, had_push=had_push)
        return True

    def deactivate(self, customer_id, reason):
        """Close a customer's account; return how many notices were sent."""
        customer = self.get(customer_id)
        if not customer.active:
            raise CustomerError("customer %s is already inactive" % customer_id)
        if not reason:
            raise CustomerError("a reason is required")
        customer.active = False
        customer.history.append("deactivated:%s" % reason)
        return self._notify(customer, "deactivated", {"reason": reason})

    def _active(self, customer_id):
        customer = self.get(customer_id)
        if not customer.active:
            raise CustomerError("customer %s is inactive" % customer_id)
        return customer

    def _notify(self, customer, event, context=None, extra_email=None, had_push=False):
        return self.dispatcher.send_event(_recipient(customer), event, context, extra_email, had_push)


def _check_channels(channels, phone, tier):
    if not channels:
        raise CustomerError("at least one channel is required")
    for channel in channels:
        if channel not in CHANNELS:
            raise CustomerError("unknown channel: %s" % channel)
        if channel == "sms" and not phone:
            raise CustomerError("sms needs a phone number")
        if channel == "push" and tier not in PUSH_TIERS:
            raise CustomerError("push is only for gold and platinum customers")


def _set_phone(customer, phone):
    if phone == "" and "sms" in customer.channels:
        raise CustomerError("sms needs a phone number")
    customer.phone = None if phone == "" else phone


def _recipient(customer):
    """How the dispatcher sees a customer."""
    return Recipient(
        key=customer.customer_id,
        name=customer.name,
        locale=customer.locale,
        active=customer.active,
        channels=customer.channels,
        addresses={
            "email": customer.email,
            "sms": customer.phone,
            "push": "push:%s" % customer.customer_id if customer.has_push() else None,
        },
        fields={"tier_label": TIER_LABELS[customer.tier]},
        sms_welcome=customer.tier != "basic",
    )
