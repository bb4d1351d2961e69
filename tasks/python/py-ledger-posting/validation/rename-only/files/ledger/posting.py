"""Posting rules: turn a business event into balanced journal lines."""

from .accounts import ACCOUNT_TYPES, POSTING_KINDS, RATES


class PostingError(ValueError):
    """Raised when an event cannot be posted to the journal."""


def post_journal_entry(journal, kind, amount, currency="USD", tax_rate=0.0, memo=None,
                       reverse=False, settle=False, allow_overdraw=False):
    """Post one event and return its entry id. Nothing is written when an error is raised."""
    _validate(journal, kind, amount, currency)
    base = _convert(journal, amount, currency)
    lines = []
    if kind == "sale" or kind == "fee":
        if tax_rate < 0 or tax_rate >= 1:
            raise PostingError("tax rate out of range: %s" % tax_rate)
        tax = round(base * tax_rate, 2)
        if settle:
            lines.append(("cash", base + tax, 0.0))
        else:
            lines.append(("receivables", base + tax, 0.0))
        if kind == "sale":
            lines.append(("revenue", 0.0, base))
        else:
            lines.append(("fees", 0.0, base))
        if tax > 0:
            lines.append(("tax_payable", 0.0, tax))
    else:
        if tax_rate:
            raise PostingError("tax not allowed on %s" % kind)
        if settle:
            raise PostingError("settle only applies to sales and fees")
        if kind == "payment":
            lines.append(("cash", base, 0.0))
            lines.append(("receivables", 0.0, base))
        elif kind == "discount":
            lines.append(("discounts", base, 0.0))
            lines.append(("receivables", 0.0, base))
        else:
            if not memo:
                raise PostingError("a write-off needs a memo")
            lines.append(("write_offs", base, 0.0))
            lines.append(("receivables", 0.0, base))
    if reverse:
        flipped = []
        for account, debit, credit in lines:
            flipped.append((account, credit, debit))
        lines = flipped
    if not allow_overdraw:
        for account, debit, credit in lines:
            if credit > 0:
                if ACCOUNT_TYPES[account] == "asset":
                    if journal.balance(account) - credit < -0.005:
                        if reverse:
                            raise PostingError("cannot reverse %s: %s would go negative" % (kind, account))
                        else:
                            raise PostingError("insufficient %s for %s of %.2f" % (account, kind, base))
            else:
                if ACCOUNT_TYPES[account] != "asset" and reverse:
                    if journal.balance(account) - debit < -0.005:
                        raise PostingError("cannot reverse %s: %s would go negative" % (kind, account))
    if memo:
        text = memo.strip()
    else:
        text = "%s %.2f %s" % (kind, base, journal.currency)
    if reverse:
        text = "REVERSAL: " + text
    entry = journal.next_entry
    journal.next_entry = entry + 1
    for account, debit, credit in lines:
        journal.lines.append({
            "entry": entry, "kind": kind, "account": account,
            "debit": round(debit, 2), "credit": round(credit, 2), "memo": text,
        })
        if ACCOUNT_TYPES[account] in ("asset", "expense"):
            journal.balances[account] = journal.balances.get(account, 0.0) + debit - credit
        else:
            journal.balances[account] = journal.balances.get(account, 0.0) + credit - debit
    return entry


def _validate(journal, kind, amount, currency):
    if journal is None:
        raise PostingError("no journal")
    if kind not in POSTING_KINDS:
        raise PostingError("unknown posting kind: %s" % kind)
    if amount is None or amount <= 0:
        raise PostingError("amount must be positive")
    if currency not in RATES:
        raise PostingError("unsupported currency: %s" % currency)


def _convert(journal, amount, currency):
    if currency == journal.currency:
        base = round(amount, 2)
    else:
        base = round(amount * RATES[currency] / RATES[journal.currency], 2)
    if base == 0:
        raise PostingError("amount rounds to zero")
    return base
