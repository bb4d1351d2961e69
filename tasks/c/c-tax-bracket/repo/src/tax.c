/* tax.c - annual income tax.
 *
 * Legacy module: the brackets of each filing status were typed in from the yearly tables, and
 * the allowances and credits were added one statute at a time. Tax is computed in cents
 * (bracket amount times percent) and rounded to whole units once at the end.
 */
#include <stddef.h>

#include "tax_types.h"

long tax_income_tax(const struct tax_return *r, int filing_status, unsigned flags)
{
    long gross;
    long other;
    long deduction;
    long extra;
    long taxable;
    long cents = 0;
    long tax;
    long credit;
    long over;
    long phase_start;

    if (r == NULL) {
        return TAX_ERR_INPUT;
    }
    if ((flags & ~TAX_FLAG_ALL) != 0) {
        return TAX_ERR_FLAGS;
    }
    if (filing_status < FILING_SINGLE || filing_status > FILING_HEAD) {
        return TAX_ERR_STATUS;
    }
    if (r->wages < 0 || r->itemized < 0 || r->dependents < 0 || r->dependents > 20) {
        return TAX_ERR_INPUT;
    }
    other = r->other_income;
    if (flags & TAX_FLAG_NONRESIDENT) {
        if (flags & (TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE)) {
            return TAX_ERR_FLAGS;
        } else if (filing_status == FILING_JOINT || filing_status == FILING_HEAD) {
            return TAX_ERR_STATUS;
        }
        if (other < 0) {
            other = 0;
        }
        gross = r->wages + other;
        return (gross * 30 + 50) / 100;
    }
    if (filing_status == FILING_SEPARATE) {
        if (other < -1500) {
            other = -1500;
        }
    } else if (other < -3000) {
        other = -3000;
    }
    gross = r->wages + other;
    if (gross < 0) {
        gross = 0;
    }
    if (flags & TAX_FLAG_ITEMIZE) {
        deduction = r->itemized;
    } else {
        if (filing_status == FILING_SINGLE) {
            deduction = 12000;
            extra = 1500;
        } else if (filing_status == FILING_JOINT) {
            deduction = 24000;
            extra = 1200;
        } else if (filing_status == FILING_SEPARATE) {
            deduction = 12000;
            extra = 1200;
        } else {
            deduction = 18000;
            extra = 1500;
        }
        if (flags & TAX_FLAG_SENIOR) {
            deduction = deduction + extra;
        }
        if (flags & TAX_FLAG_BLIND) {
            deduction = deduction + extra;
        }
    }
    taxable = gross - deduction;
    if (taxable <= 0) {
        return 0;
    }
    if (filing_status == FILING_JOINT) {
        if (taxable > 320000) {
            cents = 20000 * 10 + 60000 * 12 + 90000 * 22 + 150000 * 24 + (taxable - 320000) * 32;
        } else if (taxable > 170000) {
            cents = 20000 * 10 + 60000 * 12 + 90000 * 22 + (taxable - 170000) * 24;
        } else if (taxable > 80000) {
            cents = 20000 * 10 + 60000 * 12 + (taxable - 80000) * 22;
        } else if (taxable > 20000) {
            cents = 20000 * 10 + (taxable - 20000) * 12;
        } else {
            cents = taxable * 10;
        }
    } else if (filing_status == FILING_HEAD) {
        if (taxable > 160000) {
            cents = 14000 * 10 + 39000 * 12 + 32000 * 22 + 75000 * 24 + (taxable - 160000) * 32;
        } else if (taxable > 85000) {
            cents = 14000 * 10 + 39000 * 12 + 32000 * 22 + (taxable - 85000) * 24;
        } else if (taxable > 53000) {
            cents = 14000 * 10 + 39000 * 12 + (taxable - 53000) * 22;
        } else if (taxable > 14000) {
            cents = 14000 * 10 + (taxable - 14000) * 12;
        } else {
            cents = taxable * 10;
        }
    } else {
        if (taxable > 160000) {
            if (filing_status == FILING_SEPARATE) {
                cents = 10000 * 10 + 30000 * 12 + 45000 * 22 + 75000 * 24 + (taxable - 160000) * 35;
            } else {
                cents = 10000 * 10 + 30000 * 12 + 45000 * 22 + 75000 * 24 + (taxable - 160000) * 32;
            }
        } else if (taxable > 85000) {
            cents = 10000 * 10 + 30000 * 12 + 45000 * 22 + (taxable - 85000) * 24;
        } else if (taxable > 40000) {
            cents = 10000 * 10 + 30000 * 12 + (taxable - 40000) * 22;
        } else if (taxable > 10000) {
            cents = 10000 * 10 + (taxable - 10000) * 12;
        } else {
            cents = taxable * 10;
        }
    }
    tax = (cents + 50) / 100;
    if (r->dependents > 0) {
        credit = 2000L * r->dependents;
        if (filing_status == FILING_JOINT) {
            phase_start = 400000;
        } else {
            phase_start = 200000;
        }
        if (gross > phase_start) {
            over = gross - phase_start;
            credit = credit - ((over + 999) / 1000) * 50;
            if (credit < 0) {
                credit = 0;
            }
        }
        if (credit > tax) {
            tax = 0;
        } else {
            tax = tax - credit;
        }
    }
    return tax;
}

int tax_marginal_rate(long taxable, int filing_status)
{
    static const long limits[4][4] = {
        {10000, 40000, 85000, 160000},
        {20000, 80000, 170000, 320000},
        {10000, 40000, 85000, 160000},
        {14000, 53000, 85000, 160000},
    };
    static const int rates[5] = {10, 12, 22, 24, 32};
    int i;

    if (filing_status < FILING_SINGLE || filing_status > FILING_HEAD) {
        return -1;
    }
    for (i = 0; i < 4; i++) {
        if (taxable <= limits[filing_status - 1][i]) {
            return rates[i];
        }
    }
    return filing_status == FILING_SEPARATE ? 35 : 32;
}
