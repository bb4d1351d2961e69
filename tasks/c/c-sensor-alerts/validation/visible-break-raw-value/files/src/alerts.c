/* alerts.c - alert levels, escalation and muting for the building monitor.
 *
 * Every function judges the reading it is given; the sensor registry is not consulted.
 */
#include <limits.h>
#include <stddef.h>
#include <string.h>

#include "alerts.h"

/* Per sensor kind: critical at or below / warning at or below / warning at or above /
 * critical at or above. */
struct thresholds {
    long crit_low;
    long warn_low;
    long warn_high;
    long crit_high;
};

static const struct thresholds THRESHOLDS[] = {
    [KIND_TEMP] = {-200, -100, 350, 600},
    [KIND_HUMIDITY] = {LONG_MIN, 149, 900, LONG_MAX},
    [KIND_CO2] = {LONG_MIN, LONG_MIN, 1500, 5000},
    [KIND_SMOKE] = {LONG_MIN, LONG_MIN, 50, 200},
};

static int level_of(const struct alert_reading *r)
{
    const struct thresholds *t = &THRESHOLDS[r->kind];

    if (r->value <= t->crit_low || r->value >= t->crit_high) {
        return ALERT_CRIT;
    }
    if (r->value <= t->warn_low || r->value >= t->warn_high) {
        return ALERT_WARN;
    }
    return ALERT_NONE;
}

/* A warning held for ALERT_ESCALATE_AFTER evaluations in a row becomes critical. */
static int escalated(struct alert_slot *a, int level)
{
    if (level != ALERT_WARN) {
        a->repeats = 0;
        return level;
    }
    a->repeats++;
    return a->repeats >= ALERT_ESCALATE_AFTER ? ALERT_CRIT : ALERT_WARN;
}

static void announce(struct monitor *m, const struct alert_reading *r, int level, int reason)
{
    m->counts[level]++;
    alerts_format(r, level, reason, m->last_message, sizeof m->last_message);
}

void alerts_clear_slot(struct monitor *m, int id)
{
    memset(&m->alerts[id], 0, sizeof m->alerts[id]);
}

int alerts_evaluate(struct monitor *m, int id, const struct alert_reading *r, long ts)
{
    struct alert_slot *a = &m->alerts[id];
    int level = escalated(a, level_of(r));

    if (level == ALERT_NONE) {
        if (a->level != ALERT_NONE) {
            a->level = ALERT_NONE;
            announce(m, r, ALERT_NONE, ALERT_REASON_LEVEL);
        }
        return ALERT_NONE;
    }
    if (level > a->level || ts - a->raised_at >= ALERT_REMINDER_SECONDS) {
        return alerts_raise(m, id, level, ALERT_REASON_LEVEL, r, ts);
    }
    if (level < a->level) {
        a->level = level;
    }
    return ALERT_NONE;
}

/* A smoke alarm breaks through any mute. */
static int breaks_through(int level, int reason, const struct alert_reading *r)
{
    return level == ALERT_CRIT && reason == ALERT_REASON_LEVEL && r->kind == KIND_SMOKE;
}

int alerts_raise(struct monitor *m, int id, int level, int reason, const struct alert_reading *r, long ts)
{
    struct alert_slot *a = &m->alerts[id];

    a->level = level;
    if (ts < a->muted_until && !breaks_through(level, reason, r)) {
        return ALERT_NONE;
    }
    a->raised_at = ts;
    announce(m, r, level, reason);
    return level;
}

int alerts_acknowledge(struct monitor *m, int id, long ts, long minutes)
{
    struct alert_slot *a = &m->alerts[id];

    a->muted_until = ts + minutes * 60;
    a->repeats = 0;
    return a->level;
}
