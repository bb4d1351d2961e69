/* pay_common.c - arithmetic shared by the payroll source files. */
#include <stddef.h>

#include "pay_internal.h"

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
    if ((e->flags & ~EMPF_ALL) != 0) {
        return PAY_ERR_FLAGS;
    }
    return PAY_OK;
}
