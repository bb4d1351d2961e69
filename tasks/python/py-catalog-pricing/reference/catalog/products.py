"""The product catalogue: records by SKU, legacy aliases, replacements and store prices."""

PRODUCTS = {
    "MUG-01": {"name": "Mug", "price": 8.5, "category": "kitchen", "active": True, "replaced_by": None,
               "store_prices": {"AMS": 7.95, "BER": 8.95}},
    "MUG-02": {"name": "Mug, large", "price": 11.0, "category": "kitchen", "active": True, "replaced_by": None,
               "store_prices": {}},
    "PAN-10": {"name": "Pan 24cm", "price": 39.0, "category": "kitchen", "active": False, "replaced_by": "PAN-11",
               "store_prices": {"AMS": 35.0}},
    "PAN-11": {"name": "Pan 24cm (2024)", "price": 42.0, "category": "kitchen", "active": False,
               "replaced_by": "PAN-12", "store_prices": {"BER": 40.0}},
    "PAN-12": {"name": "Pan 24cm (2025)", "price": 44.0, "category": "kitchen", "active": True, "replaced_by": None,
               "store_prices": {"AMS": 41.5}},
    "LAMP-3": {"name": "Desk lamp", "price": 25.0, "category": "lighting", "active": False, "replaced_by": None,
               "store_prices": {}},
    "BULB-9": {"name": "Bulb", "price": 3.2, "category": "lighting", "active": True, "replaced_by": None,
               "store_prices": {"AMS": 2.99, "BER": 3.1}},
    "LOOP-A": {"name": "Loop A", "price": 1.0, "category": "test", "active": False, "replaced_by": "LOOP-B",
               "store_prices": {}},
    "LOOP-B": {"name": "Loop B", "price": 1.0, "category": "test", "active": False, "replaced_by": "LOOP-A",
               "store_prices": {}},
}
ALIASES = {"M1": "MUG-01", "MUG1": "M1", "PAN": "PAN-10", "BULB": "BULB-9", "X1": "X2", "X2": "X3", "X3": "X4",
           "X4": "MUG-02"}
STORES = ("AMS", "BER")
MAX_HOPS = 3


class CatalogError(LookupError):
    """Raised when a SKU cannot be resolved to a sellable product."""


def find_product(sku, store=None, inc_inactive=False):
    """Return a copy of the product record for `sku`.

    The SKU may be written in any case, with surrounding spaces or an "sku:" prefix, and may be
    a legacy alias. An inactive product is replaced by its successor (unless `inc_inactive`);
    with a `store`, that store's price applies when it has one.
    """
    if sku is None or not str(sku).strip():
        raise CatalogError("empty sku")
    written = str(sku).strip()
    key = _resolve_alias(_normalize(written), sku)
    if key not in PRODUCTS:
        raise CatalogError("unknown sku: %s" % key)
    if not inc_inactive:
        key = _current_successor(key)
    rec = PRODUCTS[key]
    out = {"sku": key, "name": rec["name"], "price": _price_in(rec, store), "category": rec["category"],
           "active": rec["active"]}
    if key != written.upper():
        out["requested"] = written
    return out


def _normalize(written):
    """Upper case, without an "sku:" prefix."""
    key = written.upper()
    if key.startswith("SKU:"):
        key = key[4:].strip()
    return key


def _resolve_alias(key, sku):
    """Follow legacy aliases, at most MAX_HOPS of them."""
    for _ in range(MAX_HOPS):
        if key not in ALIASES:
            return key
        key = ALIASES[key]
    if key in ALIASES:
        raise CatalogError("alias chain too long for %s" % sku)
    return key


def _current_successor(key):
    """The active product that (through its replacements) stands in for `key`."""
    seen = [key]
    while not PRODUCTS[key]["active"]:
        successor = PRODUCTS[key]["replaced_by"]
        if successor is None:
            raise CatalogError("%s is discontinued" % key)
        if successor in seen:
            raise CatalogError("replacement loop at %s" % successor)
        key = successor
        seen.append(key)
    return key


def _price_in(rec, store):
    """The record's price, or the store's own price for it when it has one."""
    if store is None:
        return rec["price"]
    if store not in STORES:
        raise CatalogError("unknown store: %s" % store)
    return rec["store_prices"].get(store, rec["price"])
