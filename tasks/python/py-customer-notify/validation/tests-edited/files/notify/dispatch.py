"""The notification dispatcher: decides which messages an event produces for a recipient.

The dispatcher knows nothing about where recipients come from: callers describe each one with
a `Recipient`. Every message that goes out is recorded in `Dispatcher.sent`; every channel that
was chosen but could not deliver is recorded in `Dispatcher.suppressed`.
"""

from notify.channels import CHANNELS, can_reach
from notify.templates import render

__all__ = ["CHANNELS", "Dispatcher", "Recipient"]

SECURITY_EVENTS = ("contact_changed", "deactivated")


class Recipient:
    """Who a message goes to: plain data, filled in by the caller.

    `addresses` maps a channel to its address (None when the channel is not available);
    `fields` fills the template placeholders; `sms_welcome` says whether a welcome message may
    go by sms.
    """

    def __init__(self, key, name, locale, active, channels, addresses, fields, sms_welcome):
        self.key = key
        self.name = name
        self.locale = locale
        self.active = active
        self.channels = channels
        self.addresses = addresses
        self.fields = fields
        self.sms_welcome = sms_welcome


class Dispatcher:
    def __init__(self):
        self.sent = []
        self.suppressed = []

    def send_event(self, recipient, event, context=None, extra_email=None, had_push=False):
        """Render and record the messages for one event; return how many were sent.

        `extra_email` receives an email copy too; `had_push` says the recipient already had
        push before this event (an upgrade is then not announced there).
        """
        count = 0
        for channel in self._channels(recipient, event, had_push):
            if can_reach(recipient, channel):
                self._record(recipient, event, channel, recipient.addresses[channel], context)
                count += 1
            else:
                self._suppress(recipient, event, channel)
        if extra_email:
            self._record(recipient, event, "email", extra_email, context)
            count += 1
        return count

    def _channels(self, recipient, event, had_push):
        """The channels chosen for `event`; the ones left out are recorded as suppressed."""
        if event in SECURITY_EVENTS:
            # security notices always go by email, and by sms too when the recipient uses it
            return ["email", "sms"] if "sms" in recipient.channels else ["email"]
        chosen = []
        for channel in recipient.channels:
            if self._wanted(recipient, event, channel, had_push):
                chosen.append(channel)
            else:
                self._suppress(recipient, event, channel)
        return chosen

    @staticmethod
    def _wanted(recipient, event, channel, had_push):
        if event == "tier_downgraded":
            return channel == "email"
        if channel == "sms" and event == "welcome":
            return recipient.sms_welcome
        if channel == "push" and event == "tier_upgraded":
            return not had_push
        return True

    def _record(self, recipient, event, channel, address, context):
        subject, body = render(event, recipient, channel, context)
        self.sent.append({
            "customer_id": recipient.key,
            "event": event,
            "channel": channel,
            "to": address,
            "subject": subject,
            "body": body,
        })

    def _suppress(self, recipient, event, channel):
        self.suppressed.append((recipient.key, event, channel))
