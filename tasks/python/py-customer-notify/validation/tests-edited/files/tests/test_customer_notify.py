import pytest

from customers.models import CustomerError
from customers.registry import CustomerRegistry


def test_register_sends_a_welcome_email():
    registry = CustomerRegistry()
    registry.register("C100", "Ada Byron", "ada@example.com")
    assert registry.dispatcher.sent == [{
        "customer_id": "C100",
        "event": "welcome",
        "channel": "email",
        "to": "ada@example.com",
        "subject": "Welcome, Ada Byron",
        "body": registry.dispatcher.sent[0]["body"],
    }]


def test_upgrade_to_gold_adds_push():
    registry = CustomerRegistry()
    customer = registry.register("C7", "Lin", "lin@example.com", tier="silver", locale="fr")
    assert registry.change_tier("C7", "gold") is True
    assert customer.channels == ["email", "push"]
    assert [m["subject"] for m in registry.dispatcher.sent[1:]] == [
        "Vous êtes maintenant Gold", "Vous êtes maintenant Gold"]


def test_email_change_notifies_old_and_new_address():
    registry = CustomerRegistry()
    registry.register("C9", "Sam", "sam@old.example")
    assert registry.update_contact("C9", email="sam@new.example") == ["email"]
    assert [m["to"] for m in registry.dispatcher.sent[1:]] == ["sam@new.example", "sam@old.example"]


def test_deactivated_customer_gets_one_notice():
    registry = CustomerRegistry()
    registry.register("C3", "Kai", "kai@example.com", phone="+4917012", channels=["email", "sms"], tier="gold")
    assert registry.deactivate("C3", "moved abroad") == 1


def test_unknown_tier_is_rejected():
    registry = CustomerRegistry()
    with pytest.raises(CustomerError):
        registry.register("C1", "Bo", "bo@example.com", tier="diamond")
