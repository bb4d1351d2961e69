/* sensors.h - sensor registry and sample recording (internal to the monitor). */
#ifndef SENSORS_H
#define SENSORS_H

#include "monitor_types.h"
#include "alerts.h"

/* Register a sensor; see monitor_add_sensor. */
int sensors_register(struct monitor *m, int kind, const char *name, long offset);

/* Calibrate and range-check one raw sample; 0 and the value in *out, or -1 if implausible. */
int sensors_calibrate(int kind, long raw, long offset, long *out);

/* Record one sample and evaluate the sensor's alerts; see monitor_submit. */
int sensors_record(struct monitor *m, int id, long raw, long ts);

/* Forget the sensor's rejected-sample streak; returns the streak it had. */
int sensors_clear_faults(struct monitor *m, int id);

const char *sensors_name(const struct monitor *m, int id);
int sensors_kind(const struct monitor *m, int id);
long sensors_smoothed(const struct monitor *m, int id);

#endif
