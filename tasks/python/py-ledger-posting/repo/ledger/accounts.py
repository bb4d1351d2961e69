"""Chart of accounts and currency table shared by the ledger."""

ACCOUNT_TYPES = {
    "cash": "asset",
    "receivables": "asset",
    "revenue": "income",
    "fees": "income",
    "tax_payable": "liability",
    "discounts": "expense",
    "write_offs": "expense",
}

# Units of USD per unit of the currency.
RATES = {"USD": 1.0, "EUR": 1.1, "GBP": 1.25, "JPY": 0.0068}

POSTING_KINDS = ("sale", "payment", "discount", "fee", "write_off")


def increases_on_debit(account):
    """Assets and expenses grow with debits; income and liabilities with credits."""
    return ACCOUNT_TYPES[account] in ("asset", "expense")
