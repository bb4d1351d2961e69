"""Product catalogue: lookups and stock."""

from catalog.products import CatalogError, find_product
from catalog.stock import has_stock

__all__ = ["CatalogError", "find_product", "has_stock"]
