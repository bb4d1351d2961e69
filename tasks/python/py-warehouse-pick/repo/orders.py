"""Customer orders and the stock they reserve."""

import inventory
import picking

RESERVATIONS = {}
PRIORITIES = ("normal", "express")


class OrderError(ValueError):
    """Raised for an order that cannot be placed or found."""


def clear_orders():
    RESERVATIONS.clear()


def reserved_quantity(sku):
    total = 0
    for order in RESERVATIONS.values():
        total += order["lines"].get(sku, 0)
    return total


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
    RESERVATIONS[order_id] = {"lines": wanted, "priority": priority, "wave": picking.WAVES[priority]}
    return RESERVATIONS[order_id]


def release(order_id):
    if order_id not in RESERVATIONS:
        raise OrderError("unknown order: %s" % order_id)
    del RESERVATIONS[order_id]
