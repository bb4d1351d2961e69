/* sensors.c - sample recording for the building monitor.
 *
 * Accepted samples are smoothed; a streak of rejected samples is reported to the caller as a
 * sensor fault.
 */
#include <stddef.h>

#include "sensors.h"

/* Largest plausible change between two samples taken less than 60 s and less than 600 s
 * apart; 0 means any change is plausible. */
static const long SPIKE_LIMITS[][2] = {
    [KIND_TEMP] = {100, 300},
    [KIND_HUMIDITY] = {300, 0},
    [KIND_CO2] = {2000, 0},
    [KIND_SMOKE] = {0, 0},
};

static int is_spike(int kind, long jump, long elapsed)
{
    long limit = 0;

    if (elapsed < 60) {
        limit = SPIKE_LIMITS[kind][0];
    } else if (elapsed < 600) {
        limit = SPIKE_LIMITS[kind][1];
    }
    return limit > 0 && jump > limit;
}

static int is_plausible(const struct sensor_slot *s, long raw, long ts, long *value)
{
    long jump;

    if (sensors_calibrate(s->kind, raw, s->offset, value) != 0) {
        return 0;
    }
    if (!s->has_value) {
        return 1;
    }
    jump = *value > s->value ? *value - s->value : s->value - *value;
    return !is_spike(s->kind, jump, ts - s->last_ts);
}

static void accept(struct sensor_slot *s, long value)
{
    s->faults = 0;
    if (!s->has_value || s->kind == KIND_SMOKE) {
        /* smoke is never averaged: a fire must not wait for the average */
        s->smoothed = value;
    } else {
        s->smoothed = (s->smoothed * 3 + value) / 4;
    }
    s->has_value = 1;
    s->value = value;
}

int sensors_record(struct monitor *m, int id, long raw, long ts)
{
    struct sensor_slot *s;
    long value = 0;
    int plausible;

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
    plausible = is_plausible(s, raw, ts, &value);
    s->last_ts = ts;
    if (plausible) {
        accept(s, value);
        return SENSOR_ACCEPTED;
    }
    s->faults++;
    return s->faults % SENSOR_FAULT_STREAK == 0 ? SENSOR_FAULT : MON_ERR_RANGE;
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
