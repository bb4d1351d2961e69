/* Visible tests for the unit converter: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "units.h"

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

static long convert(long value, int from, int to)
{
    long out = 0;
    int rc = unit_convert(value, from, to, &out);

    return rc == UNIT_OK ? out : rc;
}

int main(void)
{
    expect("2 feet in cm", convert(2000, UNIT_FT, UNIT_CM), 60960);
    expect("a pound in kg", convert(1000, UNIT_LB, UNIT_KG), 454);
    expect("2 gallons in litres", convert(2000, UNIT_GAL, UNIT_L), 7571);
    expect("body temperature", convert(37000, UNIT_C, UNIT_F), 98600);
    expect("freezing in kelvin", convert(32000, UNIT_F, UNIT_K), 273150);
    expect("metres to kilograms", convert(1000, UNIT_M, UNIT_KG), UNIT_ERR_MISMATCH);
    expect("unknown unit", convert(1000, UNIT_M, 42), UNIT_ERR_UNKNOWN);
    expect("negative length", convert(-5, UNIT_MM, UNIT_IN), UNIT_ERR_RANGE);
    expect("symbol", strcmp(unit_symbol(UNIT_GAL), "gal"), 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
