"""Hidden behaviour tests for the customers and notify packages (public interface only)."""

import pytest

from customers.models import LOCALES, TIER_LABELS, TIERS, Customer, CustomerError
from customers.registry import CustomerRegistry


def msg(cid, event, channel, to, subject, body):
    return {"customer_id": cid, "event": event, "channel": channel, "to": to, "subject": subject, "body": body}


@pytest.fixture
def reg():
    return CustomerRegistry()


# --- constants and types ------------------------------------------------------

def test_constants():
    assert TIERS == ("basic", "silver", "gold", "platinum")
    assert TIER_LABELS == {"basic": "Basic", "silver": "Silver", "gold": "Gold", "platinum": "Platinum"}
    assert LOCALES == ("en", "de", "fr")
    assert issubclass(CustomerError, ValueError)


def test_customer_defaults():
    c = Customer("X1", "Ann", "ann@example.com")
    assert (c.customer_id, c.name, c.email, c.phone, c.tier, c.channels, c.locale, c.active, c.history) == (
        "X1", "Ann", "ann@example.com", None, "basic", ["email"], "en", True, [])


def test_customer_copies_channels():
    given = ["email", "sms"]
    c = Customer("X1", "Ann", "ann@example.com", "+1", "gold", given, "de")
    given.append("push")
    assert c.channels == ["email", "sms"]
    assert (c.phone, c.tier, c.locale) == ("+1", "gold", "de")


def test_fresh_registry_is_empty(reg):
    assert reg.customers == {}
    assert reg.dispatcher.sent == []
    assert reg.dispatcher.suppressed == []


def test_registries_do_not_share_state():
    a, b = CustomerRegistry(), CustomerRegistry()
    a.register("A1", "Ann", "ann@example.com")
    assert b.customers == {} and b.dispatcher.sent == []


# --- register: validation -----------------------------------------------------

@pytest.mark.parametrize("kwargs, message", [
    (dict(customer_id="", name="Ann", email="a@x.io"), "customer id is required"),
    (dict(customer_id=None, name="Ann", email="a@x.io"), "customer id is required"),
    (dict(customer_id="A1", name="", email="a@x.io"), "name is required"),
    (dict(customer_id="A1", name=None, email="a@x.io"), "name is required"),
    (dict(customer_id="A1", name="   ", email="a@x.io"), "name is required"),
    (dict(customer_id="A1", name="Ann", email=""), "invalid email: "),
    (dict(customer_id="A1", name="Ann", email=None), "invalid email: None"),
    (dict(customer_id="A1", name="Ann", email="ann.example.com"), "invalid email: ann.example.com"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", tier="diamond"), "unknown tier: diamond"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", tier="Gold"), "unknown tier: Gold"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", locale="es"), "unsupported locale: es"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=[]), "at least one channel is required"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["fax"]), "unknown channel: fax"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["sms"]), "sms needs a phone number"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", phone="", channels=["sms"]), "sms needs a phone number"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["push"]),
     "push is only for gold and platinum customers"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", tier="silver", channels=["email", "push"]),
     "push is only for gold and platinum customers"),
])
def test_register_rejects(reg, kwargs, message):
    with pytest.raises(CustomerError) as info:
        reg.register(**kwargs)
    assert str(info.value) == message
    assert reg.customers == {}
    assert reg.dispatcher.sent == [] and reg.dispatcher.suppressed == []


@pytest.mark.parametrize("kwargs, message", [
    (dict(customer_id="", name="", email="bad", tier="x", locale="x", channels=[]), "customer id is required"),
    (dict(customer_id="A1", name="", email="bad", tier="x", locale="x", channels=[]), "name is required"),
    (dict(customer_id="A1", name="Ann", email="bad", tier="x", locale="x", channels=[]), "invalid email: bad"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", tier="x", locale="x", channels=[]), "unknown tier: x"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", locale="x", channels=[]), "unsupported locale: x"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["sms", "fax"]), "sms needs a phone number"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["fax", "sms"]), "unknown channel: fax"),
    (dict(customer_id="A1", name="Ann", email="a@x.io", channels=["push", "sms"]),
     "push is only for gold and platinum customers"),
])
def test_register_check_order(reg, kwargs, message):
    with pytest.raises(CustomerError, match="^%s$" % message):
        reg.register(**kwargs)


def test_register_rejects_duplicate_id_first(reg):
    reg.register("A1", "Ann", "a@x.io")
    with pytest.raises(CustomerError, match="^customer A1 already exists$"):
        reg.register("A1", "", "bad")
    assert len(reg.dispatcher.sent) == 1


@pytest.mark.parametrize("tier", ["gold", "platinum"])
def test_push_allowed_for_push_tiers(reg, tier):
    c = reg.register("A1", "Ann", "a@x.io", tier=tier, channels=["push"])
    assert c.channels == ["push"]


# --- register: the customer ---------------------------------------------------

def test_register_returns_stored_customer(reg):
    c = reg.register("A1", "  Ann Lee ", "a@x.io")
    assert reg.get("A1") is c
    assert reg.customers == {"A1": c}
    assert (c.customer_id, c.name, c.email, c.phone, c.tier, c.channels, c.locale, c.active, c.history) == (
        "A1", "Ann Lee", "a@x.io", None, "basic", ["email"], "en", True, ["registered"])


def test_register_keeps_every_field(reg):
    given = ["sms", "email"]
    c = reg.register("A2", "Bo", "bo@x.io", "+4415", "silver", given, "fr")
    given.clear()
    assert (c.phone, c.tier, c.channels, c.locale) == ("+4415", "silver", ["sms", "email"], "fr")


def test_get_unknown_customer(reg):
    with pytest.raises(CustomerError, match="^unknown customer: Z9$"):
        reg.get("Z9")


# --- welcome messages ---------------------------------------------------------

@pytest.mark.parametrize("locale, subject", [
    ("en", "Welcome, Ann"), ("de", "Willkommen, Ann"), ("fr", "Bienvenue, Ann"),
])
def test_welcome_subject_per_locale(reg, locale, subject):
    reg.register("A1", "Ann", "a@x.io", locale=locale)
    assert reg.dispatcher.sent == [msg("A1", "welcome", "email", "a@x.io", subject, "Your Basic account A1 is ready.")]


@pytest.mark.parametrize("tier, label", [("basic", "Basic"), ("silver", "Silver"), ("gold", "Gold"),
                                         ("platinum", "Platinum")])
def test_welcome_names_the_tier(reg, tier, label):
    reg.register("A1", "Ann", "a@x.io", tier=tier)
    assert reg.dispatcher.sent[0]["body"] == "Your %s account A1 is ready." % label


def test_basic_customers_get_no_sms_welcome(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", channels=["email", "sms"])
    assert [m["channel"] for m in reg.dispatcher.sent] == ["email"]
    assert reg.dispatcher.suppressed == [("A1", "welcome", "sms")]


@pytest.mark.parametrize("tier", ["silver", "gold", "platinum"])
def test_sms_welcome_from_silver_up(reg, tier):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", tier=tier, channels=["sms", "email"])
    label = TIER_LABELS[tier]
    assert reg.dispatcher.sent == [
        msg("A1", "welcome", "sms", "+4411", "", "Welcome, Ann: Your %s account A1 is ready." % label),
        msg("A1", "welcome", "email", "a@x.io", "Welcome, Ann", "Your %s account A1 is ready." % label),
    ]
    assert reg.dispatcher.suppressed == []


@pytest.mark.parametrize("phone, reachable", [
    ("+15550100", True), ("+441234", True), ("+4917012", True), ("+33612", True),
    ("+34612", False), ("0171234", False), ("4412", False), ("+4", False),
])
def test_sms_needs_a_known_prefix(reg, phone, reachable):
    reg.register("A1", "Ann", "a@x.io", phone=phone, tier="silver", channels=["sms"])
    if reachable:
        assert [m["to"] for m in reg.dispatcher.sent] == [phone]
        assert reg.dispatcher.suppressed == []
    else:
        assert reg.dispatcher.sent == []
        assert reg.dispatcher.suppressed == [("A1", "welcome", "sms")]


def test_sms_text_of_exactly_sixty_characters_is_kept(reg):
    reg.register("K1", "N" * 17, "k@x.io", phone="+1", tier="silver", channels=["sms"])
    body = reg.dispatcher.sent[0]["body"]
    assert body == "Welcome, NNNNNNNNNNNNNNNNN: Your Silver account K1 is ready."
    assert len(body) == 60


def test_sms_text_over_sixty_characters_is_cut(reg):
    reg.register("K2", "N" * 18, "k@x.io", phone="+1", tier="silver", channels=["sms"])
    assert reg.dispatcher.sent[0]["body"] == "Welcome, NNNNNNNNNNNNNNNNNN: Your Silver account K2 is re..."


def test_push_welcome_has_subject_only(reg):
    reg.register("G1", "Gia", "g@x.io", tier="gold", channels=["push", "email"], locale="de")
    assert reg.dispatcher.sent == [
        msg("G1", "welcome", "push", "push:G1", "Willkommen, Gia", ""),
        msg("G1", "welcome", "email", "g@x.io", "Willkommen, Gia", "Your Gold account G1 is ready."),
    ]


def test_repeated_channel_sends_twice(reg):
    reg.register("A1", "Ann", "a@x.io", channels=["email", "email"])
    assert [m["channel"] for m in reg.dispatcher.sent] == ["email", "email"]


# --- update_contact -----------------------------------------------------------

def test_update_unknown_customer(reg):
    with pytest.raises(CustomerError, match="^unknown customer: A1$"):
        reg.update_contact("A1", email="n@x.io")


def test_update_needs_something(reg):
    reg.register("A1", "Ann", "a@x.io")
    with pytest.raises(CustomerError, match="^nothing to update$"):
        reg.update_contact("A1")


def test_update_inactive_customer_checked_first(reg):
    reg.register("A1", "Ann", "a@x.io")
    reg.deactivate("A1", "moved")
    with pytest.raises(CustomerError, match="^customer A1 is inactive$"):
        reg.update_contact("A1")


def test_update_with_same_values_changes_nothing(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1")
    assert reg.update_contact("A1", email="a@x.io", phone="+1") == []
    assert len(reg.dispatcher.sent) == 1
    assert reg.get("A1").history == ["registered"]


def test_update_rejects_invalid_email(reg):
    reg.register("A1", "Ann", "a@x.io")
    with pytest.raises(CustomerError, match="^invalid email: nope$"):
        reg.update_contact("A1", email="nope", phone="+1")
    c = reg.get("A1")
    assert (c.email, c.phone, c.history) == ("a@x.io", None, ["registered"])


def test_email_change_notices(reg):
    reg.register("A1", "Ann", "old@x.io", locale="fr")
    assert reg.update_contact("A1", email="new@x.io") == ["email"]
    body = "We updated your email. If this was not you, call us."
    assert reg.dispatcher.sent[1:] == [
        msg("A1", "contact_changed", "email", "new@x.io", "Vos coordonnées ont changé", body),
        msg("A1", "contact_changed", "email", "old@x.io", "Vos coordonnées ont changé", body),
    ]
    c = reg.get("A1")
    assert (c.email, c.history) == ("new@x.io", ["registered", "contact:email"])


def test_phone_change_goes_to_email_and_sms(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", channels=["sms"], locale="de")
    assert reg.update_contact("A1", phone="+4922") == ["phone"]
    assert reg.dispatcher.sent == [
        msg("A1", "contact_changed", "email", "a@x.io", "Ihre Kontaktdaten wurden geändert",
            "We updated your phone. If this was not you, call us."),
        msg("A1", "contact_changed", "sms", "+4922", "",
            "Ihre Kontaktdaten wurden geändert: We updated your phone...."),
    ]
    assert reg.dispatcher.suppressed == [("A1", "welcome", "sms")]
    assert reg.get("A1").history == ["registered", "contact:phone"]


def test_both_changed(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1", tier="gold", channels=["email", "sms", "push"])
    assert reg.update_contact("A1", email="b@x.io", phone="+4477") == ["email", "phone"]
    notices = reg.dispatcher.sent[3:]
    assert [(m["channel"], m["to"]) for m in notices] == [("email", "b@x.io"), ("sms", "+4477"), ("email", "a@x.io")]
    assert notices[0]["body"] == "We updated your email and phone. If this was not you, call us."
    assert notices[1]["body"] == "Your contact details changed: We updated your email and p..."
    assert reg.get("A1").history == ["registered", "contact:email,phone"]


def test_contact_notice_sms_suppressed_when_unreachable(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", tier="silver", channels=["email", "sms"])
    assert reg.update_contact("A1", phone="0800") == ["phone"]
    assert [m["channel"] for m in reg.dispatcher.sent[2:]] == ["email"]
    assert reg.dispatcher.suppressed == [("A1", "contact_changed", "sms")]


def test_contact_notice_without_sms_channel(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411")
    reg.update_contact("A1", phone="+4412")
    assert [m["channel"] for m in reg.dispatcher.sent[1:]] == ["email"]
    assert reg.dispatcher.suppressed == []


def test_clearing_phone(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411")
    assert reg.update_contact("A1", phone="") == ["phone"]
    assert reg.get("A1").phone is None


def test_clearing_phone_when_already_none(reg):
    reg.register("A1", "Ann", "a@x.io")
    assert reg.update_contact("A1", phone="") == ["phone"]
    assert reg.get("A1").phone is None


def test_cannot_clear_phone_used_for_sms(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", channels=["sms"])
    with pytest.raises(CustomerError, match="^sms needs a phone number$"):
        reg.update_contact("A1", email="b@x.io", phone="")
    c = reg.get("A1")
    # the email had already been changed when the phone was refused
    assert (c.email, c.phone, c.history) == ("b@x.io", "+4411", ["registered"])
    assert reg.dispatcher.sent == []


# --- change_tier --------------------------------------------------------------

def test_tier_unknown_customer(reg):
    with pytest.raises(CustomerError, match="^unknown customer: A1$"):
        reg.change_tier("A1", "gold")


def test_tier_unknown_tier_checked_before_inactive(reg):
    reg.register("A1", "Ann", "a@x.io")
    reg.deactivate("A1", "moved")
    with pytest.raises(CustomerError, match="^unknown tier: iron$"):
        reg.change_tier("A1", "iron")
    with pytest.raises(CustomerError, match="^customer A1 is inactive$"):
        reg.change_tier("A1", "gold")


def test_same_tier_is_no_change(reg):
    reg.register("A1", "Ann", "a@x.io", tier="gold")
    assert reg.change_tier("A1", "gold") is False
    assert len(reg.dispatcher.sent) == 1
    assert reg.get("A1").history == ["registered"]


def test_upgrade_basic_to_silver(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1", channels=["email", "sms"])
    assert reg.change_tier("A1", "silver") is True
    c = reg.get("A1")
    assert (c.tier, c.channels, c.history) == ("silver", ["email", "sms"], ["registered", "tier:basic->silver"])
    assert reg.dispatcher.sent[1:] == [
        msg("A1", "tier_upgraded", "email", "a@x.io", "You are now Silver", "Thank you! You moved from Basic to Silver."),
        msg("A1", "tier_upgraded", "sms", "+1", "", "You are now Silver: Thank you! You moved from Basic to Si..."),
    ]


def test_upgrade_into_gold_adds_push(reg):
    reg.register("A1", "Ann", "a@x.io", tier="silver", locale="de")
    reg.change_tier("A1", "gold")
    assert reg.get("A1").channels == ["email", "push"]
    assert reg.dispatcher.sent[1:] == [
        msg("A1", "tier_upgraded", "email", "a@x.io", "Sie sind jetzt Gold", "Thank you! You moved from Silver to Gold."),
        msg("A1", "tier_upgraded", "push", "push:A1", "Sie sind jetzt Gold", ""),
    ]


def test_upgrade_basic_to_platinum_adds_push(reg):
    reg.register("A1", "Ann", "a@x.io")
    reg.change_tier("A1", "platinum")
    assert reg.get("A1").channels == ["email", "push"]
    assert [m["channel"] for m in reg.dispatcher.sent[1:]] == ["email", "push"]
    assert reg.dispatcher.sent[1]["body"] == "Thank you! You moved from Basic to Platinum."


def test_upgrade_within_push_tiers_is_not_pushed(reg):
    reg.register("A1", "Ann", "a@x.io", tier="gold", channels=["push", "email"])
    reg.change_tier("A1", "platinum")
    assert reg.get("A1").channels == ["push", "email"]
    assert [m["channel"] for m in reg.dispatcher.sent[2:]] == ["email"]
    assert reg.dispatcher.suppressed == [("A1", "tier_upgraded", "push")]


def test_upgrade_within_push_tiers_without_push_adds_it(reg):
    reg.register("A1", "Ann", "a@x.io", tier="gold")
    reg.change_tier("A1", "platinum")
    assert reg.get("A1").channels == ["email", "push"]
    assert [m["channel"] for m in reg.dispatcher.sent[1:]] == ["email"]
    assert reg.dispatcher.suppressed == [("A1", "tier_upgraded", "push")]


def test_upgrade_silver_to_gold_without_email(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1", tier="silver", channels=["sms"])
    reg.change_tier("A1", "gold")
    assert [m["channel"] for m in reg.dispatcher.sent[1:]] == ["sms", "push"]


def test_downgrade_out_of_push_tiers(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1", tier="gold", channels=["push", "sms", "email"])
    assert reg.change_tier("A1", "silver") is True
    c = reg.get("A1")
    assert (c.tier, c.channels, c.history) == ("silver", ["sms", "email"], ["registered", "tier:gold->silver"])
    assert reg.dispatcher.sent[3:] == [
        msg("A1", "tier_downgraded", "email", "a@x.io", "Your tier is now Silver", "Your tier moved from Gold to Silver."),
    ]
    assert reg.dispatcher.suppressed == [("A1", "tier_downgraded", "sms")]


def test_downgrade_within_push_tiers_keeps_push(reg):
    reg.register("A1", "Ann", "a@x.io", tier="platinum", channels=["email", "push"], locale="fr")
    reg.change_tier("A1", "gold")
    assert reg.get("A1").channels == ["email", "push"]
    assert reg.dispatcher.sent[2:] == [
        msg("A1", "tier_downgraded", "email", "a@x.io", "Votre niveau est maintenant Gold",
            "Your tier moved from Platinum to Gold."),
    ]
    assert reg.dispatcher.suppressed == [("A1", "tier_downgraded", "push")]


def test_downgrade_without_email_sends_nothing(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+1", tier="silver", channels=["sms"])
    assert reg.change_tier("A1", "basic") is True
    assert len(reg.dispatcher.sent) == 1
    assert reg.dispatcher.suppressed == [("A1", "tier_downgraded", "sms")]


def test_downgrade_platinum_to_basic(reg):
    reg.register("A1", "Ann", "a@x.io", tier="platinum", channels=["push"], locale="de")
    reg.change_tier("A1", "basic")
    assert reg.get("A1").channels == []
    assert len(reg.dispatcher.sent) == 1
    assert reg.dispatcher.suppressed == []


def test_tier_round_trip_history(reg):
    reg.register("A1", "Ann", "a@x.io")
    reg.change_tier("A1", "gold")
    reg.change_tier("A1", "silver")
    reg.change_tier("A1", "gold")
    assert reg.get("A1").history == ["registered", "tier:basic->gold", "tier:gold->silver", "tier:silver->gold"]
    assert reg.get("A1").channels == ["email", "push"]
    assert [m["event"] + "/" + m["channel"] for m in reg.dispatcher.sent] == [
        "welcome/email", "tier_upgraded/email", "tier_upgraded/push", "tier_downgraded/email",
        "tier_upgraded/email", "tier_upgraded/push"]


# --- deactivate ---------------------------------------------------------------

def test_deactivate_unknown(reg):
    with pytest.raises(CustomerError, match="^unknown customer: A1$"):
        reg.deactivate("A1", "moved")


@pytest.mark.parametrize("reason", ["", None])
def test_deactivate_needs_reason(reg, reason):
    reg.register("A1", "Ann", "a@x.io")
    with pytest.raises(CustomerError, match="^a reason is required$"):
        reg.deactivate("A1", reason)
    assert reg.get("A1").active is True


def test_deactivate_twice(reg):
    reg.register("A1", "Ann", "a@x.io")
    reg.deactivate("A1", "moved")
    with pytest.raises(CustomerError, match="^customer A1 is already inactive$"):
        reg.deactivate("A1", "")


def test_deactivate_notice(reg):
    reg.register("A1", "Ann", "a@x.io", phone="+4411", tier="gold", channels=["email", "sms", "push"], locale="de")
    assert reg.deactivate("A1", "fraud check") == 1
    c = reg.get("A1")
    assert (c.active, c.history) == (False, ["registered", "deactivated:fraud check"])
    assert reg.dispatcher.sent[-1] == msg("A1", "deactivated", "email", "a@x.io", "Ihr Konto wurde geschlossen",
                                          "Account A1 was closed (fraud check).")
    assert reg.dispatcher.suppressed == [("A1", "deactivated", "sms")]


@pytest.mark.parametrize("locale, subject", [
    ("en", "Your account was closed"), ("fr", "Votre compte a été fermé"),
])
def test_deactivate_subject(reg, locale, subject):
    reg.register("A1", "Ann", "a@x.io", locale=locale)
    assert reg.deactivate("A1", "moved") == 1
    assert reg.dispatcher.sent[-1]["subject"] == subject
    assert reg.dispatcher.suppressed == []


def test_other_locales_for_tier_messages(reg):
    reg.register("A1", "Ann", "a@x.io", tier="silver", locale="en")
    reg.register("A2", "Bo", "b@x.io", tier="gold", locale="de")
    reg.register("A3", "Cy", "c@x.io", tier="gold", locale="fr")
    reg.change_tier("A1", "basic")
    reg.change_tier("A2", "platinum")
    reg.change_tier("A3", "platinum")
    reg.update_contact("A1", phone="+1")
    assert [m["subject"] for m in reg.dispatcher.sent[3:]] == [
        "Your tier is now Basic", "Sie sind jetzt Platinum", "Vous êtes maintenant Platinum",
        "Your contact details changed"]


def test_given_dispatcher_is_kept():
    marker = object()
    assert CustomerRegistry(marker).dispatcher is marker
    assert CustomerRegistry(dispatcher=marker).dispatcher is marker
    assert CustomerRegistry(None).dispatcher is not None
