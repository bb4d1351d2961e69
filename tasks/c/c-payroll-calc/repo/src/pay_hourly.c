/* pay_hourly.c - payslips of hourly workers.
 *
 * The first payroll file; pay_salaried.c was started as a copy of it, static
 * helpers and all, and the two copies have been patched side by side since.
 */
#include <stddef.h>

#include "pay_internal.h"

static int check_employee(const struct employee *e, int kind)
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
    if ((e->flags & ~EMPF_ALL) != 0) {
        return PAY_ERR_FLAGS;
    }
    return PAY_OK;
}

static long income_tax(const struct employee *e, long gross)
{
    long taxable;
    long tax;

    if (e->tax_class == 1) {
        taxable = gross - PAY_ALLOWANCE_CLASS1;
    } else if (e->tax_class == 2) {
        taxable = gross - PAY_ALLOWANCE_CLASS2 - e->children * PAY_ALLOWANCE_CHILD;
    } else {
        taxable = gross - PAY_ALLOWANCE_CLASS3 - e->children * PAY_ALLOWANCE_CHILD;
    }
    if (taxable <= 0) {
        tax = 0;
    } else if (taxable <= PAY_BAND1) {
        tax = (taxable * 10 + 50) / 100;
    } else if (taxable <= PAY_BAND2) {
        tax = (PAY_BAND1 * 10 + (taxable - PAY_BAND1) * 20 + 50) / 100;
    } else {
        tax = (PAY_BAND1 * 10 + (PAY_BAND2 - PAY_BAND1) * 20 + (taxable - PAY_BAND2) * 35 + 50) / 100;
    }
    if (e->region == REGION_SOUTH) {
        tax += pay_permille(tax, 55);
    }
    return tax;
}

static long social_contributions(const struct employee *e, long gross)
{
    long base;
    long pension;
    long health;

    base = gross < PAY_SOCIAL_CEILING ? gross : PAY_SOCIAL_CEILING;
    if ((e->flags & EMPF_PENSION_OPT_OUT) || (e->flags & EMPF_APPRENTICE)) {
        pension = 0;
    } else {
        pension = pay_permille(base, PAY_PENSION_PERMILLE);
    }
    health = pay_permille(base, PAY_HEALTH_PERMILLE);
    return pension + health;
}

static long union_dues(const struct employee *e, long gross)
{
    long dues = 0;

    if (e->flags & EMPF_UNION) {
        dues = (gross + 50) / 100;
        if (dues < PAY_UNION_MIN) {
            dues = PAY_UNION_MIN;
        } else if (dues > PAY_UNION_MAX) {
            dues = PAY_UNION_MAX;
        }
    }
    return dues;
}

static void fill_slip(struct payslip *slip, long gross, long tax, long social, long dues)
{
    slip->gross = gross;
    slip->tax = tax;
    slip->social = social;
    slip->union_dues = dues;
    slip->net = gross - tax - social - dues;
}

int pay_hourly(const struct employee *e, const struct timesheet *t, struct payslip *slip)
{
    long gross;
    long overtime;
    long tax;
    int rc;

    if (e == NULL || t == NULL || slip == NULL) {
        return PAY_ERR_ARG;
    }
    rc = check_employee(e, EMP_HOURLY);
    if (rc != PAY_OK) {
        return rc;
    }
    if (t->minutes < 0 || t->minutes > 24000 || t->night_minutes < 0 || t->holiday_minutes < 0 ||
        t->night_minutes > t->minutes - t->holiday_minutes) {
        return PAY_ERR_TIME;
    }

    /* 160 hours at the rate, overtime at 125 %, premiums of 25 % for nights and 100 % for
     * public holidays; apprentices get no overtime rate and half the premiums */
    if (t->minutes > 9600) {
        overtime = t->minutes - 9600;
        gross = (9600L * e->rate_cents + 30) / 60;
        if (e->flags & EMPF_APPRENTICE) {
            gross += (overtime * e->rate_cents + 30) / 60;
        } else {
            gross += (overtime * e->rate_cents * 125 + 3000) / 6000;
        }
    } else {
        gross = (t->minutes * e->rate_cents + 30) / 60;
    }
    if (e->flags & EMPF_APPRENTICE) {
        gross += (t->night_minutes * e->rate_cents * 25 + 6000) / 12000;
        gross += (t->holiday_minutes * e->rate_cents * 100 + 6000) / 12000;
    } else {
        gross += (t->night_minutes * e->rate_cents * 25 + 3000) / 6000;
        gross += (t->holiday_minutes * e->rate_cents * 100 + 3000) / 6000;
    }

    tax = income_tax(e, gross);
    fill_slip(slip, gross, tax, social_contributions(e, gross), union_dues(e, gross));
    return PAY_OK;
}
