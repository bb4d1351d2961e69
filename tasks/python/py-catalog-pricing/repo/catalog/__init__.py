"""Product catalogue: lookups and stock."""

from catalog.products import CatalogError, get_prod_rec
from catalog.stock import chk_stk

__all__ = ["CatalogError", "chk_stk", "get_prod_rec"]
