import pytest

from income_tax import TaxError, calculate_income_tax


def test_single_middle_bracket():
    assert calculate_income_tax(60000) == 9000.0


def test_joint_2023_low_income():
    assert calculate_income_tax(30000, "joint", 2023) >= 0


def test_itemized_deductions_win_when_larger():
    assert calculate_income_tax(60000, deductions=[20000, 20000]) == 2950.0


def test_dependant_credit_is_not_refunded():
    assert calculate_income_tax(20000, dependants=2) == 0


def test_unknown_year_is_rejected():
    with pytest.raises(TaxError):
        calculate_income_tax(50000, year=2019)
