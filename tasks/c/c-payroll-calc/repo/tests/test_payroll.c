/* Visible tests for the payroll: build and run with the task's test command. */
#include <stdio.h>

#include "payroll.h"

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

int main(void)
{
    struct employee clerk = {101, EMP_SALARIED, 1, REGION_NORTH, 380000, 0, EMPF_UNION};
    struct employee welder = {202, EMP_HOURLY, 3, REGION_SOUTH, 2400, 2, 0};
    struct timesheet month = {10200, 1200, 480};
    struct payslip slip;

    expect("salaried", pay_salaried(&clerk, 30, 30, 0, &slip), PAY_OK);
    expect("salaried gross", slip.gross, 380000);
    expect("salaried tax", slip.tax, 46000);
    expect("salaried social", slip.social, 63080);
    expect("salaried union dues", slip.union_dues, 3000);
    expect("salaried net", slip.net, 267920);
    expect("hourly", pay_hourly(&welder, &month, &slip), PAY_OK);
    expect("hourly gross", slip.gross, 445200);
    expect("hourly tax", slip.tax, 20087);
    expect("hourly net", slip.net, 351209);
    expect("prorated", pay_salaried(&clerk, 10, 31, 5000, &slip), PAY_OK);
    expect("prorated gross", slip.gross, 127581);
    expect("wrong kind", pay_hourly(&clerk, &month, &slip), PAY_ERR_KIND);
    expect("too many minutes", (month.minutes = 24001, pay_hourly(&welder, &month, &slip)), PAY_ERR_TIME);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
