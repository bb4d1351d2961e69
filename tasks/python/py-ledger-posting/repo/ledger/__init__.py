"""General ledger: journal, chart of accounts and posting rules."""

from .accounts import ACCOUNT_TYPES, POSTING_KINDS, RATES
from .journal import Journal
from .posting import PostingError, do_post_txn

__all__ = ["ACCOUNT_TYPES", "POSTING_KINDS", "RATES", "Journal", "PostingError", "do_post_txn"]
