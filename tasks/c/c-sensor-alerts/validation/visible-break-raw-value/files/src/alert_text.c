/* alert_text.c - announcement texts for the building monitor. */
#include <stdio.h>
#include <stdlib.h>

#include "alerts.h"

static const char *tag_of(int level)
{
    if (level == ALERT_CRIT) {
        return "CRIT";
    }
    return level == ALERT_WARN ? "WARN" : "OK";
}

int alerts_format(const struct alert_reading *r, int level, int reason, char *buf, size_t size)
{
    const char *tag = tag_of(level);
    long v = r->value;

    if (buf == NULL || size == 0) {
        return -1;
    }
    if (reason == ALERT_REASON_FAULT) {
        return snprintf(buf, size, "FAULT %s implausible samples", r->name);
    }
    switch (r->kind) {
    case KIND_TEMP:
        return snprintf(buf, size, "%s %s %s%ld.%ldC", tag, r->name, v < 0 ? "-" : "", labs(v) / 10,
                        labs(v) % 10);
    case KIND_HUMIDITY:
        return snprintf(buf, size, "%s %s %ld.%ld%%", tag, r->name, v / 10, v % 10);
    case KIND_CO2:
        return snprintf(buf, size, "%s %s %ldppm", tag, r->name, v);
    default:
        return snprintf(buf, size, "%s %s %ld.%02ld%%/m", tag, r->name, v / 100, v % 100);
    }
}
