/* monitor.c - public entry points of the building monitor.
 *
 * The only place that knows both components: it records samples with the sensor component and
 * hands the alert component what it has to judge.
 */
#include <stddef.h>
#include <string.h>

#include "monitor.h"
#include "sensors.h"
#include "alerts.h"

void monitor_init(struct monitor *m)
{
    if (m != NULL) {
        memset(m, 0, sizeof *m);
    }
}

static struct alert_reading reading_of(const struct monitor *m, int sensor)
{
    struct alert_reading r;

    r.name = sensors_name(m, sensor);
    r.kind = sensors_kind(m, sensor);
    r.value = sensors_smoothed(m, sensor);
    return r;
}

int monitor_add_sensor(struct monitor *m, int kind, const char *name, long offset)
{
    int id = sensors_register(m, kind, name, offset);

    if (id >= 0) {
        alerts_clear_slot(m, id);
    }
    return id;
}

int monitor_submit(struct monitor *m, int sensor, long raw, long ts)
{
    struct alert_reading r;
    int rc = sensors_record(m, sensor, raw, ts);

    if (rc < 0) {
        return rc;
    }
    r = reading_of(m, sensor);
    if (rc == SENSOR_FAULT) {
        return alerts_raise(m, sensor, ALERT_CRIT, ALERT_REASON_FAULT, &r, ts);
    }
    return alerts_evaluate(m, sensor, &r, ts);
}

int monitor_acknowledge(struct monitor *m, int sensor, long ts, long minutes)
{
    if (m == NULL) {
        return MON_ERR_ARG;
    }
    if (sensor < 0 || sensor >= m->sensor_count) {
        return MON_ERR_SENSOR;
    }
    if (minutes < 1 || minutes > 240) {
        return MON_ERR_ARG;
    }
    return alerts_acknowledge(m, sensor, ts, minutes);
}

int monitor_alert_count(const struct monitor *m, int level)
{
    if (m == NULL || level < ALERT_NONE || level > ALERT_CRIT) {
        return MON_ERR_ARG;
    }
    return m->counts[level];
}

const char *monitor_last_message(const struct monitor *m)
{
    if (m == NULL) {
        return "";
    }
    return m->last_message;
}

int monitor_sensor_value(const struct monitor *m, int sensor, long *out)
{
    if (m == NULL || out == NULL) {
        return MON_ERR_ARG;
    }
    if (sensor < 0 || sensor >= m->sensor_count) {
        return MON_ERR_SENSOR;
    }
    if (!m->sensors[sensor].has_value) {
        return MON_ERR_EMPTY;
    }
    *out = m->sensors[sensor].smoothed;
    return 0;
}
