"""Income tax estimate for the payroll self-service portal.

Legacy module: each tax year was added by copying the previous year's block and editing the
numbers in place. Amounts are in dollars.
"""

FILING_STATUSES = ("single", "joint", "head")
TAX_YEARS = (2023, 2024)
SENIOR_AGE = 65


class TaxError(ValueError):
    """Raised when a tax estimate cannot be computed for the given inputs."""


def calculate_income_tax(income, filing_status="single", year=2024, dependants=0, age=None,
                         deductions=None, round_to="cent"):
    """Return the estimated income tax for one return."""
    if income is None or income < 0:
        raise TaxError("income must be a non-negative number")
    if filing_status not in FILING_STATUSES:
        raise TaxError("unknown filing status: %s" % filing_status)
    if year not in TAX_YEARS:
        raise TaxError("unsupported tax year: %s" % year)
    if dependants < 0:
        raise TaxError("dependants must be zero or more")
    # standard deduction, with the senior addition
    if filing_status == "single":
        if year == 2023:
            standard = 12000
        else:
            standard = 12500
        if age is not None and age >= SENIOR_AGE:
            standard = standard + 1500
    elif filing_status == "joint":
        if year == 2023:
            standard = 24000
        else:
            standard = 25000
        if age is not None and age >= SENIOR_AGE:
            standard = standard + 1200
    else:
        if year == 2023:
            standard = 18000
        else:
            standard = 18750
        if age is not None and age >= SENIOR_AGE:
            standard = standard + 1500
    deduction = standard
    if deductions:
        itemized = 0
        for amount in deductions:
            if amount < 0:
                raise TaxError("deduction amounts must be non-negative")
            itemized = itemized + amount
        if itemized > standard:
            deduction = itemized
    taxable = income - deduction
    if taxable < 0:
        taxable = 0
    # progressive brackets: 10%, 20%, 30%, 40%
    if filing_status == "single":
        if year == 2023:
            first, second, third = 10000, 40000, 90000
        else:
            first, second, third = 10500, 42000, 94500
    elif filing_status == "joint":
        if year == 2023:
            first, second, third = 20000, 80000, 180000
        else:
            first, second, third = 21000, 84000, 189000
    else:
        if year == 2023:
            first, second, third = 15000, 55000, 120000
        else:
            first, second, third = 15750, 57750, 126000
    if taxable <= first:
        tax = taxable * 0.10
    elif taxable <= second:
        tax = first * 0.10 + (taxable - first) * 0.20
    elif taxable <= third:
        tax = first * 0.10 + (second - first) * 0.20 + (taxable - second) * 0.30
    else:
        tax = first * 0.10 + (second - first) * 0.20 + (third - second) * 0.30 + (taxable - third) * 0.40
    # dependant credit, phased out above a threshold of gross income, never refunded
    if dependants > 0:
        if year == 2023:
            credit = dependants * 1800
        else:
            credit = dependants * 2000
        if filing_status == "joint":
            if income > 400000:
                credit = credit - (income - 400000) * 0.05
        else:
            if income > 200000:
                credit = credit - (income - 200000) * 0.05
        if credit > 0:
            tax = tax - credit
            if tax < 0:
                tax = 0
    if round_to == "cent":
        return round(tax, 2)
    elif round_to == "dollar":
        return float(int(tax + 0.5))
    else:
        raise TaxError("unknown rounding: %s" % round_to)
