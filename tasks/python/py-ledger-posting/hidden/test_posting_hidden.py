"""Hidden tests for the ledger's posting function (under its old or its new name)."""

import pytest

import ledger
from ledger import Journal, PostingError
from ledger import posting as posting_module

post = getattr(posting_module, "post_journal_entry", None) or getattr(posting_module, "do_post_txn")


def lines_of(journal, entry):
    return [(l["account"], l["debit"], l["credit"]) for l in journal.entry_lines(entry)]


def funded(receivables=0.0, cash=0.0):
    journal = Journal()
    if receivables:
        post(journal, "sale", receivables)
    if cash:
        post(journal, "sale", cash, settle=True)
    return journal


def test_package_exports_the_posting_function():
    name = post.__name__
    assert getattr(ledger, name) is post
    assert issubclass(PostingError, ValueError)
    assert ledger.PostingError is PostingError


# --- validation, in order -----------------------------------------------------

def test_no_journal():
    with pytest.raises(PostingError, match="^no journal$"):
        post(None, "bogus", -1, "XXX")


def test_unknown_kind_checked_before_amount():
    with pytest.raises(PostingError, match="^unknown posting kind: refund$"):
        post(Journal(), "refund", -1, "XXX")


@pytest.mark.parametrize("amount", [None, 0, -0.01, -5])
def test_amount_must_be_positive(amount):
    with pytest.raises(PostingError, match="^amount must be positive$"):
        post(Journal(), "sale", amount, "XXX")


def test_unsupported_currency():
    with pytest.raises(PostingError, match="^unsupported currency: CHF$"):
        post(Journal(), "sale", 10, "CHF")


@pytest.mark.parametrize("amount, currency", [(0.004, "USD"), (0.5, "JPY"), (0.73, "JPY")])
def test_amount_rounding_to_zero(amount, currency):
    with pytest.raises(PostingError, match="^amount rounds to zero$"):
        post(Journal(), "sale", amount, currency)


@pytest.mark.parametrize("amount, currency", [(0.005, "USD"), (0.74, "JPY")])
def test_smallest_postable_amounts(amount, currency):
    journal = Journal()
    post(journal, "sale", amount, currency)
    assert journal.balance("revenue") == 0.01


@pytest.mark.parametrize("rate", [-0.01, 1, 1.5])
@pytest.mark.parametrize("kind", ["sale", "fee"])
def test_tax_rate_out_of_range(kind, rate):
    with pytest.raises(PostingError, match="^tax rate out of range: %s$" % rate):
        post(Journal(), kind, 10, tax_rate=rate)


@pytest.mark.parametrize("rate, tax", [(0, None), (0.99, 9.9), (0.0004, None), (0.0005, 0.01)])
def test_tax_rate_edges(rate, tax):
    journal = Journal()
    entry = post(journal, "sale", 10, tax_rate=rate)
    expected = [("receivables", 10 + (tax or 0), 0.0), ("revenue", 0.0, 10.0)]
    if tax:
        expected.append(("tax_payable", 0.0, tax))
    assert lines_of(journal, entry) == expected


@pytest.mark.parametrize("kind", ["payment", "discount", "write_off"])
def test_tax_not_allowed_on_settlements(kind):
    journal = funded(receivables=100)
    with pytest.raises(PostingError, match="^tax not allowed on %s$" % kind):
        post(journal, kind, 10, tax_rate=0.1, settle=True)


@pytest.mark.parametrize("kind", ["payment", "discount", "write_off"])
def test_negative_tax_also_refused_on_settlements(kind):
    with pytest.raises(PostingError, match="^tax not allowed on %s$" % kind):
        post(funded(receivables=100), kind, 10, tax_rate=-0.1)


@pytest.mark.parametrize("kind", ["payment", "discount", "write_off"])
def test_settle_only_for_charges(kind):
    with pytest.raises(PostingError, match="^settle only applies to sales and fees$"):
        post(funded(receivables=100), kind, 10, settle=True)


@pytest.mark.parametrize("memo", [None, ""])
def test_write_off_needs_memo(memo):
    with pytest.raises(PostingError, match="^a write-off needs a memo$"):
        post(funded(receivables=100), "write_off", 10, memo=memo)


def test_memo_checked_before_balance():
    with pytest.raises(PostingError, match="memo"):
        post(Journal(), "write_off", 10)


# --- lines per kind -----------------------------------------------------------

@pytest.mark.parametrize("settle, debited", [(False, "receivables"), (True, "cash")])
def test_sale_lines(settle, debited):
    journal = Journal()
    entry = post(journal, "sale", 100, tax_rate=0.2, settle=settle)
    assert entry == 1
    assert lines_of(journal, entry) == [(debited, 120.0, 0.0), ("revenue", 0.0, 100.0), ("tax_payable", 0.0, 20.0)]
    assert journal.balance(debited) == 120.0
    assert journal.balance("revenue") == 100.0
    assert journal.balance("tax_payable") == 20.0


@pytest.mark.parametrize("settle, debited", [(False, "receivables"), (True, "cash")])
def test_fee_lines(settle, debited):
    journal = Journal()
    entry = post(journal, "fee", 12.5, tax_rate=0.1, settle=settle)
    assert lines_of(journal, entry) == [(debited, 13.75, 0.0), ("fees", 0.0, 12.5), ("tax_payable", 0.0, 1.25)]
    assert journal.balance("fees") == 12.5
    assert journal.balance("revenue") == 0.0


@pytest.mark.parametrize("kind, debited", [("payment", "cash"), ("discount", "discounts"), ("write_off", "write_offs")])
def test_settlement_lines(kind, debited):
    journal = funded(receivables=50)
    entry = post(journal, kind, 20, memo="m")
    assert entry == 2
    assert lines_of(journal, entry) == [(debited, 20.0, 0.0), ("receivables", 0.0, 20.0)]
    assert journal.balance(debited) == 20.0
    assert journal.balance("receivables") == 30.0


def test_line_records_and_entry_numbers():
    journal = Journal()
    first = post(journal, "sale", 10)
    second = post(journal, "payment", 4, memo="  partial  ")
    assert (first, second) == (1, 2)
    assert journal.next_entry == 3
    assert journal.lines[-1] == {
        "entry": 2, "kind": "payment", "account": "receivables",
        "debit": 0.0, "credit": 4.0, "memo": "partial",
    }
    assert journal.lines[0]["memo"] == "sale 10.00 USD"
    assert journal.lines[0]["kind"] == "sale"
    assert len(journal.lines) == 4


def test_amounts_are_rounded_before_posting():
    journal = Journal()
    entry = post(journal, "sale", 10.006, tax_rate=0.125)
    assert lines_of(journal, entry) == [("receivables", 11.26, 0.0), ("revenue", 0.0, 10.01), ("tax_payable", 0.0, 1.25)]


# --- currency -----------------------------------------------------------------

@pytest.mark.parametrize("amount, currency, base", [
    (100, "EUR", 110.0), (100, "GBP", 125.0), (1000, "JPY", 6.8), (10.004, "USD", 10.0), (3.333, "EUR", 3.67),
])
def test_conversion_into_usd_journal(amount, currency, base):
    journal = Journal()
    post(journal, "sale", amount, currency)
    assert journal.balance("revenue") == base


@pytest.mark.parametrize("amount, currency, base", [(100, "USD", 80.0), (110, "EUR", 96.8), (50, "GBP", 50.0)])
def test_conversion_into_gbp_journal(amount, currency, base):
    journal = Journal(currency="GBP")
    entry = post(journal, "sale", amount, currency)
    assert journal.balance("revenue") == base
    assert journal.lines[0]["memo"] == "sale %.2f GBP" % base
    assert entry == 1


# --- memos --------------------------------------------------------------------

@pytest.mark.parametrize("memo, reverse, expected", [
    (None, False, "sale 12.30 USD"),
    ("", False, "sale 12.30 USD"),
    ("  hello ", False, "hello"),
    (None, True, "REVERSAL: sale 12.30 USD"),
    ("undo", True, "REVERSAL: undo"),
])
def test_memo_text(memo, reverse, expected):
    journal = funded(receivables=100)
    entry = post(journal, "sale", 12.3, memo=memo, reverse=reverse)
    assert {l["memo"] for l in journal.entry_lines(entry)} == {expected}


# --- overdraw checks ------------------------------------------------------------

@pytest.mark.parametrize("kind", ["payment", "discount", "write_off"])
def test_settlement_cannot_exceed_receivables(kind):
    journal = funded(receivables=50)
    with pytest.raises(PostingError, match=r"^insufficient receivables for %s of 50\.01$" % kind):
        post(journal, kind, 50.01, memo="m")
    assert len(journal.lines) == 2
    assert journal.next_entry == 2


@pytest.mark.parametrize("kind", ["payment", "discount", "write_off"])
def test_settlement_up_to_receivables(kind):
    journal = funded(receivables=50)
    post(journal, kind, 50, memo="m")
    assert journal.balance("receivables") == 0.0


def test_float_noise_tolerated():
    journal = Journal()
    journal.balances["receivables"] = 9.996
    post(journal, "payment", 10)
    assert journal.balance("receivables") == 0.0
    journal.balances["receivables"] = 9.994
    with pytest.raises(PostingError, match="insufficient"):
        post(journal, "payment", 10)


def test_overdraw_message_uses_converted_amount():
    journal = funded(receivables=10)
    with pytest.raises(PostingError, match=r"^insufficient receivables for payment of 11\.00$"):
        post(journal, "payment", 10, "EUR")


def test_allow_overdraw():
    journal = Journal()
    entry = post(journal, "write_off", 30, memo="bad debt", allow_overdraw=True)
    assert journal.balance("receivables") == -30.0
    assert lines_of(journal, entry) == [("write_offs", 30.0, 0.0), ("receivables", 0.0, 30.0)]


def test_debits_to_overdrawn_asset_are_fine():
    journal = Journal()
    post(journal, "payment", 30, allow_overdraw=True)
    post(journal, "sale", 5)
    assert journal.balance("receivables") == -25.0
    post(journal, "fee", 5)
    assert journal.balance("receivables") == -20.0


def test_credits_to_income_do_not_need_a_balance():
    journal = Journal()
    journal.balances["revenue"] = -100.0
    journal.balances["tax_payable"] = -100.0
    post(journal, "sale", 10, tax_rate=0.5)
    assert journal.balance("revenue") == -90.0


def test_settlement_debits_to_expense_do_not_need_a_balance():
    journal = funded(receivables=10)
    journal.balances["discounts"] = -50.0
    journal.balances["cash"] = -50.0
    post(journal, "discount", 5)
    post(journal, "payment", 5)
    assert journal.balance("discounts") == -45.0


# --- reversal -------------------------------------------------------------------

def test_reverse_sale_flips_lines():
    journal = Journal()
    post(journal, "sale", 100, tax_rate=0.1)
    entry = post(journal, "sale", 100, tax_rate=0.1, reverse=True)
    assert lines_of(journal, entry) == [("receivables", 0.0, 110.0), ("revenue", 100.0, 0.0), ("tax_payable", 10.0, 0.0)]
    for account in ("receivables", "revenue", "tax_payable"):
        assert journal.balance(account) == 0.0


def test_reverse_settled_sale_needs_cash():
    journal = Journal()
    post(journal, "sale", 100, settle=True)
    journal.balances["cash"] = 50.0
    with pytest.raises(PostingError, match="^cannot reverse sale: cash would go negative$"):
        post(journal, "sale", 100, settle=True, reverse=True)


def test_reverse_sale_needs_revenue():
    journal = Journal()
    post(journal, "sale", 100)
    post(journal, "fee", 100)
    journal.balances["revenue"] = 99.99
    with pytest.raises(PostingError, match="^cannot reverse sale: revenue would go negative$"):
        post(journal, "sale", 100, reverse=True)
    journal.balances["revenue"] = 99.996
    post(journal, "sale", 100, reverse=True)


def test_reverse_fee_needs_tax_payable():
    journal = funded(receivables=500)
    post(journal, "fee", 10)
    with pytest.raises(PostingError, match="^cannot reverse fee: tax_payable would go negative$"):
        post(journal, "fee", 10, tax_rate=0.2, reverse=True)


def test_reverse_fee_needs_fees():
    journal = funded(receivables=500)
    with pytest.raises(PostingError, match="^cannot reverse fee: fees would go negative$"):
        post(journal, "fee", 10, reverse=True)


def test_reverse_sale_needs_receivables():
    journal = Journal()
    post(journal, "fee", 100)
    journal.balances["revenue"] = 500.0
    with pytest.raises(PostingError, match="^cannot reverse sale: receivables would go negative$"):
        post(journal, "sale", 100.01, reverse=True)


def test_reverse_payment_needs_cash():
    journal = funded(receivables=100)
    post(journal, "payment", 40)
    with pytest.raises(PostingError, match="^cannot reverse payment: cash would go negative$"):
        post(journal, "payment", 40.01, reverse=True)
    entry = post(journal, "payment", 40, reverse=True)
    assert lines_of(journal, entry) == [("cash", 0.0, 40.0), ("receivables", 40.0, 0.0)]
    assert journal.balance("receivables") == 100.0


@pytest.mark.parametrize("kind, expense", [("discount", "discounts"), ("write_off", "write_offs")])
def test_reverse_expense_settlement_is_unchecked(kind, expense):
    journal = Journal()
    entry = post(journal, kind, 25, memo="x", reverse=True)
    assert lines_of(journal, entry) == [(expense, 0.0, 25.0), ("receivables", 25.0, 0.0)]
    assert journal.balance(expense) == -25.0
    assert journal.balance("receivables") == 25.0


def test_reverse_with_allow_overdraw():
    journal = Journal()
    post(journal, "sale", 10, reverse=True, allow_overdraw=True, tax_rate=0.5)
    assert journal.balance("receivables") == -15.0
    assert journal.balance("revenue") == -10.0
    assert journal.balance("tax_payable") == -5.0


def test_failed_posting_writes_nothing():
    journal = funded(receivables=10)
    before = (list(journal.lines), dict(journal.balances), journal.next_entry)
    for call in (
        lambda: post(journal, "payment", 11),
        lambda: post(journal, "sale", 10, tax_rate=2),
        lambda: post(journal, "sale", 11, reverse=True),
    ):
        with pytest.raises(PostingError):
            call()
    assert (journal.lines, journal.balances, journal.next_entry) == before


def test_small_credit_to_asset_is_checked():
    journal = funded(receivables=0.3)
    with pytest.raises(PostingError, match=r"^insufficient receivables for payment of 0\.50$"):
        post(journal, "payment", 0.5)
    with pytest.raises(PostingError, match="^cannot reverse sale: receivables would go negative$"):
        post(journal, "sale", 0.31, reverse=True)
