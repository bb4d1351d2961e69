"""Bin locations of the warehouse: codes like `A-03-2` (zone, aisle, level)."""

import inventory
import picking

ZONES = {"A": "ambient", "B": "ambient", "C": "chilled", "F": "frozen"}
MAX_AISLE = 40
MAX_LEVEL = 5


class LocationError(ValueError):
    """Raised for a malformed or unknown bin code."""


def parse_bin(code):
    """Split a bin code into (zone, aisle, level)."""
    parts = (code or "").strip().upper().split("-")
    if len(parts) != 3:
        raise LocationError("bad bin code: %r" % code)
    zone, aisle, level = parts
    if zone not in ZONES:
        raise LocationError("unknown zone: %s" % zone)
    if not aisle.isdigit() or not level.isdigit():
        raise LocationError("bad bin code: %r" % code)
    aisle, level = int(aisle), int(level)
    if aisle < 1 or aisle > MAX_AISLE or level < 1 or level > MAX_LEVEL:
        raise LocationError("bin out of range: %s" % code)
    return zone, aisle, level


def distance(a, b):
    """Walking distance in metres between two bins."""
    zone_a, aisle_a, level_a = parse_bin(a)
    zone_b, aisle_b, level_b = parse_bin(b)
    if zone_a != zone_b:
        return 30 + aisle_b * 4
    if aisle_a != aisle_b:
        return abs(aisle_a - aisle_b) * 4 + 2
    return abs(level_a - level_b)


def walk_seconds(route):
    """Seconds to walk a route of bins in order."""
    metres = 0
    for here, there in zip(route, route[1:]):
        metres += distance(here, there)
    return round(metres * picking.WALK_SECONDS_PER_METRE, 1)


def temperature(code):
    return ZONES[parse_bin(code)[0]]


def stocked_bins(sku):
    """Bins holding `sku`, fullest first (ties by bin code)."""
    bins = inventory.STOCK.get(sku, {})
    found = [(qty, code) for code, qty in bins.items() if qty > 0]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [code for qty, code in found]
