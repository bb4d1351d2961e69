"""Hidden behaviour tests for the warehouse modules (public functions only)."""

import pytest

import inventory
import locations
import orders
import picking
from inventory import StockError
from locations import LocationError, distance, parse_bin, temperature, walk_seconds
from orders import OrderError


def setup(rows):
    orders.clear_orders()
    inventory.load_stock(rows)


@pytest.fixture(autouse=True)
def clean():
    setup([])
    yield
    setup([])


# --- locations ---------------------------------------------------------------------

@pytest.mark.parametrize("code, expected", [
    ("A-03-2", ("A", 3, 2)), (" b-40-5 ", ("B", 40, 5)), ("C-1-1", ("C", 1, 1)), ("F-007-01", ("F", 7, 1)),
])
def test_parse_bin(code, expected):
    assert parse_bin(code) == expected


@pytest.mark.parametrize("code, message", [
    ("A-03", "bad bin code: 'A-03'"), ("A-03-2-1", "bad bin code: 'A-03-2-1'"), (None, "bad bin code: None"),
    ("", "bad bin code: ''"), ("X-01-1", "unknown zone: X"), ("A-x-1", "bad bin code: 'A-x-1'"),
    ("A-1-y", "bad bin code: 'A-1-y'"), ("A--1-1", "bad bin code: 'A--1-1'"),
    ("A-0-1", "bin out of range: A-0-1"), ("A-41-1", "bin out of range: A-41-1"),
    ("A-1-0", "bin out of range: A-1-0"), ("A-1-6", "bin out of range: A-1-6"), ("a-41-1", "bin out of range: a-41-1"),
])
def test_bad_bins(code, message):
    with pytest.raises(LocationError) as info:
        parse_bin(code)
    assert str(info.value) == message


def test_zone_checked_before_digits():
    with pytest.raises(LocationError, match="^unknown zone: Q$"):
        parse_bin("Q-x-y")


def test_location_error_is_value_error():
    assert issubclass(LocationError, ValueError)
    assert issubclass(StockError, ValueError)
    assert issubclass(OrderError, ValueError)


@pytest.mark.parametrize("a, b, metres", [
    ("A-02-1", "A-02-4", 3), ("A-02-4", "A-02-1", 3), ("A-02-1", "A-02-1", 0),
    ("A-02-1", "A-07-3", 22), ("A-07-3", "A-02-1", 22), ("A-02-1", "A-03-1", 6),
    ("A-02-1", "B-02-1", 38), ("B-02-1", "A-09-1", 66), ("F-10-5", "C-01-1", 34),
])
def test_distance(a, b, metres):
    assert distance(a, b) == metres


def test_distance_validates_both_bins():
    with pytest.raises(LocationError, match="unknown zone: Z"):
        distance("A-01-1", "Z-01-1")


def test_walk_seconds():
    assert walk_seconds([]) == 0
    assert walk_seconds(["A-01-1"]) == 0
    assert walk_seconds(["A-01-1", "A-01-3", "A-04-3"]) == 19.2
    assert walk_seconds(["A-01-1", "C-02-1", "A-01-1"]) == 86.4
    assert walk_seconds(("A-01-1", "A-01-2")) == 1.2


@pytest.mark.parametrize("code, kind", [("A-01-1", "ambient"), ("b-2-2", "ambient"), ("C-01-1", "chilled"), ("F-01-1", "frozen")])
def test_temperature(code, kind):
    assert temperature(code) == kind


# --- inventory -------------------------------------------------------------------------

def test_load_stock_normalises_and_adds_up():
    setup([("apple", "a-2-1", 3), ("apple", "A-02-1", 4), ("apple", "B-10-2", 0), ("pear", "C-01-1", 2)])
    assert inventory.on_hand("apple") == 7
    assert inventory.on_hand("pear") == 2
    assert inventory.on_hand("nothing") == 0
    inventory.take("apple", "A-02-1", 7)
    assert inventory.on_hand("apple") == 0


def test_load_stock_replaces_everything():
    setup([("apple", "A-02-1", 3)])
    inventory.load_stock([("pear", "A-02-1", 1)])
    assert inventory.on_hand("apple") == 0
    assert inventory.available("pear") == 1


def test_load_stock_errors():
    with pytest.raises(LocationError, match="unknown zone: X"):
        inventory.load_stock([("apple", "X-01-1", -1)])
    with pytest.raises(StockError, match="^negative stock for apple in a-2-1$"):
        inventory.load_stock([("apple", "a-2-1", -1)])


def test_take_errors():
    setup([("apple", "A-02-1", 3)])
    with pytest.raises(StockError, match="^apple is not stocked in A-2-1$"):
        inventory.take("apple", "A-2-1", 1)
    with pytest.raises(StockError, match="^only 3 of apple in A-02-1$"):
        inventory.take("apple", "A-02-1", 4)
    with pytest.raises(StockError, match="^pear is not stocked in A-02-1$"):
        inventory.take("pear", "A-02-1", 1)
    inventory.take("apple", "A-02-1", 3)
    assert inventory.on_hand("apple") == 0


# --- orders ----------------------------------------------------------------------------

def test_place_order_returns_reservation():
    setup([("apple", "A-02-1", 10), ("pear", "B-01-1", 5)])
    placed = orders.place_order("o1", [("apple", 2), ("pear", 1), ("apple", 3)], "express")
    assert placed == {"lines": {"apple": 5, "pear": 1}, "priority": "express", "wave": 1}
    assert orders.place_order("o2", [("apple", 1)])["wave"] == 2
    assert orders.reserved_quantity("apple") == 6
    assert inventory.available("apple") == 4
    assert inventory.available("pear") == 4
    assert orders.reserved_quantity("kiwi") == 0


def test_order_can_take_exactly_what_is_available():
    setup([("apple", "A-02-1", 4)])
    orders.place_order("o1", [("apple", 4)])
    assert inventory.available("apple") == 0
    with pytest.raises(OrderError, match="^not enough apple: 0 available$"):
        orders.place_order("o2", [("apple", 1)])


@pytest.mark.parametrize("args, message", [
    (("o1", [("apple", 1)]), "duplicate order: o1"),
    (("o2", [("apple", 1)], "rush"), "unknown priority: rush"),
    (("o2", []), "order o2 has no lines"),
    (("o2", None), "order o2 has no lines"),
    (("o2", [("apple", 1), ("pear", 0)]), "bad quantity for pear"),
    (("o2", [("apple", -1)]), "bad quantity for apple"),
    (("o2", [("apple", 2), ("kiwi", 1)]), "not enough apple: 1 available"),
    (("o2", [("kiwi", 1), ("apple", 2)]), "not enough kiwi: 0 available"),
    (("o2", [("pear", 1), ("apple", 1), ("apple", 1)]), "not enough apple: 1 available"),
])
def test_place_order_errors(args, message):
    setup([("apple", "A-02-1", 3), ("pear", "B-01-1", 5)])
    orders.place_order("o1", [("apple", 2)])
    with pytest.raises(OrderError) as info:
        orders.place_order(*args)
    assert str(info.value) == message
    assert orders.reserved_quantity("pear") == 0
    assert inventory.available("apple") == 1


def test_release():
    setup([("apple", "A-02-1", 3)])
    orders.place_order("o1", [("apple", 2)])
    orders.release("o1")
    assert inventory.available("apple") == 3
    with pytest.raises(OrderError, match="^unknown order: o1$"):
        orders.release("o1")
    orders.place_order("o1", [("apple", 3)])
    assert inventory.available("apple") == 0


def test_clear_orders():
    setup([("apple", "A-02-1", 3)])
    orders.place_order("o1", [("apple", 2)])
    orders.clear_orders()
    assert orders.reserved_quantity("apple") == 0
    orders.place_order("o1", [("apple", 3)])


def test_reservations_survive_a_stock_reload():
    setup([("apple", "A-02-1", 3)])
    orders.place_order("o1", [("apple", 2)])
    inventory.load_stock([("apple", "A-02-1", 1)])
    assert inventory.available("apple") == -1


# --- pick lists ------------------------------------------------------------------------------

STOCK = [
    ("apple", "A-02-1", 10), ("apple", "A-07-3", 4), ("apple", "B-03-1", 4),
    ("milk", "C-01-1", 6), ("milk", "C-04-2", 9), ("fish", "F-02-1", 5),
    ("pear", "B-05-2", 3), ("pear", "A-09-1", 3), ("nuts", "A-04-1", 2), ("nuts", "A-04-3", 2),
]


def test_pick_list_orders_warm_then_cold_nearest_first():
    setup(STOCK)
    orders.place_order("o1", [("fish", 1), ("milk", 2), ("pear", 4), ("nuts", 1)])
    assert picking.build_pick_list("o1") == [
        ("A-04-1", "nuts", 1), ("A-09-1", "pear", 3), ("B-05-2", "pear", 1),
        ("F-02-1", "fish", 1), ("C-04-2", "milk", 2),
    ]
    assert orders.reserved_quantity("fish") == 1


def test_pick_list_without_cold_last():
    setup(STOCK)
    orders.place_order("o1", [("fish", 1), ("milk", 2), ("pear", 4), ("nuts", 1)])
    assert picking.build_pick_list("o1", "C-04-1", cold_last=False) == [
        ("C-04-2", "milk", 2), ("F-02-1", "fish", 1), ("A-04-1", "nuts", 1),
        ("A-09-1", "pear", 3), ("B-05-2", "pear", 1),
    ]


def test_pick_list_splits_over_fullest_bins_first():
    setup(STOCK)
    orders.place_order("o1", [("apple", 16)])
    assert picking.build_pick_list("o1") == [("A-02-1", "apple", 10), ("A-07-3", "apple", 4), ("B-03-1", "apple", 2)]
    orders.release("o1")
    orders.place_order("o2", [("apple", 10)])
    assert picking.build_pick_list("o2") == [("A-02-1", "apple", 10)]


def test_equally_full_bins_by_code():
    setup([("apple", "B-01-1", 4), ("apple", "A-09-1", 4), ("apple", "A-03-1", 2)])
    orders.place_order("o1", [("apple", 5)])
    assert picking.build_pick_list("o1") == [("A-09-1", "apple", 4), ("B-01-1", "apple", 1)]


def test_ties_in_distance_go_by_bin_then_sku():
    setup([("b", "A-03-1", 1), ("a", "A-03-1", 1), ("c", "A-05-1", 1), ("d", "A-01-2", 1)])
    orders.place_order("o1", [("c", 1), ("b", 1), ("a", 1), ("d", 1)])
    assert picking.build_pick_list("o1", "A-02-1") == [
        ("A-01-2", "d", 1), ("A-03-1", "a", 1), ("A-03-1", "b", 1), ("A-05-1", "c", 1),
    ]


def test_empty_bins_are_skipped():
    setup([("apple", "A-02-1", 0), ("apple", "A-09-1", 2)])
    inventory.take("apple", "A-09-1", 1)
    orders.place_order("o1", [("apple", 1)])
    assert picking.build_pick_list("o1") == [("A-09-1", "apple", 1)]


def test_only_cold_picks():
    setup(STOCK)
    orders.place_order("o1", [("milk", 7)])
    assert picking.build_pick_list("o1") == [("C-04-2", "milk", 7)]


def test_commit_takes_stock_and_releases():
    setup(STOCK)
    orders.place_order("o1", [("apple", 12), ("milk", 1)])
    picks = picking.build_pick_list("o1", commit=True)
    assert picks == [("A-02-1", "apple", 10), ("A-07-3", "apple", 2), ("C-04-2", "milk", 1)]
    assert inventory.on_hand("apple") == 6 and inventory.available("apple") == 6
    assert inventory.on_hand("milk") == 14
    with pytest.raises(OrderError, match="^unknown order: o1$"):
        picking.build_pick_list("o1")


def test_pick_list_for_unknown_order():
    with pytest.raises(OrderError, match="^unknown order: nope$"):
        picking.build_pick_list("nope", "bad-bin")


def test_pick_list_when_stock_went_missing():
    setup(STOCK)
    orders.place_order("o1", [("pear", 5), ("apple", 1)])
    inventory.take("pear", "A-09-1", 3)
    with pytest.raises(StockError, match="^cannot pick 2 more of pear$"):
        picking.build_pick_list("o1", commit=True)
    assert inventory.on_hand("apple") == 18
    assert orders.reserved_quantity("pear") == 5


def test_estimate_minutes():
    setup(STOCK)
    orders.place_order("o1", [("fish", 1), ("milk", 2), ("pear", 4), ("nuts", 1)])
    assert picking.estimate_minutes("o1") == 5.1
    assert picking.estimate_minutes("o1", "F-02-1") == 5.7
    assert inventory.on_hand("fish") == 5
    orders.clear_orders()
    orders.place_order("o2", [("nuts", 1)])
    assert picking.estimate_minutes("o2", "A-04-1") == 0.3


def test_module_constants():
    assert picking.SECONDS_PER_PICK == 20
    assert picking.DOCK == "A-01-1"
    assert orders.PRIORITIES == ("normal", "express")
    assert locations.ZONES == {"A": "ambient", "B": "ambient", "C": "chilled", "F": "frozen"}


def test_pick_list_after_sku_vanished_from_stock():
    setup([("apple", "A-02-1", 3)])
    orders.place_order("o1", [("apple", 2)])
    inventory.load_stock([("pear", "A-02-1", 3)])
    with pytest.raises(StockError, match="^cannot pick 2 more of apple$"):
        picking.build_pick_list("o1")


def test_pick_list_one_short():
    setup([("apple", "A-02-1", 3), ("apple", "A-05-1", 2)])
    orders.place_order("o1", [("apple", 5)])
    inventory.take("apple", "A-05-1", 1)
    with pytest.raises(StockError, match="^cannot pick 1 more of apple$"):
        picking.build_pick_list("o1")


def test_estimate_routes_from_the_given_start():
    setup([("nuts", "A-04-1", 1), ("pear", "A-09-1", 1)])
    orders.place_order("o1", [("nuts", 1), ("pear", 1)])
    assert picking.build_pick_list("o1", "A-10-1") == [("A-09-1", "pear", 1), ("A-04-1", "nuts", 1)]
    assert picking.estimate_minutes("o1", "A-10-1") == 1.2
    assert picking.estimate_minutes("o1") == 1.4
