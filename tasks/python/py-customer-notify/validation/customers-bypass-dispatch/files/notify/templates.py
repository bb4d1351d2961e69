"""Message templates per event and locale."""

SUBJECTS = {
    "welcome": {"en": "Welcome, {name}", "de": "Willkommen, {name}", "fr": "Bienvenue, {name}"},
    "contact_changed": {
        "en": "Your contact details changed",
        "de": "Ihre Kontaktdaten wurden geändert",
        "fr": "Vos coordonnées ont changé",
    },
    "tier_upgraded": {
        "en": "You are now {tier_label}",
        "de": "Sie sind jetzt {tier_label}",
        "fr": "Vous êtes maintenant {tier_label}",
    },
    "tier_downgraded": {
        "en": "Your tier is now {tier_label}",
        "de": "Ihre Stufe ist jetzt {tier_label}",
        "fr": "Votre niveau est maintenant {tier_label}",
    },
    "deactivated": {
        "en": "Your account was closed",
        "de": "Ihr Konto wurde geschlossen",
        "fr": "Votre compte a été fermé",
    },
}
BODIES = {
    "welcome": "Your {tier_label} account {customer_id} is ready.",
    "contact_changed": "We updated your {changed}. If this was not you, call us.",
    "tier_upgraded": "Thank you! You moved from {old_label} to {tier_label}.",
    "tier_downgraded": "Your tier moved from {old_label} to {tier_label}.",
    "deactivated": "Account {customer_id} was closed ({reason}).",
}
SMS_LIMIT = 60


def render(event, recipient, channel, context=None):
    """Return (subject, body) of the message for `event` to `recipient` on `channel`.

    The recipient's `fields` and the event `context` fill the template placeholders.
    """
    fields = {"name": recipient.name, "customer_id": recipient.key}
    fields.update(recipient.fields)
    fields.update(context or {})
    subject = SUBJECTS[event][recipient.locale].format(**fields)
    body = BODIES[event].format(**fields)
    if channel == "sms":
        return "", _shorten(subject + ": " + body)
    if channel == "push":
        return subject, ""
    return subject, body


def _shorten(text):
    if len(text) > SMS_LIMIT:
        return text[: SMS_LIMIT - 3] + "..."
    return text
