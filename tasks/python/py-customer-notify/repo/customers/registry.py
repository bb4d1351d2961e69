"""The customer registry: the one place customers are created and changed.

Every change is announced to the customer through the notification dispatcher.
"""

import notify.dispatch
from customers.models import LOCALES, TIERS, Customer, CustomerError
from notify.channels import CHANNELS, PUSH_TIERS, can_reach


class CustomerRegistry:
    def __init__(self, dispatcher=None):
        self.customers = {}
        self.dispatcher = dispatcher if dispatcher is not None else notify.dispatch.Dispatcher(self)

    def get(self, customer_id):
        if customer_id not in self.customers:
            raise CustomerError("unknown customer: %s" % customer_id)
        return self.customers[customer_id]

    def register(self, customer_id, name, email, phone=None, tier="basic", channels=None, locale="en"):
        """Create a customer, send the welcome messages and return the new customer."""
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
        if channels is not None:
            if not channels:
                raise CustomerError("at least one channel is required")
            for channel in channels:
                if channel not in CHANNELS:
                    raise CustomerError("unknown channel: %s" % channel)
                if channel == "sms" and not phone:
                    raise CustomerError("sms needs a phone number")
                if channel == "push" and tier not in PUSH_TIERS:
                    raise CustomerError("push is only for gold and platinum customers")
        customer = Customer(customer_id, name.strip(), email, phone, tier, channels, locale)
        self.customers[customer_id] = customer
        customer.history.append("registered")
        self.dispatcher.send_event(customer_id, "welcome")
        return customer

    def update_contact(self, customer_id, email=None, phone=None):
        """Change email and/or phone; return the list of fields that changed."""
        customer = self.get(customer_id)
        if not customer.active:
            raise CustomerError("customer %s is inactive" % customer_id)
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
            if phone == "":
                if "sms" in customer.channels:
                    raise CustomerError("sms needs a phone number")
                customer.phone = None
            else:
                customer.phone = phone
            changed.append("phone")
        if not changed:
            return []
        customer.history.append("contact:" + ",".join(changed))
        if "email" in changed:
            # the old address hears about it too, in case the change was not the customer's
            self.dispatcher.send_event(customer_id, "contact_changed", {"changed": " and ".join(changed)},
                                       extra_email=old_email)
        else:
            self.dispatcher.send_event(customer_id, "contact_changed", {"changed": " and ".join(changed)})
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
        customer.tier = new_tier
        customer.history.append("tier:%s->%s" % (old_tier, new_tier))
        if TIERS.index(new_tier) > TIERS.index(old_tier):
            event = "tier_upgraded"
            if can_reach(customer, "push") and "push" not in customer.channels:
                customer.channels.append("push")
        else:
            event = "tier_downgraded"
            if "push" in customer.channels and not can_reach(customer, "push"):
                customer.channels.remove("push")
        self.dispatcher.send_event(customer_id, event, {"old_tier": old_tier})
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
        return self.dispatcher.send_event(customer_id, "deactivated", {"reason": reason})
