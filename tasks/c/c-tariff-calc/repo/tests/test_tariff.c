/* Visible tests for the tariff calculator: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "tariff.h"

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

static long charge(long peak, long offpeak, long demand, int days, int customer_class, unsigned flags)
{
    struct meter_reading r;

    r.peak_kwh = peak;
    r.offpeak_kwh = offpeak;
    r.demand_kw = demand;
    r.days = days;
    return tariff_monthly_charge(&r, customer_class, flags);
}

int main(void)
{
    expect("residential, second block", charge(150, 100, 0, 30, CLASS_RESIDENTIAL, 0), 6000);
    expect("residential, time of use", charge(100, 200, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_TIME_OF_USE),
           6750);
    expect("business, flat", charge(400, 600, 0, 31, CLASS_BUSINESS, 0), 23860);
    expect("industrial, demand charge", charge(20000, 30000, 300, 30, CLASS_INDUSTRIAL, 0), 1035000);
    expect("public, late fee minimum", charge(50, 50, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_LATE), 3400);
    expect("unknown class", charge(10, 10, 0, 30, 7, 0), TARIFF_ERR_CLASS);
    expect("senior flag on a business", charge(10, 10, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_SENIOR),
           TARIFF_ERR_FLAGS);
    expect("class code", strcmp(tariff_class_code(CLASS_INDUSTRIAL), "IND"), 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
