"""Quotes for customer orders."""

from catalog import CatalogError, has_stock, find_product

VOLUME_BREAKS = ((100, 0.10), (20, 0.05))


class QuoteError(ValueError):
    """Raised when an order cannot be quoted."""


def quote_line(sku, qty, store=None):
    """Price one order line: the store price, less a volume discount, rounded to cents."""
    if qty <= 0:
        raise QuoteError("quantity must be positive")
    rec = find_product(sku, store)
    rate = 0.0
    for minimum, discount in VOLUME_BREAKS:
        if qty >= minimum:
            rate = discount
            break
    return {"sku": rec["sku"], "name": rec["name"], "qty": qty, "unit_price": rec["price"],
            "total": round(rec["price"] * qty * (1 - rate), 2)}


def quote_order(lines, store=None, warehouse=None):
    """Quote an order given as (sku, qty) pairs; unknown or unavailable items are reported, not
    quoted."""
    quoted = []
    problems = []
    for sku, qty in lines:
        try:
            line = quote_line(sku, qty, store)
        except CatalogError as exc:
            problems.append("%s: %s" % (sku, exc.args[0]))
            continue
        if not has_stock(line["sku"], qty, warehouse):
            problems.append("%s: not enough stock" % sku)
            continue
        quoted.append(line)
    return {"lines": quoted, "problems": problems, "total": round(sum(l["total"] for l in quoted), 2)}
