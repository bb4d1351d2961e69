"""The in-memory journal the posting rules write to."""


class Journal:
    """A list of journal lines plus running balances per account."""

    def __init__(self, currency="USD"):
        self.currency = currency
        self.lines = []
        self.balances = {}
        self.next_entry = 1

    def balance(self, account):
        return round(self.balances.get(account, 0.0), 2)

    def entry_lines(self, entry_id):
        return [line for line in self.lines if line["entry"] == entry_id]
