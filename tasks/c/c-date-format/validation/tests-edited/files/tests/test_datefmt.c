/* Visible tests for the date formatter: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "datefmt.h"

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
    struct date d = {0, 0, 0};
    char buf[40];

    expect("parse", date_parse_iso("2024-07-19", &d), 0);
    expect("parsed day", d.day, 19);
    expect("not a leap year", date_parse_iso("2023-02-29", &d), DATE_ERR_INVALID);
    expect("bad separator", date_parse_iso("2024.07.19", &d), DATE_ERR_SYNTAX);
    expect("weekday", date_weekday(&d), 5);
    expect("format", date_format(&d, "EEEE, D MMMM YYYY", buf, sizeof buf), 20);
    expect("formatted", strcmp(buf, "Friday, 19 July 2024"), 0);
    expect("quoted", date_format(&d, "'week of' DD.MM.", buf, sizeof buf), 14);
    expect("quoted text", strcmp(buf, "week of 19.07."), 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
