"""Reports of a run: the JSON document (the contract), the terminal table and the HTML page."""
