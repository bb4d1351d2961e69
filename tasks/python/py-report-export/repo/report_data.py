"""Shared definitions for the sales report exporters.

A sales row is a dict: {"date": datetime.date, "region": str, "rep": str, "amount": float,
"currency": str, "returned": bool (optional)}.
"""


class ExportError(ValueError):
    """Raised when a report cannot be exported with the given options."""
