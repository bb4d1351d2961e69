/* monitor_types.h - shared types of the building monitor.
 *
 * Temperatures in tenths of a degree Celsius, relative humidity in per mille, CO2 in ppm,
 * smoke obscuration in hundredths of a percent per metre. Timestamps in seconds.
 */
#ifndef MONITOR_TYPES_H
#define MONITOR_TYPES_H

#define MON_MAX_SENSORS 8
#define MON_NAME_LEN 16
#define MON_MSG_LEN 64

enum sensor_kind {
    KIND_TEMP = 1,
    KIND_HUMIDITY = 2,
    KIND_CO2 = 3,
    KIND_SMOKE = 4
};

enum alert_level {
    ALERT_NONE = 0,
    ALERT_WARN = 1,
    ALERT_CRIT = 2
};

#define MON_ERR_ARG (-1)    /* bad argument (NULL, unknown kind, bad name, bad duration) */
#define MON_ERR_SENSOR (-2) /* no such sensor */
#define MON_ERR_RANGE (-3)  /* offset out of range, or a sample rejected as implausible */
#define MON_ERR_TIME (-4)   /* timestamp not after the sensor's previous sample */
#define MON_ERR_FULL (-5)   /* no free sensor slot */
#define MON_ERR_EMPTY (-6)  /* the sensor has no accepted sample yet */

struct sensor_slot {
    char name[MON_NAME_LEN];
    int kind;
    long offset;   /* calibration offset added to every raw sample */
    long value;    /* last accepted calibrated sample */
    long smoothed; /* running average the alerts are judged on */
    long last_ts;  /* timestamp of the last sample, accepted or rejected */
    int has_value;
    int faults; /* consecutive rejected samples */
};

struct alert_slot {
    int level;        /* current alert level of the sensor */
    int repeats;      /* consecutive evaluations at warning level */
    long muted_until; /* alerts below the break-through rule are silent before this time */
    long raised_at;   /* when the current level was last announced */
};

struct monitor {
    struct sensor_slot sensors[MON_MAX_SENSORS];
    int sensor_count;
    struct alert_slot alerts[MON_MAX_SENSORS];
    int counts[3]; /* announcements per level; ALERT_NONE counts recoveries */
    char last_message[MON_MSG_LEN];
};

#endif
