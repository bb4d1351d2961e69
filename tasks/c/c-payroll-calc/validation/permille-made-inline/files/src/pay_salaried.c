/* pay_salaried.c - payslips of salaried staff. The deductions are in pay_common.c. */
#include <stddef.h>

#include "pay_internal.h"

int pay_salaried(const struct employee *e, int days_worked, int days_in_month, long bonus_cents,
                 struct payslip *slip)
{
    long salary;
    int rc;

    if (e == NULL || slip == NULL) {
        return PAY_ERR_ARG;
    }
    rc = pay_check_employee(e, EMP_SALARIED);
    if (rc != PAY_OK) {
        return rc;
    }
    if (days_in_month < 28 || days_in_month > 31 || days_worked < 0 || days_worked > days_in_month) {
        return PAY_ERR_TIME;
    }
    if (bonus_cents < 0 || bonus_cents > PAY_MAX_RATE) {
        return PAY_ERR_AMOUNT;
    }
    /* the salary for the days worked, rounded half up */
    salary = (e->rate_cents * days_worked * 2 + days_in_month) / (2L * days_in_month);
    pay_fill_slip(e, salary + bonus_cents, slip);
    return PAY_OK;
}
