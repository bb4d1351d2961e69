"""Stock on hand per SKU and bin."""

import locations
import orders

STOCK = {}


class StockError(ValueError):
    """Raised for impossible stock movements."""


def load_stock(rows):
    """Replace all stock with (sku, bin, quantity) rows; bins are normalised."""
    STOCK.clear()
    for sku, code, qty in rows:
        zone, aisle, level = locations.parse_bin(code)
        if qty < 0:
            raise StockError("negative stock for %s in %s" % (sku, code))
        key = "%s-%02d-%d" % (zone, aisle, level)
        STOCK.setdefault(sku, {})
        STOCK[sku][key] = STOCK[sku].get(key, 0) + qty


def on_hand(sku):
    return sum(STOCK.get(sku, {}).values())


def available(sku):
    """On hand minus what open orders have reserved."""
    return on_hand(sku) - orders.reserved_quantity(sku)


def take(sku, code, qty):
    """Remove `qty` of `sku` from a bin (after picking)."""
    bins = STOCK.get(sku, {})
    if code not in bins:
        raise StockError("%s is not stocked in %s" % (sku, code))
    if bins[code] < qty:
        raise StockError("only %d of %s in %s" % (bins[code], sku, code))
    bins[code] -= qty
