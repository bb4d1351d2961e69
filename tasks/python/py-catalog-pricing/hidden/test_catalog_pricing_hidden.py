"""Hidden behaviour tests for the catalog and pricing packages.

The product lookup and the stock check are reached under their current names, whichever of
the old or new names the code under test uses.
"""

import pytest

import catalog
import catalog.products as products
import catalog.stock as stock
from catalog.products import CatalogError
from pricing.price_list import history_name, price_list
from pricing.quote import QuoteError, quote_line, quote_order

find = getattr(products, "find_product", None) or getattr(products, "get_prod_rec")
in_stock = getattr(stock, "has_stock", None) or getattr(stock, "chk_stk")


def rec(sku, name, price, category, active, requested=None):
    out = {"sku": sku, "name": name, "price": price, "category": category, "active": active}
    if requested is not None:
        out["requested"] = requested
    return out


def test_package_exports():
    assert catalog.CatalogError is CatalogError
    assert getattr(catalog, "find_product", None) is find or getattr(catalog, "get_prod_rec", None) is find
    assert getattr(catalog, "has_stock", None) is in_stock or getattr(catalog, "chk_stk", None) is in_stock
    assert products.STORES == ("AMS", "BER") and products.MAX_HOPS == 3
    assert issubclass(CatalogError, LookupError) and issubclass(QuoteError, ValueError)


# --- product lookup -----------------------------------------------------------

def test_plain_lookup():
    assert find("MUG-01") == rec("MUG-01", "Mug", 8.5, "kitchen", True)


@pytest.mark.parametrize("sku, requested", [
    ("mug-01", None), ("  MUG-01 ", None), (" sku: mug-01 ", "sku: mug-01"), ("SKU:MUG-01", "SKU:MUG-01"),
    ("sku:m1", "sku:m1"), ("M1", "M1"), ("mug1", "mug1"),
])
def test_spellings_and_aliases(sku, requested):
    assert find(sku) == rec("MUG-01", "Mug", 8.5, "kitchen", True, requested)


def test_returns_a_copy():
    first = find("MUG-02")
    first["price"] = 0
    assert find("MUG-02")["price"] == 11.0
    assert products.PRODUCTS["MUG-02"]["price"] == 11.0


@pytest.mark.parametrize("sku", [None, "", "   ", "\t"])
def test_empty_sku(sku):
    with pytest.raises(CatalogError, match="^empty sku$"):
        find(sku)


@pytest.mark.parametrize("sku, key", [("zzz", "ZZZ"), ("sku:", ""), (" sku: nope", "NOPE"), (12, "12")])
def test_unknown_sku(sku, key):
    with pytest.raises(CatalogError) as info:
        find(sku)
    assert info.value.args == ("unknown sku: %s" % key,)


def test_alias_chain_of_three_is_followed():
    assert find("x2")["sku"] == "MUG-02"
    assert find("x2")["requested"] == "x2"
    assert find("X3")["sku"] == "MUG-02"


def test_alias_chain_too_long():
    with pytest.raises(CatalogError) as info:
        find(" x1 ")
    assert info.value.args == ("alias chain too long for  x1 ",)


@pytest.mark.parametrize("sku", ["PAN-10", "pan", "PAN-11"])
def test_replacements_are_followed(sku):
    assert find(sku)["sku"] == "PAN-12"
    assert find(sku)["name"] == "Pan 24cm (2025)"
    assert find(sku)["requested"] == sku


def test_inactive_kept_when_asked():
    assert find("PAN-10", inc_inactive=True) == rec("PAN-10", "Pan 24cm", 39.0, "kitchen", False)
    assert find("pan", None, True) == rec("PAN-10", "Pan 24cm", 39.0, "kitchen", False, "pan")
    assert find("LAMP-3", inc_inactive=True)["active"] is False
    assert find("LOOP-A", inc_inactive=True)["sku"] == "LOOP-A"


def test_discontinued():
    with pytest.raises(CatalogError) as info:
        find("lamp-3")
    assert info.value.args == ("LAMP-3 is discontinued",)


@pytest.mark.parametrize("sku, at", [("LOOP-A", "LOOP-A"), ("LOOP-B", "LOOP-B")])
def test_replacement_loop(sku, at):
    with pytest.raises(CatalogError) as info:
        find(sku)
    assert info.value.args == ("replacement loop at %s" % at,)


@pytest.mark.parametrize("sku, store, price", [
    ("MUG-01", "AMS", 7.95), ("MUG-01", "BER", 8.95), ("MUG-01", None, 8.5), ("MUG-02", "AMS", 11.0),
    ("PAN-10", "AMS", 41.5), ("PAN-10", "BER", 44.0), ("BULB", "BER", 3.1),
])
def test_store_prices(sku, store, price):
    assert find(sku, store)["price"] == price
    assert find(sku, store=store)["price"] == price


def test_store_price_of_the_record_kept_when_inactive_allowed():
    assert find("PAN-10", "AMS", True)["price"] == 35.0
    assert find("PAN-11", "BER", True)["price"] == 40.0
    assert find("PAN-11", "AMS", True)["price"] == 42.0


def test_unknown_store():
    with pytest.raises(CatalogError) as info:
        find("MUG-01", "PAR")
    assert info.value.args == ("unknown store: PAR",)


def test_discontinued_checked_before_store():
    with pytest.raises(CatalogError, match="discontinued"):
        find("LAMP-3", "PAR")
    with pytest.raises(CatalogError, match="unknown store"):
        find("LAMP-3", "PAR", True)


# --- stock --------------------------------------------------------------------

@pytest.mark.parametrize("sku, qty, warehouse, expected", [
    ("MUG-01", 40, "NORTH", True), ("MUG-01", 41, "NORTH", False), ("MUG-01", 1, "SOUTH", False),
    ("MUG-01", 40, None, True), ("MUG-01", 41, None, False), ("MUG-02", 3, None, True), ("MUG-02", 4, None, False),
    ("pan", 12, None, True), ("PAN-10", 13, None, False), ("PAN-12", 6, "NORTH", False), ("PAN-12", 6, "SOUTH", True),
    ("BULB", 250, "SOUTH", True), ("BULB", 251, None, False), ("BULB-9", 1, "NORTH", False),
])
def test_stock(sku, qty, warehouse, expected):
    assert in_stock(sku, qty, warehouse) is expected


def test_stock_default_warehouse():
    assert in_stock("PAN-12", 12) is True


@pytest.mark.parametrize("qty", [0, -1])
def test_stock_needs_positive_quantity(qty):
    with pytest.raises(ValueError, match="^quantity must be positive$"):
        in_stock("nope", qty, "EAST")


def test_stock_unknown_warehouse_after_lookup():
    with pytest.raises(CatalogError, match="^unknown warehouse: EAST$"):
        in_stock("MUG-01", 1, "EAST")
    with pytest.raises(CatalogError, match="^unknown sku: NOPE$"):
        in_stock("nope", 1, "EAST")


# --- quotes -------------------------------------------------------------------

@pytest.mark.parametrize("qty, total", [(1, 8.5), (19, 161.5), (20, 161.5), (21, 169.57), (99, 799.42),
                                         (100, 765.0), (101, 772.65)])
def test_volume_breaks(qty, total):
    assert quote_line("MUG-01", qty)["total"] == total


@pytest.mark.parametrize("qty", [0, -3])
def test_quote_line_needs_positive_quantity(qty):
    with pytest.raises(QuoteError, match="^quantity must be positive$"):
        quote_line("nope", qty)


def test_quote_line_record():
    assert quote_line(" sku:pan ", 2, "AMS") == {"sku": "PAN-12", "name": "Pan 24cm (2025)", "qty": 2,
                                                 "unit_price": 41.5, "total": 83.0}


def test_quote_line_lookup_errors_propagate():
    with pytest.raises(CatalogError, match="^unknown store: PAR$"):
        quote_line("MUG-01", 1, "PAR")


def test_quote_order():
    result = quote_order([("m1", 25), ("PAN", 2), ("LAMP-3", 1), ("bulb", 300), ("LOOP-A", 1), ("zzz", 1),
                          ("x1", 1), ("MUG-02", 4)], store="AMS")
    assert [(l["sku"], l["total"]) for l in result["lines"]] == [("MUG-01", 188.81), ("PAN-12", 83.0)]
    assert result["problems"] == [
        "LAMP-3: LAMP-3 is discontinued", "bulb: not enough stock", "LOOP-A: replacement loop at LOOP-A",
        "zzz: unknown sku: ZZZ", "x1: alias chain too long for x1", "MUG-02: not enough stock"]
    assert result["total"] == 271.81


def test_quote_order_per_warehouse():
    result = quote_order([("MUG-01", 1), ("PAN-12", 6)], warehouse="SOUTH")
    assert [l["sku"] for l in result["lines"]] == ["PAN-12"]
    assert result["problems"] == ["MUG-01: not enough stock"]
    assert result["total"] == 264.0


def test_quote_order_empty():
    assert quote_order([]) == {"lines": [], "problems": [], "total": 0}


def test_quote_order_bad_quantity_is_not_swallowed():
    with pytest.raises(QuoteError):
        quote_order([("MUG-01", 0)])


def test_quote_order_unknown_warehouse_is_raised():
    with pytest.raises(CatalogError, match="^unknown warehouse: EAST$"):
        quote_order([("MUG-01", 1)], None, "EAST")
    assert quote_order([("zzz", 1)], None, "EAST")["problems"] == ["zzz: unknown sku: ZZZ"]


# --- price lists --------------------------------------------------------------

def test_price_list():
    assert price_list(["MUG1", "pan", "x1", "lamp-3", " sku:bulb "], "BER") == [
        "MUG-01    Mug                  8.95",
        "PAN-12    Pan 24cm (2025)     44.00",
        "X1        not available",
        "LAMP-3    not available",
        "BULB-9    Bulb                 3.10",
    ]


def test_price_list_default_store_and_unknown_store():
    assert price_list(["PAN-10"]) == ["PAN-12    Pan 24cm (2025)     44.00"]
    assert price_list(["PAN-10"], "PAR") == ["PAN-10    not available"]
    assert price_list([]) == []


def test_history_name():
    assert history_name("pan") == "Pan 24cm"
    assert history_name("LAMP-3") == "Desk lamp"
    with pytest.raises(CatalogError, match="^unknown sku: NOPE$"):
        history_name("nope")


def test_longer_replacement_loop(monkeypatch):
    for sku, successor in (("Q-1", "Q-2"), ("Q-2", "Q-3"), ("Q-3", "Q-2")):
        monkeypatch.setitem(products.PRODUCTS, sku, {"name": sku, "price": 1.0, "category": "test", "active": False,
                                                     "replaced_by": successor, "store_prices": {}})
    with pytest.raises(CatalogError) as info:
        find("q-1")
    assert info.value.args == ("replacement loop at Q-2",)


def test_no_stock_anywhere(monkeypatch):
    monkeypatch.delitem(stock.LEVELS, ("BULB-9", "SOUTH"))
    assert in_stock("BULB-9", 1) is False
    assert in_stock("BULB-9", 1, "SOUTH") is False
