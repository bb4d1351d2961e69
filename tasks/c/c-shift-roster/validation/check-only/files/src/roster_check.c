/* roster_check.c - may this employee work this shift?
 *
 * Callers include roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_types.h"

#define NIGHT_START 1320
#define NIGHT_END 360

#define MINOR_MAX_SHIFT 480    /* 8 h */
#define REST_MINUTES 660       /* 11 h */
#define MINOR_REST_MINUTES 720 /* 12 h */
#define WEEK_CAP_MINUTES 2880L /* 48 h */
#define PART_TIME_CAP_MINUTES 1800L

static int is_quarter_hour(int minute)
{
    return minute >= 0 && minute < ROSTER_DAY_MINUTES && minute % 15 == 0;
}

static int shift_minutes(const struct shift *s)
{
    int len = s->end_min - s->start_min;

    return len <= 0 ? len + ROSTER_DAY_MINUTES : len;
}

static int shift_is_valid(const struct shift *s)
{
    return s->day >= 0 && is_quarter_hour(s->start_min) && is_quarter_hour(s->end_min)
           && shift_minutes(s) <= ROSTER_MAX_SHIFT;
}

static long shift_start(const struct shift *s)
{
    return (long)s->day * ROSTER_DAY_MINUTES + s->start_min;
}

static int is_night_minute(long minute_of_day)
{
    return minute_of_day >= NIGHT_START || minute_of_day < NIGHT_END;
}

static int shift_touches_night(const struct shift *s)
{
    int crosses_midnight = s->end_min <= s->start_min;

    return is_night_minute(s->start_min) || crosses_midnight || s->end_min > NIGHT_START;
}

static int history_is_valid(const struct shift *history, int n)
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

static int has_flag(const struct employee *e, unsigned flag)
{
    return (e->flags & flag) != 0;
}

static int check_assignment(const struct employee *e, const struct shift *s)
{
    if (s->role < 0 || s->role >= ROLE_COUNT) {
        return ROSTER_ERR_ROLE;
    }
    if (e->role != s->role && e->role != ROLE_SUPERVISOR) {
        return ROSTER_ERR_ROLE;
    }
    if ((s->flags & SHIFT_FLAG_FORKLIFT) && !has_flag(e, EMP_FLAG_FORKLIFT)) {
        return ROSTER_ERR_QUALIFICATION;
    }
    return ROSTER_OK;
}

static int minor_may_work(const struct shift *s)
{
    return shift_minutes(s) <= MINOR_MAX_SHIFT && !shift_touches_night(s);
}

/* Minutes between two shifts, or -1 when they overlap. */
static long rest_between(const struct shift *a, const struct shift *b)
{
    long a_start = shift_start(a);
    long a_end = a_start + shift_minutes(a);
    long b_start = shift_start(b);
    long b_end = b_start + shift_minutes(b);

    if (b_end <= a_start) {
        return a_start - b_end;
    }
    if (a_end <= b_start) {
        return b_start - a_end;
    }
    return -1;
}

static int check_rest(const struct employee *e, const struct shift *s, const struct shift *history, int n)
{
    long needed = has_flag(e, EMP_FLAG_MINOR) ? MINOR_REST_MINUTES : REST_MINUTES;
    int i;

    for (i = 0; i < n; i++) {
        if (rest_between(s, &history[i]) < needed) {
            return ROSTER_ERR_REST;
        }
    }
    return ROSTER_OK;
}

static long week_minutes(const struct shift *s, const struct shift *history, int n)
{
    long total = shift_minutes(s);
    int i;

    for (i = 0; i < n; i++) {
        if (history[i].day / 7 == s->day / 7) {
            total += shift_minutes(&history[i]);
        }
    }
    return total;
}

int roster_check_shift(const struct employee *e, const struct shift *s, const struct shift *history, int n)
{
    long cap;
    int rc;

    if (e == NULL || s == NULL || (history == NULL && n > 0)) {
        return ROSTER_ERR_NULL;
    }
    if (!shift_is_valid(s)) {
        return ROSTER_ERR_TIME;
    }
    rc = check_assignment(e, s);
    if (rc != ROSTER_OK) {
        return rc;
    }
    if (has_flag(e, EMP_FLAG_MINOR) && !minor_may_work(s)) {
        return ROSTER_ERR_MINOR;
    }
    if (!history_is_valid(history, n)) {
        return ROSTER_ERR_HISTORY;
    }
    rc = check_rest(e, s, history, n);
    if (rc != ROSTER_OK) {
        return rc;
    }
    cap = has_flag(e, EMP_FLAG_PART_TIME) ? PART_TIME_CAP_MINUTES : WEEK_CAP_MINUTES;
    return week_minutes(s, history, n) > cap ? ROSTER_ERR_HOURS : ROSTER_OK;
}
