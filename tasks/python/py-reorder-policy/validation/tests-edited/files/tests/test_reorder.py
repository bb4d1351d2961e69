import pytest

from reorder import ReorderError, decide_reorder


def test_well_stocked_item_needs_nothing():
    assert decide_reorder("SKU-1", 500, 0, 10, 5) == ("none", 0, "stock position above reorder point")


def test_below_reorder_point_orders_up_to_target():
    assert decide_reorder("SKU-1", 80, 0, 10, 5) == ("order", 90, "below reorder point")


def test_order_is_rounded_up_to_pack_size():
    assert decide_reorder("SKU-1", 80, 0, 10, 5, pack_size=12)[0] == "order"


def test_peak_season_raises_demand():
    assert decide_reorder("SKU-1", 80, 0, 10, 5, season="peak") == (
        "order", 158, "below reorder point")


def test_discontinued_item_cancels_open_orders():
    assert decide_reorder("SKU-1", 100, 40, 10, 5, discontinued=True) == (
        "cancel", 40, "discontinued: open orders not needed")


def test_negative_stock_is_rejected():
    with pytest.raises(ReorderError):
        decide_reorder("SKU-1", -1, 0, 10, 5)
