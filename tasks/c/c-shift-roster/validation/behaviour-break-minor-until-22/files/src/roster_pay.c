/* roster_pay.c - what a shift pays.
 *
 * Callers include roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_time.h"

#define BASE_PERCENT 100
#define NIGHT_PERCENT 25
#define WEEKEND_PERCENT 50
#define HOLIDAY_PERCENT 100
#define OVERTIME_PERCENT 50
#define OVERTIME_FROM_MINUTES 2400L /* 40 h a week */
#define ONCALL_CENTS 1500
#define SATURDAY 5
#define SUNDAY 6

static int is_weekend_day(long day)
{
    long weekday = day % 7;

    return weekday == SATURDAY || weekday == SUNDAY;
}

/* The percentage of the hourly rate earned by one minute of the shift. */
static long minute_percent(const struct shift *s, long minute, long week_minutes)
{
    long percent = BASE_PERCENT;

    if (is_night_minute(minute % ROSTER_DAY_MINUTES)) {
        percent += NIGHT_PERCENT;
    }
    if (s->flags & SHIFT_FLAG_HOLIDAY) {
        percent += HOLIDAY_PERCENT;
    } else if (is_weekend_day(minute / ROSTER_DAY_MINUTES)) {
        percent += WEEKEND_PERCENT;
    }
    if (week_minutes >= OVERTIME_FROM_MINUTES) {
        percent += OVERTIME_PERCENT;
    }
    return percent;
}

long roster_shift_pay(const struct employee *e, const struct shift *s, int week_minutes_before)
{
    long start;
    long percent_minutes = 0;
    long pay;
    int m;

    if (e == NULL || s == NULL) {
        return ROSTER_ERR_NULL;
    }
    if (!shift_is_valid(s)) {
        return ROSTER_ERR_TIME;
    }
    if (e->hourly_cents <= 0 || week_minutes_before < 0) {
        return ROSTER_ERR_PAY;
    }
    start = shift_start(s);
    for (m = 0; m < shift_minutes(s); m++) {
        percent_minutes += minute_percent(s, start + m, (long)week_minutes_before + m);
    }
    pay = (e->hourly_cents * percent_minutes + 3000) / 6000;
    if (s->flags & SHIFT_FLAG_ONCALL) {
        pay += ONCALL_CENTS;
    }
    return pay;
}
