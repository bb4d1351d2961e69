/* Visible tests for the shift roster: build and run with the task's test command. */
#include <stdio.h>

#include "roster.h"

static int checks;
static int failures;

static void expect_int(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

int main(void)
{
    struct employee clerk = {ROLE_CASHIER, 0, 1500};
    struct employee minor = {ROLE_CASHIER, EMP_FLAG_MINOR, 1100};
    struct employee boss = {ROLE_SUPERVISOR, EMP_FLAG_FORKLIFT, 2400};
    struct shift week[] = {
        {0, 480, 1020, ROLE_CASHIER, 0},  /* Monday 08:00-17:00 */
        {1, 480, 1020, ROLE_CASHIER, 0},
        {2, 480, 1020, ROLE_CASHIER, 0},
    };
    struct shift thursday = {3, 480, 1020, ROLE_CASHIER, 0};
    struct shift early = {3, 240, 600, ROLE_CASHIER, 0};        /* 04:00, 11 h after 17:00 */
    struct shift night = {5, 1320, 360, ROLE_STOCK, SHIFT_FLAG_FORKLIFT}; /* Saturday night */

    expect_int("regular shift", roster_check_shift(&clerk, &thursday, week, 3), ROSTER_OK);
    expect_int("exactly 11 h rest", roster_check_shift(&clerk, &early, week, 3), ROSTER_OK);
    expect_int("minor at night", roster_check_shift(&minor, &early, week, 3), ROSTER_ERR_MINOR);
    expect_int("cashier on a stock shift", roster_check_shift(&clerk, &night, NULL, 0), ROSTER_ERR_ROLE);
    expect_int("supervisor drives the forklift", roster_check_shift(&boss, &night, NULL, 0), ROSTER_OK);
    expect_int("week minutes", roster_week_minutes(week, 3, 0), 1620);

    expect_int("weekday pay", roster_shift_pay(&clerk, &thursday, 0), 13500);
    expect_int("saturday night pay", roster_shift_pay(&boss, &night, 0), 33600);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
