/* roster_week.c - weekly totals for the planning screen.
 *
 * Callers include roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_types.h"

long roster_week_minutes(const struct shift *history, int n, int week)
{
    long total = 0;
    int len;
    int i;

    if (history == NULL && n > 0) {
        return ROSTER_ERR_NULL;
    }
    if (n < 0 || n > ROSTER_MAX_HISTORY) {
        return ROSTER_ERR_HISTORY;
    }
    for (i = 0; i < n; i++) {
        if (history[i].day < 0 || history[i].start_min < 0 || history[i].start_min >= ROSTER_DAY_MINUTES
            || history[i].start_min % 15 != 0 || history[i].end_min < 0
            || history[i].end_min >= ROSTER_DAY_MINUTES || history[i].end_min % 15 != 0) {
            return ROSTER_ERR_HISTORY;
        }
        len = history[i].end_min - history[i].start_min;
        if (len <= 0) {
            len = len + ROSTER_DAY_MINUTES;
        }
        if (len > ROSTER_MAX_SHIFT) {
            return ROSTER_ERR_HISTORY;
        }
        if (history[i].day / 7 == week) {
            total = total + len;
        }
    }
    return total;
}
