/* monitor.h - public interface of the building monitor. */
#ifndef MONITOR_H
#define MONITOR_H

#include "monitor_types.h"

/* Clear a monitor before first use. */
void monitor_init(struct monitor *m);

/* Register a sensor; returns its id (0, 1, ...) or a negative MON_ERR_* code.
 * Checks, in order: NULL arguments, kind, name (1-15 characters, letters, digits, '-' or '_',
 * not already registered), free slot, calibration offset. */
int monitor_add_sensor(struct monitor *m, int kind, const char *name, long offset);

/* Submit one raw sample. Returns the alert level announced by this sample (ALERT_NONE when
 * nothing was announced) or a negative MON_ERR_* code. A rejected sample returns MON_ERR_RANGE,
 * except every third rejection in a row, which announces a sensor fault (ALERT_CRIT). */
int monitor_submit(struct monitor *m, int sensor, long raw, long ts);

/* Acknowledge a sensor's alerts: silence them for `minutes` (1-240) from `ts` and forget its
 * rejected-sample streak. Returns the sensor's current alert level or a negative MON_ERR_* code. */
int monitor_acknowledge(struct monitor *m, int sensor, long ts, long minutes);

/* Announcements made so far at `level` (ALERT_NONE: recoveries), or MON_ERR_ARG. */
int monitor_alert_count(const struct monitor *m, int level);

/* The text of the last announcement ("" before the first one). */
const char *monitor_last_message(const struct monitor *m);

/* The smoothed value of a sensor in *out; 0, MON_ERR_ARG, MON_ERR_SENSOR or MON_ERR_EMPTY. */
int monitor_sensor_value(const struct monitor *m, int sensor, long *out);

#endif
