"""Nightly reorder decision for the replenishment batch.

Legacy module: every buyer request since the warehouse went live was added as another
branch. Stock and quantities are in units, demand in units per day, lead times in days.
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


class ReorderError(ValueError):
    """Raised when a stock record or its policy parameters cannot be used."""


def _validate(sku, on_hand, on_order, daily_demand, lead_time_days, abc_class, season,
              pack_size, supplier_minimum, review_days):
    """Check the stock record and the policy; return the normalised ABC class."""
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
    cls = (abc_class or "B").upper()
    if cls not in ABC_CLASSES:
        raise ReorderError("%s: unknown ABC class %r" % (sku, abc_class))
    if season is not None and season not in SEASONS:
        raise ReorderError("%s: unknown season %r" % (sku, season))
    if pack_size < 1:
        raise ReorderError("%s: pack_size must be at least 1" % sku)
    if supplier_minimum < 0:
        raise ReorderError("%s: supplier_minimum cannot be negative" % sku)
    if review_days < 1:
        raise ReorderError("%s: review_days must be at least 1" % sku)
    return cls


def decide_reorder(sku, on_hand, on_order, daily_demand, lead_time_days, abc_class="B",
                   season=None, pack_size=1, supplier_minimum=0, discontinued=False,
                   allow_expedite=False, review_days=7):
    """Decide what to do about one SKU tonight.

    Returns a tuple ``(action, quantity, reason)``; action is one of "none", "order",
    "expedite" or "cancel".
    """
    cls = _validate(sku, on_hand, on_order, daily_demand, lead_time_days, abc_class, season,
                    pack_size, supplier_minimum, review_days)

    if discontinued:
        if on_order > 0:
            still_needed = daily_demand * lead_time_days
            if on_hand >= still_needed:
                return ("cancel", on_order, "discontinued: open orders not needed")
            else:
                shortfall = int(math.ceil(still_needed - on_hand))
                if on_order > shortfall:
                    return ("cancel", on_order - shortfall, "discontinued: cancel the excess")
                else:
                    return ("none", 0, "discontinued: open orders still needed")
        return ("none", 0, "discontinued")

    demand = daily_demand
    if season == "peak":
        if cls == "A":
            demand = daily_demand * PEAK_UPLIFT_CLASS_A
        else:
            demand = daily_demand * PEAK_UPLIFT
    elif season == "off":
        if cls == "C":
            demand = daily_demand * OFF_SEASON_FACTOR_CLASS_C
        else:
            demand = daily_demand * OFF_SEASON_FACTOR

    if demand == 0:
        if cls == "A" and on_hand + on_order == 0:
            qty = 1
            if supplier_minimum > qty:
                qty = supplier_minimum
            if pack_size > 1:
                rem = qty % pack_size
                if rem != 0:
                    qty = qty + (pack_size - rem)
            return ("order", qty, "class A item out of stock without demand")
        return ("none", 0, "no demand")

    lead_demand = demand * lead_time_days
    safety = demand * SAFETY_DAYS[cls]
    reorder_point = lead_demand + safety
    position = on_hand + on_order
    if position > reorder_point:
        return ("none", 0, "stock position above reorder point")
    target = reorder_point + demand * review_days
    if target > demand * MAX_COVER_DAYS:
        target = demand * MAX_COVER_DAYS
    need = target - position
    if need <= 0:
        return ("none", 0, "cover cap reached")
    qty = int(math.ceil(need))

    if supplier_minimum > 0 and qty < supplier_minimum:
        if cls == "C":
            if supplier_minimum > 2 * qty:
                return ("none", 0, "need of %d is far below supplier minimum %d"
                        % (qty, supplier_minimum))
            else:
                qty = supplier_minimum
        else:
            qty = supplier_minimum

    if pack_size > 1:
        rem = qty % pack_size
        if rem != 0:
            if cls == "C":
                if rem * 2 < pack_size and qty - rem >= supplier_minimum and qty - rem > 0:
                    qty = qty - rem
                else:
                    qty = qty + (pack_size - rem)
            else:
                qty = qty + (pack_size - rem)

    if on_hand < lead_demand:
        if allow_expedite and lead_time_days > EXPEDITE_MIN_LEAD_DAYS:
            return ("expedite", qty, "stockout expected before delivery")
        return ("order", qty, "stockout expected before delivery")
    return ("order", qty, "below reorder point")
