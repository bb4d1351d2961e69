/* roster_time.h - shift times, shared by the roster modules (internal). */
#ifndef ROSTER_TIME_H
#define ROSTER_TIME_H

#include "roster_types.h"

#define NIGHT_START 1320 /* 22:00 */
#define NIGHT_END 360    /* 06:00 */

/* Day and times in range and on the quarter hour, and at most 12 h long. */
int shift_is_valid(const struct shift *s);

/* Length in minutes; an end at or before the start is on the next day. */
int shift_minutes(const struct shift *s);

/* Minutes since day 0, 00:00, of the shift's first minute. */
long shift_start(const struct shift *s);

/* Whether the minute of the day (0..1439) is at night. */
int is_night_minute(long minute_of_day);

/* Whether any minute of the shift is at night. */
int shift_touches_night(const struct shift *s);

/* Whether 0 <= n <= ROSTER_MAX_HISTORY and every shift of history is valid. */
int history_is_valid(const struct shift *history, int n);

#endif
