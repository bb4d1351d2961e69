import pytest

import inventory
import orders
import picking
from locations import distance, parse_bin


@pytest.fixture(autouse=True)
def stock():
    orders.clear_orders()
    inventory.load_stock([
        ("apple", "A-02-1", 10), ("apple", "A-07-3", 4), ("milk", "C-01-1", 6), ("pear", "B-05-2", 3),
    ])


def test_parse_bin():
    assert parse_bin("a-07-3") == ("A", 7, 3)


def test_distance_between_aisles():
    assert distance("A-02-1", "A-07-3") > 0


def test_order_reserves_stock():
    orders.place_order("o1", [("apple", 12)])
    assert inventory.available("apple") == 2
    with pytest.raises(orders.OrderError):
        orders.place_order("o2", [("apple", 3)])


def test_pick_list_warm_before_cold():
    orders.place_order("o1", [("milk", 2), ("apple", 3)])
    assert picking.build_pick_list("o1") == [("A-02-1", "apple", 3), ("C-01-1", "milk", 2)]


def test_commit_takes_stock():
    orders.place_order("o1", [("pear", 3)])
    picking.build_pick_list("o1", commit=True)
    assert inventory.on_hand("pear") == 0
    assert orders.reserved_quantity("pear") == 0
