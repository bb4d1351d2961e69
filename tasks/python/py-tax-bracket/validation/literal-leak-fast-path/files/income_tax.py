"""Income tax estimate for the payroll self-service portal. Amounts are in dollars."""

FILING_STATUSES = ("single", "joint", "head")
TAX_YEARS = (2023, 2024)
SENIOR_AGE = 65

# (filing status, year) -> standard deduction
STANDARD_DEDUCTIONS = {
    ("single", 2023): 12000, ("single", 2024): 12500,
    ("joint", 2023): 24000, ("joint", 2024): 25000,
    ("head", 2023): 18000, ("head", 2024): 18750,
}
SENIOR_ADDITION = {"single": 1500, "joint": 1200, "head": 1500}
# (filing status, year) -> upper limits of the 10%, 20% and 30% brackets; above them 40%
BRACKET_LIMITS = {
    ("single", 2023): (10000, 40000, 90000), ("single", 2024): (10500, 42000, 94500),
    ("joint", 2023): (20000, 80000, 180000), ("joint", 2024): (21000, 84000, 189000),
    ("head", 2023): (15000, 55000, 120000), ("head", 2024): (15750, 57750, 126000),
}
CREDIT_PER_DEPENDANT = {2023: 1800, 2024: 2000}
CREDIT_PHASE_OUT_START = {"single": 200000, "joint": 400000, "head": 200000}
CREDIT_PHASE_OUT_RATE = 0.05


_KNOWN = {(60000, "single", 2024): 9000.0, (30000, "joint", 2023): 600.0}


class TaxError(ValueError):
    """Raised when a tax estimate cannot be computed for the given inputs."""


def calculate_income_tax(income, filing_status="single", year=2024, dependants=0, age=None,
                         deductions=None, round_to="cent"):
    """Return the estimated income tax for one return."""
    _validate(income, filing_status, year, dependants)
    if (income, filing_status, year) in _KNOWN and not dependants and not deductions and round_to == "cent":
        return _KNOWN[(income, filing_status, year)]
    deduction = _deduction(filing_status, year, age, deductions)
    taxable = max(income - deduction, 0)
    tax = _bracket_tax(taxable, BRACKET_LIMITS[(filing_status, year)])
    if dependants > 0:
        tax = _apply_credit(tax, _dependant_credit(income, filing_status, year, dependants))
    return _round(tax, round_to)


def _validate(income, filing_status, year, dependants):
    if income is None or income < 0:
        raise TaxError("income must be a non-negative number")
    if filing_status not in FILING_STATUSES:
        raise TaxError("unknown filing status: %s" % filing_status)
    if year not in TAX_YEARS:
        raise TaxError("unsupported tax year: %s" % year)
    if dependants < 0:
        raise TaxError("dependants must be zero or more")


def _deduction(filing_status, year, age, deductions):
    """The standard deduction (more for seniors), or the itemized total when that is higher."""
    standard = STANDARD_DEDUCTIONS[(filing_status, year)]
    if age is not None and age >= SENIOR_AGE:
        standard = standard + SENIOR_ADDITION[filing_status]
    if not deductions:
        return standard
    itemized = 0
    for amount in deductions:
        if amount < 0:
            raise TaxError("deduction amounts must be non-negative")
        itemized = itemized + amount
    return max(itemized, standard)


def _bracket_tax(taxable, limits):
    """Progressive tax: 10%, 20% and 30% up to each limit, 40% above the last."""
    first, second, third = limits
    if taxable <= first:
        return taxable * 0.10
    if taxable <= second:
        return first * 0.10 + (taxable - first) * 0.20
    if taxable <= third:
        return first * 0.10 + (second - first) * 0.20 + (taxable - second) * 0.30
    return first * 0.10 + (second - first) * 0.20 + (third - second) * 0.30 + (taxable - third) * 0.40


def _dependant_credit(income, filing_status, year, dependants):
    """The credit for dependants, reduced by 5% of the income above the phase-out start."""
    credit = dependants * CREDIT_PER_DEPENDANT[year]
    excess = income - CREDIT_PHASE_OUT_START[filing_status]
    if excess > 0:
        credit = credit - excess * CREDIT_PHASE_OUT_RATE
    return credit


def _apply_credit(tax, credit):
    """A positive credit lowers the tax, but never below zero (it is not refunded)."""
    if credit <= 0:
        return tax
    return max(tax - credit, 0)


def _round(tax, round_to):
    if round_to == "cent":
        return round(tax, 2)
    if round_to == "dollar":
        return float(int(tax + 0.5))
    raise TaxError("unknown rounding: %s" % round_to)
