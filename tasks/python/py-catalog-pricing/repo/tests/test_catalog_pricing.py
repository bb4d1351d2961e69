from catalog import CatalogError
from pricing.price_list import history_name, price_list
from pricing.quote import quote_line, quote_order


def test_quote_line_uses_store_price_and_volume_break():
    assert quote_line("MUG-01", 25, "AMS") == {
        "sku": "MUG-01", "name": "Mug", "qty": 25, "unit_price": 7.95, "total": 188.81}


def test_alias_resolves_to_current_product():
    assert quote_line("pan", 1)["sku"] == "PAN-12"


def test_quote_order_reports_problems():
    result = quote_order([("MUG-02", 2), ("LAMP-3", 1), ("BULB-9", 300)])
    assert [line["sku"] for line in result["lines"]] == ["MUG-02"]
    assert result["problems"] == ["LAMP-3: LAMP-3 is discontinued", "BULB-9: not enough stock"]
    assert result["total"] == 22.0


def test_price_list_lines():
    assert price_list(["BULB", "nope"], "BER") == ["BULB-9    Bulb                 3.10", "NOPE      not available"]


def test_history_keeps_the_old_name():
    assert history_name("PAN-10") == "Pan 24cm"
    assert issubclass(CatalogError, LookupError)
