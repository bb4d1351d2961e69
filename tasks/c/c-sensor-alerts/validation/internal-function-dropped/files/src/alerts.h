/* alerts.h - alert levels, escalation, muting and announcements (internal to the monitor).
 *
 * The alert component never looks sensors up: callers pass what it judges in a reading.
 */
#ifndef ALERTS_H
#define ALERTS_H

#include <stddef.h>

#include "monitor_types.h"

#define ALERT_REASON_LEVEL 0 /* the sensor's value crossed a threshold */
#define ALERT_REASON_FAULT 1 /* the sensor keeps sending implausible samples */

#define ALERT_ESCALATE_AFTER 5      /* warnings in a row that become critical */
#define ALERT_REMINDER_SECONDS 900L /* an unchanged alert is announced again after this */

/* What the alerts of one sensor are judged on. */
struct alert_reading {
    const char *name;
    int kind;
    long value; /* the sensor's smoothed value */
};

/* Reset the alert state of a (newly registered) sensor. */
void alerts_clear_slot(struct monitor *m, int id);

/* Judge a reading; returns the level announced or ALERT_NONE. */
int alerts_evaluate(struct monitor *m, int id, const struct alert_reading *r, long ts);

/* Announce `level` for the sensor unless it is muted; returns the level announced or ALERT_NONE. */
int alerts_raise(struct monitor *m, int id, int level, int reason, const struct alert_reading *r, long ts);

/* Mute the sensor's alerts for `minutes` from `ts`; returns its current level. */
int alerts_acknowledge(struct monitor *m, int id, long ts, long minutes);

/* The announcement text for a reading; snprintf's result, or -1 without a buffer. */
int alerts_format(const struct alert_reading *r, int level, int reason, char *buf, size_t size);

#endif
