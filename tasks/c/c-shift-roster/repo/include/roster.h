/* roster.h - checking and paying shifts. Night is 22:00 to 06:00. */
#ifndef ROSTER_H
#define ROSTER_H

#include "roster_types.h"

/* Whether employee e may work shift s given the n shifts already rostered (history).
 * Checks, in this order: null, the shift's times, role, qualification, minor rules (at most
 * 8 h, no minute at night), the history (n and each shift's times), rest (no overlap and at
 * least 11 h, 12 h for minors, between s and every history shift), weekly hours (the shifts
 * starting in s's week, s included, at most 48 h, 30 h part-time). ROSTER_OK or ROSTER_ERR_*. */
int roster_check_shift(const struct employee *e, const struct shift *s, const struct shift *history, int n);

/* The pay of shift s in cents, rounded half up, or ROSTER_ERR_* (null, time, pay, in that
 * order). Every minute earns the hourly rate, plus 25% at night, plus 50% on a weekend day
 * (the day the minute falls on) or 100% on a holiday shift instead, plus 50% once the week's
 * minutes (week_minutes_before, then this shift's) have passed 40 h; on-call shifts add a
 * flat 1500 cents. */
long roster_shift_pay(const struct employee *e, const struct shift *s, int week_minutes_before);

/* Minutes of the n shifts that start in week `week`; ROSTER_ERR_* for bad arguments or a bad
 * shift (null, history, in that order). */
long roster_week_minutes(const struct shift *history, int n, int week);

#endif
