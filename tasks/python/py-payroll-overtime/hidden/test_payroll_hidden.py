"""Hidden behaviour tests for payroll.calculate_shift_pay."""

import pytest

import payroll
from payroll import PayrollError, calculate_shift_pay


def test_constants():
    assert payroll.DAYS == ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    assert payroll.SHIFTS == ("day", "evening", "night")
    assert payroll.WEEKLY_LIMIT == 40.0
    assert payroll.DOUBLE_TIME_AFTER == 12.0
    assert issubclass(PayrollError, ValueError)


# --- validation, in order ------------------------------------------------------

@pytest.mark.parametrize("hours", [None, -0.01, -1, 24.01, 25])
def test_hours_out_of_range(hours):
    with pytest.raises(PayrollError, match="^hours must be between 0 and 24$"):
        calculate_shift_pay(hours, -1, "xyz", "bogus", week_hours_before=-1)


@pytest.mark.parametrize("rate", [None, 0, -0.01])
def test_rate_must_be_positive(rate):
    with pytest.raises(PayrollError, match="^hourly rate must be positive$"):
        calculate_shift_pay(8, rate, "xyz", "bogus", week_hours_before=-1)


@pytest.mark.parametrize("day, shown", [("xyz", "xyz"), ("  Monday ", "monday"), ("", ""), (None, "")])
def test_unknown_day(day, shown):
    with pytest.raises(PayrollError, match="^unknown day: %s$" % shown):
        calculate_shift_pay(8, 20.0, day, "bogus", week_hours_before=-1)


@pytest.mark.parametrize("shift", ["graveyard", "Day", "", None])
def test_unknown_shift(shift):
    with pytest.raises(PayrollError, match="^unknown shift: %s$" % shift):
        calculate_shift_pay(8, 20.0, "mon", shift, week_hours_before=-1)


def test_negative_week_hours():
    with pytest.raises(PayrollError, match="^week hours cannot be negative$"):
        calculate_shift_pay(8, 20.0, "mon", week_hours_before=-0.5)


@pytest.mark.parametrize("day", [" MON ", "Sun", "sat\n"])
def test_day_is_normalised(day):
    expected = {"mon": 160.0, "sun": 240.0, "sat": 200.0}[day.strip().lower()]
    assert calculate_shift_pay(8, 20.0, day) == expected


def test_zero_hours_pay_nothing():
    result = calculate_shift_pay(0, 20.0, "sun", "night", True, True, 80)
    assert result == 0.0 and isinstance(result, float)


def test_full_day_is_accepted():
    assert calculate_shift_pay(24, 10.0, "mon") == 380.0


# --- daily overtime and double time ------------------------------------------------

@pytest.mark.parametrize("hours, rate, day, expected", [
    (0.5, 20.0, 'wed', 10.0),
    (7.5, 20.0, 'wed', 150.0),
    (7.75, 20.0, 'wed', 155.0),
    (8, 20.0, 'wed', 160.0),
    (8.5, 20.0, 'wed', 175.0),
    (10, 20.0, 'wed', 220.0),
    (11.75, 20.0, 'wed', 272.5),
    (12, 20.0, 'wed', 280.0),
    (12.5, 20.0, 'wed', 300.0),
    (14, 20.0, 'wed', 360.0),
    (24, 20.0, 'wed', 760.0),
])
def test_daily_overtime(hours, rate, day, expected):
    assert calculate_shift_pay(hours, rate, day) == expected


@pytest.mark.parametrize("hours, rate, day, shift, holiday, union, expected", [
    (7.25, 20.0, 'wed', 'day', False, True, 145.0),
    (7.5, 20.0, 'wed', 'day', False, True, 150.0),
    (7.75, 20.0, 'wed', 'day', False, True, 157.5),
    (8, 20.0, 'wed', 'day', False, True, 165.0),
    (12, 20.0, 'wed', 'day', False, True, 285.0),
    (12.5, 20.0, 'wed', 'day', False, True, 305.0),
])
def test_union_overtime_threshold(hours, rate, day, shift, holiday, union, expected):
    assert calculate_shift_pay(hours, rate, day, shift, holiday, union) == expected


# --- weekly limit -------------------------------------------------------------------

@pytest.mark.parametrize("hours, rate, day, shift, holiday, union, week, expected", [
    (8, 20.0, 'thu', 'day', False, False, 31.5, 160.0),
    (8, 20.0, 'thu', 'day', False, False, 32, 160.0),
    (8, 20.0, 'thu', 'day', False, False, 32.5, 165.0),
    (8, 20.0, 'thu', 'day', False, False, 36, 200.0),
    (8, 20.0, 'thu', 'day', False, False, 39.5, 235.0),
    (8, 20.0, 'thu', 'day', False, False, 40, 240.0),
    (8, 20.0, 'thu', 'day', False, False, 40.5, 240.0),
    (8, 20.0, 'thu', 'day', False, False, 55, 240.0),
    (10, 20.0, 'fri', 'day', False, False, 32, 220.0),
    (10, 20.0, 'fri', 'day', False, False, 33, 230.0),
    (10, 20.0, 'fri', 'day', False, False, 45, 300.0),
    (13, 20.0, 'fri', 'day', False, True, 30, 325.0),
    (13, 20.0, 'fri', 'day', False, True, 34, 340.0),
    (13, 20.0, 'fri', 'day', False, True, 50, 400.0),
])
def test_weekly_limit(hours, rate, day, shift, holiday, union, week, expected):
    assert calculate_shift_pay(hours, rate, day, shift, holiday, union, week) == expected


# --- weekend and holidays -------------------------------------------------------------

@pytest.mark.parametrize("hours, rate, day, expected", [
    (6, 20.0, 'mon', 120.0),
    (9, 20.0, 'mon', 190.0),
    (13, 20.0, 'mon', 320.0),
    (6, 20.0, 'fri', 120.0),
    (9, 20.0, 'fri', 190.0),
    (13, 20.0, 'fri', 320.0),
    (6, 20.0, 'sat', 150.0),
    (9, 20.0, 'sat', 235.0),
    (13, 20.0, 'sat', 380.0),
    (6, 20.0, 'sun', 180.0),
    (9, 20.0, 'sun', 280.0),
    (13, 20.0, 'sun', 445.0),
])
def test_weekend_rates(hours, rate, day, expected):
    assert calculate_shift_pay(hours, rate, day) == expected


@pytest.mark.parametrize("hours, rate, day, shift, holiday, union, week, expected", [
    (6, 20.0, 'tue', 'day', True, False, 0, 240.0),
    (9, 20.0, 'tue', 'day', True, False, 0, 370.0),
    (13, 20.0, 'tue', 'day', True, False, 0, 570.0),
    (8, 20.0, 'tue', 'day', True, False, 36, 360.0),
    (6, 20.0, 'sun', 'day', True, False, 0, 240.0),
    (9, 20.0, 'sun', 'day', True, False, 0, 370.0),
    (13, 20.0, 'sun', 'day', True, False, 0, 570.0),
    (8, 20.0, 'sun', 'day', True, False, 36, 360.0),
])
def test_holiday_rates(hours, rate, day, shift, holiday, union, week, expected):
    assert calculate_shift_pay(hours, rate, day, shift, holiday, union, week) == expected


# --- shift premiums ---------------------------------------------------------------------

@pytest.mark.parametrize("hours, rate, day, shift, holiday, union, expected", [
    (6, 20.0, 'tue', 'evening', False, False, 127.5),
    (10, 20.0, 'sat', 'evening', False, False, 282.5),
    (6, 20.0, 'tue', 'evening', False, True, 127.5),
    (10, 20.0, 'sat', 'evening', False, True, 287.5),
    (6, 20.0, 'tue', 'evening', True, False, 247.5),
    (10, 20.0, 'sat', 'evening', True, False, 432.5),
    (6, 20.0, 'tue', 'evening', True, True, 255.0),
    (10, 20.0, 'sat', 'evening', True, True, 450.0),
    (6, 20.0, 'tue', 'night', False, False, 132.0),
    (10, 20.0, 'sat', 'night', False, False, 290.0),
    (6, 20.0, 'tue', 'night', False, True, 135.0),
    (10, 20.0, 'sat', 'night', False, True, 300.0),
    (6, 20.0, 'tue', 'night', True, False, 252.0),
    (10, 20.0, 'sat', 'night', True, False, 440.0),
    (6, 20.0, 'tue', 'night', True, True, 270.0),
    (10, 20.0, 'sat', 'night', True, True, 475.0),
])
def test_shift_premiums(hours, rate, day, shift, holiday, union, expected):
    assert calculate_shift_pay(hours, rate, day, shift, holiday, union) == expected


def test_day_shift_has_no_premium_even_for_union_holiday():
    assert calculate_shift_pay(6, 20.0, "tue", "day", True, True) == 240.0


# --- rounding ---------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    ((7.3333, 17.35, 'mon'), 127.23),
    ((9.1, 13.13, 'sun', 'night', False, True, 38.2), 249.9),
    ((0.01, 0.01, 'wed'), 0.0),
    ((12.25, 19.99, 'sat', 'evening', True, True, 39), 632.82),
])
def test_rounding(args, expected):
    assert calculate_shift_pay(*args) == expected


@pytest.mark.parametrize("args, expected", [
    ((1, 20.0, "mon"), 20.0), ((1, 20.0, "sun", "night"), 32.0), ((1, 20.0, "tue", "evening", True, True), 42.5),
])
def test_one_hour_shifts(args, expected):
    assert calculate_shift_pay(*args) == expected
