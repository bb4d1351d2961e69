"""Pick lists: which bins a picker visits, in which order, for an order.

The top layer: it uses orders, inventory and locations; none of them uses it.
"""

import inventory
import locations
import orders
from locations import WALK_SECONDS_PER_METRE  # noqa: F401 (kept where callers expect it)

SECONDS_PER_PICK = 20
DOCK = "A-01-1"


def build_pick_list(order_id, start=DOCK, cold_last=True, commit=False):
    """The picks (bin, sku, quantity) for an order, nearest bin first.

    Ambient picks come before chilled and frozen ones when `cold_last` is set. With
    `commit` the stock is taken from the bins and the order's reservation released.
    """
    candidates = _allocate(orders.order_lines(order_id))
    groups = _temperature_groups(candidates) if cold_last else [candidates]
    picks = []
    here = start
    for group in groups:
        here = _walk_nearest_first(group, here, picks)
    if commit:
        for code, sku, qty in picks:
            inventory.take(sku, code, qty)
        orders.release(order_id)
    return picks


def _allocate(wanted):
    """Split each SKU's quantity over its bins, fullest bin first."""
    candidates = []
    for sku in sorted(wanted):
        need = wanted[sku]
        for code in inventory.stocked_bins(sku):
            if need <= 0:
                break
            qty = min(inventory.STOCK[sku][code], need)
            candidates.append((code, sku, qty))
            need -= qty
        if need > 0:
            raise inventory.StockError("cannot pick %d more of %s" % (need, sku))
    return candidates


def _temperature_groups(candidates):
    warm = [c for c in candidates if locations.temperature(c[0]) == "ambient"]
    cold = [c for c in candidates if locations.temperature(c[0]) != "ambient"]
    return [warm, cold]


def _walk_nearest_first(group, here, picks):
    """Append the group's picks to `picks`, always walking to the nearest bin next
    (ties by bin and SKU); return where the picker ends up."""
    remaining = list(group)
    while remaining:
        nearest = min(remaining, key=lambda c: locations.distance(here, c[0]))
        picks.append(nearest)
        remaining.remove(nearest)
        here = nearest[0]
    return here


def estimate_minutes(order_id, start=DOCK):
    """Minutes to pick an order: walking the route plus a fixed time per pick."""
    picks = build_pick_list(order_id, start)
    route = [start] + [code for code, sku, qty in picks]
    seconds = locations.walk_seconds(route) + SECONDS_PER_PICK * len(picks)
    return round(seconds / 60, 1)
