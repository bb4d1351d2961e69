/* roster_check.c - may this employee work this shift?
 *
 * Legacy module: the works council's rules were added one by one, each where it was first
 * needed. Callers include roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_types.h"

int roster_check_shift(const struct employee *e, const struct shift *s, const struct shift *history, int n)
{
    int len;
    int hlen;
    long start;
    long end;
    long hstart;
    long hend;
    long gap;
    long week_total;
    long cap;
    int i;

    if (e == NULL || s == NULL || (history == NULL && n > 0)) {
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
    if (s->role < 0 || s->role >= ROLE_COUNT) {
        return ROSTER_ERR_ROLE;
    }
    if (e->role != s->role && e->role != ROLE_SUPERVISOR) {
        return ROSTER_ERR_ROLE;
    }
    if ((s->flags & SHIFT_FLAG_FORKLIFT) && !(e->flags & EMP_FLAG_FORKLIFT)) {
        return ROSTER_ERR_QUALIFICATION;
    }
    if (e->flags & EMP_FLAG_MINOR) {
        if (len > 480) {
            return ROSTER_ERR_MINOR;
        }
        if (s->start_min < 360 || s->start_min >= 1320) {
            return ROSTER_ERR_MINOR;
        } else if (s->end_min <= s->start_min) {
            return ROSTER_ERR_MINOR;
        } else if (s->end_min > 1320) {
            return ROSTER_ERR_MINOR;
        }
    }
    if (n < 0 || n > ROSTER_MAX_HISTORY) {
        return ROSTER_ERR_HISTORY;
    }
    start = (long)s->day * ROSTER_DAY_MINUTES + s->start_min;
    end = start + len;
    week_total = len;
    for (i = 0; i < n; i++) {
        if (history[i].day < 0 || history[i].start_min < 0 || history[i].start_min >= ROSTER_DAY_MINUTES
            || history[i].start_min % 15 != 0 || history[i].end_min < 0
            || history[i].end_min >= ROSTER_DAY_MINUTES || history[i].end_min % 15 != 0) {
            return ROSTER_ERR_HISTORY;
        }
        hlen = history[i].end_min - history[i].start_min;
        if (hlen <= 0) {
            hlen = hlen + ROSTER_DAY_MINUTES;
        }
        if (hlen > ROSTER_MAX_SHIFT) {
            return ROSTER_ERR_HISTORY;
        }
    }
    for (i = 0; i < n; i++) {
        hlen = history[i].end_min - history[i].start_min;
        if (hlen <= 0) {
            hlen = hlen + ROSTER_DAY_MINUTES;
        }
        hstart = (long)history[i].day * ROSTER_DAY_MINUTES + history[i].start_min;
        hend = hstart + hlen;
        if (hend <= start) {
            gap = start - hend;
        } else if (end <= hstart) {
            gap = hstart - end;
        } else {
            return ROSTER_ERR_REST;
        }
        if (e->flags & EMP_FLAG_MINOR) {
            if (gap < 720) {
                return ROSTER_ERR_REST;
            }
        } else if (gap < 660) {
            return ROSTER_ERR_REST;
        }
        if (history[i].day / 7 == s->day / 7) {
            week_total = week_total + hlen;
        }
    }
    if (e->flags & EMP_FLAG_PART_TIME) {
        cap = 1800;
    } else {
        cap = 2880;
    }
    if (week_total > cap) {
        return ROSTER_ERR_HOURS;
    }
    return ROSTER_OK;
}
