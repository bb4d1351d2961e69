"""Nightly reorder decision for the replenishment batch.

Stock and quantities are in units, demand in units per day, lead times in days.
"""

import math

ABC_CLASSES = ("A", "B", "C")
SAFETY_DAYS = {"A": 7, "B": 5, "C": 3}
SEASONS = ("peak", "off")
PEAK_UPLIFT = 1.4
PEAK_UPLIFT_CLASS_A = 1.5
OFF_SEASON_FACTOR = 0.75
OFF_SEASON_FACTOR_CLASS_C = 0.5
MAX_COVER_DAYS = 90
EXPEDITE_MIN_LEAD_DAYS = 10

STOCKOUT_REASON = "stockout expected before delivery"


class ReorderError(ValueError):
    """Raised when a stock record or its policy parameters cannot be used."""


def decide_reorder(sku, on_hand, on_order, daily_demand, lead_time_days, abc_class="B",
                   season=None, pack_size=1, supplier_minimum=0, discontinued=False,
                   allow_expedite=False, review_days=7):
    """Decide what to do about one SKU tonight.

    Returns a tuple ``(action, quantity, reason)``; action is one of "none", "order",
    "expedite" or "cancel".
    """
    _check_stock(sku, on_hand, on_order, daily_demand, lead_time_days)
    cls = _abc_class(sku, abc_class)
    _check_policy(sku, season, pack_size, supplier_minimum, review_days)
    if discontinued:
        return _discontinued_decision(on_hand, on_order, daily_demand, lead_time_days)
    demand = _seasonal_demand(daily_demand, season, cls)
    if demand == 0:
        return _no_demand_decision(cls, on_hand + on_order, pack_size, supplier_minimum)
    return _replenish(cls, on_hand, on_order, demand, lead_time_days, pack_size,
                      supplier_minimum, allow_expedite, review_days)


def _check_stock(sku, on_hand, on_order, daily_demand, lead_time_days):
    if not sku:
        raise ReorderError("sku is required")
    if on_hand is None or on_order is None:
        raise ReorderError("%s: stock figures are missing" % sku)
    if on_hand < 0:
        raise ReorderError("%s: on_hand cannot be negative" % sku)
    if on_order < 0:
        raise ReorderError("%s: on_order cannot be negative" % sku)
    if daily_demand is None or daily_demand < 0:
        raise ReorderError("%s: daily_demand cannot be negative" % sku)
    if lead_time_days < 0:
        raise ReorderError("%s: lead_time_days cannot be negative" % sku)


def _abc_class(sku, abc_class):
    cls = (abc_class or "B").upper()
    if cls not in ABC_CLASSES:
        raise ReorderError("%s: unknown ABC class %r" % (sku, abc_class))
    return cls


def _check_policy(sku, season, pack_size, supplier_minimum, review_days):
    if season is not None and season not in SEASONS:
        raise ReorderError("%s: unknown season %r" % (sku, season))
    if pack_size < 1:
        raise ReorderError("%s: pack_size must be at least 1" % sku)
    if supplier_minimum < 0:
        raise ReorderError("%s: supplier_minimum cannot be negative" % sku)
    if review_days < 1:
        raise ReorderError("%s: review_days must be at least 1" % sku)


def _discontinued_decision(on_hand, on_order, daily_demand, lead_time_days):
    """Cancel whatever part of the open orders the remaining demand will not use."""
    if on_order <= 0:
        return ("none", 0, "discontinued")
    still_needed = daily_demand * lead_time_days
    if on_hand >= still_needed:
        return ("cancel", on_order, "discontinued: open orders not needed")
    shortfall = int(math.ceil(still_needed - on_hand))
    if on_order > shortfall:
        return ("cancel", on_order - shortfall, "discontinued: cancel the excess")
    return ("none", 0, "discontinued: open orders still needed")


def _seasonal_demand(daily_demand, season, cls):
    if season == "peak":
        return daily_demand * (PEAK_UPLIFT_CLASS_A if cls == "A" else PEAK_UPLIFT)
    if season == "off":
        return daily_demand * (OFF_SEASON_FACTOR_CLASS_C if cls == "C" else OFF_SEASON_FACTOR)
    return daily_demand


def _no_demand_decision(cls, position, pack_size, supplier_minimum):
    """Class A items are kept on the shelf even without demand; others are left alone."""
    if cls == "A" and position == 0:
        qty = _round_up_to_pack(max(1, supplier_minimum), pack_size)
        return ("order", qty, "class A item out of stock without demand")
    return ("none", 0, "no demand")


def _replenish(cls, on_hand, on_order, demand, lead_time_days, pack_size, supplier_minimum,
               allow_expedite, review_days):
    lead_demand = demand * lead_time_days
    reorder_point = lead_demand + demand * SAFETY_DAYS[cls]
    position = on_hand + on_order
    if position > reorder_point:
        return ("none", 0, "stock position above reorder point")
    target = min(reorder_point + demand * review_days, demand * MAX_COVER_DAYS)
    need = target - position
    if need <= 0:
        return ("none", 0, "cover cap reached")
    qty = int(math.ceil(need))
    if qty < supplier_minimum:
        if cls == "C" and supplier_minimum > 2 * qty:
            return ("none", 0, "need of %d is far below supplier minimum %d" % (qty, supplier_minimum))
        qty = supplier_minimum
    qty = _round_to_pack(qty, pack_size, cls, supplier_minimum)
    if on_hand >= lead_demand:
        return ("order", qty, "below reorder point")
    if allow_expedite and lead_time_days > EXPEDITE_MIN_LEAD_DAYS:
        return ("expedite", qty, STOCKOUT_REASON)
    return ("order", qty, STOCKOUT_REASON)


def _round_up_to_pack(qty, pack_size):
    rem = qty % pack_size
    return qty + (pack_size - rem) if rem else qty


def _round_to_pack(qty, pack_size, cls, supplier_minimum):
    """Whole packs only; class C drops a remainder under half a pack when it still may."""
    rem = qty % pack_size
    rounded_down = qty - rem
    if cls == "C" and rem * 2 < pack_size and rounded_down >= supplier_minimum and rounded_down > 0:
        return rounded_down
    return _round_up_to_pack(qty, pack_size)
