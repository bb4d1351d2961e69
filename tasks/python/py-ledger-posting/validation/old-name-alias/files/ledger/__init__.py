"""General ledger: journal, chart of accounts and posting rules."""

from .accounts import ACCOUNT_TYPES, POSTING_KINDS, RATES
from .journal import Journal
from .posting import PostingError, post_journal_entry

__all__ = ["ACCOUNT_TYPES", "POSTING_KINDS", "RATES", "Journal", "PostingError", "post_journal_entry"]
