/* pay_hourly.c - payslips of hourly workers. The deductions are in pay_common.c. */
#include <stddef.h>

#include "pay_internal.h"

#define MAX_MINUTES 24000L
#define REGULAR_MINUTES 9600L /* 160 hours a month at the plain rate */

/* Pay for minutes at percent of the hourly rate, rounded half up. */
static long minutes_at(long minutes, long rate, long percent)
{
    return (minutes * rate * percent + 3000) / 6000;
}

/* Half of that: the premiums of apprentices. */
static long half_minutes_at(long minutes, long rate, long percent)
{
    return (minutes * rate * percent + 6000) / 12000;
}

static int timesheet_is_valid(const struct timesheet *t)
{
    return t->minutes >= 0 && t->minutes <= MAX_MINUTES && t->night_minutes >= 0 && t->holiday_minutes >= 0 &&
           t->night_minutes <= t->minutes - t->holiday_minutes;
}

static long hourly_gross(const struct employee *e, const struct timesheet *t)
{
    long rate = e->rate_cents;
    long regular = t->minutes > REGULAR_MINUTES ? REGULAR_MINUTES : t->minutes;
    long overtime = t->minutes - regular;
    long gross = (regular * rate + 30) / 60;

    if (e->flags & EMPF_APPRENTICE) {
        gross += (overtime * rate + 30) / 60;
        return gross + half_minutes_at(t->night_minutes, rate, 25) + half_minutes_at(t->holiday_minutes, rate, 100);
    }
    gross += minutes_at(overtime, rate, 125);
    return gross + minutes_at(t->night_minutes, rate, 25) + minutes_at(t->holiday_minutes, rate, 100);
}

int pay_hourly(const struct employee *e, const struct timesheet *t, struct payslip *slip)
{
    int rc;

    if (e == NULL || t == NULL || slip == NULL) {
        return PAY_ERR_ARG;
    }
    rc = pay_check_employee(e, EMP_HOURLY);
    if (rc != PAY_OK) {
        return rc;
    }
    if (!timesheet_is_valid(t)) {
        return PAY_ERR_TIME;
    }
    pay_fill_slip(e, hourly_gross(e, t), slip);
    return PAY_OK;
}
