/* Hidden behaviour tests for date_is_valid, date_weekday, date_parse_iso and date_format.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Calendar limits and leap years, weekdays across the range, the ISO grammar and which error
 * wins, every pattern token and the longest-first rule, quoting, buffer limits (exact-size
 * buffers, so that an overflow is a detected error) and the error order.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "datefmt.h"

struct valid_case {
    struct date d;
    int valid;
};

struct weekday_case {
    struct date d;
    int weekday;
};

static const struct valid_case VALID[] = {
    {{0, 1, 1}, 0},
    {{1, 1, 1}, 1},
    {{9999, 12, 31}, 1},
    {{10000, 1, 1}, 0},
    {{-5, 1, 1}, 0},
    {{2024, 0, 1}, 0},
    {{2024, 1, 1}, 1},
    {{2024, 12, 1}, 1},
    {{2024, 13, 1}, 0},
    {{2024, -1, 1}, 0},
    {{2024, 1, 0}, 0},
    {{2024, 1, -1}, 0},
    {{2024, 2, 29}, 1},
    {{2024, 2, 30}, 0},
    {{2023, 2, 28}, 1},
    {{2023, 2, 29}, 0},
    {{2000, 2, 29}, 1},
    {{1900, 2, 29}, 0},
    {{1900, 2, 28}, 1},
    {{2100, 2, 29}, 0},
    {{2400, 2, 29}, 1},
    {{1996, 2, 29}, 1},
    {{1999, 2, 29}, 0},
    {{2004, 2, 29}, 1},
    {{1600, 2, 29}, 1},
    {{1700, 2, 29}, 0},
    {{2023, 1, 31}, 1},
    {{2023, 1, 32}, 0},
    {{2023, 1, 30}, 1},
    {{2023, 1, 31}, 1},
    {{2023, 2, 28}, 1},
    {{2023, 2, 29}, 0},
    {{2023, 2, 30}, 0},
    {{2023, 2, 31}, 0},
    {{2023, 3, 31}, 1},
    {{2023, 3, 32}, 0},
    {{2023, 3, 30}, 1},
    {{2023, 3, 31}, 1},
    {{2023, 4, 30}, 1},
    {{2023, 4, 31}, 0},
    {{2023, 4, 30}, 1},
    {{2023, 4, 31}, 0},
    {{2023, 5, 31}, 1},
    {{2023, 5, 32}, 0},
    {{2023, 5, 30}, 1},
    {{2023, 5, 31}, 1},
    {{2023, 6, 30}, 1},
    {{2023, 6, 31}, 0},
    {{2023, 6, 30}, 1},
    {{2023, 6, 31}, 0},
    {{2023, 7, 31}, 1},
    {{2023, 7, 32}, 0},
    {{2023, 7, 30}, 1},
    {{2023, 7, 31}, 1},
    {{2023, 8, 31}, 1},
    {{2023, 8, 32}, 0},
    {{2023, 8, 30}, 1},
    {{2023, 8, 31}, 1},
    {{2023, 9, 30}, 1},
    {{2023, 9, 31}, 0},
    {{2023, 9, 30}, 1},
    {{2023, 9, 31}, 0},
    {{2023, 10, 31}, 1},
    {{2023, 10, 32}, 0},
    {{2023, 10, 30}, 1},
    {{2023, 10, 31}, 1},
    {{2023, 11, 30}, 1},
    {{2023, 11, 31}, 0},
    {{2023, 11, 30}, 1},
    {{2023, 11, 31}, 0},
    {{2023, 12, 31}, 1},
    {{2023, 12, 32}, 0},
    {{2023, 12, 30}, 1},
    {{2023, 12, 31}, 1},
};

static const struct weekday_case WEEKDAYS[] = {
    {{2024, 1, 1}, 1},
    {{2000, 2, 29}, 2},
    {{1, 1, 1}, 1},
    {{9999, 12, 31}, 5},
    {{1970, 1, 1}, 4},
    {{2023, 3, 1}, 3},
    {{2023, 2, 28}, 2},
    {{2023, 1, 31}, 2},
    {{2024, 3, 5}, 2},
    {{2024, 3, 9}, 6},
    {{2024, 3, 10}, 0},
    {{2024, 3, 8}, 5},
    {{2024, 3, 7}, 4},
    {{2024, 3, 6}, 3},
    {{1900, 3, 1}, 4},
    {{1900, 2, 28}, 3},
    {{2100, 12, 31}, 5},
    {{1600, 1, 1}, 6},
    {{1999, 12, 31}, 5},
    {{2024, 2, 1}, 4},
    {{2024, 12, 31}, 2},
    {{2001, 9, 11}, 2},
    {{1752, 9, 14}, 4},
    {{400, 2, 29}, 2},
    {{2023, 1, 1}, 0},
    {{2023, 1, 15}, 0},
    {{2023, 1, 28}, 6},
    {{2023, 2, 1}, 3},
    {{2023, 2, 15}, 3},
    {{2023, 2, 28}, 2},
    {{2023, 3, 1}, 3},
    {{2023, 3, 15}, 3},
    {{2023, 3, 28}, 2},
    {{2023, 4, 1}, 6},
    {{2023, 4, 15}, 6},
    {{2023, 4, 28}, 5},
    {{2023, 5, 1}, 1},
    {{2023, 5, 15}, 1},
    {{2023, 5, 28}, 0},
    {{2023, 6, 1}, 4},
    {{2023, 6, 15}, 4},
    {{2023, 6, 28}, 3},
    {{2023, 7, 1}, 6},
    {{2023, 7, 15}, 6},
    {{2023, 7, 28}, 5},
    {{2023, 8, 1}, 2},
    {{2023, 8, 15}, 2},
    {{2023, 8, 28}, 1},
    {{2023, 9, 1}, 5},
    {{2023, 9, 15}, 5},
    {{2023, 9, 28}, 4},
    {{2023, 10, 1}, 0},
    {{2023, 10, 15}, 0},
    {{2023, 10, 28}, 6},
    {{2023, 11, 1}, 3},
    {{2023, 11, 15}, 3},
    {{2023, 11, 28}, 2},
    {{2023, 12, 1}, 5},
    {{2023, 12, 15}, 5},
    {{2023, 12, 28}, 4},
    {{2024, 1, 1}, 1},
    {{2024, 1, 15}, 1},
    {{2024, 1, 28}, 0},
    {{2024, 2, 1}, 4},
    {{2024, 2, 15}, 4},
    {{2024, 2, 28}, 3},
    {{2024, 3, 1}, 5},
    {{2024, 3, 15}, 5},
    {{2024, 3, 28}, 4},
    {{2024, 4, 1}, 1},
    {{2024, 4, 15}, 1},
    {{2024, 4, 28}, 0},
    {{2024, 5, 1}, 3},
    {{2024, 5, 15}, 3},
    {{2024, 5, 28}, 2},
    {{2024, 6, 1}, 6},
    {{2024, 6, 15}, 6},
    {{2024, 6, 28}, 5},
    {{2024, 7, 1}, 1},
    {{2024, 7, 15}, 1},
    {{2024, 7, 28}, 0},
    {{2024, 8, 1}, 4},
    {{2024, 8, 15}, 4},
    {{2024, 8, 28}, 3},
    {{2024, 9, 1}, 0},
    {{2024, 9, 15}, 0},
    {{2024, 9, 28}, 6},
    {{2024, 10, 1}, 2},
    {{2024, 10, 15}, 2},
    {{2024, 10, 28}, 1},
    {{2024, 11, 1}, 5},
    {{2024, 11, 15}, 5},
    {{2024, 11, 28}, 4},
    {{2024, 12, 1}, 0},
    {{2024, 12, 15}, 0},
    {{2024, 12, 28}, 6},
};

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

static void expect_str(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

static void test_validity_and_weekdays(void)
{
    size_t i;
    char label[64];

    for (i = 0; i < sizeof VALID / sizeof VALID[0]; i++) {
        const struct date *d = &VALID[i].d;

        snprintf(label, sizeof label, "valid %d-%d-%d", d->year, d->month, d->day);
        expect(label, date_is_valid(d), VALID[i].valid);
        snprintf(label, sizeof label, "weekday of %d-%d-%d", d->year, d->month, d->day);
        if (!VALID[i].valid) {
            expect(label, date_weekday(d), DATE_ERR_INVALID);
        }
    }
    for (i = 0; i < sizeof WEEKDAYS / sizeof WEEKDAYS[0]; i++) {
        const struct date *d = &WEEKDAYS[i].d;

        snprintf(label, sizeof label, "weekday of %d-%d-%d", d->year, d->month, d->day);
        expect(label, date_weekday(d), WEEKDAYS[i].weekday);
    }
    expect("valid NULL", date_is_valid(NULL), 0);
    expect("weekday NULL", date_weekday(NULL), DATE_ERR_ARG);
}

struct parse_case {
    const char *text;
    int rc;
    int year;
    int month;
    int day;
};

static const struct parse_case PARSES[] = {
    {"2024-02-29", 0, 2024, 2, 29},
    {"2023-02-29", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-02-30", DATE_ERR_INVALID, 0, 0, 0},
    {"1900-02-29", DATE_ERR_INVALID, 0, 0, 0},
    {"2000-02-29", 0, 2000, 2, 29},
    {"0000-01-01", DATE_ERR_INVALID, 0, 0, 0},
    {"0001-01-01", 0, 1, 1, 1},
    {"9999-12-31", 0, 9999, 12, 31},
    {"2024-00-10", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-13-10", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-12-10", 0, 2024, 12, 10},
    {"2024-01-00", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-01-31", 0, 2024, 1, 31},
    {"2024-01-32", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-04-30", 0, 2024, 4, 30},
    {"2024-04-31", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-99-99", DATE_ERR_INVALID, 0, 0, 0},
    {"0000-00-00", DATE_ERR_INVALID, 0, 0, 0},
    {"2024-01-01T10:00:00Z", 0, 2024, 1, 1},
    {"2024-01-01 10:00", 0, 2024, 1, 1},
    {"2024-01-01T", 0, 2024, 1, 1},
    {"2024-01-01t", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-01x", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-010", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-01\n", DATE_ERR_SYNTAX, 0, 0, 0},
    {" 2024-01-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024/01/01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01/01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-1-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-1", DATE_ERR_SYNTAX, 0, 0, 0},
    {"24-01-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"+024-01-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"202/-01-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"202:-01-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-0/-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-0:-01", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-/1", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-01-0:", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-13-3x", DATE_ERR_SYNTAX, 0, 0, 0},
    {"0000-01-0x", DATE_ERR_SYNTAX, 0, 0, 0},
    {"2024-13-01x", DATE_ERR_SYNTAX, 0, 0, 0},
    {"", DATE_ERR_SYNTAX, 0, 0, 0},
};

static void test_parse(void)
{
    size_t i;

    for (i = 0; i < sizeof PARSES / sizeof PARSES[0]; i++) {
        const struct parse_case *c = &PARSES[i];
        struct date d = {-7, -8, -9};

        expect(c->text, date_parse_iso(c->text, &d), c->rc);
        expect(c->text, d.year, c->rc == 0 ? c->year : -7);
        expect(c->text, d.month, c->rc == 0 ? c->month : -8);
        expect(c->text, d.day, c->rc == 0 ? c->day : -9);
    }
}

/* Short texts in buffers of exactly their size: reading past the NUL is a detected error. */
static void test_parse_short_texts(void)
{
    static const char *const SHORT[] = {"", "2", "2024", "2024-", "2024-0", "2024-01", "2024-01-", "2024-01-0"};
    char buf[16];
    struct date d = {1, 1, 1};
    size_t i;

    for (i = 0; i < sizeof SHORT / sizeof SHORT[0]; i++) {
        size_t n = strlen(SHORT[i]) + 1;
        char exact[16];
        char *p = exact + sizeof exact - n;

        memcpy(p, SHORT[i], n);
        expect(SHORT[i], date_parse_iso(p, &d), DATE_ERR_SYNTAX);
    }
    memcpy(buf + 5, "2024-01-09", 11);
    expect("exactly ten characters", date_parse_iso(buf + 5, &d), 0);
    expect("parse NULL text", date_parse_iso(NULL, &d), DATE_ERR_ARG);
    expect("parse NULL date", date_parse_iso("2024-01-01", NULL), DATE_ERR_ARG);
    expect("parse NULL date, bad text", date_parse_iso("x", NULL), DATE_ERR_ARG);
}

struct format_case {
    struct date d;
    const char *pattern;
    int rc;
    const char *want;
};

static const struct format_case FORMATS[] = {
    {{2024, 3, 5}, "YYYY", 4, "2024"},
    {{7, 12, 31}, "YYYY", 4, "0007"},
    {{2024, 3, 5}, "YY", 2, "24"},
    {{2007, 3, 5}, "YY", 2, "07"},
    {{2000, 3, 5}, "YY", 2, "00"},
    {{1, 9, 10}, "YY/YYYY", 7, "01/0001"},
    {{9999, 12, 31}, "YYYY-MM-DD", 10, "9999-12-31"},
    {{2024, 3, 5}, "MMMM", 5, "March"},
    {{2024, 3, 5}, "MMM", 3, "Mar"},
    {{2024, 3, 5}, "MM", 2, "03"},
    {{2024, 3, 5}, "M", 1, "3"},
    {{7, 12, 31}, "MMMM MMM MM M", 18, "December Dec 12 12"},
    {{1, 9, 10}, "MMMM", 9, "September"},
    {{2000, 1, 9}, "MMMM|MMM", 11, "January|Jan"},
    {{2024, 5, 4}, "MMMM MMM", 7, "May May"},
    {{2024, 3, 5}, "DD", 2, "05"},
    {{2024, 3, 5}, "D", 1, "5"},
    {{7, 12, 31}, "DD D", 5, "31 31"},
    {{2024, 3, 5}, "EEEE", 7, "Tuesday"},
    {{2024, 3, 5}, "EEE", 3, "Tue"},
    {{2023, 11, 1}, "EEEE, EEE", 14, "Wednesday, Wed"},
    {{2000, 1, 9}, "EEEE EEE", 10, "Sunday Sun"},
    {{2024, 5, 4}, "EEEE EEE", 12, "Saturday Sat"},
    {{7, 12, 31}, "EEE", 3, "Mon"},
    {{2024, 3, 5}, "MMMMM", 6, "March3"},
    {{2024, 3, 5}, "MMMMMM", 7, "March03"},
    {{2024, 3, 5}, "MMMMMMM", 8, "MarchMar"},
    {{2024, 3, 5}, "YYY", 3, "24Y"},
    {{2024, 3, 5}, "YYYYY", 5, "2024Y"},
    {{2024, 3, 5}, "Y", 1, "Y"},
    {{2024, 3, 5}, "DDD", 3, "055"},
    {{2024, 3, 5}, "EE", 2, "EE"},
    {{2024, 3, 5}, "E", 1, "E"},
    {{2024, 3, 5}, "EEEEE", 8, "TuesdayE"},
    {{2024, 3, 5}, "yyyy mm dd", 10, "yyyy mm dd"},
    {{2024, 3, 5}, "YYYY-MM-DD", 10, "2024-03-05"},
    {{2024, 3, 5}, "D.M.YY", 6, "5.3.24"},
    {{2024, 3, 5}, "'Day' D", 5, "Day 5"},
    {{2024, 3, 5}, "'YYYY'", 4, "YYYY"},
    {{2024, 3, 5}, "''", 1, "'"},
    {{2024, 3, 5}, "''''", 2, "''"},
    {{2024, 3, 5}, "'it''s'", 3, "its"},
    {{2024, 3, 5}, "''x", 2, "'x"},
    {{2024, 3, 5}, "'a''b'", 2, "ab"},
    {{2024, 3, 5}, "'' D", 3, "' 5"},
    {{2024, 3, 5}, "'x'D'y'", 3, "x5y"},
    {{2024, 3, 5}, "D''", 2, "5'"},
    {{2024, 3, 5}, "", 0, ""},
    {{2024, 3, 5}, "'", DATE_ERR_PATTERN, ""},
    {{2024, 3, 5}, "YYYY 'abc", DATE_ERR_PATTERN, ""},
    {{2024, 3, 5}, "'abc''", DATE_ERR_PATTERN, ""},
    {{2024, 3, 5}, "'abc'''", 4, "abc'"},
    {{2024, 2, 30}, "YYYY", DATE_ERR_INVALID, "untouched"},
    {{2024, 2, 30}, "'", DATE_ERR_INVALID, "untouched"},
    {{0, 1, 1}, "YYYY", DATE_ERR_INVALID, "untouched"},
};

static void test_format(void)
{
    size_t i;

    for (i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        const struct format_case *c = &FORMATS[i];
        char buf[64];

        strcpy(buf, "untouched");
        expect(c->pattern, date_format(&c->d, c->pattern, buf, sizeof buf), c->rc);
        expect_str(c->pattern, buf, c->want);
    }
}

struct space_case {
    const char *pattern;
    size_t size;
    int rc;
};

static const struct space_case SPACES[] = {
    {"YYYY", 5, 4},
    {"YYYY", 4, DATE_ERR_SPACE},
    {"YYYY", 1, DATE_ERR_SPACE},
    {"MMMM", 6, 5},
    {"MMMM", 5, DATE_ERR_SPACE},
    {"'abc'", 4, 3},
    {"'abc'", 3, DATE_ERR_SPACE},
    {"''", 2, 1},
    {"''", 1, DATE_ERR_SPACE},
    {"x", 2, 1},
    {"x", 1, DATE_ERR_SPACE},
    {"", 1, 0},
    {"YYYY-MM-DD", 11, 10},
    {"YYYY-MM-DD", 10, DATE_ERR_SPACE},
    {"YYYY-MM-DD", 8, DATE_ERR_SPACE},
    {"'abc", 2, DATE_ERR_PATTERN},
    {"YYYY'abc", 3, DATE_ERR_SPACE},
    {"YYYY'abc", 5, DATE_ERR_PATTERN},
    {"D'abcdefgh'", 5, DATE_ERR_SPACE},
    {"EEEE", 8, 7},
    {"EEEE", 7, DATE_ERR_SPACE},
};

/* Every buffer is exactly `size` bytes long, at the end of a heap-free stack array. */
static void test_space(void)
{
    struct date d = {2024, 3, 5};
    size_t i;

    for (i = 0; i < sizeof SPACES / sizeof SPACES[0]; i++) {
        const struct space_case *c = &SPACES[i];
        char area[32];
        char *buf = area + sizeof area - c->size;
        int rc;

        memset(area, '#', sizeof area);
        rc = date_format(&d, c->pattern, buf, c->size);
        expect(c->pattern, rc, c->rc);
        if (rc < 0) {
            expect(c->pattern, buf[0], '\0');
        } else {
            expect(c->pattern, (long)strlen(buf), rc);
        }
        expect(c->pattern, area[sizeof area - c->size - 1], '#');
    }
}

static void test_format_arguments(void)
{
    struct date d = {2024, 3, 5};
    struct date bad = {2024, 13, 1};
    char buf[8] = "keep";
    char none[1] = {'#'};

    expect("format NULL date", date_format(NULL, "YYYY", buf, sizeof buf), DATE_ERR_ARG);
    expect("format NULL pattern", date_format(&d, NULL, buf, sizeof buf), DATE_ERR_ARG);
    expect("format NULL buffer", date_format(&d, "YYYY", NULL, 8), DATE_ERR_ARG);
    expect("NULL beats invalid", date_format(&bad, NULL, buf, sizeof buf), DATE_ERR_ARG);
    expect_str("buffer kept on argument errors", buf, "keep");
    expect("size 0", date_format(&d, "YYYY", none, 0), DATE_ERR_SPACE);
    expect("size 0, empty pattern", date_format(&d, "", none, 0), DATE_ERR_SPACE);
    expect("size 0, bad pattern", date_format(&d, "'", none, 0), DATE_ERR_PATTERN);
    expect("size 0 buffer untouched", none[0], '#');
    expect("invalid beats bad pattern", date_format(&bad, "'", buf, sizeof buf), DATE_ERR_INVALID);
}

int main(void)
{
    test_validity_and_weekdays();
    test_parse();
    test_parse_short_texts();
    test_format();
    test_space();
    test_format_arguments();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
