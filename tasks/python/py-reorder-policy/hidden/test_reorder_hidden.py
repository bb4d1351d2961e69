"""Hidden behaviour tests for reorder.decide_reorder."""

import pytest

import reorder
from reorder import ReorderError, decide_reorder

BELOW = "below reorder point"
STOCKOUT = "stockout expected before delivery"
ABOVE = ("none", 0, "stock position above reorder point")


def decide(on_hand, on_order=0, demand=10, lead=5, **kw):
    return decide_reorder("SKU-9", on_hand, on_order, demand, lead, **kw)


# --- validation ----------------------------------------------------------------------

def test_error_is_a_value_error():
    assert issubclass(ReorderError, ValueError)


@pytest.mark.parametrize("sku", [None, ""])
def test_sku_is_required(sku):
    with pytest.raises(ReorderError, match=r"^sku is required$"):
        decide_reorder(sku, 1, 0, 1, 1)


@pytest.mark.parametrize("on_hand, on_order", [(None, 0), (0, None), (None, None)])
def test_missing_stock_figures(on_hand, on_order):
    with pytest.raises(ReorderError, match=r"^SKU-9: stock figures are missing$"):
        decide(on_hand, on_order)


@pytest.mark.parametrize("args, message", [
    ((-1, 0, 10, 5), "SKU-9: on_hand cannot be negative"),
    ((-0.5, 0, 10, 5), "SKU-9: on_hand cannot be negative"),
    ((0, -1, 10, 5), "SKU-9: on_order cannot be negative"),
    ((0, 0, -1, 5), "SKU-9: daily_demand cannot be negative"),
    ((0, 0, None, 5), "SKU-9: daily_demand cannot be negative"),
    ((0, 0, 10, -1), "SKU-9: lead_time_days cannot be negative"),
])
def test_negative_stock_record(args, message):
    with pytest.raises(ReorderError) as info:
        decide_reorder("SKU-9", *args)
    assert str(info.value) == message


@pytest.mark.parametrize("kw, message", [
    ({"abc_class": "D"}, "SKU-9: unknown ABC class 'D'"),
    ({"abc_class": "ab"}, "SKU-9: unknown ABC class 'ab'"),
    ({"season": "winter"}, "SKU-9: unknown season 'winter'"),
    ({"season": ""}, "SKU-9: unknown season ''"),
    ({"season": "Peak"}, "SKU-9: unknown season 'Peak'"),
    ({"pack_size": 0}, "SKU-9: pack_size must be at least 1"),
    ({"pack_size": -3}, "SKU-9: pack_size must be at least 1"),
    ({"supplier_minimum": -1}, "SKU-9: supplier_minimum cannot be negative"),
    ({"review_days": 0}, "SKU-9: review_days must be at least 1"),
])
def test_bad_policy_parameters(kw, message):
    with pytest.raises(ReorderError) as info:
        decide(500, **kw)
    assert str(info.value) == message


def test_policy_is_checked_even_for_discontinued_items():
    with pytest.raises(ReorderError, match="pack_size"):
        decide(0, 10, discontinued=True, pack_size=0)


@pytest.mark.parametrize("args, kw, word", [
    ((None, -1, 10, 5), {}, "stock figures"),
    ((-1, -1, -1, -1), {}, "on_hand"),
    ((0, -1, -1, -1), {}, "on_order"),
    ((0, 0, -1, -1), {"abc_class": "X"}, "daily_demand"),
    ((0, 0, 1, -1), {"abc_class": "X"}, "lead_time_days"),
    ((0, 0, 1, 1), {"abc_class": "X", "season": "x"}, "ABC class"),
    ((0, 0, 1, 1), {"season": "x", "pack_size": 0}, "season"),
    ((0, 0, 1, 1), {"pack_size": 0, "supplier_minimum": -1}, "pack_size"),
    ((0, 0, 1, 1), {"supplier_minimum": -1, "review_days": 0}, "supplier_minimum"),
])
def test_checks_run_in_order(args, kw, word):
    with pytest.raises(ReorderError, match=word):
        decide_reorder("SKU-9", *args, **kw)


def test_sku_checked_first():
    with pytest.raises(ReorderError, match="^sku is required$"):
        decide_reorder("", None, -1, -1, -1, abc_class="X")


@pytest.mark.parametrize("kw", [
    {}, {"abc_class": None}, {"abc_class": ""}, {"abc_class": "b"}, {"season": None},
    {"pack_size": 1}, {"supplier_minimum": 0}, {"review_days": 1},
])
def test_limits_of_valid_parameters_are_accepted(kw):
    assert decide(500, **kw) == ABOVE


def test_zero_figures_are_accepted():
    assert decide_reorder("SKU-9", 0, 0, 0, 0) == ("none", 0, "no demand")


# --- reorder point and target (demand 10, lead 5) ------------------------------------------

@pytest.mark.parametrize("cls, reorder_point, target", [
    ("A", 120, 190), ("B", 100, 170), ("C", 80, 150), ("a", 120, 190), ("c", 80, 150),
])
def test_reorder_point_boundary_per_class(cls, reorder_point, target):
    assert decide(reorder_point + 1, abc_class=cls) == ABOVE
    assert decide(reorder_point, abc_class=cls) == ("order", target - reorder_point, BELOW)
    assert decide(reorder_point - 1, abc_class=cls) == ("order", target - reorder_point + 1, BELOW)


def test_on_order_counts_towards_position():
    assert decide(60, 41) == ABOVE
    assert decide(60, 40) == ("order", 70, BELOW)
    assert decide(60, 15) == ("order", 95, BELOW)


def test_default_class_is_b():
    assert decide(100) == decide(100, abc_class="B") == ("order", 70, BELOW)


@pytest.mark.parametrize("review, expected", [(1, 10), (2, 20), (7, 70), (14, 140)])
def test_review_days_extend_target(review, expected):
    assert decide(100, review_days=review) == ("order", expected, BELOW)


@pytest.mark.parametrize("lead, on_hand, expected", [
    (0, 50, ("order", 70, BELOW)),
    (0, 51, ABOVE),
    (1, 60, ("order", 70, BELOW)),
    (1, 61, ABOVE),
])
def test_short_lead_times(lead, on_hand, expected):
    assert decide(on_hand, lead=lead) == expected


def test_fractional_need_is_rounded_up():
    # demand 3, lead 5: reorder point 30, target 51
    assert decide(29.5, demand=3) == ("order", 22, BELOW)
    assert decide(29.9, demand=3) == ("order", 22, BELOW)
    assert decide(30, demand=3) == ("order", 21, BELOW)
    assert decide(30.5, demand=3) == ABOVE


def test_quantity_is_an_int():
    action, qty, reason = decide(29.5, demand=3)
    assert type(qty) is int


@pytest.mark.parametrize("demand, on_hand, expected", [
    (0.5, 5, ("order", 4, BELOW)),
    (0.5, 4, ("order", 5, BELOW)),
    (0.5, 5.5, ABOVE),
    (2.5, 24, ("order", 19, BELOW)),
])
def test_fractional_demand(demand, on_hand, expected):
    assert decide(on_hand, demand=demand) == expected


# --- seasons -------------------------------------------------------------------------------

@pytest.mark.parametrize("cls, season, reorder_point, target", [
    ("B", "peak", 140, 238),     # demand 14
    ("C", "peak", 112, 210),     # demand 14
    ("A", "peak", 180, 285),     # demand 15
    ("B", "off", 75, 127.5),     # demand 7.5
    ("A", "off", 90, 142.5),     # demand 7.5
    ("C", "off", 40, 75),        # demand 5
])
def test_seasonal_demand(cls, season, reorder_point, target):
    assert decide(reorder_point + 1, abc_class=cls, season=season) == ABOVE
    expected = target - reorder_point
    qty = int(expected) + (0 if expected == int(expected) else 1)
    assert decide(reorder_point, abc_class=cls, season=season) == ("order", qty, BELOW)


def test_off_season_can_turn_demand_fractional():
    # demand 3 off season (class B) = 2.25 a day: reorder point 22.5, target 38.25
    assert decide(22, demand=3, season="off") == ("order", 17, BELOW)
    assert decide(23, demand=3, season="off") == ABOVE


def test_season_with_zero_demand_is_still_no_demand():
    assert decide(0, demand=0, season="peak") == ("none", 0, "no demand")
    assert decide(0, demand=0, season="off", abc_class="C") == ("none", 0, "no demand")


# --- cover cap ------------------------------------------------------------------------------

def test_target_capped_at_ninety_days_of_demand():
    # lead 80: reorder point 850, target 920 capped to 900
    assert decide(850, lead=80) == ("order", 50, BELOW)
    assert decide(0, lead=80) == ("order", 900, STOCKOUT)
    assert decide(851, lead=80) == ABOVE


def test_cap_exactly_at_target():
    # lead 78 class B: 78 + 5 + 7 = 90 days, target equals the cap
    assert decide(830, lead=78) == ("order", 70, BELOW)


def test_cap_just_above_target():
    # lead 77: target 890 under the cap of 900
    assert decide(820, lead=77) == ("order", 70, BELOW)
    # lead 79: target 910 capped to 900
    assert decide(840, lead=79) == ("order", 60, BELOW)


@pytest.mark.parametrize("lead, on_hand", [(85, 900), (85, 900.0), (100, 1000), (100, 1050)])
def test_cover_cap_reached(lead, on_hand):
    assert decide(on_hand, lead=lead) == ("none", 0, "cover cap reached")


def test_cover_cap_one_unit_short():
    assert decide(899, lead=85) == ("order", 1, BELOW)
    assert decide(899.5, lead=85) == ("order", 1, BELOW)


# --- supplier minimum -----------------------------------------------------------------------

@pytest.mark.parametrize("cls, minimum, expected", [
    ("B", 69, 70), ("B", 70, 70), ("B", 71, 71), ("B", 500, 500),
    ("A", 141, 141), ("A", 71, 71),
    ("C", 69, 70), ("C", 70, 70), ("C", 71, 71), ("C", 140, 140),
])
def test_supplier_minimum_raises_quantity(cls, minimum, expected):
    reorder_point = {"A": 120, "B": 100, "C": 80}[cls]
    assert decide(reorder_point, abc_class=cls, supplier_minimum=minimum) == ("order", expected, BELOW)


@pytest.mark.parametrize("minimum", [141, 1000])
def test_class_c_skips_minimum_far_above_need(minimum):
    assert decide(80, abc_class="C", supplier_minimum=minimum) == (
        "none", 0, "need of 70 is far below supplier minimum %d" % minimum)


def test_class_c_minimum_message_uses_rounded_need():
    # demand 1, lead 5, class C: reorder point 8, target 15; on hand 7.5 -> need 7.5 -> 8
    assert decide(7.5, demand=1, abc_class="C", supplier_minimum=17) == (
        "none", 0, "need of 8 is far below supplier minimum 17")
    assert decide(7.5, demand=1, abc_class="C", supplier_minimum=16) == ("order", 16, BELOW)


def test_minimum_applies_with_stockout():
    assert decide(0, lead=11, supplier_minimum=300) == ("order", 300, STOCKOUT)


# --- pack sizes -----------------------------------------------------------------------------

@pytest.mark.parametrize("pack, expected", [
    (1, 70), (2, 70), (7, 70), (10, 70), (12, 72), (16, 80), (20, 80), (21, 84), (47, 94),
    (69, 138), (70, 70), (71, 71), (100, 100),
])
def test_pack_rounding_class_b(pack, expected):
    assert decide(100, pack_size=pack) == ("order", expected, BELOW)


@pytest.mark.parametrize("pack, expected", [
    (1, 70), (7, 70), (12, 72), (16, 64), (19, 76), (20, 80), (21, 63), (46, 92), (47, 47),
    (48, 48), (69, 69), (70, 70), (71, 71), (141, 141), (200, 200),
])
def test_pack_rounding_class_c(pack, expected):
    assert decide(80, abc_class="C", pack_size=pack) == ("order", expected, BELOW)


@pytest.mark.parametrize("pack, expected", [(12, 72), (16, 80), (21, 84), (47, 94)])
def test_pack_rounding_class_a(pack, expected):
    assert decide(120, abc_class="A", pack_size=pack) == ("order", expected, BELOW)


@pytest.mark.parametrize("minimum, pack, expected", [
    (63, 16, 64), (64, 16, 64), (65, 16, 80), (70, 16, 80), (71, 16, 80),
    (100, 16, 112), (129, 16, 144), (75, 12, 84), (96, 16, 96),
])
def test_class_c_rounds_down_only_above_minimum(minimum, pack, expected):
    assert decide(80, abc_class="C", supplier_minimum=minimum, pack_size=pack) == (
        "order", expected, BELOW)


def test_class_c_small_need_rounding():
    # need 7: pack 10 -> 10 (nothing to round down to); pack 5 -> remainder 2 dropped
    assert decide(8, demand=1, abc_class="C", pack_size=10) == ("order", 10, BELOW)
    assert decide(8, demand=1, abc_class="C", pack_size=5) == ("order", 5, BELOW)
    assert decide(8, demand=1, abc_class="C", pack_size=6) == ("order", 6, BELOW)
    assert decide(8, demand=1, abc_class="C", pack_size=4) == ("order", 8, BELOW)
    assert decide(8, demand=1, abc_class="C", pack_size=14) == ("order", 14, BELOW)
    assert decide(8, demand=1, abc_class="C", pack_size=15) == ("order", 15, BELOW)


# --- stockout and expediting ----------------------------------------------------------------

@pytest.mark.parametrize("lead, expedite, expected", [
    (11, True, ("expedite", 230, STOCKOUT)),
    (12, True, ("expedite", 240, STOCKOUT)),
    (10, True, ("order", 220, STOCKOUT)),
    (9, True, ("order", 210, STOCKOUT)),
    (11, False, ("order", 230, STOCKOUT)),
    (10, False, ("order", 220, STOCKOUT)),
])
def test_expedite_only_for_long_lead_times(lead, expedite, expected):
    assert decide(0, lead=lead, allow_expedite=expedite) == expected


def test_stockout_uses_on_hand_only():
    # lead 11: lead demand 110; on hand below it is a stockout even with enough on order
    assert decide(109, 40, lead=11, allow_expedite=True) == ("expedite", 81, STOCKOUT)
    assert decide(110, 40, lead=11, allow_expedite=True) == ("order", 80, BELOW)
    assert decide(110, 0, lead=11, allow_expedite=True) == ("order", 120, BELOW)
    assert decide(109.5, 0, lead=11, allow_expedite=True) == ("expedite", 121, STOCKOUT)


def test_stockout_boundary_short_lead():
    assert decide(49, 51) == ("order", 70, STOCKOUT)
    assert decide(50, 50) == ("order", 70, BELOW)


def test_stockout_with_seasonal_demand():
    # peak class A: 15 a day, lead 11 -> lead demand 165, reorder point 270, target 375
    assert decide(164, lead=11, abc_class="A", season="peak", allow_expedite=True) == (
        "expedite", 211, STOCKOUT)
    assert decide(165, lead=11, abc_class="A", season="peak", allow_expedite=True) == (
        "order", 210, BELOW)


def test_expedite_keeps_pack_rounding_and_minimum():
    assert decide(0, lead=11, allow_expedite=True, pack_size=100) == ("expedite", 300, STOCKOUT)
    assert decide(0, lead=11, allow_expedite=True, supplier_minimum=301) == ("expedite", 301, STOCKOUT)


def test_zero_lead_time_is_never_a_stockout():
    assert decide(0, lead=0) == ("order", 120, BELOW)
    assert decide(0, lead=0, allow_expedite=True) == ("order", 120, BELOW)


# --- no demand ------------------------------------------------------------------------------

@pytest.mark.parametrize("kw, expected", [
    ({}, 1),
    ({"supplier_minimum": 1}, 1),
    ({"supplier_minimum": 2}, 2),
    ({"supplier_minimum": 5}, 5),
    ({"pack_size": 6}, 6),
    ({"pack_size": 2}, 2),
    ({"supplier_minimum": 5, "pack_size": 12}, 12),
    ({"supplier_minimum": 12, "pack_size": 12}, 12),
    ({"supplier_minimum": 13, "pack_size": 12}, 24),
    ({"supplier_minimum": 24, "pack_size": 12}, 24),
    ({"season": "off"}, 1),
])
def test_class_a_out_of_stock_without_demand(kw, expected):
    assert decide(0, 0, demand=0, abc_class="A", **kw) == (
        "order", expected, "class A item out of stock without demand")


@pytest.mark.parametrize("on_hand, on_order, cls", [
    (0, 1, "A"), (1, 0, "A"), (5, 5, "A"), (0, 0, "B"), (0, 0, "C"), (5, 5, "B"),
])
def test_no_demand(on_hand, on_order, cls):
    assert decide(on_hand, on_order, demand=0, abc_class=cls, supplier_minimum=5, pack_size=12) == (
        "none", 0, "no demand")


def test_class_a_zero_demand_is_not_a_stockout_order():
    assert decide(0, 0, demand=0, lead=20, abc_class="a", allow_expedite=True) == (
        "order", 1, "class A item out of stock without demand")


# --- discontinued ---------------------------------------------------------------------------

@pytest.mark.parametrize("on_hand, on_order, expected", [
    (0, 0, ("none", 0, "discontinued")),
    (100, 0, ("none", 0, "discontinued")),
    (100, 1, ("cancel", 1, "discontinued: open orders not needed")),
    (49, 1, ("none", 0, "discontinued: open orders still needed")),
    (48, 3, ("cancel", 1, "discontinued: cancel the excess")),
    (100, 40, ("cancel", 40, "discontinued: open orders not needed")),
    (51, 40, ("cancel", 40, "discontinued: open orders not needed")),
    (50, 40, ("cancel", 40, "discontinued: open orders not needed")),
    (49, 40, ("cancel", 39, "discontinued: cancel the excess")),
    (49.5, 40, ("cancel", 39, "discontinued: cancel the excess")),
    (20, 40, ("cancel", 10, "discontinued: cancel the excess")),
    (11, 40, ("cancel", 1, "discontinued: cancel the excess")),
    (10, 40, ("none", 0, "discontinued: open orders still needed")),
    (9, 40, ("none", 0, "discontinued: open orders still needed")),
    (0, 40, ("none", 0, "discontinued: open orders still needed")),
    (0, 51, ("cancel", 1, "discontinued: cancel the excess")),
])
def test_discontinued(on_hand, on_order, expected):
    assert decide(on_hand, on_order, discontinued=True) == expected


def test_discontinued_fractional_shortfall_rounds_up():
    # 2.5 a day for 3 days = 7.5 still needed; 5 on hand -> shortfall 3
    assert decide_reorder("SKU-9", 5, 10, 2.5, 3, discontinued=True) == (
        "cancel", 7, "discontinued: cancel the excess")
    assert decide_reorder("SKU-9", 5, 3, 2.5, 3, discontinued=True) == (
        "none", 0, "discontinued: open orders still needed")
    assert decide_reorder("SKU-9", 5, 4, 2.5, 3, discontinued=True) == (
        "cancel", 1, "discontinued: cancel the excess")


def test_discontinued_ignores_season_class_and_policy():
    kw = {"season": "peak", "abc_class": "A", "pack_size": 12, "supplier_minimum": 100,
          "allow_expedite": True}
    assert decide(49, 40, discontinued=True, **kw) == ("cancel", 39, "discontinued: cancel the excess")
    assert decide(0, 0, demand=0, discontinued=True, **kw) == ("none", 0, "discontinued")


def test_discontinued_without_demand_cancels_everything_open():
    assert decide(0, 7, demand=0, discontinued=True) == (
        "cancel", 7, "discontinued: open orders not needed")


def test_discontinued_zero_lead_time():
    assert decide(0, 7, lead=0, discontinued=True) == (
        "cancel", 7, "discontinued: open orders not needed")


# --- interface ------------------------------------------------------------------------------

def test_positional_call():
    assert decide_reorder("SKU-9", 125, 0, 16, 5, "C", None, 16, 0, False, False, 7) == (
        "order", 112, BELOW)


def test_keyword_call():
    assert decide_reorder(sku="SKU-9", on_hand=100, on_order=0, daily_demand=10, lead_time_days=5,
                          abc_class="B", season=None, pack_size=1, supplier_minimum=0,
                          discontinued=False, allow_expedite=False, review_days=7) == (
        "order", 70, BELOW)


def test_constants_kept():
    assert reorder.SAFETY_DAYS == {"A": 7, "B": 5, "C": 3}
    assert reorder.MAX_COVER_DAYS == 90
