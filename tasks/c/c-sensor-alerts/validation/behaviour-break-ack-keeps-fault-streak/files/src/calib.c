/* calib.c - sensor registration and calibration.
 *
 * The offset limits and plausible ranges come from the sensor vendors' data sheets.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "sensors.h"

int sensors_register(struct monitor *m, int kind, const char *name, long offset)
{
    size_t len;
    size_t i;
    int id;
    long limit;

    if (m == NULL || name == NULL) {
        return MON_ERR_ARG;
    }
    if (kind < KIND_TEMP || kind > KIND_SMOKE) {
        return MON_ERR_ARG;
    }
    len = strlen(name);
    if (len == 0 || len >= MON_NAME_LEN) {
        return MON_ERR_ARG;
    }
    for (i = 0; i < len; i++) {
        if (!isalnum((unsigned char)name[i]) && name[i] != '-' && name[i] != '_') {
            return MON_ERR_ARG;
        }
    }
    for (id = 0; id < m->sensor_count; id++) {
        if (strcmp(m->sensors[id].name, name) == 0) {
            return MON_ERR_ARG;
        }
    }
    if (m->sensor_count >= MON_MAX_SENSORS) {
        return MON_ERR_FULL;
    }
    if (kind == KIND_TEMP) {
        limit = 50;
    } else if (kind == KIND_HUMIDITY) {
        limit = 100;
    } else if (kind == KIND_CO2) {
        limit = 200;
    } else {
        limit = 0;
    }
    if (offset < -limit || offset > limit) {
        return MON_ERR_RANGE;
    }
    id = m->sensor_count;
    m->sensor_count++;
    memset(&m->sensors[id], 0, sizeof m->sensors[id]);
    memcpy(m->sensors[id].name, name, len + 1);
    m->sensors[id].kind = kind;
    m->sensors[id].offset = offset;
    return id;
}

int sensors_calibrate(int kind, long raw, long offset, long *out)
{
    long v = raw + offset;

    if (kind == KIND_TEMP) {
        if (v < -400 || v > 1250) {
            return -1;
        }
    } else if (kind == KIND_HUMIDITY) {
        if (v < -20 || v > 1020) {
            return -1;
        } else if (v < 0) {
            v = 0;
        } else if (v > 1000) {
            v = 1000;
        }
    } else if (kind == KIND_CO2) {
        if (v < 250 || v > 10000) {
            return -1;
        }
    } else {
        if (v < 0 || v > 5000) {
            return -1;
        }
    }
    *out = v;
    return 0;
}
