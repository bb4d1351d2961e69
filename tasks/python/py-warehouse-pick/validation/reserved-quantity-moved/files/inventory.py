"""Stock on hand per SKU and bin, and how much of it open orders have reserved.

Depends only on `locations`; orders book and free their reservations here.
"""

import locations

STOCK = {}
RESERVED = {}  # order id -> {sku: quantity}


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


def reserved_quantity(sku):
    """How much of `sku` the open orders hold, summed in the order they were placed."""
    total = 0
    for quantities in RESERVED.values():
        total += quantities.get(sku, 0)
    return total


def reserve(order_id, quantities):
    RESERVED[order_id] = quantities


def unreserve(order_id):
    del RESERVED[order_id]


def clear_reservations():
    RESERVED.clear()


def available(sku):
    """On hand minus what open orders have reserved."""
    return on_hand(sku) - reserved_quantity(sku)


def stocked_bins(sku):
    """Bins holding `sku`, fullest first (ties by bin code)."""
    bins = STOCK.get(sku, {})
    found = [(qty, code) for code, qty in bins.items() if qty > 0]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [code for qty, code in found]


def take(sku, code, qty):
    """Remove `qty` of `sku` from a bin (after picking)."""
    bins = STOCK.get(sku, {})
    if code not in bins:
        raise StockError("%s is not stocked in %s" % (sku, code))
    if bins[code] < qty:
        raise StockError("only %d of %s in %s" % (bins[code], sku, code))
    bins[code] -= qty
