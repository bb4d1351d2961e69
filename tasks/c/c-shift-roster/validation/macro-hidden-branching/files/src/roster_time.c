/* roster_time.c - shift times, shared by the roster modules. */
#include <stddef.h>

#include "roster_time.h"

static int is_quarter_hour(int minute)
{
    return minute >= 0 && minute < ROSTER_DAY_MINUTES && minute % 15 == 0;
}

int shift_minutes(const struct shift *s)
{
    int len = s->end_min - s->start_min;

    return len <= 0 ? len + ROSTER_DAY_MINUTES : len;
}

int shift_is_valid(const struct shift *s)
{
    return s->day >= 0 && is_quarter_hour(s->start_min) && is_quarter_hour(s->end_min)
           && shift_minutes(s) <= ROSTER_MAX_SHIFT;
}

long shift_start(const struct shift *s)
{
    return (long)s->day * ROSTER_DAY_MINUTES + s->start_min;
}

int is_night_minute(long minute_of_day)
{
    return minute_of_day >= NIGHT_START || minute_of_day < NIGHT_END;
}

int shift_touches_night(const struct shift *s)
{
    int crosses_midnight = s->end_min <= s->start_min;

    return is_night_minute(s->start_min) || crosses_midnight || s->end_min > NIGHT_START;
}

int history_is_valid(const struct shift *history, int n)
{
    int i;

    if (n < 0 || n > ROSTER_MAX_HISTORY) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!shift_is_valid(&history[i])) {
            return 0;
        }
    }
    return 1;
}
