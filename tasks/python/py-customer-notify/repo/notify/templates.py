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


def render(event, customer, channel, context=None):
    """Return (subject, body) of the message for `event` to `customer` on `channel`."""
    import customers.models  # imported late: customers imports notify

    if event not in SUBJECTS:
        raise ValueError("no template for event: %s" % event)
    labels = customers.models.TIER_LABELS
    fields = {
        "name": customer.name,
        "customer_id": customer.customer_id,
        "tier_label": labels[customer.tier],
    }
    if context:
        fields.update(context)
        if "old_tier" in context:
            fields["old_label"] = labels[context["old_tier"]]
    subject = SUBJECTS[event][customer.locale].format(**fields)
    body = BODIES[event].format(**fields)
    if channel == "sms":
        text = subject + ": " + body
        if len(text) > SMS_LIMIT:
            text = text[: SMS_LIMIT - 3] + "..."
        return "", text
    if channel == "push":
        return subject, ""
    return subject, body
