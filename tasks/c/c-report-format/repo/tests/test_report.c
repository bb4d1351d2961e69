/* Visible tests for the sales report: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "report.h"

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

static void expect_text(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s:\n got \"%s\"\nwant \"%s\"\n", label, got, want);
    }
}

int main(void)
{
    char buf[256];
    struct sale sales[] = {
        {"A-1001", "Garden hose 25 m", 3, 8997},
        {"B-2002", "Cordless drill with two batteries", 1, 1249900},
        {"C-3003", "Returned lawn mower", 1, -34900},
    };

    expect_int("header", report_header(buf, sizeof buf, "Monthly sales", 2024, 3), 147);
    expect_text("header text", buf,
                "                 Monthly sales                  \n"
                "Period: 2024-03                                 \n"
                "================================================\n");
    expect_int("line", report_line(buf, sizeof buf, &sales[0]), 49);
    expect_text("line text", buf, "A-1001   Garden hose 25 m         3        89.97\n");
    report_line(buf, sizeof buf, &sales[1]);
    expect_text("long description", buf, "B-2002   Cordless drill with~     1    12,499.00\n");
    report_line(buf, sizeof buf, &sales[2]);
    expect_text("refund", buf, "C-3003   Returned lawn mower      1     (349.00)\n");
    expect_int("totals", report_totals(buf, sizeof buf, sales, 3), 98);
    expect_text("totals text", buf,
                "TOTAL                             3    12,239.97\n"
                "REFUNDS                           1     (349.00)\n");
    expect_int("bad month", report_header(buf, sizeof buf, "X", 2024, 13), REP_ERR_ARG);
    expect_int("too small", report_line(buf, 49, &sales[0]), REP_ERR_SPACE);
    expect_text("too small leaves an empty string", buf, "");

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
