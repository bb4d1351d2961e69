"""The notification dispatcher: decides which messages a customer event produces.

Every message that goes out is recorded in `Dispatcher.sent`; every channel that was chosen
but could not deliver is recorded in `Dispatcher.suppressed`.
"""

from notify.channels import PUSH_TIERS, address_for, can_reach
from notify.templates import render

SECURITY_EVENTS = ("contact_changed", "deactivated")


class Dispatcher:
    def __init__(self, registry):
        from customers.registry import CustomerRegistry  # imported late: the registry imports us

        if not isinstance(registry, CustomerRegistry):
            raise TypeError("Dispatcher needs a CustomerRegistry")
        self.registry = registry
        self.sent = []
        self.suppressed = []

    def send_event(self, customer_id, event, context=None, extra_email=None):
        """Render and record the messages for one customer event; return how many were sent."""
        from customers.models import TIERS  # imported late: customers imports notify

        customer = self.registry.get(customer_id)
        count = 0
        targets = []
        if event in SECURITY_EVENTS:
            # security notices always go by email, and by sms too when the customer uses it
            targets.append("email")
            if "sms" in customer.channels:
                targets.append("sms")
        else:
            for channel in customer.channels:
                if event == "tier_downgraded":
                    if channel == "email":
                        targets.append(channel)
                    else:
                        self.suppressed.append((customer_id, event, channel))
                elif channel == "sms":
                    if event == "welcome" and TIERS.index(customer.tier) < TIERS.index("silver"):
                        # sms welcomes cost money: only from silver upwards
                        self.suppressed.append((customer_id, event, channel))
                    else:
                        targets.append(channel)
                elif channel == "push":
                    if event == "tier_upgraded" and context and context.get("old_tier") in PUSH_TIERS:
                        # already had push: an upgrade within the push tiers is not announced there
                        self.suppressed.append((customer_id, event, channel))
                    else:
                        targets.append(channel)
                else:
                    targets.append(channel)
        for channel in targets:
            if can_reach(customer, channel):
                subject, body = render(event, customer, channel, context)
                self.sent.append({
                    "customer_id": customer_id,
                    "event": event,
                    "channel": channel,
                    "to": address_for(customer, channel),
                    "subject": subject,
                    "body": body,
                })
                count += 1
            else:
                self.suppressed.append((customer_id, event, channel))
        if extra_email:
            subject, body = render(event, customer, "email", context)
            self.sent.append({
                "customer_id": customer_id,
                "event": event,
                "channel": "email",
                "to": extra_email,
                "subject": subject,
                "body": body,
            })
            count += 1
        return count
