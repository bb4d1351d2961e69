/* Hidden behaviour tests for the shift roster.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every check and its order, the quarter-hour and length limits, midnight and week
 * boundaries, the night window edges, rest and weekly caps at x-1/x/x+1, and each premium.
 */
#include <stddef.h>
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

#define CA ROLE_CASHIER
#define ST ROLE_STOCK
#define SU ROLE_SUPERVISOR
#define MINOR EMP_FLAG_MINOR
#define LIFT EMP_FLAG_FORKLIFT
#define PART EMP_FLAG_PART_TIME
#define FORK SHIFT_FLAG_FORKLIFT
#define HOLI SHIFT_FLAG_HOLIDAY
#define CALL SHIFT_FLAG_ONCALL

struct check_case {
    const char *label;
    int role;
    unsigned flags;
    struct shift s;
    int n;
    struct shift h[4];
    int want;
};

static const struct check_case CHECKS[] = {
    /* the shift's times */
    {"day -1", CA, 0, {-1, 480, 960, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"start -15", CA, 0, {0, -15, 960, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"start 1440", CA, 0, {0, 1440, 960, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"start off the quarter", CA, 0, {0, 481, 960, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"end -15", CA, 0, {0, 480, -15, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"end 1440", CA, 0, {0, 480, 1440, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"end off the quarter", CA, 0, {0, 480, 967, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"start 1425 to 0", CA, 0, {0, 1425, 0, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"start 0 end 0 is 24 h", CA, 0, {0, 0, 0, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"12 h", CA, 0, {0, 480, 1200, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"12 h 15", CA, 0, {0, 480, 1215, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"12 h over midnight", CA, 0, {0, 1200, 480, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"12 h 15 over midnight", CA, 0, {0, 1200, 495, CA, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    {"time beats role", CA, 0, {0, 480, 1215, 7, 0}, 0, {{0}}, ROSTER_ERR_TIME},
    /* role and qualification */
    {"role -1", SU, 0, {0, 480, 960, -1, 0}, 0, {{0}}, ROSTER_ERR_ROLE},
    {"role 3", SU, 0, {0, 480, 960, 3, 0}, 0, {{0}}, ROSTER_ERR_ROLE},
    {"stock on a cashier shift", ST, 0, {0, 480, 960, CA, 0}, 0, {{0}}, ROSTER_ERR_ROLE},
    {"cashier on a supervisor shift", CA, 0, {0, 480, 960, SU, 0}, 0, {{0}}, ROSTER_ERR_ROLE},
    {"supervisor on a cashier shift", SU, 0, {0, 480, 960, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"stock on a stock shift", ST, 0, {0, 480, 960, ST, 0}, 0, {{0}}, ROSTER_OK},
    {"role beats qualification", CA, 0, {0, 480, 960, ST, FORK}, 0, {{0}}, ROSTER_ERR_ROLE},
    {"forklift without licence", ST, 0, {0, 480, 960, ST, FORK}, 0, {{0}}, ROSTER_ERR_QUALIFICATION},
    {"forklift with licence", ST, LIFT, {0, 480, 960, ST, FORK | HOLI}, 0, {{0}}, ROSTER_OK},
    {"qualification beats minor", ST, MINOR, {0, 0, 600, ST, FORK}, 0, {{0}}, ROSTER_ERR_QUALIFICATION},
    /* minors */
    {"minor 8 h", CA, MINOR, {0, 480, 960, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"minor 8 h 15", CA, MINOR, {0, 480, 975, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor from 06:00", CA, MINOR, {0, 360, 600, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"minor from 05:45", CA, MINOR, {0, 345, 600, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor until 22:00", CA, MINOR, {0, 900, 1320, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"minor until 22:15", CA, MINOR, {0, 900, 1335, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor from 22:00", CA, MINOR, {0, 1320, 1380, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor from 21:45", CA, MINOR, {0, 1305, 1320, CA, 0}, 0, {{0}}, ROSTER_OK},
    {"minor over midnight", CA, MINOR, {0, 1200, 60, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor at midnight", CA, MINOR, {0, 0, 240, CA, 0}, 0, {{0}}, ROSTER_ERR_MINOR},
    {"minor rule beats history", CA, MINOR, {0, 480, 975, CA, 0}, -1, {{0}}, ROSTER_ERR_MINOR},
    /* history */
    {"n -1", CA, 0, {0, 480, 960, CA, 0}, -1, {{0}}, ROSTER_ERR_HISTORY},
    {"n 15", CA, 0, {0, 480, 960, CA, 0}, 15, {{0}}, ROSTER_ERR_HISTORY},
    {"history day -1", CA, 0, {3, 480, 960, CA, 0}, 1, {{-1, 480, 960, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history start off the quarter", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 470, 960, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history start 1440", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 1440, 960, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history start -15", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, -15, 960, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history end off the quarter", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, 961, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history end 1440", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, 1440, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history end -15", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, -15, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history too long", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, 1215, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history 24 h", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, 480, CA, 0}}, ROSTER_ERR_HISTORY},
    {"bad history after an overlap", CA, 0, {3, 480, 960, CA, 0}, 2, {{3, 480, 960, CA, 0}, {0, 1, 2, CA, 0}}, ROSTER_ERR_HISTORY},
    {"history roles and flags do not matter", CA, 0, {3, 480, 960, CA, 0}, 1, {{0, 480, 960, 9, 0xffu}}, ROSTER_OK},
    /* rest */
    {"overlap", CA, 0, {3, 480, 960, CA, 0}, 1, {{3, 900, 1020, CA, 0}}, ROSTER_ERR_REST},
    {"same shift", CA, 0, {3, 480, 960, CA, 0}, 1, {{3, 480, 960, CA, 0}}, ROSTER_ERR_REST},
    {"back to back", CA, 0, {3, 480, 960, CA, 0}, 1, {{3, 960, 1020, CA, 0}}, ROSTER_ERR_REST},
    {"night shift overlaps the morning", CA, 0, {3, 300, 600, CA, 0}, 1, {{2, 1320, 360, CA, 0}}, ROSTER_ERR_REST},
    {"10 h 45 rest before", CA, 0, {3, 480, 960, CA, 0}, 1, {{2, 1020, 1275, CA, 0}}, ROSTER_ERR_REST},
    {"11 h rest before", CA, 0, {3, 480, 960, CA, 0}, 1, {{2, 1020, 1260, CA, 0}}, ROSTER_OK},
    {"10 h 45 rest after", CA, 0, {3, 480, 960, CA, 0}, 1, {{4, 165, 600, CA, 0}}, ROSTER_ERR_REST},
    {"11 h rest after", CA, 0, {3, 480, 960, CA, 0}, 1, {{4, 180, 600, CA, 0}}, ROSTER_OK},
    {"11 h rest after a night", CA, 0, {3, 1020, 1200, CA, 0}, 1, {{2, 1320, 360, CA, 0}}, ROSTER_OK},
    {"10 h 45 rest after a night", CA, 0, {3, 1005, 1200, CA, 0}, 1, {{2, 1320, 360, CA, 0}}, ROSTER_ERR_REST},
    {"minor 11 h 45 rest", CA, MINOR, {3, 480, 960, CA, 0}, 1, {{2, 1020, 1245, CA, 0}}, ROSTER_ERR_REST},
    {"minor 12 h rest", CA, MINOR, {3, 480, 960, CA, 0}, 1, {{2, 960, 1200, CA, 0}}, ROSTER_OK},
    {"minor 12 h rest after", CA, MINOR, {3, 480, 960, CA, 0}, 1, {{4, 240, 600, CA, 0}}, ROSTER_OK},
    {"minor 11 h 45 rest after", CA, MINOR, {3, 480, 960, CA, 0}, 1, {{4, 225, 600, CA, 0}}, ROSTER_ERR_REST},
    {"rest checked on every shift", CA, 0, {3, 480, 960, CA, 0}, 3, {{0, 480, 960, CA, 0}, {10, 480, 960, CA, 0}, {4, 120, 405, CA, 0}}, ROSTER_ERR_REST},
    {"rest beats hours", PART, 0, {3, 480, 1200, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {4, 120, 405, CA, 0}}, ROSTER_ERR_REST},
    /* weekly hours */
    {"52 h", CA, 0, {4, 480, 1200, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {3, 480, 960, CA, 0}}, ROSTER_ERR_HOURS},
    {"48 h exactly", CA, 0, {4, 480, 720, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {3, 480, 960, CA, 0}}, ROSTER_OK},
    {"48 h 15", CA, 0, {4, 480, 735, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {3, 480, 960, CA, 0}}, ROSTER_ERR_HOURS},
    {"47 h 45", CA, 0, {4, 480, 705, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {3, 480, 960, CA, 0}}, ROSTER_OK},
    {"other weeks do not count", CA, 0, {7, 480, 1200, CA, 0}, 4, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}, {2, 480, 1200, CA, 0}, {14, 480, 1200, CA, 0}}, ROSTER_OK},
    {"sunday night counts for its own week", CA, 0, {13, 480, 1200, CA, 0}, 4, {{6, 1200, 480, CA, 0}, {7, 480, 1200, CA, 0}, {8, 480, 1200, CA, 0}, {9, 480, 1200, CA, 0}}, ROSTER_OK},
    {"second week over 48 h", CA, 0, {13, 480, 975, CA, 0}, 4, {{9, 480, 1200, CA, 0}, {7, 480, 1200, CA, 0}, {8, 480, 1200, CA, 0}, {10, 480, 1200, CA, 0}}, ROSTER_ERR_HOURS},
    {"part time 30 h", PART, 0, {3, 480, 840, CA, 0}, 2, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}}, ROSTER_OK},
    {"part time 30 h 15", PART, 0, {3, 480, 855, CA, 0}, 2, {{0, 480, 1200, CA, 0}, {1, 480, 1200, CA, 0}}, ROSTER_ERR_HOURS},
    {"minor 30 h 15 is fine", CA, MINOR, {3, 480, 855, CA, 0}, 3, {{0, 480, 960, CA, 0}, {1, 480, 960, CA, 0}, {2, 480, 960, CA, 0}}, ROSTER_OK},
    {"14 shifts", CA, 0, {100, 480, 960, CA, 0}, 14, {{0}}, ROSTER_OK},
};

struct pay_case {
    const char *label;
    unsigned emp_flags;
    long hourly;
    struct shift s;
    int before;
    long want;
};

static const struct pay_case PAYS[] = {
    {"day -1", 0, 1500, {-1, 480, 960, CA, 0}, 0, ROSTER_ERR_TIME},
    {"start off the quarter", 0, 1500, {0, 485, 960, CA, 0}, 0, ROSTER_ERR_TIME},
    {"start 1440", 0, 1500, {0, 1440, 960, CA, 0}, 0, ROSTER_ERR_TIME},
    {"start -15", 0, 1500, {0, -15, 960, CA, 0}, 0, ROSTER_ERR_TIME},
    {"end off the quarter", 0, 1500, {0, 480, 959, CA, 0}, 0, ROSTER_ERR_TIME},
    {"end 1440", 0, 1500, {0, 480, 1440, CA, 0}, 0, ROSTER_ERR_TIME},
    {"end -15", 0, 1500, {0, 480, -15, CA, 0}, 0, ROSTER_ERR_TIME},
    {"too long", 0, 1500, {0, 480, 1215, CA, 0}, 0, ROSTER_ERR_TIME},
    {"24 h", 0, 1500, {0, 480, 480, CA, 0}, 0, ROSTER_ERR_TIME},
    {"time beats pay", 0, 0, {0, 480, 1215, CA, 0}, -1, ROSTER_ERR_TIME},
    {"no rate", 0, 0, {0, 480, 960, CA, 0}, 0, ROSTER_ERR_PAY},
    {"negative rate", 0, -1, {0, 480, 960, CA, 0}, 0, ROSTER_ERR_PAY},
    {"negative minutes before", 0, 1500, {0, 480, 960, CA, 0}, -1, ROSTER_ERR_PAY},
    {"role and minor do not matter", MINOR, 1500, {0, 480, 960, 9, 0}, 0, 12000},
    {"15 minutes rounds half up", 0, 1234, {0, 480, 495, CA, 0}, 0, 309},
    {"15 minutes rounds down", 0, 1233, {0, 480, 495, CA, 0}, 0, 308},
    {"1 cent an hour", 0, 1, {0, 480, 510, CA, 0}, 0, 1},
    {"night edge 21:45-22:15", 0, 2000, {0, 1305, 1335, CA, 0}, 0, 1125},
    {"night edge 05:45-06:15", 0, 2000, {0, 345, 375, CA, 0}, 0, 1125},
    {"friday into saturday", 0, 2000, {4, 1200, 120, CA, 0}, 0, 16000},
    {"sunday into monday", 0, 2000, {6, 1200, 120, CA, 0}, 0, 18000},
    {"saturday day", 0, 2000, {5, 480, 960, CA, 0}, 0, 24000},
    {"second week sunday", 0, 2000, {13, 480, 960, CA, 0}, 0, 24000},
    {"holiday weekday", 0, 2000, {2, 480, 960, CA, HOLI}, 0, 32000},
    {"holiday sunday night", 0, 2000, {6, 1260, 300, CA, HOLI}, 0, 35500},
    {"on call", 0, 2000, {2, 480, 960, CA, CALL}, 0, 17500},
    {"on call holiday", 0, 2000, {2, 480, 960, CA, CALL | HOLI}, 0, 33500},
    {"overtime from 2399", 0, 2000, {2, 480, 960, CA, 0}, 2399, 23983},
    {"overtime from 2400", 0, 2000, {2, 480, 960, CA, 0}, 2400, 24000},
    {"overtime starts mid shift", 0, 2000, {2, 480, 960, CA, 0}, 2100, 19000},
    {"overtime ends before", 0, 2000, {2, 480, 960, CA, 0}, 1920, 16000},
    {"overtime weekend night holiday on call", 0, 3333, {5, 1200, 480, CA, HOLI | CALL}, 2700, 108156},
};

static void run_checks(void)
{
    static struct shift fourteen[ROSTER_MAX_HISTORY];
    size_t i;
    int k;

    for (k = 0; k < ROSTER_MAX_HISTORY; k++) {
        fourteen[k] = (struct shift){k * 3, 480, 720, CA, 0};
    }
    for (i = 0; i < sizeof CHECKS / sizeof CHECKS[0]; i++) {
        const struct check_case *c = &CHECKS[i];
        struct employee e = {c->role == PART ? CA : c->role, c->role == PART ? PART : c->flags, 1500};
        const struct shift *h = c->n == ROSTER_MAX_HISTORY ? fourteen : c->h;

        expect_int(c->label, roster_check_shift(&e, &c->s, h, c->n), c->want);
    }
}

static void run_pays(void)
{
    size_t i;

    for (i = 0; i < sizeof PAYS / sizeof PAYS[0]; i++) {
        const struct pay_case *c = &PAYS[i];
        struct employee e = {CA, c->emp_flags, c->hourly};

        expect_int(c->label, roster_shift_pay(&e, &c->s, c->before), c->want);
    }
}

int main(void)
{
    struct employee e = {CA, 0, 1500};
    struct shift s = {0, 480, 960, CA, 0};
    struct shift weeks[] = {
        {0, 480, 960, CA, 0}, {6, 1200, 480, CA, 0}, {7, 0, 720, CA, 0}, {13, 1425, 0, CA, 0}, {20, 60, 120, CA, 0},
    };
    struct shift bad[] = {{0, 480, 960, CA, 0}, {1, 480, 970, CA, 0}};

    run_checks();
    run_pays();

    expect_int("check null employee", roster_check_shift(NULL, &s, NULL, 0), ROSTER_ERR_NULL);
    expect_int("check null shift", roster_check_shift(&e, NULL, NULL, 0), ROSTER_ERR_NULL);
    expect_int("check null history", roster_check_shift(&e, &s, NULL, 1), ROSTER_ERR_NULL);
    expect_int("check null history, n 0", roster_check_shift(&e, &s, NULL, 0), ROSTER_OK);
    expect_int("check null history, n -1", roster_check_shift(&e, &s, NULL, -1), ROSTER_ERR_HISTORY);
    expect_int("pay null employee", roster_shift_pay(NULL, &s, 0), ROSTER_ERR_NULL);
    expect_int("pay null shift", roster_shift_pay(&e, NULL, 0), ROSTER_ERR_NULL);

    expect_int("week 0", roster_week_minutes(weeks, 5, 0), 1200);
    expect_int("week 1", roster_week_minutes(weeks, 5, 1), 735);
    expect_int("week 2", roster_week_minutes(weeks, 5, 2), 60);
    expect_int("week 3", roster_week_minutes(weeks, 5, 3), 0);
    expect_int("week -1", roster_week_minutes(weeks, 5, -1), 0);
    expect_int("week of nothing", roster_week_minutes(NULL, 0, 0), 0);
    expect_int("week null", roster_week_minutes(NULL, 1, 0), ROSTER_ERR_NULL);
    expect_int("week n -1", roster_week_minutes(weeks, -1, 0), ROSTER_ERR_HISTORY);
    expect_int("week n 15", roster_week_minutes(weeks, 15, 0), ROSTER_ERR_HISTORY);
    expect_int("week null beats n", roster_week_minutes(NULL, 15, 0), ROSTER_ERR_NULL);
    expect_int("week bad shift", roster_week_minutes(bad, 2, 0), ROSTER_ERR_HISTORY);
    expect_int("week bad shift in another week", roster_week_minutes(bad, 2, 5), ROSTER_ERR_HISTORY);
    expect_int("week only n shifts", roster_week_minutes(bad, 1, 0), 480);

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
