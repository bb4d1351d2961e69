"""Pick lists: which bins a picker visits, in which order, for an order."""

import inventory
import locations
import orders

WALK_SECONDS_PER_METRE = 1.2
SECONDS_PER_PICK = 20
WAVES = {"normal": 2, "express": 1}
DOCK = "A-01-1"


def build_pick_list(order_id, start=DOCK, cold_last=True, commit=False):
    """The picks (bin, sku, quantity) for an order, nearest bin first.

    Ambient picks come before chilled and frozen ones when `cold_last` is set. With
    `commit` the stock is taken from the bins and the order's reservation released.
    """
    if order_id not in orders.RESERVATIONS:
        raise orders.OrderError("unknown order: %s" % order_id)
    wanted = dict(orders.RESERVATIONS[order_id]["lines"])
    candidates = []
    for sku in sorted(wanted):
        need = wanted[sku]
        for code in locations.stocked_bins(sku):
            if need <= 0:
                break
            qty = inventory.STOCK[sku][code]
            if qty > need:
                qty = need
            candidates.append((code, sku, qty))
            need -= qty
        if need > 0:
            raise inventory.StockError("cannot pick %d more of %s" % (need, sku))
    picks = []
    here = start
    groups = [candidates]
    if cold_last:
        warm = [c for c in candidates if locations.temperature(c[0]) == "ambient"]
        cold = [c for c in candidates if locations.temperature(c[0]) != "ambient"]
        groups = [warm, cold]
    for group in groups:
        remaining = list(group)
        while remaining:
            best = None
            for candidate in remaining:
                d = locations.distance(here, candidate[0])
                if best is None or d < best[0] or (d == best[0] and candidate[:2] < best[1][:2]):
                    best = (d, candidate)
            picks.append(best[1])
            remaining.remove(best[1])
            here = best[1][0]
    if commit:
        for code, sku, qty in picks:
            inventory.take(sku, code, qty)
        orders.release(order_id)
    return picks


def estimate_minutes(order_id, start=DOCK):
    """Minutes to pick an order: walking the route plus a fixed time per pick."""
    picks = build_pick_list(order_id, start)
    route = [start] + [code for code, sku, qty in picks]
    seconds = locations.walk_seconds(route) + SECONDS_PER_PICK * len(picks)
    return round(seconds / 60, 1)
