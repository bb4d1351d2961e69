/* pay_common.c - the rules every payslip shares: employee checks, income tax, contributions,
 * union dues and the payslip itself. */
#include <stddef.h>

#include "pay_internal.h"

#define PERCENT_ROUNDING 50

long pay_permille(long amount, long permille)
{
    return (amount * permille + 500) / 1000;
}

int pay_check_employee(const struct employee *e, int kind)
{
    if (e->kind != kind) {
        return PAY_ERR_KIND;
    }
    if (e->tax_class < 1 || e->tax_class > 3) {
        return PAY_ERR_TAX_CLASS;
    }
    if (e->region != REGION_NORTH && e->region != REGION_SOUTH) {
        return PAY_ERR_REGION;
    }
    if (e->rate_cents < 1 || e->rate_cents > PAY_MAX_RATE) {
        return PAY_ERR_RATE;
    }
    if (e->children < 0 || e->children > PAY_MAX_CHILDREN) {
        return PAY_ERR_CHILDREN;
    }
    return (e->flags & ~EMPF_ALL) != 0 ? PAY_ERR_FLAGS : PAY_OK;
}

/* The tax-free part of a monthly gross: by tax class, plus the children in classes 2 and 3. */
static long allowance(const struct employee *e)
{
    static const long BY_CLASS[] = {0, PAY_ALLOWANCE_CLASS1, PAY_ALLOWANCE_CLASS2, PAY_ALLOWANCE_CLASS3};

    if (e->tax_class == 1) {
        return BY_CLASS[1];
    }
    return BY_CLASS[e->tax_class] + e->children * PAY_ALLOWANCE_CHILD;
}

/* 10 % up to PAY_BAND1, 20 % up to PAY_BAND2, 35 % above, rounded half up once. */
static long band_tax(long taxable)
{
    long percent_cents;

    if (taxable <= 0) {
        return 0;
    }
    if (taxable <= PAY_BAND1) {
        percent_cents = taxable * 10;
    } else if (taxable <= PAY_BAND2) {
        percent_cents = PAY_BAND1 * 10 + (taxable - PAY_BAND1) * 20;
    } else {
        percent_cents = PAY_BAND1 * 10 + (PAY_BAND2 - PAY_BAND1) * 20 + (taxable - PAY_BAND2) * 35;
    }
    return (percent_cents + PERCENT_ROUNDING) / 100;
}

long pay_income_tax(const struct employee *e, long gross)
{
    long tax = band_tax(gross - allowance(e));

    if (e->region == REGION_SOUTH) {
        tax += pay_permille(tax, 55);
    }
    return tax;
}

long pay_social_contributions(const struct employee *e, long gross)
{
    long base = gross < PAY_SOCIAL_CEILING ? gross : PAY_SOCIAL_CEILING;
    long pension = 0;

    if ((e->flags & (EMPF_PENSION_OPT_OUT | EMPF_APPRENTICE)) == 0) {
        pension = pay_permille(base, PAY_PENSION_PERMILLE);
    }
    return pension + pay_permille(base, PAY_HEALTH_PERMILLE);
}

long pay_union_dues(const struct employee *e, long gross)
{
    long dues;

    if ((e->flags & EMPF_UNION) == 0) {
        return 0;
    }
    dues = (gross + PERCENT_ROUNDING) / 100;
    if (dues < PAY_UNION_MIN) {
        return PAY_UNION_MIN;
    }
    return dues > PAY_UNION_MAX ? PAY_UNION_MAX : dues;
}

void pay_fill_slip(const struct employee *e, long gross, struct payslip *slip)
{
    slip->gross = gross;
    slip->tax = pay_income_tax(e, gross);
    slip->social = pay_social_contributions(e, gross);
    slip->union_dues = pay_union_dues(e, gross);
    slip->net = gross - slip->tax - slip->social - slip->union_dues;
}
