/* roster_week.c - weekly totals for the planning screen.
 *
 * Callers include roster.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "roster_time.h"

long roster_week_minutes(const struct shift *history, int n, int week)
{
    long total = 0;
    int i;

    if (history == NULL && n > 0) {
        return ROSTER_ERR_NULL;
    }
    if (!history_is_valid(history, n)) {
        return ROSTER_ERR_HISTORY;
    }
    for (i = 0; i < n; i++) {
        if (history[i].day / 7 == week) {
            total += shift_minutes(&history[i]);
        }
    }
    return total;
}
