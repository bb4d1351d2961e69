"""Customer billing on top of the general ledger."""
