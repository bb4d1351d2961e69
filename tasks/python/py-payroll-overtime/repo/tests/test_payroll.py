import pytest

from payroll import PayrollError, calculate_shift_pay


def test_plain_weekday_shift():
    assert calculate_shift_pay(8, 20.0, "tue") == 160.0


def test_daily_overtime():
    assert calculate_shift_pay(10, 20.0, "wed") == 220.0


def test_saturday_evening_shift():
    assert calculate_shift_pay(6, 20.0, "Sat", shift="evening") == 157.5


def test_holiday_doubles_pay():
    assert calculate_shift_pay(4, 15.0, "mon", holiday=True) == 120.0


def test_rejects_unknown_shift():
    with pytest.raises(PayrollError):
        calculate_shift_pay(8, 20.0, "mon", shift="graveyard")
