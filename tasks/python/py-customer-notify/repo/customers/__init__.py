"""Customer records and the registry that changes them."""
