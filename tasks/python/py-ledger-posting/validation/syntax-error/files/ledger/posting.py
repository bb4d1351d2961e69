"""Posting rules: turn a business event into balanced journal lines."""

from .accounts import ACCOUNT_TYPES, POSTING_KINDS, RATES, increases_on_debit

# Kinds that charge the customer (and may carry tax) -> the income account they credit.
INCOME_ACCOUNTS = {"sale": "revenue", "fee": "fees"}
# Kinds that reduce what the customer owes -> the account they debit.
SETTLEMENT_ACCOUNTS = {"payment": "cash", "discount": "discounts", "write_off": "write_offs"}
# Balances may dip this far below zero through float noise before a posting is refused.
TOLERANCE = 0.005


class PostingError(ValueError):
    """Raised when an event cannot be posted to the journal."""


def post_journal_entry(journal, kind, amount, currency="USD", tax_rate=0.0, memo=None,
                       reverse=False, settle=False, allow_overdraw=False):
    """Post one event and return its entry id. Nothing is written when an error is raised."""
    _check_request(journal, kind, amount, currency)
    base = _in_journal_currency(journal, amount, currency)
    lines = _event_lines(kind, base, tax_rate, memo, settle)
    if reverse:
        lines = [(account, credit, debit) for account, debit, credit in lines]
    if not allow_overdraw:
        _check_balances(journal, kind, base, lines, reverse)
    return _write_entry(journal, kind, lines, _memo_text(journal, kind, base, memo, reverse))


def _check_request(journal, kind, amount, currency):
    if journal is None:
        raise PostingError("no journal")
    if kind not in POSTING_KINDS:
        raise PostingError("unknown posting kind: %s" % kind)
    if amount is None or amount <= 0:
        raise PostingError("amount must be positive")
    if currency not in RATES:
        raise PostingError("unsupported currency: %s" % currency)


def _in_journal_currency(journal, amount, currency):
    if currency == journal.currency:
        base = round(amount, 2)
    else:
        base = round(amount * RATES[currency] / RATES[journal.currency], 2)
    if base == 0:
        raise PostingError("amount rounds to zero")
    return base


def _event_lines(kind, base, tax_rate, memo, settle):
    """The (account, debit, credit) lines of an event, before any reversal."""
    if kind in INCOME_ACCOUNTS:
        return _charge_lines(kind, base, tax_rate, settle)
    if tax_rate:
        raise PostingError("tax not allowed on %s" % kind)
    if settle:
        raise PostingError("settle only applies to sales and fees")
    if kind == "write_off" and not memo:
        raise PostingError("a write-off needs a memo")
    return [(SETTLEMENT_ACCOUNTS[kind], base, 0.0), ("receivables", 0.0, base)]


def _charge_lines(kind, base, tax_rate, settle):
    if tax_rate < 0 or tax_rate >= 1:
        raise PostingError("tax rate out of range: %s" % tax_rate)
    tax = round(base * tax_rate, 2)
    debited = "cash" if settle else "receivables"
    lines = [(debited, base + tax, 0.0), (INCOME_ACCOUNTS[kind], 0.0, base)]
    if tax > 0:
        lines.append(("tax_payable", 0.0, tax))
    return lines


def _check_balances(journal, kind, base, lines, reverse):
    """Refuse lines that would take an asset (or, on reversal, any other account) below zero."""
    for account, debit, credit in lines:
        drawn = _drawn_amount(account, debit, credit, reverse)
        if drawn is None or journal.balance(account) - drawn >= -TOLERANCE:
            continue
        if reverse:
            raise PostingError("cannot reverse %s: %s would go negative" % (kind, account))
        raise PostingError("insufficient %s for %s of %.2f" % (account, kind, base))


def _drawn_amount(account, debit, credit, reverse):
    """What a line takes out of an account that must not go negative; None when unchecked."""
    is_asset = ACCOUNT_TYPES[account] == "asset"
    if credit > 0:
        return credit if is_asset else None
    return debit if reverse and not is_asset else None


def _memo_text(journal, kind, base, memo, reverse)
    text = memo.strip() if memo else "%s %.2f %s" % (kind, base, journal.currency)
    return "REVERSAL: " + text if reverse else text


def _write_entry(journal, kind, lines, text):
    entry = journal.next_entry
    journal.next_entry = entry + 1
    for account, debit, credit in lines:
        journal.lines.append({
            "entry": entry, "kind": kind, "account": account,
            "debit": round(debit, 2), "credit": round(credit, 2), "memo": text,
        })
        old = journal.balances.get(account, 0.0)
        if increases_on_debit(account):
            journal.balances[account] = old + debit - credit
        else:
            journal.balances[account] = old + credit - debit
    return entry
