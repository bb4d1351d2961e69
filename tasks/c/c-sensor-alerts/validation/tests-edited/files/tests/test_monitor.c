/* Visible tests for the building monitor: build and run with the task's test command. */
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

int main(void)
{
    struct monitor m;
    long value = 0;
    int office;
    int lab;

    monitor_init(&m);
    office = monitor_add_sensor(&m, KIND_TEMP, "office", 5);
    lab = monitor_add_sensor(&m, KIND_CO2, "lab-1", -20);
    expect("first sensor id", office, 0);
    expect("second sensor id", lab, 1);
    expect("duplicate name", monitor_add_sensor(&m, KIND_SMOKE, "office", 0), MON_ERR_ARG);
    expect("temperature offset too large", monitor_add_sensor(&m, KIND_TEMP, "hall", 51), MON_ERR_RANGE);

    expect("normal temperature", monitor_submit(&m, office, 215, 1000), ALERT_NONE);
    expect("smoothed value", monitor_sensor_value(&m, office, &value), 0);
    expect("calibrated first value", value, 220);
    expect("warm office", monitor_submit(&m, office, 295, 1600), ALERT_NONE);
    expect("hot office", monitor_submit(&m, office, 700, 2400), ALERT_WARN);
    expect_text("warning text", monitor_last_message(&m), "WARN office 35.6C");

    expect("high CO2", monitor_submit(&m, lab, 5100, 1000), ALERT_CRIT);
    expect_text("critical text", monitor_last_message(&m), "CRIT lab-1 5080ppm");
    expect("implausible CO2", monitor_submit(&m, lab, 20000, 1100), MON_ERR_RANGE);
    expect("unknown sensor", monitor_submit(&m, 5, 100, 1000), MON_ERR_SENSOR);
    expect("warnings so far", monitor_alert_count(&m, ALERT_WARN), 1);
    expect("criticals so far", monitor_alert_count(&m, ALERT_CRIT), 1);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
