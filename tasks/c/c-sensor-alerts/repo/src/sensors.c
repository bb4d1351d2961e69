/* sensors.c - sample recording for the building monitor.
 *
 * Every accepted sample is smoothed and handed straight to the alert module; a streak of
 * rejected samples is reported to it as a sensor fault.
 */
#include <stddef.h>

#include "sensors.h"
#include "alerts.h"

int sensors_record(struct monitor *m, int id, long raw, long ts)
{
    struct sensor_slot *s;
    long value = 0;
    long jump;
    int fault = 0;

    if (m == NULL) {
        return MON_ERR_ARG;
    }
    if (id < 0 || id >= m->sensor_count) {
        return MON_ERR_SENSOR;
    }
    s = &m->sensors[id];
    if ((s->has_value || s->faults > 0) && ts <= s->last_ts) {
        return MON_ERR_TIME;
    }
    if (sensors_calibrate(s->kind, raw, s->offset, &value) != 0) {
        fault = 1;
    } else if (s->has_value) {
        jump = value - s->value;
        if (jump < 0) {
            jump = -jump;
        }
        if (ts - s->last_ts < 60) {
            if (s->kind == KIND_TEMP && jump > 100) {
                fault = 1;
            } else if (s->kind == KIND_HUMIDITY && jump > 300) {
                fault = 1;
            } else if (s->kind == KIND_CO2 && jump > 2000) {
                fault = 1;
            }
        } else if (ts - s->last_ts < 600) {
            if (s->kind == KIND_TEMP && jump > 300) {
                fault = 1;
            }
        }
    }
    s->last_ts = ts;
    if (fault) {
        s->faults++;
        if (s->faults % ALERT_FAULT_STREAK == 0) {
            return alerts_raise(m, id, ALERT_CRIT, ALERT_REASON_FAULT, ts);
        }
        return MON_ERR_RANGE;
    }
    s->faults = 0;
    if (!s->has_value) {
        s->smoothed = value;
        s->has_value = 1;
    } else if (s->kind == KIND_SMOKE) {
        /* smoke is never averaged: a fire must not wait for the average */
        s->smoothed = value;
    } else {
        s->smoothed = (s->smoothed * 3 + value) / 4;
    }
    s->value = value;
    return alerts_evaluate(m, id, ts);
}

int sensors_clear_faults(struct monitor *m, int id)
{
    int had = m->sensors[id].faults;

    m->sensors[id].faults = 0;
    return had;
}

const char *sensors_name(const struct monitor *m, int id)
{
    return m->sensors[id].name;
}

int sensors_kind(const struct monitor *m, int id)
{
    return m->sensors[id].kind;
}

long sensors_smoothed(const struct monitor *m, int id)
{
    return m->sensors[id].smoothed;
}
