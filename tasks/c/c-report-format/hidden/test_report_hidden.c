/* Hidden behaviour tests for the sales report.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every column rule (cutting, padding, control characters, overflow marks), the amount
 * format at each digit-group boundary, the header checks and the exact buffer sizes: each
 * call writes into a heap block of exactly `size` bytes, so one byte too many is an error.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
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

struct line_case {
    const char *label;
    const char *code;
    const char *description;
    int qty;
    long cents;
    const char *want;
};

static const struct line_case LINES[] = {
    {"plain", "A1", "Tea", 2, 350,
     "A1       Tea                      2         3.50\n"},
    {"code of 8", "ABCDEFGH", "x", 1, 1,
     "ABCDEFGH x                        1         0.01\n"},
    {"code of 9 is cut", "ABCDEFGHI", "x", 1, 1,
     "ABCDEFGH x                        1         0.01\n"},
    {"empty code", "", "x", 1, 1,
     "         x                        1         0.01\n"},
    {"code with a tab and DEL", "A\tB\x7f" "C", "x", 1, 1,
     "A?B?C    x                        1         0.01\n"},
    {"code with a high byte", "A\xe9" "B", "x", 1, 1,
     "A\xe9" "B      x                        1         0.01\n"},
    {"no description", "N1", NULL, 1, 1,
     "N1                                1         0.01\n"},
    {"empty description", "N2", "", 1, 1,
     "N2                                1         0.01\n"},
    {"description of 19", "D19", "abcdefghijklmnopqrs", 1, 1,
     "D19      abcdefghijklmnopqrs      1         0.01\n"},
    {"description of 20", "D20", "abcdefghijklmnopqrst", 1, 1,
     "D20      abcdefghijklmnopqrst     1         0.01\n"},
    {"description of 21", "D21", "abcdefghijklmnopqrstu", 1, 1,
     "D21      abcdefghijklmnopqrs~     1         0.01\n"},
    {"description of 40", "D40", "abcdefghijklmnopqrstuvwxyz0123456789ABCD", 1, 1,
     "D40      abcdefghijklmnopqrs~     1         0.01\n"},
    {"description with control characters", "DC", "a\nb\rc\x1f" "d\x7f" "e", 1, 1,
     "DC       a?b?c?d?e                1         0.01\n"},
    {"cut description with a control character", "DX", "abcdefghijklmnopq\tstuvw", 1, 1,
     "DX       abcdefghijklmnopq?s~     1         0.01\n"},
    {"description with a high byte", "DH", "caf\xc3\xa9", 1, 1,
     "DH       caf\xc3" "\xa9" "                    1         0.01\n"},
    {"quantity 0", "Q", "q", 0, 1,
     "Q        q                        0         0.01\n"},
    {"quantity 10", "Q", "q", 10, 1,
     "Q        q                       10         0.01\n"},
    {"quantity 99999", "Q", "q", 99999, 1,
     "Q        q                    99999         0.01\n"},
    {"quantity 100000", "Q", "q", 100000, 1,
     "Q        q                    *****         0.01\n"},
    {"quantity INT_MAX", "Q", "q", INT_MAX, 1,
     "Q        q                    *****         0.01\n"},
    {"0 cents", "M", "m", 1, 0,
     "M        m                        1         0.00\n"},
    {"5 cents", "M", "m", 1, 5,
     "M        m                        1         0.05\n"},
    {"99 cents", "M", "m", 1, 99,
     "M        m                        1         0.99\n"},
    {"100 cents", "M", "m", 1, 100,
     "M        m                        1         1.00\n"},
    {"999.99", "M", "m", 1, 99999,
     "M        m                        1       999.99\n"},
    {"1,000.00", "M", "m", 1, 100000,
     "M        m                        1     1,000.00\n"},
    {"100,000.01", "M", "m", 1, 10000001,
     "M        m                        1   100,000.01\n"},
    {"999,999.99", "M", "m", 1, 99999999,
     "M        m                        1   999,999.99\n"},
    {"1,000,000.00", "M", "m", 1, 100000000,
     "M        m                        1 1,000,000.00\n"},
    {"9,999,999.99 fills the column", "M", "m", 1, 999999999,
     "M        m                        1 9,999,999.99\n"},
    {"10,000,000.00 overflows", "M", "m", 1, 1000000000,
     "M        m                        1 ############\n"},
    {"LONG_MAX overflows", "M", "m", 1, LONG_MAX,
     "M        m                        1 ############\n"},
    {"refund of 1 cent", "R", "r", 1, -1,
     "R        r                        1       (0.01)\n"},
    {"refund of 10.50", "R", "r", 1, -1050,
     "R        r                        1      (10.50)\n"},
    {"refund of 1,000.00", "R", "r", 1, -100000,
     "R        r                        1   (1,000.00)\n"},
    {"refund of 999,999.99 fills the column", "R", "r", 1, -99999999,
     "R        r                        1 (999,999.99)\n"},
    {"refund of 1,000,000.00 overflows", "R", "r", 1, -100000000,
     "R        r                        1 ############\n"},
    {"refund of LONG_MIN overflows", "R", "r", 1, LONG_MIN,
     "R        r                        1 ############\n"},
};

struct header_case {
    const char *label;
    const char *title;
    int year;
    int month;
    int want_rc;
    const char *want;
};

static const struct header_case HEADERS[] = {
    {"even padding", "Sales", 2024, 1, 0,
     "                     Sales                      \n" "Period: 2024-01                                 \n" "================================================\n"},
    {"odd padding goes right", "Sales report", 1999, 12, 0,
     "                  Sales report                  \n" "Period: 1999-12                                 \n" "================================================\n"},
    {"empty title", "", 1900, 6, 0,
     "                                                \n" "Period: 1900-06                                 \n" "================================================\n"},
    {"title of 47", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstu", 9999, 10, 0,
     "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstu \n" "Period: 9999-10                                 \n" "================================================\n"},
    {"title of 48", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv", 2000, 9, 0,
     "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv\n" "Period: 2000-09                                 \n" "================================================\n"},
    {"title of 49 is cut", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw", 2000, 9, 0,
     "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv\n" "Period: 2000-09                                 \n" "================================================\n"},
    {"title with control characters", "Q1\tsales\x7f", 2010, 11, 0,
     "                   Q1?sales?                    \n" "Period: 2010-11                                 \n" "================================================\n"},
    {"year 1899", "x", 1899, 5, REP_ERR_ARG, ""},
    {"year 10000", "x", 10000, 5, REP_ERR_ARG, ""},
    {"month 0", "x", 2024, 0, REP_ERR_ARG, ""},
    {"month 13", "x", 2024, 13, REP_ERR_ARG, ""},
    {"month -1", "x", 2024, -1, REP_ERR_ARG, ""},
};

#define LINE_SIZE (REPORT_WIDTH + 2)
#define HEADER_SIZE (3 * (REPORT_WIDTH + 1) + 1)

/* Runs a report function into a heap block of exactly `size` bytes (filled with '@'). */
static char block[1024];

static int line_into(size_t size, const struct sale *s)
{
    char *buf = malloc(size > 0 ? size : 1);
    int rc;

    memset(buf, '@', size > 0 ? size : 1);
    rc = report_line(buf, size, s);
    memcpy(block, buf, size > 0 ? size : 1);
    block[size > 0 ? size : 1] = '\0';
    free(buf);
    return rc;
}

static int header_into(size_t size, const char *title, int year, int month)
{
    char *buf = malloc(size > 0 ? size : 1);
    int rc;

    memset(buf, '@', size > 0 ? size : 1);
    rc = report_header(buf, size, title, year, month);
    memcpy(block, buf, size > 0 ? size : 1);
    block[size > 0 ? size : 1] = '\0';
    free(buf);
    return rc;
}

static int totals_into(size_t size, const struct sale *sales, int n)
{
    char *buf = malloc(size > 0 ? size : 1);
    int rc;

    memset(buf, '@', size > 0 ? size : 1);
    rc = report_totals(buf, size, sales, n);
    memcpy(block, buf, size > 0 ? size : 1);
    block[size > 0 ? size : 1] = '\0';
    free(buf);
    return rc;
}

static void check_lines(void)
{
    char label[128];
    size_t i;

    for (i = 0; i < sizeof LINES / sizeof LINES[0]; i++) {
        const struct line_case *c = &LINES[i];
        struct sale s = {c->code, c->description, c->qty, c->cents};

        snprintf(label, sizeof label, "line %s: rc", c->label);
        expect_int(label, line_into(LINE_SIZE, &s), REPORT_WIDTH + 1);
        snprintf(label, sizeof label, "line %s: text", c->label);
        expect_text(label, block, c->want);
    }
}

static void check_headers(void)
{
    char label[128];
    size_t i;

    for (i = 0; i < sizeof HEADERS / sizeof HEADERS[0]; i++) {
        const struct header_case *c = &HEADERS[i];
        int rc = header_into(HEADER_SIZE, c->title, c->year, c->month);

        snprintf(label, sizeof label, "header %s: rc", c->label);
        expect_int(label, rc, c->want_rc == 0 ? HEADER_SIZE - 1 : c->want_rc);
        if (c->want_rc == 0) {
            snprintf(label, sizeof label, "header %s: text", c->label);
            expect_text(label, block, c->want);
        }
    }
}

int main(void)
{
    static struct sale many[REPORT_MAX_SALES + 1];
    struct sale s = {"A1", "Tea", 2, 350};
    struct sale bad_qty = {"A1", "Tea", -1, 350};
    struct sale no_code = {NULL, "Tea", 1, 350};
    struct sale mixed[] = {
        {"A", "a", 1, 150000}, {"B", "b", 2, -2500}, {"C", "c", 1, 0}, {"D", "d", 3, -100}, {"E", NULL, 0, 99},
    };
    struct sale refunds_only[] = {{"A", "a", 1, -99999999}, {"B", "b", 1, -1}};
    struct sale wide[] = {{"A", "a", 1, 999999999}, {"B", "b", 1, 1}};
    size_t i;

    check_lines();
    check_headers();

    /* sale lines: errors and sizes */
    expect_int("line null buffer", report_line(NULL, 64, &s), REP_ERR_NULL);
    expect_int("line null sale", line_into(64, NULL), REP_ERR_NULL);
    expect_int("line null sale keeps the buffer", block[0], '@');
    expect_int("line no code", line_into(64, &no_code), REP_ERR_ARG);
    expect_int("line negative quantity", line_into(64, &bad_qty), REP_ERR_ARG);
    expect_int("line bad argument keeps the buffer", block[0], '@');
    expect_int("line bad argument beats no space", line_into(0, &bad_qty), REP_ERR_ARG);
    expect_int("line size 50", line_into(LINE_SIZE, &s), REPORT_WIDTH + 1);
    expect_int("line size 50 ends in NUL", block[LINE_SIZE - 1], '\0');
    expect_int("line size 49", line_into(LINE_SIZE - 1, &s), REP_ERR_SPACE);
    expect_text("line size 49 text", block, "");
    expect_int("line size 1", line_into(1, &s), REP_ERR_SPACE);
    expect_text("line size 1 text", block, "");
    expect_int("line size 0", line_into(0, &s), REP_ERR_SPACE);
    expect_int("line size 0 writes nothing", block[0], '@');
    expect_int("line size 200", line_into(200, &s), REPORT_WIDTH + 1);
    expect_int("line size 200 stops after the NUL", block[REPORT_WIDTH + 2], '@');

    /* header: errors and sizes */
    expect_int("header null buffer", report_header(NULL, 200, "x", 2024, 1), REP_ERR_NULL);
    expect_int("header null title", header_into(200, NULL, 2024, 1), REP_ERR_NULL);
    expect_int("header null beats bad month", header_into(200, NULL, 2024, 0), REP_ERR_NULL);
    expect_int("header bad month beats no space", header_into(0, "x", 2024, 0), REP_ERR_ARG);
    expect_int("header bad month keeps the buffer", block[0], '@');
    expect_int("header size 148", header_into(HEADER_SIZE, "x", 2024, 1), HEADER_SIZE - 1);
    expect_int("header size 147", header_into(HEADER_SIZE - 1, "x", 2024, 1), REP_ERR_SPACE);
    expect_text("header size 147 text", block, "");
    expect_int("header size 0", header_into(0, "x", 2024, 1), REP_ERR_SPACE);
    expect_int("header size 0 writes nothing", block[0], '@');

    /* totals */
    expect_int("totals of nothing", totals_into(LINE_SIZE, NULL, 0), REPORT_WIDTH + 1);
    expect_text("totals of nothing text", block, 
                "TOTAL                             0         0.00\n");
    expect_int("totals mixed", totals_into(2 * LINE_SIZE, mixed, 5), 2 * (REPORT_WIDTH + 1));
    expect_text("totals mixed text", block, 
                "TOTAL                             5     1,474.99\n" "REFUNDS                           2      (26.00)\n");
    expect_int("totals mixed, first four", totals_into(2 * LINE_SIZE, mixed, 4), 2 * (REPORT_WIDTH + 1));
    expect_text("totals mixed, first four text", block, 
                "TOTAL                             4     1,474.00\n" "REFUNDS                           2      (26.00)\n");
    expect_int("totals without refunds", totals_into(LINE_SIZE, mixed, 1), REPORT_WIDTH + 1);
    expect_text("totals without refunds text", block, 
                "TOTAL                             1     1,500.00\n");
    expect_int("totals refunds only", totals_into(200, refunds_only, 2), 2 * (REPORT_WIDTH + 1));
    expect_text("totals refunds only text", block, 
                "TOTAL                             2 ############\n" "REFUNDS                           2 ############\n");
    expect_int("totals too wide", totals_into(200, wide, 2), REPORT_WIDTH + 1);
    expect_text("totals too wide text", block, 
                "TOTAL                             2 ############\n");
    expect_int("totals one line in 50", totals_into(LINE_SIZE, mixed, 1), REPORT_WIDTH + 1);
    expect_int("totals one line in 49", totals_into(LINE_SIZE - 1, mixed, 1), REP_ERR_SPACE);
    expect_text("totals one line in 49 text", block, "");
    expect_int("totals two lines in 99", totals_into(2 * REPORT_WIDTH + 3, mixed, 2), 2 * (REPORT_WIDTH + 1));
    expect_int("totals two lines in 98", totals_into(2 * REPORT_WIDTH + 2, mixed, 2), REP_ERR_SPACE);
    expect_text("totals two lines in 98 text", block, "");
    expect_int("totals size 0", totals_into(0, mixed, 2), REP_ERR_SPACE);
    expect_int("totals size 0 writes nothing", block[0], '@');
    expect_int("totals null sales", totals_into(200, NULL, 1), REP_ERR_NULL);
    expect_int("totals null buffer", report_totals(NULL, 200, mixed, 1), REP_ERR_NULL);
    expect_int("totals null beats bad n", totals_into(200, NULL, 501), REP_ERR_NULL);
    expect_int("totals n -1", totals_into(200, mixed, -1), REP_ERR_ARG);
    expect_int("totals n -1 without sales", totals_into(200, NULL, -1), REP_ERR_ARG);
    expect_int("totals n 501", totals_into(200, many, REPORT_MAX_SALES + 1), REP_ERR_ARG);
    expect_int("totals bad n keeps the buffer", block[0], '@');
    for (i = 0; i < REPORT_MAX_SALES + 1; i++) {
        many[i] = (struct sale){"M", "m", 1, (long)(i % 2 == 0 ? 1234 : -567)};
    }
    expect_int("totals n 500", totals_into(200, many, REPORT_MAX_SALES), 2 * (REPORT_WIDTH + 1));
    expect_text("totals n 500 text", block, 
                "TOTAL                           500     1,667.50\n" "REFUNDS                         250   (1,417.50)\n");

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
