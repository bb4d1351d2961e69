/* roster_pay.c - what a shift pays.
 *
 * Legacy module: the collective agreement's premiums, minute by minute. Callers include
 * roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_types.h"

long roster_shift_pay(const struct employee *e, const struct shift *s, int week_minutes_before)
{
    int len;
    int m;
    long minute;
    long tod;
    long dow;
    long percent_minutes = 0;
    long pay;

    if (e == NULL || s == NULL) {
        return ROSTER_ERR_NULL;
    }
    if (s->day < 0 || s->start_min < 0 || s->start_min >= ROSTER_DAY_MINUTES || s->start_min % 15 != 0
        || s->end_min < 0 || s->end_min >= ROSTER_DAY_MINUTES || s->end_min % 15 != 0) {
        return ROSTER_ERR_TIME;
    }
    len = s->end_min - s->start_min;
    if (len <= 0) {
        len = len + ROSTER_DAY_MINUTES;
    }
    if (len > ROSTER_MAX_SHIFT) {
        return ROSTER_ERR_TIME;
    }
    if (e->hourly_cents <= 0 || week_minutes_before < 0) {
        return ROSTER_ERR_PAY;
    }
    for (m = 0; m < len; m++) {
        minute = (long)s->day * ROSTER_DAY_MINUTES + s->start_min + m;
        tod = minute % ROSTER_DAY_MINUTES;
        dow = minute / ROSTER_DAY_MINUTES % 7;
        percent_minutes = percent_minutes + 100;
        if (tod >= 1320 || tod < 360) {
            percent_minutes = percent_minutes + 25;
        }
        if (s->flags & SHIFT_FLAG_HOLIDAY) {
            percent_minutes = percent_minutes + 100;
        } else if (dow == 5 || dow == 6) {
            percent_minutes = percent_minutes + 50;
        }
        if ((long)week_minutes_before + m >= 2400) {
            percent_minutes = percent_minutes + 50;
        }
    }
    pay = (e->hourly_cents * percent_minutes + 3000) / 6000;
    if (s->flags & SHIFT_FLAG_ONCALL) {
        pay = pay + 1500;
    }
    return pay;
}
