"""Customer orders and the stock they reserve (booked in `inventory`)."""

import inventory

RESERVATIONS = {}
PRIORITIES = ("normal", "express")
WAVES = {"normal": 2, "express": 1}


class OrderError(ValueError):
    """Raised for an order that cannot be placed or found."""


def clear_orders():
    RESERVATIONS.clear()
    inventory.clear_reservations()


def place_order(order_id, lines, priority="normal"):
    """Reserve stock for (sku, quantity) lines; quantities of repeated SKUs add up."""
    if order_id in RESERVATIONS:
        raise OrderError("duplicate order: %s" % order_id)
    if priority not in PRIORITIES:
        raise OrderError("unknown priority: %s" % priority)
    if not lines:
        raise OrderError("order %s has no lines" % order_id)
    wanted = {}
    for sku, qty in lines:
        if qty <= 0:
            raise OrderError("bad quantity for %s" % sku)
        wanted[sku] = wanted.get(sku, 0) + qty
    for sku in wanted:
        if inventory.available(sku) < wanted[sku]:
            raise OrderError("not enough %s: %d available" % (sku, inventory.available(sku)))
    RESERVATIONS[order_id] = {"lines": wanted, "priority": priority, "wave": WAVES[priority]}
    inventory.reserve(order_id, wanted)
    return RESERVATIONS[order_id]


def order_lines(order_id):
    """A copy of an open order's {sku: quantity}."""
    if order_id not in RESERVATIONS:
        raise OrderError("unknown order: %s" % order_id)
    return dict(RESERVATIONS[order_id]["lines"])


def release(order_id):
    if order_id not in RESERVATIONS:
        raise OrderError("unknown order: %s" % order_id)
    del RESERVATIONS[order_id]
    inventory.unreserve(order_id)
