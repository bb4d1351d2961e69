"""Hidden behaviour tests for income_tax.calculate_income_tax."""

import pytest

import income_tax
from income_tax import TaxError, calculate_income_tax

# (income, filing status, year, expected tax): every bracket limit and the standard deduction,
# each at x-1, x and x+1 of taxable income
BRACKETS = [
    (11999, 'single', 2023, 0.0),
    (12000, 'single', 2023, 0.0),
    (12001, 'single', 2023, 0.1),
    (21999, 'single', 2023, 999.9),
    (22000, 'single', 2023, 1000.0),
    (22001, 'single', 2023, 1000.2),
    (51999, 'single', 2023, 6999.8),
    (52000, 'single', 2023, 7000.0),
    (52001, 'single', 2023, 7000.3),
    (101999, 'single', 2023, 21999.7),
    (102000, 'single', 2023, 22000.0),
    (102001, 'single', 2023, 22000.4),
    (152000, 'single', 2023, 42000.0),
    (12499, 'single', 2024, 0.0),
    (12500, 'single', 2024, 0.0),
    (12501, 'single', 2024, 0.1),
    (22999, 'single', 2024, 1049.9),
    (23000, 'single', 2024, 1050.0),
    (23001, 'single', 2024, 1050.2),
    (54499, 'single', 2024, 7349.8),
    (54500, 'single', 2024, 7350.0),
    (54501, 'single', 2024, 7350.3),
    (106999, 'single', 2024, 23099.7),
    (107000, 'single', 2024, 23100.0),
    (107001, 'single', 2024, 23100.4),
    (157000, 'single', 2024, 43100.0),
    (23999, 'joint', 2023, 0.0),
    (24000, 'joint', 2023, 0.0),
    (24001, 'joint', 2023, 0.1),
    (43999, 'joint', 2023, 1999.9),
    (44000, 'joint', 2023, 2000.0),
    (44001, 'joint', 2023, 2000.2),
    (103999, 'joint', 2023, 13999.8),
    (104000, 'joint', 2023, 14000.0),
    (104001, 'joint', 2023, 14000.3),
    (203999, 'joint', 2023, 43999.7),
    (204000, 'joint', 2023, 44000.0),
    (204001, 'joint', 2023, 44000.4),
    (254000, 'joint', 2023, 64000.0),
    (24999, 'joint', 2024, 0.0),
    (25000, 'joint', 2024, 0.0),
    (25001, 'joint', 2024, 0.1),
    (45999, 'joint', 2024, 2099.9),
    (46000, 'joint', 2024, 2100.0),
    (46001, 'joint', 2024, 2100.2),
    (108999, 'joint', 2024, 14699.8),
    (109000, 'joint', 2024, 14700.0),
    (109001, 'joint', 2024, 14700.3),
    (213999, 'joint', 2024, 46199.7),
    (214000, 'joint', 2024, 46200.0),
    (214001, 'joint', 2024, 46200.4),
    (264000, 'joint', 2024, 66200.0),
    (17999, 'head', 2023, 0.0),
    (18000, 'head', 2023, 0.0),
    (18001, 'head', 2023, 0.1),
    (32999, 'head', 2023, 1499.9),
    (33000, 'head', 2023, 1500.0),
    (33001, 'head', 2023, 1500.2),
    (72999, 'head', 2023, 9499.8),
    (73000, 'head', 2023, 9500.0),
    (73001, 'head', 2023, 9500.3),
    (137999, 'head', 2023, 28999.7),
    (138000, 'head', 2023, 29000.0),
    (138001, 'head', 2023, 29000.4),
    (188000, 'head', 2023, 49000.0),
    (18749, 'head', 2024, 0.0),
    (18750, 'head', 2024, 0.0),
    (18751, 'head', 2024, 0.1),
    (34499, 'head', 2024, 1574.9),
    (34500, 'head', 2024, 1575.0),
    (34501, 'head', 2024, 1575.2),
    (76499, 'head', 2024, 9974.8),
    (76500, 'head', 2024, 9975.0),
    (76501, 'head', 2024, 9975.3),
    (144749, 'head', 2024, 30449.7),
    (144750, 'head', 2024, 30450.0),
    (144751, 'head', 2024, 30450.4),
    (194750, 'head', 2024, 50450.0),
]


@pytest.mark.parametrize("income, status, year, expected", BRACKETS)
def test_brackets(income, status, year, expected):
    assert calculate_income_tax(income, status, year) == pytest.approx(expected, abs=1e-9)
    assert calculate_income_tax(income, filing_status=status, year=year) == round(expected, 2)


def test_constants_and_error_type():
    assert income_tax.FILING_STATUSES == ("single", "joint", "head")
    assert income_tax.TAX_YEARS == (2023, 2024)
    assert income_tax.SENIOR_AGE == 65
    assert issubclass(TaxError, ValueError)


def test_defaults_are_single_2024_in_cents():
    assert calculate_income_tax(60000) == 9000.0
    assert calculate_income_tax(60000, "single", 2024, 0, None, None, "cent") == 9000.0


def test_zero_income():
    assert calculate_income_tax(0) == 0.0
    assert calculate_income_tax(0, "joint", 2023, dependants=2, round_to="dollar") == 0.0


def test_fractional_income():
    assert calculate_income_tax(23017.25) == 1053.45
    assert calculate_income_tax(23017.25, round_to="dollar") == 1053.0


# --- validation ---------------------------------------------------------------

@pytest.mark.parametrize("income", [None, -1, -0.01])
def test_rejects_negative_income(income):
    with pytest.raises(TaxError, match="^income must be a non-negative number$"):
        calculate_income_tax(income)


@pytest.mark.parametrize("status", ["widow", "Single", ""])
def test_rejects_unknown_status(status):
    with pytest.raises(TaxError, match="^unknown filing status: %s$" % status):
        calculate_income_tax(1000, status)


@pytest.mark.parametrize("year", [2022, 2025, "2024"])
def test_rejects_unsupported_year(year):
    with pytest.raises(TaxError, match="^unsupported tax year: %s$" % year):
        calculate_income_tax(1000, "single", year)


def test_rejects_negative_dependants():
    with pytest.raises(TaxError, match="^dependants must be zero or more$"):
        calculate_income_tax(1000, dependants=-1)


def test_rejects_negative_deduction():
    with pytest.raises(TaxError, match="^deduction amounts must be non-negative$"):
        calculate_income_tax(50000, deductions=[20000, -5])


def test_negative_deduction_found_even_when_total_is_small():
    with pytest.raises(TaxError, match="^deduction amounts must be non-negative$"):
        calculate_income_tax(50000, deductions=[-1])


@pytest.mark.parametrize("round_to", ["euro", "", None, "Cent"])
def test_rejects_unknown_rounding(round_to):
    with pytest.raises(TaxError, match="^unknown rounding: %s$" % round_to):
        calculate_income_tax(50000, round_to=round_to)


@pytest.mark.parametrize("kwargs, message", [
    (dict(income=-1, filing_status="x", year=1999, dependants=-1, deductions=[-1], round_to="x"), "income"),
    (dict(income=1, filing_status="x", year=1999, dependants=-1, deductions=[-1], round_to="x"), "filing status"),
    (dict(income=1, filing_status="joint", year=1999, dependants=-1, deductions=[-1], round_to="x"), "tax year"),
    (dict(income=1, filing_status="joint", year=2023, dependants=-1, deductions=[-1], round_to="x"), "dependants"),
    (dict(income=1, filing_status="joint", year=2023, dependants=0, deductions=[-1], round_to="x"), "deduction"),
    (dict(income=1, filing_status="joint", year=2023, dependants=0, deductions=[1], round_to="x"), "rounding"),
])
def test_order_of_checks(kwargs, message):
    with pytest.raises(TaxError, match=message):
        calculate_income_tax(**kwargs)


# --- deductions ---------------------------------------------------------------

@pytest.mark.parametrize("status, year, age, expected", [
    ("single", 2024, 64, 21000.0), ("single", 2024, 65, 20550.0), ("single", 2024, 66, 20550.0),
    ("single", 2024, None, 21000.0), ("single", 2023, 65, 20950.0),
    ("joint", 2023, 64, 13200.0), ("joint", 2023, 65, 12960.0), ("joint", 2024, 65, 12660.0),
    ("head", 2024, 64, 17025.0), ("head", 2024, 65, 16575.0), ("head", 2023, 65, 17150.0),
])
def test_senior_addition(status, year, age, expected):
    assert calculate_income_tax(100000, status, year, age=age) == expected


@pytest.mark.parametrize("deductions, expected", [
    (None, 9000.0), ([], 9000.0), ([10000, 2490], 9000.0), ([10000, 2500], 9000.0),
    ([10000, 2510], 8997.0), ([40000], 2950.0), ([0, 0], 9000.0), ((12000, 1000), 8850.0),
    ([60000], 0.0), ([70000], 0.0),
])
def test_itemized_deductions(deductions, expected):
    assert calculate_income_tax(60000, deductions=deductions) == expected


def test_itemized_compared_with_senior_standard():
    assert calculate_income_tax(60000, age=70, deductions=[13999]) == 8550.0
    assert calculate_income_tax(60000, age=70, deductions=[14001]) == 8549.7


def test_itemized_from_a_generator():
    assert calculate_income_tax(60000, deductions=(x for x in [20000, 20000])) == 2950.0


@pytest.mark.parametrize("status, year, expected", [
    ("joint", 2023, 4000.0), ("joint", 2024, 3900.0), ("head", 2023, 4500.0), ("head", 2024, 4425.0),
    ("single", 2023, 5000.0),
])
def test_itemized_per_status(status, year, expected):
    assert calculate_income_tax(60000, status, year, deductions=[30000]) == expected


# --- dependant credit ---------------------------------------------------------

@pytest.mark.parametrize("income, dependants, year, expected", [
    (30000, 0, 2024, 2450.0), (30000, 1, 2024, 450.0), (30000, 1, 2023, 800.0),
    (30000, 2, 2024, 0), (30000, 3, 2024, 0), (32250, 1, 2024, 900.0), (32250, 1, 2023, 1250.0),
    (27250, 1, 2024, 0),
])
def test_dependant_credit(income, dependants, year, expected):
    assert calculate_income_tax(income, "single", year, dependants) == expected


def test_credit_exactly_equal_to_tax():
    assert calculate_income_tax(27750, dependants=1) == 0.0
    assert calculate_income_tax(27750.05, dependants=1) == 0.01
    assert calculate_income_tax(27749.95, dependants=1) == 0


@pytest.mark.parametrize("status, year, expected", [
    ("single", 2023, [57599.6, 57600.0, 57600.45, 75600.0, 93200.0, 141200.0, 61200.0]),
    ("single", 2024, [56299.6, 56300.0, 56300.45, 74300.0, 92300.0, 140300.0, 60300.0]),
    ("joint", 2023, [118799.6, 118800.0, 118800.45, 136800.0, 154400.0, 202400.0, 122400.0]),
    ("joint", 2024, [116599.6, 116600.0, 116600.45, 134600.0, 152600.0, 200600.0, 120600.0]),
    ("head", 2023, [50199.6, 50200.0, 50200.45, 68200.0, 85800.0, 133800.0, 53800.0]),
    ("head", 2024, [48549.6, 48550.0, 48550.45, 66550.0, 84550.0, 132550.0, 52550.0]),
])
def test_credit_phase_out(status, year, expected):
    start = 400000 if status == "joint" else 200000
    got = [calculate_income_tax(start + d, status, year, dependants=2) for d in (-1, 0, 1, 40000, 80000, 200000)]
    got.append(calculate_income_tax(start, status, year))
    assert got == expected


def test_phase_out_leaves_partial_credit():
    assert calculate_income_tax(230000, "single", 2024, dependants=3) == 67800.0
    assert calculate_income_tax(230000, "single", 2024, dependants=1) == 71800.0
    assert calculate_income_tax(240000, "single", 2024, dependants=1) == 76300.0


# --- rounding -----------------------------------------------------------------

@pytest.mark.parametrize("income, cent, dollar", [
    (23002.5, 1050.5, 1051.0), (23002, 1050.4, 1050.0), (23005, 1051.0, 1051.0), (23007.5, 1051.5, 1052.0),
    (12500, 0.0, 0.0), (23002.45, 1050.49, 1050.0), (23004.45, 1050.89, 1051.0),
])
def test_rounding(income, cent, dollar):
    assert calculate_income_tax(income) == cent
    assert calculate_income_tax(income, round_to="cent") == cent
    dollars = calculate_income_tax(income, round_to="dollar")
    assert dollars == dollar and isinstance(dollars, float)


def test_tiny_remaining_credit_still_counts():
    assert calculate_income_tax(239990, "single", 2024) == 76296.0
    assert calculate_income_tax(239990, "single", 2024, dependants=1) == 76295.5


def test_rounds_to_two_decimals():
    assert calculate_income_tax(12501.234) == 0.12
    assert calculate_income_tax(12501.256) == 0.13
