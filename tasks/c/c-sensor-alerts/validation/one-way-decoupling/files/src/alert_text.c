/* alert_text.c - announcement texts for the building monitor. */
#include <stdio.h>

#include "alerts.h"
#include "sensors.h"

int alerts_format(const struct monitor *m, int id, int level, int reason, char *buf, size_t size)
{
    const char *tag;
    const char *name = sensors_name(m, id);
    int kind = sensors_kind(m, id);
    long v = sensors_smoothed(m, id);
    const char *sign = "";

    if (buf == NULL || size == 0) {
        return -1;
    }
    if (reason == ALERT_REASON_FAULT) {
        return snprintf(buf, size, "FAULT %s implausible samples", name);
    }
    if (level == ALERT_CRIT) {
        tag = "CRIT";
    } else if (level == ALERT_WARN) {
        tag = "WARN";
    } else {
        tag = "OK";
    }
    if (kind == KIND_TEMP) {
        if (v < 0) {
            sign = "-";
            v = -v;
        }
        return snprintf(buf, size, "%s %s %s%ld.%ldC", tag, name, sign, v / 10, v % 10);
    } else if (kind == KIND_HUMIDITY) {
        return snprintf(buf, size, "%s %s %ld.%ld%%", tag, name, v / 10, v % 10);
    } else if (kind == KIND_CO2) {
        return snprintf(buf, size, "%s %s %ldppm", tag, name, v);
    } else {
        return snprintf(buf, size, "%s %s %ld.%02ld%%/m", tag, name, v / 100, v % 100);
    }
}
