/* alerts.c - alert levels, escalation and muting for the building monitor.
 *
 * The thresholds look the sensor up in the registry themselves; the sensor module calls in
 * here after every sample.
 */
#include <stddef.h>
#include <string.h>

#include "alerts.h"
#include "sensors.h"

void alerts_clear_slot(struct monitor *m, int id)
{
    memset(&m->alerts[id], 0, sizeof m->alerts[id]);
}

int alerts_evaluate(struct monitor *m, int id, long ts)
{
    struct alert_slot *a = &m->alerts[id];
    int kind = sensors_kind(m, id);
    long v = sensors_smoothed(m, id);
    int level = ALERT_NONE;

    if (kind == KIND_TEMP) {
        if (v >= 600 || v <= -200) {
            level = ALERT_CRIT;
        } else if (v >= 350 || v <= -100) {
            level = ALERT_WARN;
        }
    } else if (kind == KIND_HUMIDITY) {
        if (v >= 900 || v < 150) {
            level = ALERT_WARN;
        }
    } else if (kind == KIND_CO2) {
        if (v >= 5000) {
            level = ALERT_CRIT;
        } else if (v >= 1500) {
            level = ALERT_WARN;
        }
    } else if (kind == KIND_SMOKE) {
        if (v >= 200) {
            level = ALERT_CRIT;
        } else if (v >= 50) {
            level = ALERT_WARN;
        }
    }
    if (level == ALERT_WARN) {
        a->repeats++;
        if (a->repeats >= ALERT_ESCALATE_AFTER) {
            level = ALERT_CRIT;
        }
    } else {
        a->repeats = 0;
    }
    if (level == ALERT_NONE) {
        if (a->level != ALERT_NONE) {
            a->level = ALERT_NONE;
            m->counts[ALERT_NONE]++;
            alerts_format(m, id, ALERT_NONE, ALERT_REASON_LEVEL, m->last_message, sizeof m->last_message);
        }
        return ALERT_NONE;
    }
    if (level > a->level || ts - a->raised_at >= ALERT_REMINDER_SECONDS) {
        return alerts_raise(m, id, level, ALERT_REASON_LEVEL, ts);
    }
    if (level < a->level) {
        a->level = level;
    }
    return ALERT_NONE;
}

int alerts_raise(struct monitor *m, int id, int level, int reason, long ts)
{
    struct alert_slot *a = &m->alerts[id];

    if (ts < a->muted_until) {
        if (level == ALERT_CRIT && reason == ALERT_REASON_LEVEL && sensors_kind(m, id) == KIND_SMOKE) {
            /* a smoke alarm breaks through any mute */
        } else {
            a->level = level;
            return ALERT_NONE;
        }
    }
    a->level = level;
    a->raised_at = ts;
    m->counts[level]++;
    alerts_format(m, id, level, reason, m->last_message, sizeof m->last_message);
    return level;
}

int alerts_acknowledge(struct monitor *m, int id, long ts, long minutes)
{
    struct alert_slot *a = &m->alerts[id];

    a->muted_until = ts + minutes * 60;
    a->repeats = 0;
    sensors_clear_faults(m, id);
    return a->level;
}
