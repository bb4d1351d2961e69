"""Product catalogue: lookups and stock."""

from catalog.products import CatalogError, find_product
from catalog.stock import has_stock

__all__ = ["CatalogError", "has_stock", "find_product"]
