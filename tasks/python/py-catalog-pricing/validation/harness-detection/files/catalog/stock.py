"""Stock levels per warehouse."""

from catalog.products import CatalogError, find_product

LEVELS = {
    ("MUG-01", "NORTH"): 40, ("MUG-01", "SOUTH"): 0, ("MUG-02", "NORTH"): 3,
    ("PAN-12", "NORTH"): 5, ("PAN-12", "SOUTH"): 12, ("BULB-9", "SOUTH"): 250,
}
WAREHOUSES = ("NORTH", "SOUTH")


def has_stock(sku, qty, warehouse=None):
    """True when `qty` units of `sku` (after alias and replacement) can ship from `warehouse`,
    or from any warehouse when none is given."""
    if qty <= 0:
        raise ValueError("quantity must be positive")
    rec = find_product(sku)
    if warehouse is not None:
        if warehouse not in WAREHOUSES:
            raise CatalogError("unknown warehouse: %s" % warehouse)
        return LEVELS.get((rec["sku"], warehouse), 0) >= qty
    for name in WAREHOUSES:
        if LEVELS.get((rec["sku"], name), 0) >= qty:
            return True
    return False
