/* Visible tests for the income tax calculator: build and run with the task's test command. */
#include <stdio.h>

#include "tax.h"

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static long tax(long wages, long other, long itemized, int dependents, int status, unsigned flags)
{
    struct tax_return r;

    r.wages = wages;
    r.other_income = other;
    r.itemized = itemized;
    r.dependents = dependents;
    return tax_income_tax(&r, status, flags);
}

int main(void)
{
    expect("single, second bracket", tax(40000, 0, 0, 0, FILING_SINGLE, 0), 3160);
    expect("joint, two children", tax(95000, 1500, 0, 2, FILING_JOINT, 0), 4300);
    expect("head of household, itemized", tax(120000, 0, 26000, 1, FILING_HEAD, TAX_FLAG_ITEMIZE), 13280);
    expect("senior single", tax(20000, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR), 650);
    expect("non-resident flat rate", tax(33333, 0, 0, 0, FILING_SINGLE, TAX_FLAG_NONRESIDENT), 10000);
    expect("income below the deduction", tax(9000, 0, 0, 0, FILING_SINGLE, 0), 0);
    expect("unknown status", tax(40000, 0, 0, 0, 7, 0), TAX_ERR_STATUS);
    expect("negative wages", tax(-1, 0, 0, 0, FILING_SINGLE, 0), TAX_ERR_INPUT);
    expect("marginal rate", tax_marginal_rate(85001, FILING_HEAD), 24);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
