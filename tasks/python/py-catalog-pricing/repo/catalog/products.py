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


def get_prod_rec(sku, store=None, inc_inactive=False):
    """Return a copy of the product record for `sku`.

    The SKU may be written in any case, with surrounding spaces or an "sku:" prefix, and may be
    a legacy alias. An inactive product is replaced by its successor (unless `inc_inactive`);
    with a `store`, that store's price applies when it has one.
    """
    if sku is None or not str(sku).strip():
        raise CatalogError("empty sku")
    key = str(sku).strip().upper()
    if key.startswith("SKU:"):
        key = key[4:].strip()
    hops = 0
    while key in ALIASES:
        hops += 1
        if hops > MAX_HOPS:
            raise CatalogError("alias chain too long for %s" % sku)
        key = ALIASES[key]
    if key not in PRODUCTS:
        raise CatalogError("unknown sku: %s" % key)
    rec = PRODUCTS[key]
    if not rec["active"] and not inc_inactive:
        seen = [key]
        while not rec["active"]:
            if rec["replaced_by"] is None:
                raise CatalogError("%s is discontinued" % key)
            if rec["replaced_by"] in seen:
                raise CatalogError("replacement loop at %s" % rec["replaced_by"])
            key = rec["replaced_by"]
            seen.append(key)
            rec = PRODUCTS[key]
    price = rec["price"]
    if store is not None:
        if store not in STORES:
            raise CatalogError("unknown store: %s" % store)
        if store in rec["store_prices"]:
            price = rec["store_prices"][store]
    out = {"sku": key, "name": rec["name"], "price": price, "category": rec["category"], "active": rec["active"]}
    if key != str(sku).strip().upper():
        out["requested"] = str(sku).strip()
    return out
