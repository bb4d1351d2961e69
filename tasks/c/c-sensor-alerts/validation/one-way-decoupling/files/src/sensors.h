/* sensors.h - sensor registry and sample recording (internal to the monitor).
 *
 * The sensor component knows nothing about alerts: it reports what happened to a sample and
 * monitor.c decides what the alert component has to hear about it.
 */
#ifndef SENSORS_H
#define SENSORS_H

#include "monitor_types.h"

#define SENSOR_ACCEPTED 0     /* sensors_record: the sample was accepted and smoothed */
#define SENSOR_FAULT 1        /* sensors_record: rejected, and the rejection streak makes a fault */
#define SENSOR_FAULT_STREAK 3 /* rejected samples in a row that make a fault */

/* Register a sensor; see monitor_add_sensor. */
int sensors_register(struct monitor *m, int kind, const char *name, long offset);

/* Calibrate and range-check one raw sample; 0 and the value in *out, or -1 if implausible. */
int sensors_calibrate(int kind, long raw, long offset, long *out);

/* Record one sample: SENSOR_ACCEPTED, SENSOR_FAULT, MON_ERR_RANGE for another rejected sample,
 * or MON_ERR_ARG / MON_ERR_SENSOR / MON_ERR_TIME. */
int sensors_record(struct monitor *m, int id, long raw, long ts);

/* Forget the sensor's rejected-sample streak; returns the streak it had. */
int sensors_clear_faults(struct monitor *m, int id);

const char *sensors_name(const struct monitor *m, int id);
int sensors_kind(const struct monitor *m, int id);
long sensors_smoothed(const struct monitor *m, int id);

#endif
