/* Hidden behaviour tests for the building monitor (public interface only).
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Registration rules and their order, calibration ranges, spike windows, fault streaks,
 * smoothing and its rounding, every threshold, escalation, reminders, muting (and what breaks
 * through it), acknowledgements, recoveries and the announcement texts.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "monitor.h"

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void expect_text(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

static long value_of(const struct monitor *m, int sensor)
{
    long v = -99999;
    int rc = monitor_sensor_value(m, sensor, &v);

    return rc == 0 ? v : rc;
}

static void counts(const char *label, const struct monitor *m, int ok, int warn, int crit)
{
    char buf[96];

    snprintf(buf, sizeof buf, "%s: recoveries", label);
    expect(buf, monitor_alert_count(m, ALERT_NONE), ok);
    snprintf(buf, sizeof buf, "%s: warnings", label);
    expect(buf, monitor_alert_count(m, ALERT_WARN), warn);
    snprintf(buf, sizeof buf, "%s: criticals", label);
    expect(buf, monitor_alert_count(m, ALERT_CRIT), crit);
}

/* A fresh monitor with one sensor; returns the first sample's result. */
static int first_sample(struct monitor *m, int kind, long offset, long raw)
{
    monitor_init(m);
    if (monitor_add_sensor(m, kind, "s", offset) != 0) {
        return -100;
    }
    return monitor_submit(m, 0, raw, 100);
}

static void test_registration(void)
{
    struct monitor m;
    char name[20];
    int i;

    monitor_init(NULL);
    monitor_init(&m);
    expect("NULL monitor", monitor_add_sensor(NULL, KIND_TEMP, "a", 0), MON_ERR_ARG);
    expect("NULL name", monitor_add_sensor(&m, KIND_TEMP, NULL, 0), MON_ERR_ARG);
    expect("kind 0", monitor_add_sensor(&m, 0, "a", 0), MON_ERR_ARG);
    expect("kind 5", monitor_add_sensor(&m, 5, "a", 0), MON_ERR_ARG);
    expect("kind -1", monitor_add_sensor(&m, -1, "a", 0), MON_ERR_ARG);
    expect("bad kind beats bad offset", monitor_add_sensor(&m, 9, "a", 999), MON_ERR_ARG);
    expect("empty name", monitor_add_sensor(&m, KIND_TEMP, "", 0), MON_ERR_ARG);
    expect("16-character name", monitor_add_sensor(&m, KIND_TEMP, "abcdefghijklmnop", 0), MON_ERR_ARG);
    expect("20-character name", monitor_add_sensor(&m, KIND_TEMP, "abcdefghijklmnopqrst", 0), MON_ERR_ARG);
    expect("space in name", monitor_add_sensor(&m, KIND_TEMP, "a b", 0), MON_ERR_ARG);
    expect("dot in name", monitor_add_sensor(&m, KIND_TEMP, "a.b", 0), MON_ERR_ARG);
    expect("slash in name", monitor_add_sensor(&m, KIND_TEMP, "a/b", 0), MON_ERR_ARG);
    expect("bad first character", monitor_add_sensor(&m, KIND_TEMP, ".ab", 0), MON_ERR_ARG);
    expect("high byte in name", monitor_add_sensor(&m, KIND_TEMP, "caf\xe9", 0), MON_ERR_ARG);
    expect("bad name beats bad offset", monitor_add_sensor(&m, KIND_TEMP, "a b", 999), MON_ERR_ARG);
    expect("nothing registered yet", monitor_sensor_value(&m, 0, &(long){0}), MON_ERR_SENSOR);
    expect("15-character name", monitor_add_sensor(&m, KIND_TEMP, "abcdefghijklmno", 0), 0);
    expect("dash, underscore, digits", monitor_add_sensor(&m, KIND_HUMIDITY, "B-2_x9", 0), 1);
    expect("duplicate name", monitor_add_sensor(&m, KIND_CO2, "B-2_x9", 0), MON_ERR_ARG);
    expect("duplicate of the first name", monitor_add_sensor(&m, KIND_CO2, "abcdefghijklmno", 0), MON_ERR_ARG);
    expect("names are case-sensitive", monitor_add_sensor(&m, KIND_CO2, "b-2_X9", 0), 2);
    expect("temperature offset -51", monitor_add_sensor(&m, KIND_TEMP, "t1", -51), MON_ERR_RANGE);
    expect("temperature offset 51", monitor_add_sensor(&m, KIND_TEMP, "t1", 51), MON_ERR_RANGE);
    expect("temperature offset -50", monitor_add_sensor(&m, KIND_TEMP, "t1", -50), 3);
    expect("temperature offset 50", monitor_add_sensor(&m, KIND_TEMP, "t2", 50), 4);
    expect("humidity offset 101", monitor_add_sensor(&m, KIND_HUMIDITY, "h1", 101), MON_ERR_RANGE);
    expect("humidity offset -101", monitor_add_sensor(&m, KIND_HUMIDITY, "h1", -101), MON_ERR_RANGE);
    expect("humidity offset -100", monitor_add_sensor(&m, KIND_HUMIDITY, "h1", -100), 5);
    expect("CO2 offset 201", monitor_add_sensor(&m, KIND_CO2, "c1", 201), MON_ERR_RANGE);
    expect("CO2 offset -201", monitor_add_sensor(&m, KIND_CO2, "c1", -201), MON_ERR_RANGE);
    expect("CO2 offset 200", monitor_add_sensor(&m, KIND_CO2, "c1", 200), 6);
    expect("smoke offset 1", monitor_add_sensor(&m, KIND_SMOKE, "k1", 1), MON_ERR_RANGE);
    expect("smoke offset -1", monitor_add_sensor(&m, KIND_SMOKE, "k1", -1), MON_ERR_RANGE);
    expect("smoke offset 0", monitor_add_sensor(&m, KIND_SMOKE, "k1", 0), 7);
    expect("full", monitor_add_sensor(&m, KIND_TEMP, "t9", 0), MON_ERR_FULL);
    expect("full beats bad offset", monitor_add_sensor(&m, KIND_TEMP, "t9", 500), MON_ERR_FULL);
    expect("duplicate beats full", monitor_add_sensor(&m, KIND_TEMP, "k1", 0), MON_ERR_ARG);
    expect("bad name beats full", monitor_add_sensor(&m, KIND_TEMP, "", 0), MON_ERR_ARG);

    monitor_init(&m);
    for (i = 0; i < MON_MAX_SENSORS; i++) {
        snprintf(name, sizeof name, "n%d", i);
        expect("ids count up", monitor_add_sensor(&m, KIND_TEMP, name, 0), i);
    }
    monitor_init(&m);
    expect("init forgets sensors", monitor_add_sensor(&m, KIND_TEMP, "n0", 0), 0);
}

static void test_submit_errors(void)
{
    struct monitor m;

    monitor_init(&m);
    expect("no sensors", monitor_submit(&m, 0, 200, 10), MON_ERR_SENSOR);
    monitor_add_sensor(&m, KIND_TEMP, "t", 0);
    expect("NULL monitor", monitor_submit(NULL, 0, 200, 10), MON_ERR_ARG);
    expect("sensor -1", monitor_submit(&m, -1, 200, 10), MON_ERR_SENSOR);
    expect("sensor 1 of 1", monitor_submit(&m, 1, 200, 10), MON_ERR_SENSOR);
    expect("empty before first sample", value_of(&m, 0), MON_ERR_EMPTY);
    expect("first sample at time 0", monitor_submit(&m, 0, 200, 0), ALERT_NONE);
    expect("same time", monitor_submit(&m, 0, 200, 0), MON_ERR_TIME);
    expect("earlier time", monitor_submit(&m, 0, 200, -5), MON_ERR_TIME);
    expect("time error beats range error", monitor_submit(&m, 0, 99999, 0), MON_ERR_TIME);
    expect("one second later", monitor_submit(&m, 0, 200, 1), ALERT_NONE);
    expect("sensor_value NULL monitor", monitor_sensor_value(NULL, 0, &(long){0}), MON_ERR_ARG);
    expect("sensor_value NULL out", monitor_sensor_value(&m, 0, NULL), MON_ERR_ARG);
    expect("sensor_value -1", monitor_sensor_value(&m, -1, &(long){0}), MON_ERR_SENSOR);
    expect("sensor_value 1 of 1", monitor_sensor_value(&m, 1, &(long){0}), MON_ERR_SENSOR);
    expect("sensor_value 5 of 1", monitor_sensor_value(&m, 5, &(long){0}), MON_ERR_SENSOR);
    expect("alert count NULL", monitor_alert_count(NULL, ALERT_WARN), MON_ERR_ARG);
    expect("alert count -1", monitor_alert_count(&m, -1), MON_ERR_ARG);
    expect("alert count 3", monitor_alert_count(&m, 3), MON_ERR_ARG);
    expect_text("last message NULL", monitor_last_message(NULL), "");
    expect_text("no message yet", monitor_last_message(&m), "");

    monitor_init(&m);
    monitor_add_sensor(&m, KIND_TEMP, "t", 0);
    expect("rejected first sample", monitor_submit(&m, 0, 5000, 50), MON_ERR_RANGE);
    expect("still empty", value_of(&m, 0), MON_ERR_EMPTY);
    expect("rejected sample sets the clock", monitor_submit(&m, 0, 200, 50), MON_ERR_TIME);
    expect("accepted after the rejection", monitor_submit(&m, 0, 200, 51), ALERT_NONE);
    expect("value after the rejection", value_of(&m, 0), 200);
}

static void test_calibration_ranges(void)
{
    struct monitor m;

    expect("temp -400", first_sample(&m, KIND_TEMP, 0, -400), ALERT_CRIT);
    expect("temp -401", first_sample(&m, KIND_TEMP, 0, -401), MON_ERR_RANGE);
    expect("temp 1250", first_sample(&m, KIND_TEMP, 0, 1250), ALERT_CRIT);
    expect("temp 1251", first_sample(&m, KIND_TEMP, 0, 1251), MON_ERR_RANGE);
    expect("temp offset applied first", first_sample(&m, KIND_TEMP, 50, 1201), MON_ERR_RANGE);
    expect("temp offset applied first, in range", first_sample(&m, KIND_TEMP, 50, 1200), ALERT_CRIT);
    expect("temp negative offset", first_sample(&m, KIND_TEMP, -50, -351), MON_ERR_RANGE);
    expect("temp 21.0 with offset", first_sample(&m, KIND_TEMP, -30, 240), ALERT_NONE);
    expect("temp 21.0 value", value_of(&m, 0), 210);

    expect("humidity -21", first_sample(&m, KIND_HUMIDITY, 0, -21), MON_ERR_RANGE);
    expect("humidity -20 clamps to 0", first_sample(&m, KIND_HUMIDITY, 0, -20), ALERT_WARN);
    expect("humidity -20 value", value_of(&m, 0), 0);
    expect_text("humidity 0 text", monitor_last_message(&m), "WARN s 0.0%");
    expect("humidity -1 clamps to 0", first_sample(&m, KIND_HUMIDITY, 0, -1), ALERT_WARN);
    expect("humidity -1 value", value_of(&m, 0), 0);
    expect("humidity 1021", first_sample(&m, KIND_HUMIDITY, 0, 1021), MON_ERR_RANGE);
    expect("humidity 1020 clamps to 1000", first_sample(&m, KIND_HUMIDITY, 0, 1020), ALERT_WARN);
    expect("humidity 1020 value", value_of(&m, 0), 1000);
    expect_text("humidity 100 text", monitor_last_message(&m), "WARN s 100.0%");
    expect("humidity 1001 clamps", first_sample(&m, KIND_HUMIDITY, 0, 1001), ALERT_WARN);
    expect("humidity 1001 value", value_of(&m, 0), 1000);
    expect("humidity offset then clamp", first_sample(&m, KIND_HUMIDITY, 100, 915), ALERT_WARN);
    expect("humidity offset then clamp value", value_of(&m, 0), 1000);
    expect("humidity offset then range", first_sample(&m, KIND_HUMIDITY, 100, 921), MON_ERR_RANGE);
    expect("humidity 455", first_sample(&m, KIND_HUMIDITY, 0, 455), ALERT_NONE);
    expect("humidity 455 value", value_of(&m, 0), 455);

    expect("CO2 249", first_sample(&m, KIND_CO2, 0, 249), MON_ERR_RANGE);
    expect("CO2 250", first_sample(&m, KIND_CO2, 0, 250), ALERT_NONE);
    expect("CO2 10000", first_sample(&m, KIND_CO2, 0, 10000), ALERT_CRIT);
    expect("CO2 10001", first_sample(&m, KIND_CO2, 0, 10001), MON_ERR_RANGE);
    expect("CO2 offset into range", first_sample(&m, KIND_CO2, 200, 50), ALERT_NONE);
    expect("CO2 offset value", value_of(&m, 0), 250);
    expect("CO2 offset out of range", first_sample(&m, KIND_CO2, -200, 10201), MON_ERR_RANGE);

    expect("smoke -1", first_sample(&m, KIND_SMOKE, 0, -1), MON_ERR_RANGE);
    expect("smoke 0", first_sample(&m, KIND_SMOKE, 0, 0), ALERT_NONE);
    expect("smoke 5000", first_sample(&m, KIND_SMOKE, 0, 5000), ALERT_CRIT);
    expect("smoke 5001", first_sample(&m, KIND_SMOKE, 0, 5001), MON_ERR_RANGE);
}

static void test_thresholds(void)
{
    struct monitor m;

    expect("temp 34.9", first_sample(&m, KIND_TEMP, 0, 349), ALERT_NONE);
    expect("temp 35.0", first_sample(&m, KIND_TEMP, 0, 350), ALERT_WARN);
    expect_text("temp 35.0 text", monitor_last_message(&m), "WARN s 35.0C");
    expect("temp 59.9", first_sample(&m, KIND_TEMP, 0, 599), ALERT_WARN);
    expect("temp 60.0", first_sample(&m, KIND_TEMP, 0, 600), ALERT_CRIT);
    expect_text("temp 60.0 text", monitor_last_message(&m), "CRIT s 60.0C");
    expect("temp -9.9", first_sample(&m, KIND_TEMP, 0, -99), ALERT_NONE);
    expect("temp -10.0", first_sample(&m, KIND_TEMP, 0, -100), ALERT_WARN);
    expect_text("temp -10.0 text", monitor_last_message(&m), "WARN s -10.0C");
    expect("temp -19.9", first_sample(&m, KIND_TEMP, 0, -199), ALERT_WARN);
    expect_text("temp -19.9 text", monitor_last_message(&m), "WARN s -19.9C");
    expect("temp -20.0", first_sample(&m, KIND_TEMP, 0, -200), ALERT_CRIT);
    expect("temp 0", first_sample(&m, KIND_TEMP, 0, 0), ALERT_NONE);

    expect("humidity 89.9", first_sample(&m, KIND_HUMIDITY, 0, 899), ALERT_NONE);
    expect("humidity 90.0", first_sample(&m, KIND_HUMIDITY, 0, 900), ALERT_WARN);
    expect_text("humidity 90.0 text", monitor_last_message(&m), "WARN s 90.0%");
    expect("humidity 15.0", first_sample(&m, KIND_HUMIDITY, 0, 150), ALERT_NONE);
    expect("humidity 14.9", first_sample(&m, KIND_HUMIDITY, 0, 149), ALERT_WARN);
    expect_text("humidity 14.9 text", monitor_last_message(&m), "WARN s 14.9%");

    expect("CO2 1499", first_sample(&m, KIND_CO2, 0, 1499), ALERT_NONE);
    expect("CO2 1500", first_sample(&m, KIND_CO2, 0, 1500), ALERT_WARN);
    expect_text("CO2 1500 text", monitor_last_message(&m), "WARN s 1500ppm");
    expect("CO2 4999", first_sample(&m, KIND_CO2, 0, 4999), ALERT_WARN);
    expect("CO2 5000", first_sample(&m, KIND_CO2, 0, 5000), ALERT_CRIT);

    expect("smoke 49", first_sample(&m, KIND_SMOKE, 0, 49), ALERT_NONE);
    expect("smoke 50", first_sample(&m, KIND_SMOKE, 0, 50), ALERT_WARN);
    expect_text("smoke 50 text", monitor_last_message(&m), "WARN s 0.50%/m");
    expect("smoke 199", first_sample(&m, KIND_SMOKE, 0, 199), ALERT_WARN);
    expect_text("smoke 199 text", monitor_last_message(&m), "WARN s 1.99%/m");
    expect("smoke 200", first_sample(&m, KIND_SMOKE, 0, 200), ALERT_CRIT);
    expect_text("smoke 200 text", monitor_last_message(&m), "CRIT s 2.00%/m");
    expect("smoke 1205", first_sample(&m, KIND_SMOKE, 0, 1205), ALERT_CRIT);
    expect_text("smoke 1205 text", monitor_last_message(&m), "CRIT s 12.05%/m");
    counts("one critical", &m, 0, 0, 1);
}

static void test_spikes(void)
{
    struct monitor m;

    first_sample(&m, KIND_TEMP, 0, 200);
    expect("temp +100 in 59 s", monitor_submit(&m, 0, 300, 159), ALERT_NONE);
    expect("temp -101 in 59 s", monitor_submit(&m, 0, 199, 218), MON_ERR_RANGE);
    expect("rejected sample keeps the value", value_of(&m, 0), 225);
    expect("temp -100 from the last accepted value", monitor_submit(&m, 0, 200, 219), ALERT_NONE);
    expect("temp +101 in 60 s", monitor_submit(&m, 0, 301, 279), ALERT_NONE);
    expect("temp +300 in 599 s", monitor_submit(&m, 0, 601, 878), ALERT_NONE);
    expect("temp -301 in 599 s", monitor_submit(&m, 0, 300, 1477), MON_ERR_RANGE);
    expect("window runs from the rejected sample", monitor_submit(&m, 0, 300, 1478), MON_ERR_RANGE);
    expect("temp -301 in 600 s", monitor_submit(&m, 0, 300, 2078), ALERT_NONE);
    expect("temp +900 after 600 s", monitor_submit(&m, 0, 1200, 2678), ALERT_WARN);
    expect("temp value after the jumps", value_of(&m, 0), 540);

    first_sample(&m, KIND_HUMIDITY, 0, 400);
    expect("humidity +300 in 1 s", monitor_submit(&m, 0, 700, 101), ALERT_NONE);
    expect("humidity jump measured after clamping", monitor_submit(&m, 0, 1020, 102), ALERT_NONE);
    expect("humidity -301 in 1 s", monitor_submit(&m, 0, 699, 103), MON_ERR_RANGE);
    expect("humidity -301 in 59 s", monitor_submit(&m, 0, 699, 162), MON_ERR_RANGE);
    expect("humidity -301 in 60 s", monitor_submit(&m, 0, 699, 222), ALERT_NONE);
    expect("humidity value", value_of(&m, 0), 629);

    first_sample(&m, KIND_CO2, 0, 500);
    expect("CO2 +2000 in 10 s", monitor_submit(&m, 0, 2500, 110), ALERT_NONE);
    expect("CO2 -2001 in 10 s", monitor_submit(&m, 0, 499, 120), MON_ERR_RANGE);
    expect("CO2 -2001 in 60 s", monitor_submit(&m, 0, 499, 180), ALERT_NONE);
    expect("CO2 +8501 in 50 s", monitor_submit(&m, 0, 9000, 230), MON_ERR_RANGE);
    expect("CO2 has no 10-minute window", monitor_submit(&m, 0, 9000, 290), ALERT_WARN);
    expect("CO2 value", value_of(&m, 0), 2905);

    first_sample(&m, KIND_SMOKE, 0, 0);
    expect("smoke jumps are never spikes", monitor_submit(&m, 0, 4000, 101), ALERT_CRIT);
    expect("smoke is not averaged", value_of(&m, 0), 4000);
    expect("smoke drops at once", monitor_submit(&m, 0, 10, 102), ALERT_NONE);
    expect("smoke dropped value", value_of(&m, 0), 10);
    expect_text("smoke recovery text", monitor_last_message(&m), "OK s 0.10%/m");
}

static void test_smoothing(void)
{
    struct monitor m;

    first_sample(&m, KIND_TEMP, 0, 200);
    monitor_submit(&m, 0, 203, 200);
    expect("average rounds down", value_of(&m, 0), 200);
    monitor_submit(&m, 0, 204, 300);
    expect("average 3:1", value_of(&m, 0), 201);
    monitor_submit(&m, 0, 213, 400);
    expect("average reaches", value_of(&m, 0), 204);

    first_sample(&m, KIND_TEMP, 0, -5);
    monitor_submit(&m, 0, -8, 200);
    expect("negative average truncates toward zero", value_of(&m, 0), -5);
    monitor_submit(&m, 0, -10, 300);
    expect("negative average again", value_of(&m, 0), -6);
    expect_text("no message for small negatives", monitor_last_message(&m), "");

    first_sample(&m, KIND_CO2, 0, 1000);
    expect("CO2 average below warning", monitor_submit(&m, 0, 2999, 200), ALERT_NONE);
    expect("CO2 average value", value_of(&m, 0), 1499);
    expect("CO2 average reaches warning", monitor_submit(&m, 0, 1503, 300), ALERT_WARN);
    expect("CO2 average value 2", value_of(&m, 0), 1500);
    expect_text("CO2 warning text", monitor_last_message(&m), "WARN s 1500ppm");

    first_sample(&m, KIND_HUMIDITY, 0, 500);
    monitor_submit(&m, 0, 501, 200);
    expect("humidity average", value_of(&m, 0), 500);
}

static void test_faults(void)
{
    struct monitor m;
    int a;

    monitor_init(&m);
    a = monitor_add_sensor(&m, KIND_TEMP, "attic", 0);
    monitor_add_sensor(&m, KIND_TEMP, "cellar", 0);
    expect("attic first", monitor_submit(&m, a, 200, 100), ALERT_NONE);
    expect("fault 1", monitor_submit(&m, a, 2000, 200), MON_ERR_RANGE);
    expect("fault 2", monitor_submit(&m, a, 2000, 300), MON_ERR_RANGE);
    expect("fault 3 announces", monitor_submit(&m, a, 2000, 400), ALERT_CRIT);
    expect_text("fault text", monitor_last_message(&m), "FAULT attic implausible samples");
    counts("after the fault", &m, 0, 0, 1);
    expect("fault 4", monitor_submit(&m, a, 2000, 500), MON_ERR_RANGE);
    expect("fault 5", monitor_submit(&m, a, -2000, 600), MON_ERR_RANGE);
    expect("fault 6 announces again", monitor_submit(&m, a, 2000, 700), ALERT_CRIT);
    counts("after the second fault", &m, 0, 0, 2);
    expect("good sample recovers", monitor_submit(&m, a, 210, 800), ALERT_NONE);
    expect_text("recovery text", monitor_last_message(&m), "OK attic 20.2C");
    counts("after the recovery", &m, 1, 0, 2);
    expect("streak restarts 1", monitor_submit(&m, a, 2000, 900), MON_ERR_RANGE);
    expect("streak restarts 2", monitor_submit(&m, a, 2000, 1000), MON_ERR_RANGE);
    expect("good sample breaks the streak", monitor_submit(&m, a, 200, 1100), ALERT_NONE);
    expect("streak restarts 1 again", monitor_submit(&m, a, 2000, 1200), MON_ERR_RANGE);
    expect("spikes count as faults 2", monitor_submit(&m, a, 400, 1201), MON_ERR_RANGE);
    expect("spikes count as faults 3", monitor_submit(&m, a, 400, 1202), ALERT_CRIT);
    expect("other sensor unaffected", monitor_submit(&m, 1, 200, 50), ALERT_NONE);
    expect("ack the second sensor", monitor_acknowledge(&m, 1, 60, 5), ALERT_NONE);
    expect("other sensor value", value_of(&m, 1), 200);
    counts("after the spikes", &m, 1, 0, 3);

    /* a fault while the sensor is already critical is announced again */
    first_sample(&m, KIND_CO2, 0, 6000);
    monitor_submit(&m, 0, 100, 200);
    monitor_submit(&m, 0, 100, 300);
    expect("fault on a critical sensor", monitor_submit(&m, 0, 100, 400), ALERT_CRIT);
    counts("fault on a critical sensor", &m, 0, 0, 2);
    expect("critical again after the fault", monitor_submit(&m, 0, 6000, 500), ALERT_NONE);
}

static void test_escalation_and_reminders(void)
{
    struct monitor m;

    first_sample(&m, KIND_HUMIDITY, 0, 950);
    expect("warn 2", monitor_submit(&m, 0, 950, 200), ALERT_NONE);
    expect("warn 3", monitor_submit(&m, 0, 950, 300), ALERT_NONE);
    expect("warn 4", monitor_submit(&m, 0, 950, 400), ALERT_NONE);
    expect("warn 5 escalates", monitor_submit(&m, 0, 950, 500), ALERT_CRIT);
    expect_text("escalated text", monitor_last_message(&m), "CRIT s 95.0%");
    expect("warn 6 stays critical", monitor_submit(&m, 0, 950, 600), ALERT_NONE);
    expect("critical reminder at 899 s", monitor_submit(&m, 0, 950, 1399), ALERT_NONE);
    expect("critical reminder at 900 s", monitor_submit(&m, 0, 950, 1400), ALERT_CRIT);
    counts("escalation", &m, 0, 1, 2);
    expect("recovery", monitor_submit(&m, 0, 500, 1500), ALERT_NONE);
    expect("recovery value", value_of(&m, 0), 837);
    expect_text("recovery text", monitor_last_message(&m), "OK s 83.7%");
    expect("normal again", monitor_submit(&m, 0, 300, 1600), ALERT_NONE);
    counts("after the recovery", &m, 1, 1, 2);

    first_sample(&m, KIND_TEMP, 0, 400);
    monitor_submit(&m, 0, 400, 200);
    monitor_submit(&m, 0, 400, 300);
    monitor_submit(&m, 0, 400, 400);
    expect("normal sample resets the warning streak", monitor_submit(&m, 0, -200, 1000), ALERT_NONE);
    expect("normal value", value_of(&m, 0), 250);
    expect("recovery counted", monitor_alert_count(&m, ALERT_NONE), 1);
    expect("warn again", monitor_submit(&m, 0, 665, 1600), ALERT_WARN);
    monitor_submit(&m, 0, 400, 1700);
    monitor_submit(&m, 0, 400, 1800);
    monitor_submit(&m, 0, 400, 1900);
    expect("fifth warning in a row escalates", monitor_submit(&m, 0, 400, 2000), ALERT_CRIT);

    /* down from critical to warning is silent; the warning streak starts again */
    first_sample(&m, KIND_CO2, 0, 6000);
    expect("down to warning is silent", monitor_submit(&m, 0, 1000, 200), ALERT_NONE);
    expect("down value", value_of(&m, 0), 4750);
    expect("warning 2 after critical", monitor_submit(&m, 0, 1000, 300), ALERT_NONE);
    expect("warning 3 after critical", monitor_submit(&m, 0, 3000, 400), ALERT_NONE);
    expect("warning 4 after critical", monitor_submit(&m, 0, 3000, 500), ALERT_NONE);
    expect("warning 5 after critical escalates", monitor_submit(&m, 0, 3000, 600), ALERT_CRIT);
    counts("downgrade", &m, 0, 0, 2);

    first_sample(&m, KIND_CO2, 0, 6000);
    expect("down to warning", monitor_submit(&m, 0, 1000, 200), ALERT_NONE);
    expect("warning reminder 899 s after the critical", monitor_submit(&m, 0, 1000, 999), ALERT_NONE);
    expect("warning reminder 900 s after the critical", monitor_submit(&m, 0, 1000, 1000), ALERT_WARN);
    expect_text("downgraded reminder text", monitor_last_message(&m), "WARN s 3109ppm");
    counts("downgraded reminder", &m, 0, 1, 1);

    first_sample(&m, KIND_TEMP, 0, 400);
    monitor_submit(&m, 0, 400, 200);
    expect("critical resets the warning streak", monitor_submit(&m, 0, 1250, 800), ALERT_CRIT);
    expect("critical value", value_of(&m, 0), 612);
    expect("warning after critical", monitor_submit(&m, 0, 100, 1400), ALERT_NONE);
    expect("warning value", value_of(&m, 0), 484);

}

static void test_mute(void)
{
    struct monitor m;

    monitor_init(&m);
    expect("ack NULL", monitor_acknowledge(NULL, 0, 0, 10), MON_ERR_ARG);
    expect("ack no sensor", monitor_acknowledge(&m, 0, 0, 10), MON_ERR_SENSOR);
    monitor_add_sensor(&m, KIND_TEMP, "t", 0);
    expect("ack sensor -1", monitor_acknowledge(&m, -1, 0, 10), MON_ERR_SENSOR);
    expect("ack sensor beats minutes", monitor_acknowledge(&m, 1, 0, 0), MON_ERR_SENSOR);
    expect("ack sensor 3 of 1", monitor_acknowledge(&m, 3, 0, 10), MON_ERR_SENSOR);
    expect("ack 0 minutes", monitor_acknowledge(&m, 0, 0, 0), MON_ERR_ARG);
    expect("ack 241 minutes", monitor_acknowledge(&m, 0, 0, 241), MON_ERR_ARG);
    expect("ack -5 minutes", monitor_acknowledge(&m, 0, 0, -5), MON_ERR_ARG);
    expect("ack 240 minutes", monitor_acknowledge(&m, 0, 0, 240), ALERT_NONE);
    expect("muted critical", monitor_submit(&m, 0, 700, 100), ALERT_NONE);
    counts("muted critical", &m, 0, 0, 0);
    expect("still muted", monitor_submit(&m, 0, 700, 14399), ALERT_NONE);
    expect("mute ends", monitor_submit(&m, 0, 700, 14400), ALERT_CRIT);
    expect_text("after the mute", monitor_last_message(&m), "CRIT t 70.0C");
    counts("after the mute", &m, 0, 0, 1);

    /* a level reached while muted is remembered and not announced before the reminder */
    first_sample(&m, KIND_CO2, 0, 2000);
    expect("ack returns the level", monitor_acknowledge(&m, 0, 150, 1), ALERT_WARN);
    expect("muted, still warning", monitor_submit(&m, 0, 9000, 160), ALERT_NONE);
    expect("muted rise", monitor_submit(&m, 0, 9000, 209), ALERT_NONE);
    expect("after the mute, same level", monitor_submit(&m, 0, 9000, 300), ALERT_NONE);
    expect("reminder from the last announcement", monitor_submit(&m, 0, 9000, 1000), ALERT_CRIT);
    expect("ack returns critical", monitor_acknowledge(&m, 0, 1001, 10), ALERT_CRIT);
    counts("remembered level", &m, 0, 1, 1);

    monitor_init(&m);
    monitor_add_sensor(&m, KIND_CO2, "c", 0);
    monitor_acknowledge(&m, 0, 50, 5);
    expect("muted first critical", monitor_submit(&m, 0, 6000, 100), ALERT_NONE);
    expect("muted first critical, mute over", monitor_submit(&m, 0, 6000, 400), ALERT_NONE);
    expect("muted first critical, 899 s", monitor_submit(&m, 0, 6000, 899), ALERT_NONE);
    expect("muted first critical, 900 s", monitor_submit(&m, 0, 6000, 900), ALERT_CRIT);

    /* recoveries are never muted; smoke criticals break through, warnings and faults do not */
    first_sample(&m, KIND_SMOKE, 0, 60);
    expect("smoke ack", monitor_acknowledge(&m, 0, 110, 10), ALERT_WARN);
    expect("recovery while muted", monitor_submit(&m, 0, 10, 200), ALERT_NONE);
    expect_text("recovery text while muted", monitor_last_message(&m), "OK s 0.10%/m");
    counts("recovery while muted", &m, 1, 1, 0);
    expect("ack after the recovery", monitor_acknowledge(&m, 0, 300, 60), ALERT_NONE);
    expect("muted smoke warning", monitor_submit(&m, 0, 60, 400), ALERT_NONE);
    expect("smoke critical breaks through", monitor_submit(&m, 0, 300, 500), ALERT_CRIT);
    expect_text("smoke text", monitor_last_message(&m), "CRIT s 3.00%/m");
    monitor_submit(&m, 0, 9999, 600);
    monitor_submit(&m, 0, 9999, 700);
    expect("muted smoke fault", monitor_submit(&m, 0, 9999, 800), ALERT_NONE);
    counts("smoke", &m, 1, 1, 1);
    expect("smoke critical again, no reminder yet", monitor_submit(&m, 0, 400, 900), ALERT_NONE);
    expect("smoke critical reminder breaks through", monitor_submit(&m, 0, 400, 1400), ALERT_CRIT);

    /* acknowledging forgets the rejected-sample streak and the warning streak */
    first_sample(&m, KIND_TEMP, 0, 200);
    monitor_submit(&m, 0, 5000, 200);
    monitor_submit(&m, 0, 5000, 300);
    expect("ack during a streak", monitor_acknowledge(&m, 0, 300, 1), ALERT_NONE);
    expect("streak forgotten", monitor_submit(&m, 0, 5000, 400), MON_ERR_RANGE);
    expect("streak 2 after ack", monitor_submit(&m, 0, 5000, 500), MON_ERR_RANGE);
    expect("streak 3 after ack", monitor_submit(&m, 0, 5000, 600), ALERT_CRIT);

    first_sample(&m, KIND_HUMIDITY, 0, 950);
    monitor_submit(&m, 0, 950, 200);
    monitor_submit(&m, 0, 950, 300);
    monitor_submit(&m, 0, 950, 400);
    monitor_acknowledge(&m, 0, 400, 1);
    expect("warning streak forgotten", monitor_submit(&m, 0, 950, 500), ALERT_NONE);
    expect("warning streak 2", monitor_submit(&m, 0, 950, 600), ALERT_NONE);
    expect("warning streak 3", monitor_submit(&m, 0, 950, 700), ALERT_NONE);
    expect("warning streak 4", monitor_submit(&m, 0, 950, 800), ALERT_NONE);
    expect("warning streak 5", monitor_submit(&m, 0, 950, 900), ALERT_CRIT);
}

static void test_texts(void)
{
    struct monitor m;

    expect("temp -0.5", first_sample(&m, KIND_TEMP, 0, -5), ALERT_NONE);
    expect("cold", monitor_submit(&m, 0, -400, 800), ALERT_WARN);
    expect("cold value", value_of(&m, 0), -103);
    expect_text("negative temperature text", monitor_last_message(&m), "WARN s -10.3C");
    expect("back to normal", monitor_submit(&m, 0, 300, 1500), ALERT_NONE);
    expect("near zero value", value_of(&m, 0), -2);
    expect_text("recovery to just below zero", monitor_last_message(&m), "OK s -0.2C");
    monitor_submit(&m, 0, 400, 2200);
    expect_text("no recovery twice", monitor_last_message(&m), "OK s -0.2C");
    counts("cold spell", &m, 1, 1, 0);

    first_sample(&m, KIND_TEMP, 0, -400);
    expect("recovery to zero", monitor_submit(&m, 0, 1200, 800), ALERT_NONE);
    expect("zero value", value_of(&m, 0), 0);
    expect_text("zero has no sign", monitor_last_message(&m), "OK s 0.0C");

    first_sample(&m, KIND_HUMIDITY, 0, 100);
    monitor_submit(&m, 0, 500, 200);
    expect_text("humidity recovery text", monitor_last_message(&m), "OK s 20.0%");
    first_sample(&m, KIND_CO2, 0, 1600);
    monitor_submit(&m, 0, 1000, 200);
    expect_text("CO2 recovery text", monitor_last_message(&m), "OK s 1450ppm");
    monitor_submit(&m, 0, 500, 300);
    expect_text("CO2 recovery text stays", monitor_last_message(&m), "OK s 1450ppm");
    counts("one recovery", &m, 1, 1, 0);

    monitor_init(&m);
    monitor_add_sensor(&m, KIND_SMOKE, "stairwell_north", 0);
    expect("long name", monitor_submit(&m, 0, 5000, 10), ALERT_CRIT);
    expect_text("long name text", monitor_last_message(&m), "CRIT stairwell_north 50.00%/m");
    monitor_submit(&m, 0, 6000, 11);
    monitor_submit(&m, 0, 6000, 12);
    monitor_submit(&m, 0, 6000, 13);
    expect_text("long name fault text", monitor_last_message(&m), "FAULT stairwell_north implausible samples");
}

int main(void)
{
    test_registration();
    test_submit_errors();
    test_calibration_ranges();
    test_thresholds();
    test_spikes();
    test_smoothing();
    test_faults();
    test_escalation_and_reminders();
    test_mute();
    test_texts();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
