/* Hidden behaviour tests for tariff_monthly_charge and tariff_class_code.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every class, flag, validation rule (and its order), block, threshold and rounding boundary.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "tariff.h"

struct charge_case {
    const char *label;
    long peak_kwh;
    long offpeak_kwh;
    long demand_kw;
    int days;
    int customer_class;
    unsigned flags;
    long want;
};

static const struct charge_case CASES[] = {
    {"unknown flag bit", 10, 10, 0, 30, CLASS_RESIDENTIAL, 0x20u, TARIFF_ERR_FLAGS},
    {"unknown flag bit beats unknown class", 10, 10, 0, 30, 9, 0x40u, TARIFF_ERR_FLAGS},
    {"class 0", 10, 10, 0, 30, 0, 0, TARIFF_ERR_CLASS},
    {"class 5", 10, 10, 0, 30, 5, 0, TARIFF_ERR_CLASS},
    {"class -1", 10, 10, 0, 30, -1, 0, TARIFF_ERR_CLASS},
    {"class checked before reading", -1, 10, 0, 30, 0, 0, TARIFF_ERR_CLASS},
    {"negative peak", -1, 10, 0, 30, CLASS_RESIDENTIAL, 0, TARIFF_ERR_READING},
    {"negative off-peak", 10, -1, 0, 30, CLASS_BUSINESS, 0, TARIFF_ERR_READING},
    {"negative demand", 10, 10, -1, 30, CLASS_RESIDENTIAL, 0, TARIFF_ERR_READING},
    {"zero days", 10, 10, 0, 0, CLASS_RESIDENTIAL, 0, TARIFF_ERR_READING},
    {"63 days", 10, 10, 0, 63, CLASS_PUBLIC, 0, TARIFF_ERR_READING},
    {"1 day", 10, 10, 0, 1, CLASS_RESIDENTIAL, 0, 385},
    {"62 days", 10, 10, 0, 62, CLASS_RESIDENTIAL, 0, 1910},
    {"reading checked before senior flag", -5, 10, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_SENIOR, TARIFF_ERR_READING},
    {"senior business", 10, 10, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_SENIOR, TARIFF_ERR_FLAGS},
    {"senior industrial", 10, 10, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_SENIOR, TARIFF_ERR_FLAGS},
    {"senior public", 10, 10, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_SENIOR, TARIFF_ERR_FLAGS},
    {"time of use public", 10, 10, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_TIME_OF_USE, TARIFF_ERR_FLAGS},
    {"estimated industrial", 10, 10, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_ESTIMATED, TARIFF_ERR_READING},
    {"senior beats estimated on industrial", 10, 10, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_SENIOR | TARIFF_FLAG_ESTIMATED, TARIFF_ERR_FLAGS},
    {"industrial without demand", 10, 10, 0, 30, CLASS_INDUSTRIAL, 0, TARIFF_ERR_DEMAND},
    {"estimated beats missing demand", 10, 10, 0, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_ESTIMATED, TARIFF_ERR_READING},
    {"demand ignored for residential", 10, 10, 999, 30, CLASS_RESIDENTIAL, 0, 1110},
    {"residential 0 kWh", 0, 0, 0, 30, CLASS_RESIDENTIAL, 0, 750},
    {"residential 1 kWh", 1, 0, 0, 30, CLASS_RESIDENTIAL, 0, 768},
    {"residential 100 kWh", 60, 40, 0, 30, CLASS_RESIDENTIAL, 0, 2550},
    {"residential 101 kWh", 60, 41, 0, 30, CLASS_RESIDENTIAL, 0, 2573},
    {"residential 300 kWh", 0, 300, 0, 30, CLASS_RESIDENTIAL, 0, 7150},
    {"residential 301 kWh", 301, 0, 0, 30, CLASS_RESIDENTIAL, 0, 7179},
    {"residential 1000 kWh", 500, 500, 0, 31, CLASS_RESIDENTIAL, 0, 27475},
    {"residential time of use", 123, 77, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_TIME_OF_USE, 5764},
    {"residential time of use peak only", 50, 0, 0, 28, CLASS_RESIDENTIAL, TARIFF_FLAG_TIME_OF_USE, 2300},
    {"residential senior rounds half up", 5, 0, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR, 827},
    {"residential senior 30 kWh", 30, 0, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR, 1209},
    {"residential senior blocks", 200, 150, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR, 7423},
    {"residential estimated", 33, 0, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_ESTIMATED, 1285},
    {"residential senior and estimated", 77, 0, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR | TARIFF_FLAG_ESTIMATED, 1810},
    {"residential green", 100, 100, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_GREEN, 5250},
    {"residential all flags", 150, 250, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_TIME_OF_USE | TARIFF_FLAG_GREEN | TARIFF_FLAG_SENIOR | TARIFF_FLAG_LATE | TARIFF_FLAG_ESTIMATED, 7900},
    {"residential late", 150, 250, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_LATE, 10553},
    {"residential senior late is waived", 150, 250, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR | TARIFF_FLAG_LATE, 8655},
    {"business flat", 0, 1, 0, 1, CLASS_BUSINESS, 0, 82},
    {"business 5000 kWh no volume discount", 2000, 3000, 0, 30, CLASS_BUSINESS, 0, 111800},
    {"business 5001 kWh volume discount", 2001, 3000, 0, 30, CLASS_BUSINESS, 0, 106321},
    {"business time of use", 300, 700, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_TIME_OF_USE, 21100},
    {"business time of use volume", 4000, 3000, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_TIME_OF_USE, 150000},
    {"business estimated", 11, 0, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_ESTIMATED, 2018},
    {"business estimated volume", 3000, 3001, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_ESTIMATED, 114679},
    {"business green", 100, 50, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_GREEN, 5400},
    {"business late in range", 1000, 1000, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_LATE, 48090},
    {"business late maximum", 8000, 8000, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_LATE, 341200},
    {"business everything", 4000, 4000, 0, 30, CLASS_BUSINESS, TARIFF_FLAG_TIME_OF_USE | TARIFF_FLAG_GREEN | TARIFF_FLAG_LATE | TARIFF_FLAG_ESTIMATED, 169860},
    {"industrial demand 1", 10000, 10000, 1, 30, CLASS_INDUSTRIAL, 0, 300950},
    {"industrial demand 500", 10000, 10000, 500, 30, CLASS_INDUSTRIAL, 0, 775000},
    {"industrial demand 501", 10000, 10000, 501, 30, CLASS_INDUSTRIAL, 0, 776100},
    {"industrial demand 2000", 10000, 10000, 2000, 30, CLASS_INDUSTRIAL, 0, 2425000},
    {"industrial time of use", 30000, 20000, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_TIME_OF_USE, 885000},
    {"industrial green is 1 cent", 30000, 20000, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_GREEN, 895000},
    {"industrial minimum bill", 100, 100, 10, 30, CLASS_INDUSTRIAL, 0, 50000},
    {"industrial just below minimum", 0, 2699, 10, 30, CLASS_INDUSTRIAL, 0, 50000},
    {"industrial exactly minimum", 1700, 1000, 10, 30, CLASS_INDUSTRIAL, 0, 50000},
    {"industrial just above minimum", 1701, 1000, 10, 30, CLASS_INDUSTRIAL, 0, 50015},
    {"industrial minimum then late fee", 100, 100, 10, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_LATE, 52500},
    {"industrial late maximum", 30000, 20000, 100, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_LATE, 850000},
    {"industrial everything allowed", 30000, 20000, 600, 30, CLASS_INDUSTRIAL, TARIFF_FLAG_TIME_OF_USE | TARIFF_FLAG_GREEN | TARIFF_FLAG_LATE, 1430000},
    {"industrial days do not matter", 30000, 20000, 100, 1, CLASS_INDUSTRIAL, 0, 845000},
    {"public flat", 10, 20, 0, 30, CLASS_PUBLIC, 0, 1710},
    {"public estimated", 13, 0, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_ESTIMATED, 1399},
    {"public green", 100, 0, 0, 31, CLASS_PUBLIC, TARIFF_FLAG_GREEN, 3140},
    {"public late in range", 3000, 3000, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_LATE, 108200},
    {"public late rounding", 1000, 1000, 0, 29, CLASS_PUBLIC, TARIFF_FLAG_LATE, 36918},
    {"public green estimated late", 500, 700, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_GREEN | TARIFF_FLAG_ESTIMATED | TARIFF_FLAG_LATE, 23058},
    {"public 0 kWh", 0, 0, 0, 30, CLASS_PUBLIC, 0, 1200},
    {"public estimated rounds half up", 5, 0, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_ESTIMATED, 1277},
    {"public late rounds half up", 500, 30, 0, 30, CLASS_PUBLIC, TARIFF_FLAG_LATE, 10721},
    {"business volume rounds half up", 5000, 5, 0, 30, CLASS_BUSINESS, 0, 106405},
    {"residential senior 1 kWh", 1, 0, 0, 30, CLASS_RESIDENTIAL, TARIFF_FLAG_SENIOR, 765},
    {"late fee just below minimum", 0, 451, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 10482},
    {"late fee at minimum", 0, 452, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 10504},
    {"late fee above minimum", 0, 453, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 10527},
    {"late fee below maximum", 0, 4542, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 104983},
    {"late fee at maximum", 0, 4543, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 105006},
    {"late fee above maximum", 0, 4544, 0, 1, CLASS_BUSINESS, TARIFF_FLAG_LATE, 105028},
};

static int checks;
static int failures;

static void expect_long(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void expect_code(int customer_class, const char *want)
{
    const char *got = tariff_class_code(customer_class);

    checks++;
    if (got == NULL || strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL class code %d: got %s, want %s\n", customer_class, got ? got : "(null)", want);
    }
}

static void test_cases(void)
{
    size_t i;

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct charge_case *c = &CASES[i];
        struct meter_reading r;

        r.peak_kwh = c->peak_kwh;
        r.offpeak_kwh = c->offpeak_kwh;
        r.demand_kw = c->demand_kw;
        r.days = c->days;
        expect_long(c->label, tariff_monthly_charge(&r, c->customer_class, c->flags), c->want);
    }
}

static void test_null_and_const_reading(void)
{
    const struct meter_reading r = {100, 100, 0, 30};

    expect_long("null reading", tariff_monthly_charge(NULL, CLASS_RESIDENTIAL, 0), TARIFF_ERR_READING);
    expect_long("null reading beats bad flags", tariff_monthly_charge(NULL, 0, 0x80u), TARIFF_ERR_READING);
    expect_long("same reading twice gives the same charge", tariff_monthly_charge(&r, CLASS_PUBLIC, 0),
                tariff_monthly_charge(&r, CLASS_PUBLIC, 0));
    expect_long("reading is not modified", r.peak_kwh + r.offpeak_kwh + r.demand_kw + r.days, 230);
}

static void test_class_codes(void)
{
    expect_code(CLASS_RESIDENTIAL, "RES");
    expect_code(CLASS_BUSINESS, "BUS");
    expect_code(CLASS_INDUSTRIAL, "IND");
    expect_code(CLASS_PUBLIC, "PUB");
    expect_code(0, "???");
    expect_code(5, "???");
    expect_code(-3, "???");
}

int main(void)
{
    test_cases();
    test_null_and_const_reading();
    test_class_codes();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
