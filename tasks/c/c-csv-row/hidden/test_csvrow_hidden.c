/* Hidden behaviour tests for csv_split and csv_read_order.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Line endings, quoting and escaped quotes, trimming, field lengths and counts, every column's
 * grammar and limits (x-1, x, x+1), calendar dates, the status against the ship date, legacy
 * 7-column rows, error columns, and which error wins when several apply.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "csvrow.h"

static int checks;
static int failures;

static void expect(const char *label, const char *input, long long got, long long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s [%s]: got %lld, want %lld\n", label, input, got, want);
    }
}

static void expect_text(const char *label, const char *input, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s [%s]: got \"%s\", want \"%s\"\n", label, input, got, want);
    }
}

/* ---------------------------------------------------------------- csv_split */

struct split_case {
    const char *line;
    int status;
    int col;
    int count;              /* checked on success */
    unsigned quoted;        /* checked on success */
    const char *fields[11]; /* checked on success, up to the first NULL */
};

#define F31 "abcdefghijklmnopqrstuvwxyz01234"
#define F30 "abcdefghijklmnopqrstuvwxyz0123"

static const struct split_case SPLITS[] = {
    {"", CSV_OK, 0, 1, 0, {""}},
    {"\n", CSV_OK, 0, 1, 0, {""}},
    {"\r\n", CSV_OK, 0, 1, 0, {""}},
    {"\r", CSV_OK, 0, 1, 0, {""}},
    {"a", CSV_OK, 0, 1, 0, {"a"}},
    {"a\n", CSV_OK, 0, 1, 0, {"a"}},
    {"a\r", CSV_OK, 0, 1, 0, {"a"}},
    {"a\r\n", CSV_OK, 0, 1, 0, {"a"}},
    {"a\n\n", CSV_OK, 0, 1, 0, {"a\n"}},
    {"a\n\r", CSV_OK, 0, 1, 0, {"a\n"}},
    {"a\r\r\n", CSV_OK, 0, 1, 0, {"a\r"}},
    {"\na", CSV_OK, 0, 1, 0, {"\na"}},
    {",", CSV_OK, 0, 2, 0, {"", ""}},
    {",,", CSV_OK, 0, 3, 0, {"", "", ""}},
    {"a,b,c", CSV_OK, 0, 3, 0, {"a", "b", "c"}},
    {"a,b,c\n", CSV_OK, 0, 3, 0, {"a", "b", "c"}},
    {"a,,c", CSV_OK, 0, 3, 0, {"a", "", "c"}},
    {"a,b,", CSV_OK, 0, 3, 0, {"a", "b", ""}},
    {" a , b\t,\tc ", CSV_OK, 0, 3, 0, {"a", "b", "c"}},
    {"  a b  c  ", CSV_OK, 0, 1, 0, {"a b  c"}},
    {"a\tb", CSV_OK, 0, 1, 0, {"a\tb"}},
    {"   ,\t\t", CSV_OK, 0, 2, 0, {"", ""}},
    {"\"a\"", CSV_OK, 0, 1, 1u, {"a"}},
    {"\"\"", CSV_OK, 0, 1, 1u, {""}},
    {"x,\"\"", CSV_OK, 0, 2, 2u, {"x", ""}},
    {"\"\"\"\"", CSV_OK, 0, 1, 1u, {"\""}},
    {"\"a\"\"b\"", CSV_OK, 0, 1, 1u, {"a\"b"}},
    {"\"\"\"a\"\"\"", CSV_OK, 0, 1, 1u, {"\"a\""}},
    {"\"a,b\",c", CSV_OK, 0, 2, 1u, {"a,b", "c"}},
    {"\" a \"", CSV_OK, 0, 1, 1u, {" a "}},
    {"  \"a\"  ,b", CSV_OK, 0, 2, 1u, {"a", "b"}},
    {"\t\"a\"\t", CSV_OK, 0, 1, 1u, {"a"}},
    {"a,\"b\",\"c\"", CSV_OK, 0, 3, 6u, {"a", "b", "c"}},
    {"\"a\r\nb\"", CSV_OK, 0, 1, 1u, {"a\r\nb"}},
    {"\"a\"\n", CSV_OK, 0, 1, 1u, {"a"}},
    {"\"a\"\r\n", CSV_OK, 0, 1, 1u, {"a"}},
    {"1,2,3,4,5,6,7,8,9,10", CSV_OK, 0, 10, 0, {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}},
    {"1,2,3,4,5,6,7,8,9,\"10\"", CSV_OK, 0, 10, 512u, {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}},
    {"1,2,3,4,5,6,7,8,9,10\n", CSV_OK, 0, 10, 0, {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}},
    {",,,,,,,,,", CSV_OK, 0, 10, 0, {"", "", "", "", "", "", "", "", "", ""}},
    {F31, CSV_OK, 0, 1, 0, {F31}},
    {F31 "  ", CSV_OK, 0, 1, 0, {F31}},
    {"  " F31 "\t,x", CSV_OK, 0, 2, 0, {F31, "x"}},
    {"\"" F31 "\"", CSV_OK, 0, 1, 1u, {F31}},
    {"\"" F30 "\"\"\"", CSV_OK, 0, 1, 1u, {F30 "\""}},
    {F30 " ", CSV_OK, 0, 1, 0, {F30}},
    {"x," F30 "  ,y", CSV_OK, 0, 3, 0, {"x", F30, "y"}},

    {"a,\"b", CSV_ERR_QUOTE, 2, 0, 0, {NULL}},
    {"\"", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"\"a", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"\"a\"\"", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"\"a\r\n", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"a\"", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"a\"b\"", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"x,a \"b\"", CSV_ERR_QUOTE, 2, 0, 0, {NULL}},
    {"\"a\"b", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"\"a\" b", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {"x,y,\"a\" \"b\"", CSV_ERR_QUOTE, 3, 0, 0, {NULL}},
    {"x,\"a\"\"\"\"b", CSV_ERR_QUOTE, 2, 0, 0, {NULL}},
    {"\"a\"x,\"b", CSV_ERR_QUOTE, 1, 0, 0, {NULL}},
    {F31 "x", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {F31 " x", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {F30 "  x", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {"a,b," F31 "x,\"", CSV_ERR_LENGTH, 3, 0, 0, {NULL}},
    {"\"" F31 "x\"", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {"\"" F31 " \"", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {"\"" F31 "\"\"\"", CSV_ERR_LENGTH, 1, 0, 0, {NULL}},
    {"x,\"" F31 "\"\"", CSV_ERR_LENGTH, 2, 0, 0, {NULL}},
    {"1,2,3,4,5,6,7,8,9,10,11", CSV_ERR_FIELDS, 11, 0, 0, {NULL}},
    {"1,2,3,4,5,6,7,8,9,10,", CSV_ERR_FIELDS, 11, 0, 0, {NULL}},
    {",,,,,,,,,,", CSV_ERR_FIELDS, 11, 0, 0, {NULL}},
    {"1,2,3,4,5,6,7,8,9,10,\"", CSV_ERR_FIELDS, 11, 0, 0, {NULL}},
    {"1,2,3,4,5,6,7,8,9,\"10,11", CSV_ERR_QUOTE, 10, 0, 0, {NULL}},
    {"1,2,3,4,5,6,7,8,9,10,11,12\n", CSV_ERR_FIELDS, 11, 0, 0, {NULL}},
};

static void test_split(void)
{
    size_t k;
    int i;

    for (k = 0; k < sizeof SPLITS / sizeof SPLITS[0]; k++) {
        const struct split_case *c = &SPLITS[k];
        struct csv_fields f;
        int col = -7;
        int status;

        memset(&f, 0x5a, sizeof f);
        status = csv_split(c->line, &f, &col);
        expect("split status", c->line, status, c->status);
        expect("split column", c->line, col, c->col);
        if (c->status != CSV_OK || status != CSV_OK) {
            continue;
        }
        expect("split count", c->line, f.count, c->count);
        expect("split quoted", c->line, f.quoted, c->quoted);
        for (i = 0; i < c->count && i < CSV_MAX_FIELDS && c->fields[i] != NULL; i++) {
            expect_text("split field", c->line, f.text[i], c->fields[i]);
        }
    }
}

static void test_split_arguments(void)
{
    struct csv_fields f;
    int col = 5;

    expect("split null line", "NULL", csv_split(NULL, &f, &col), CSV_ERR_NULL);
    expect("split null line column", "NULL", col, 0);
    col = 5;
    expect("split null out", "a", csv_split("a", NULL, &col), CSV_ERR_NULL);
    expect("split null out column", "a", col, 0);
    expect("split null both", "NULL", csv_split(NULL, NULL, NULL), CSV_ERR_NULL);
    expect("split without err_col", "a,b", csv_split("a,b", &f, NULL), CSV_OK);
    expect("split without err_col count", "a,b", f.count, 2);
    expect("split error without err_col", "a\"", csv_split("a\"", &f, NULL), CSV_ERR_QUOTE);
    expect("split length without err_col", F31 "x", csv_split(F31 "x", &f, NULL), CSV_ERR_LENGTH);
    expect("split fields without err_col", ",,,,,,,,,,", csv_split(",,,,,,,,,,", &f, NULL), CSV_ERR_FIELDS);
    expect("split unterminated without err_col", "\"", csv_split("\"", &f, NULL), CSV_ERR_QUOTE);
}

/* ----------------------------------------------------------- csv_read_order */

/* A valid row; each case below replaces one column (or none). */
static const char *const BASE[8] = {"A-1", "Jane Roe", "2024-05-10", "2", "3.50", "1.5", "", "PAID"};

static void build_row(char *buf, size_t size, int columns, int col, const char *text)
{
    int i;
    size_t used = 0;

    buf[0] = '\0';
    for (i = 0; i < columns; i++) {
        const char *part = i + 1 == col ? text : BASE[i];
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i == 0 ? "" : ",", part);
    }
}

struct column_case {
    int col;          /* 1-based column replaced */
    const char *text; /* its text */
    int status;
    int err_col;
};

static const struct column_case COLUMNS[] = {
    /* 1 order id */
    {1, "", CSV_ERR_EMPTY, 1},
    {1, "  ", CSV_ERR_EMPTY, 1},
    {1, "\"\"", CSV_ERR_EMPTY, 1},
    {1, "A", CSV_OK, 0},
    {1, "Z", CSV_OK, 0},
    {1, "0", CSV_OK, 0},
    {1, "9", CSV_OK, 0},
    {1, "-", CSV_OK, 0},
    {1, "ABCDEFGHIJK", CSV_OK, 0},
    {1, "ABCDEFGHIJKL", CSV_ERR_LENGTH, 1},
    {1, "abcdefghijkl", CSV_ERR_LENGTH, 1},
    {1, "\"ABCDEFGHIJKL\"", CSV_ERR_LENGTH, 1},
    {1, "ABCDEFGHIJKLM", CSV_ERR_LENGTH, 1},
    {1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", CSV_ERR_LENGTH, 1},
    {1, "\"A-1\"", CSV_ERR_FORMAT, 1},
    {1, "a-1", CSV_ERR_FORMAT, 1},
    {1, "A-1z", CSV_ERR_FORMAT, 1},
    {1, "@", CSV_ERR_FORMAT, 1},
    {1, "[", CSV_ERR_FORMAT, 1},
    {1, "/", CSV_ERR_FORMAT, 1},
    {1, ":", CSV_ERR_FORMAT, 1},
    {1, "A_1", CSV_ERR_FORMAT, 1},
    {1, "A.1", CSV_ERR_FORMAT, 1},
    {1, "A 1", CSV_ERR_FORMAT, 1},
    {1, "A1\t", CSV_OK, 0},
    /* 2 customer */
    {2, "", CSV_ERR_EMPTY, 2},
    {2, "\"\"", CSV_ERR_EMPTY, 2},
    {2, "x", CSV_OK, 0},
    {2, "abcdefghijklmnopqrstuvwx", CSV_OK, 0},
    {2, "abcdefghijklmnopqrstuvwxy", CSV_ERR_LENGTH, 2},
    {2, "abcdefghijklmnopqrstuvwxyz", CSV_ERR_LENGTH, 2},
    {2, "abcdefghijklmnopqrstuvwxyz01234", CSV_ERR_LENGTH, 2},
    {2, "\"abcdefghijklmnopqrstuvw,\"", CSV_OK, 0},
    {2, "\"abcdefghijklmnopqrstuvwx,\"", CSV_ERR_LENGTH, 2},
    {2, "\"a\"\"b\"", CSV_OK, 0},
    /* 3 order date */
    {3, "", CSV_ERR_EMPTY, 3},
    {3, "2024-5-10", CSV_ERR_FORMAT, 3},
    {3, "2024-05-1", CSV_ERR_FORMAT, 3},
    {3, "2024-05-100", CSV_ERR_FORMAT, 3},
    {3, "02024-05-10", CSV_ERR_FORMAT, 3},
    {3, "2024/05/10", CSV_ERR_FORMAT, 3},
    {3, "2024-05/10", CSV_ERR_FORMAT, 3},
    {3, "2024/05-10", CSV_ERR_FORMAT, 3},
    {3, "20240-5-10", CSV_ERR_FORMAT, 3},
    {3, "2024-051-0", CSV_ERR_FORMAT, 3},
    {3, "x024-05-10", CSV_ERR_FORMAT, 3},
    {3, "2x24-05-10", CSV_ERR_FORMAT, 3},
    {3, "20x4-05-10", CSV_ERR_FORMAT, 3},
    {3, "202x-05-10", CSV_ERR_FORMAT, 3},
    {3, "2024-x5-10", CSV_ERR_FORMAT, 3},
    {3, "2024-0x-10", CSV_ERR_FORMAT, 3},
    {3, "2024-05-x0", CSV_ERR_FORMAT, 3},
    {3, "2024-05-1x", CSV_ERR_FORMAT, 3},
    {3, "2024-05-1/", CSV_ERR_FORMAT, 3},
    {3, "2024-05-1:", CSV_ERR_FORMAT, 3},
    {3, "/024-05-10", CSV_ERR_FORMAT, 3},
    {3, ":024-05-10", CSV_ERR_FORMAT, 3},
    {3, "2024--05-10", CSV_ERR_FORMAT, 3},
    {3, "-2024-05-1", CSV_ERR_FORMAT, 3},
    {3, "2024-05-99x", CSV_ERR_FORMAT, 3},
    {3, "1899-12-31", CSV_ERR_RANGE, 3},
    {3, "1900-01-01", CSV_OK, 0},
    {3, "2099-12-31", CSV_OK, 0},
    {3, "2100-01-01", CSV_ERR_RANGE, 3},
    {3, "0000-01-01", CSV_ERR_RANGE, 3},
    {3, "9999-01-01", CSV_ERR_RANGE, 3},
    {3, "2024-00-10", CSV_ERR_RANGE, 3},
    {3, "2024-01-10", CSV_OK, 0},
    {3, "2024-12-10", CSV_OK, 0},
    {3, "2024-13-10", CSV_ERR_RANGE, 3},
    {3, "2024-99-10", CSV_ERR_RANGE, 3},
    {3, "2024-05-00", CSV_ERR_RANGE, 3},
    {3, "2024-05-01", CSV_OK, 0},
    {3, "2024-01-31", CSV_OK, 0},
    {3, "2024-01-32", CSV_ERR_RANGE, 3},
    {3, "2024-03-31", CSV_OK, 0},
    {3, "2024-03-32", CSV_ERR_RANGE, 3},
    {3, "2024-04-30", CSV_OK, 0},
    {3, "2024-04-31", CSV_ERR_RANGE, 3},
    {3, "2024-05-31", CSV_OK, 0},
    {3, "2024-05-32", CSV_ERR_RANGE, 3},
    {3, "2024-06-31", CSV_ERR_RANGE, 3},
    {3, "2024-09-31", CSV_ERR_RANGE, 3},
    {3, "2024-11-31", CSV_ERR_RANGE, 3},
    {3, "2023-07-31", CSV_OK, 0},
    {3, "2023-08-31", CSV_OK, 0},
    {3, "2023-10-31", CSV_OK, 0},
    {3, "2023-12-31", CSV_OK, 0},
    {3, "2023-06-30", CSV_OK, 0},
    {3, "2023-09-30", CSV_OK, 0},
    {3, "2023-11-30", CSV_OK, 0},
    {3, "2023-02-28", CSV_OK, 0},
    {3, "2023-02-29", CSV_ERR_RANGE, 3},
    {3, "2024-02-29", CSV_OK, 0},
    {3, "2024-02-30", CSV_ERR_RANGE, 3},
    {3, "2020-02-29", CSV_OK, 0},
    {3, "1996-02-29", CSV_OK, 0},
    {3, "2022-02-29", CSV_ERR_RANGE, 3},
    {3, "2021-02-29", CSV_ERR_RANGE, 3},
    {3, "1900-02-28", CSV_OK, 0},
    {3, "1900-02-29", CSV_ERR_RANGE, 3},
    {3, "2000-02-29", CSV_OK, 0},
    {3, "2000-02-30", CSV_ERR_RANGE, 3},
    {3, "\"2024-05-10\"", CSV_OK, 0},
    {3, " 2024-05-10 ", CSV_OK, 0},
    /* 4 quantity */
    {4, "", CSV_ERR_EMPTY, 4},
    {4, "0", CSV_ERR_RANGE, 4},
    {4, "00000", CSV_ERR_RANGE, 4},
    {4, "1", CSV_OK, 0},
    {4, "00001", CSV_OK, 0},
    {4, "000001", CSV_ERR_RANGE, 4},
    {4, "9999", CSV_OK, 0},
    {4, "10000", CSV_OK, 0},
    {4, "10001", CSV_ERR_RANGE, 4},
    {4, "99999", CSV_ERR_RANGE, 4},
    {4, "100000", CSV_ERR_RANGE, 4},
    {4, "1234x", CSV_ERR_FORMAT, 4},
    {4, "12345x", CSV_ERR_FORMAT, 4},
    {4, "123456x", CSV_ERR_RANGE, 4},
    {4, "x", CSV_ERR_FORMAT, 4},
    {4, "+1", CSV_ERR_FORMAT, 4},
    {4, "-1", CSV_ERR_FORMAT, 4},
    {4, "1.0", CSV_ERR_FORMAT, 4},
    {4, "1 2", CSV_ERR_FORMAT, 4},
    {4, "/", CSV_ERR_FORMAT, 4},
    {4, ":", CSV_ERR_FORMAT, 4},
    {4, "\"7\"", CSV_OK, 0},
    /* 5 unit price */
    {5, "", CSV_ERR_EMPTY, 5},
    {5, "0", CSV_OK, 0},
    {5, "0.00", CSV_OK, 0},
    {5, "1000000", CSV_OK, 0},
    {5, "1000000.00", CSV_OK, 0},
    {5, "1000000.01", CSV_ERR_RANGE, 5},
    {5, "1000000.1", CSV_ERR_RANGE, 5},
    {5, "1000001", CSV_ERR_RANGE, 5},
    {5, "9999999.99", CSV_ERR_RANGE, 5},
    {5, "0999999.99", CSV_OK, 0},
    {5, "10000000", CSV_ERR_RANGE, 5},
    {5, "00000000", CSV_ERR_RANGE, 5},
    {5, "0000000.5", CSV_OK, 0},
    {5, "12.", CSV_ERR_FORMAT, 5},
    {5, ".5", CSV_ERR_FORMAT, 5},
    {5, ".", CSV_ERR_FORMAT, 5},
    {5, "1.2.3", CSV_ERR_FORMAT, 5},
    {5, "1..2", CSV_ERR_FORMAT, 5},
    {5, "1.234", CSV_ERR_FORMAT, 5},
    {5, "1.23x", CSV_ERR_FORMAT, 5},
    {5, "-1", CSV_ERR_FORMAT, 5},
    {5, "+1", CSV_ERR_FORMAT, 5},
    {5, "1e3", CSV_ERR_FORMAT, 5},
    {5, "\"1,5\"", CSV_ERR_FORMAT, 5},
    {5, "12345678.", CSV_ERR_RANGE, 5},
    {5, "1234567x", CSV_ERR_FORMAT, 5},
    {5, "12345678x", CSV_ERR_RANGE, 5},
    {5, "/", CSV_ERR_FORMAT, 5},
    {5, ":", CSV_ERR_FORMAT, 5},
    {5, "\"12.50\"", CSV_OK, 0},
    /* 6 weight */
    {6, "", CSV_ERR_EMPTY, 6},
    {6, "0", CSV_ERR_RANGE, 6},
    {6, "0.000", CSV_ERR_RANGE, 6},
    {6, "0.001", CSV_OK, 0},
    {6, "0.01", CSV_OK, 0},
    {6, "19999.999", CSV_OK, 0},
    {6, "20000", CSV_OK, 0},
    {6, "20000.000", CSV_OK, 0},
    {6, "20000.001", CSV_ERR_RANGE, 6},
    {6, "20000.01", CSV_ERR_RANGE, 6},
    {6, "20000.1", CSV_ERR_RANGE, 6},
    {6, "20001", CSV_ERR_RANGE, 6},
    {6, "9999999", CSV_ERR_RANGE, 6},
    {6, "10000000", CSV_ERR_RANGE, 6},
    {6, "0000001", CSV_OK, 0},
    {6, "00000001", CSV_ERR_RANGE, 6},
    {6, "1.2345", CSV_ERR_FORMAT, 6},
    {6, "1.", CSV_ERR_FORMAT, 6},
    {6, ".5", CSV_ERR_FORMAT, 6},
    {6, "1.5kg", CSV_ERR_FORMAT, 6},
    {6, "-1", CSV_ERR_FORMAT, 6},
    {6, "1.0.0", CSV_ERR_FORMAT, 6},
    {6, "\"2.5\"", CSV_OK, 0},
    /* 7 ship date (order date 2024-05-10) */
    {7, "2024-05-10", CSV_ERR_STATUS, 8},
    {7, "2024-5-10", CSV_ERR_FORMAT, 7},
    {7, "2024-05-1x", CSV_ERR_FORMAT, 7},
    {7, "x024-05-10", CSV_ERR_FORMAT, 7},
    {7, "2024-05-10x", CSV_ERR_FORMAT, 7},
    {7, "2024/05/10", CSV_ERR_FORMAT, 7},
    {7, "2024-05-32", CSV_ERR_RANGE, 7},
    {7, "2024-13-01", CSV_ERR_RANGE, 7},
    {7, "2024-00-01", CSV_ERR_RANGE, 7},
    {7, "2024-06-00", CSV_ERR_RANGE, 7},
    {7, "2024-06-31", CSV_ERR_RANGE, 7},
    {7, "2100-01-01", CSV_ERR_RANGE, 7},
    {7, "2023-02-29", CSV_ERR_RANGE, 7},
    {7, "2024-05-09", CSV_ERR_RANGE, 7},
    {7, "2024-04-30", CSV_ERR_RANGE, 7},
    {7, "2024-04-11", CSV_ERR_RANGE, 7},
    {7, "2023-12-31", CSV_ERR_RANGE, 7},
    {7, "2023-06-11", CSV_ERR_RANGE, 7},
    {7, "1900-01-01", CSV_ERR_RANGE, 7},
    {7, "2024-02-29", CSV_ERR_RANGE, 7},
    {7, "\"2024-05-10\"", CSV_ERR_STATUS, 8},
    /* 8 status (no ship date) */
    {8, "", CSV_ERR_EMPTY, 8},
    {8, "\"\"", CSV_ERR_EMPTY, 8},
    {8, "NEW", CSV_OK, 0},
    {8, "PAID", CSV_OK, 0},
    {8, " PAID\t", CSV_OK, 0},
    {8, "\"PAID\"", CSV_OK, 0},
    {8, "CANCELLED", CSV_OK, 0},
    {8, "SHIPPED", CSV_ERR_STATUS, 8},
    {8, "new", CSV_ERR_STATUS, 8},
    {8, "Paid", CSV_ERR_STATUS, 8},
    {8, "NE", CSV_ERR_STATUS, 8},
    {8, "NEWS", CSV_ERR_STATUS, 8},
    {8, "PAIDX", CSV_ERR_STATUS, 8},
    {8, "SHIP", CSV_ERR_STATUS, 8},
    {8, "CANCELED", CSV_ERR_STATUS, 8},
    {8, "CANCELLED ", CSV_OK, 0},
    {8, "\" PAID\"", CSV_ERR_STATUS, 8},
    {8, "DONE", CSV_ERR_STATUS, 8},
    {8, "x", CSV_ERR_STATUS, 8},
};

struct row_want {
    const char *line;
    int status;
    int err_col;
    /* checked on success */
    const char *id;
    const char *customer;
    struct csv_date ordered;
    int quantity;
    long price;
    long weight;
    struct csv_date shipped;
    int order_status;
    long long total;
};

static const struct row_want ROWS[] = {
    {"A-1,Jane Roe,2024-05-10,2,3.50,1.5,,PAID", CSV_OK, 0, "A-1", "Jane Roe", {2024, 5, 10}, 2, 350, 1500,
     {0, 0, 0}, STATUS_PAID, 700},
    {"X9,\"Doe, \"\"JD\"\" John\",1999-12-31,10000,1000000.00,20000,2000-02-29,SHIPPED\r\n", CSV_OK, 0, "X9",
     "Doe, \"JD\" John", {1999, 12, 31}, 10000, 100000000L, 20000000L, {2000, 2, 29}, STATUS_SHIPPED,
     1000000000000LL},
    {"B-2 , Bob ,\"2023-01-31\",\"3\",\"0.05\",\"0.001\",\"2023-01-31\",\"SHIPPED\"\n", CSV_OK, 0, "B-2", "Bob",
     {2023, 1, 31}, 3, 5, 1, {2023, 1, 31}, STATUS_SHIPPED, 15},
    {"C3,Ann,2024-02-28,7,0,0.25,2024-03-01,CANCELLED", CSV_OK, 0, "C3", "Ann", {2024, 2, 28}, 7, 0, 250,
     {2024, 3, 1}, STATUS_CANCELLED, 0},
    {"C3,Ann,2024-02-28,7,12.5,0.25,,CANCELLED", CSV_OK, 0, "C3", "Ann", {2024, 2, 28}, 7, 1250, 250, {0, 0, 0},
     STATUS_CANCELLED, 8750},
    {"D4,Kim,2024-12-31,1,99.99,1.05,2025-01-01,SHIPPED", CSV_OK, 0, "D4", "Kim", {2024, 12, 31}, 1, 9999, 1050,
     {2025, 1, 1}, STATUS_SHIPPED, 9999},
    {"D4,Kim,2024-06-15,3,0.1,12.345,2024-07-01,SHIPPED", CSV_OK, 0, "D4", "Kim", {2024, 6, 15}, 3, 10, 12345,
     {2024, 7, 1}, STATUS_SHIPPED, 30},
    {"D4,Kim,2024-06-15,3,7.01,2.5,2025-06-14,SHIPPED", CSV_OK, 0, "D4", "Kim", {2024, 6, 15}, 3, 701, 2500,
     {2025, 6, 14}, STATUS_SHIPPED, 2103},
    {"E5,Lu,2024-01-01,4,0.2,19999.999,,NEW", CSV_OK, 0, "E5", "Lu", {2024, 1, 1}, 4, 20, 19999999L, {0, 0, 0},
     STATUS_NEW, 80},
    {"E5,Lu,2024-01-01,4,1234567.,1,,NEW", CSV_ERR_FORMAT, 5, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"F6,Mo,2024-01-01,00012,0999999.9,0000001.1,,PAID", CSV_OK, 0, "F6", "Mo", {2024, 1, 1}, 12, 99999990L,
     1100, {0, 0, 0}, STATUS_PAID, 1199999880LL},
    /* legacy rows: 7 columns */
    {"G7,Old,2010-03-04,2,5,1,", CSV_OK, 0, "G7", "Old", {2010, 3, 4}, 2, 500, 1000, {0, 0, 0}, STATUS_PAID,
     1000},
    {"G7,Old,2010-03-04,2,5,1,2010-03-05\n", CSV_OK, 0, "G7", "Old", {2010, 3, 4}, 2, 500, 1000, {2010, 3, 5},
     STATUS_SHIPPED, 1000},
    {"G7,Old,2010-03-04,2,5,1,2010-03-03", CSV_ERR_RANGE, 7, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"G7,Old,2010-03-04,2,5,1,\"\"", CSV_OK, 0, "G7", "Old", {2010, 3, 4}, 2, 500, 1000, {0, 0, 0}, STATUS_PAID,
     1000},
    /* the column count */
    {"", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"G7,Old,2010-03-04,2,5,1", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {",,,,,", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {",,,,,,", CSV_ERR_EMPTY, 1, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {",,,,,,,", CSV_ERR_EMPTY, 1, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {",,,,,,,,", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,Jane Roe,2024-05-10,2,3.50,1.5,,PAID,", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0,
     0},
    {"A-1,Jane Roe,2024-05-10,2,3.50,1.5,,PAID,x,y", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0},
     0, 0},
    {"A-1,Jane Roe,2024-05-10,2,3.50,1.5,,PAID,x,y,z", CSV_ERR_FIELDS, 11, NULL, NULL, {0, 0, 0}, 0, 0, 0,
     {0, 0, 0}, 0, 0},
    /* which error wins */
    {"a-1,Jane,\"2024", CSV_ERR_QUOTE, 3, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"a-1,abcdefghijklmnopqrstuvwxyz0123456,x", CSV_ERR_LENGTH, 2, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0,
     0},
    {"a-1,,bad,0,x,0,bad,BAD,", CSV_ERR_FIELDS, 0, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"a-1,,bad,0,x,0,bad,BAD", CSV_ERR_FORMAT, 1, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,,bad,0,x,0,bad,BAD", CSV_ERR_EMPTY, 2, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,bad,0,x,0,bad,BAD", CSV_ERR_FORMAT, 3, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-30,0,x,0,bad,BAD", CSV_ERR_RANGE, 3, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,0,x,0,bad,BAD", CSV_ERR_RANGE, 4, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,x,0,bad,BAD", CSV_ERR_FORMAT, 5, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,0,bad,BAD", CSV_ERR_RANGE, 6, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,bad,BAD", CSV_ERR_FORMAT, 7, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-02,NEW", CSV_ERR_RANGE, 7, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-03,BAD", CSV_ERR_STATUS, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-03,", CSV_ERR_EMPTY, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-03,NEW", CSV_ERR_STATUS, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-03,PAID", CSV_ERR_STATUS, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0,
     0},
    {"A-1,J,2024-02-03,1,1,1,2024-02-04,CANCELLED", CSV_OK, 0, "A-1", "J", {2024, 2, 3}, 1, 100, 1000,
     {2024, 2, 4}, STATUS_CANCELLED, 100},
    {"A-1,J,2024-02-03,1,1,1,,SHIPPED", CSV_ERR_STATUS, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
    {"A-1,J,2024-02-03,1,1,1,,\"SHIPPED\"", CSV_ERR_STATUS, 8, NULL, NULL, {0, 0, 0}, 0, 0, 0, {0, 0, 0}, 0, 0},
};

static void check_row(const char *line, struct order_row *row, const struct row_want *w)
{
    expect_text("id", line, row->id, w->id);
    expect_text("customer", line, row->customer, w->customer);
    expect("ordered year", line, row->ordered.year, w->ordered.year);
    expect("ordered month", line, row->ordered.month, w->ordered.month);
    expect("ordered day", line, row->ordered.day, w->ordered.day);
    expect("quantity", line, row->quantity, w->quantity);
    expect("price", line, row->price_cents, w->price);
    expect("weight", line, row->weight_g, w->weight);
    expect("shipped year", line, row->shipped.year, w->shipped.year);
    expect("shipped month", line, row->shipped.month, w->shipped.month);
    expect("shipped day", line, row->shipped.day, w->shipped.day);
    expect("status", line, row->status, w->order_status);
    expect("total", line, row->total_cents, w->total);
}

static void test_rows(void)
{
    size_t k;

    for (k = 0; k < sizeof ROWS / sizeof ROWS[0]; k++) {
        const struct row_want *w = &ROWS[k];
        struct order_row row;
        int col = -3;
        int status;

        memset(&row, 0x33, sizeof row);
        row.id[ORDER_ID_MAX - 1] = '\0';
        row.customer[ORDER_CUSTOMER_MAX - 1] = '\0';
        status = csv_read_order(w->line, &row, &col);
        expect("row status", w->line, status, w->status);
        expect("row column", w->line, col, w->err_col);
        if (status == CSV_OK && w->status == CSV_OK) {
            check_row(w->line, &row, w);
        }
        expect("row status without err_col", w->line, csv_read_order(w->line, &row, NULL), w->status);
    }
}

static void test_columns(void)
{
    char line[256];
    size_t k;

    for (k = 0; k < sizeof COLUMNS / sizeof COLUMNS[0]; k++) {
        const struct column_case *c = &COLUMNS[k];
        struct order_row row;
        int col = -3;

        build_row(line, sizeof line, 8, c->col, c->text);
        expect("column status", line, csv_read_order(line, &row, &col), c->status);
        expect("column error column", line, col, c->err_col);
    }
}

struct value_case {
    int col;
    const char *text;
    long long want; /* the stored value of that column */
};

static const struct value_case VALUES[] = {
    {1, "ABCDEFGHIJK", 0},
    {4, "1", 1},
    {4, "00001", 1},
    {4, "9999", 9999},
    {4, "10000", 10000},
    {4, "\"7\"", 7},
    {4, "0010", 10},
    {5, "0", 0},
    {5, "0.00", 0},
    {5, "0.01", 1},
    {5, "0.1", 10},
    {5, "0.10", 10},
    {5, "1", 100},
    {5, "1.5", 150},
    {5, "1.05", 105},
    {5, "1.50", 150},
    {5, "12.34", 1234},
    {5, "0000000.5", 50},
    {5, "1000000", 100000000LL},
    {5, "1000000.00", 100000000LL},
    {5, "999999.99", 99999999LL},
    {5, "\"12.50\"", 1250},
    {6, "0.001", 1},
    {6, "0.01", 10},
    {6, "0.1", 100},
    {6, "0.010", 10},
    {6, "1", 1000},
    {6, "1.5", 1500},
    {6, "1.25", 1250},
    {6, "1.255", 1255},
    {6, "1.05", 1050},
    {6, "1.005", 1005},
    {6, "20000", 20000000LL},
    {6, "20000.000", 20000000LL},
    {6, "19999.999", 19999999LL},
    {6, "0000001", 1000},
    {6, "\"2.5\"", 2500},
};

static long long column_value(const struct order_row *row, int col)
{
    switch (col) {
    case 4:
        return row->quantity;
    case 5:
        return row->price_cents;
    case 6:
        return row->weight_g;
    default:
        return 0;
    }
}

static void test_values(void)
{
    char line[256];
    size_t k;

    for (k = 0; k < sizeof VALUES / sizeof VALUES[0]; k++) {
        const struct value_case *c = &VALUES[k];
        struct order_row row;
        int col = -3;

        build_row(line, sizeof line, 8, c->col, c->text);
        expect("value status", line, csv_read_order(line, &row, &col), CSV_OK);
        expect("value column", line, col, 0);
        expect("value", line, column_value(&row, c->col), c->want);
    }
}

static void test_dates_and_statuses(void)
{
    static const char *const STATUS_TEXT[] = {"NEW", "PAID", "SHIPPED", "CANCELLED"};
    struct order_row row;
    char line[256];
    int col;
    int i;

    build_row(line, sizeof line, 8, 3, "2000-02-29");
    expect("leap day status", line, csv_read_order(line, &row, &col), CSV_OK);
    expect("leap day year", line, row.ordered.year, 2000);
    expect("leap day month", line, row.ordered.month, 2);
    expect("leap day day", line, row.ordered.day, 29);
    build_row(line, sizeof line, 8, 3, "1987-11-03");
    expect("date status", line, csv_read_order(line, &row, &col), CSV_OK);
    expect("date year", line, row.ordered.year, 1987);
    expect("date month", line, row.ordered.month, 11);
    expect("date day", line, row.ordered.day, 3);
    for (i = 0; i < 4; i++) {
        build_row(line, sizeof line, 8, 8, STATUS_TEXT[i]);
        col = -1;
        expect("status code", line, csv_read_order(line, &row, &col) == CSV_OK ? row.status : -1,
               i == 2 ? -1 : i + 1);
        snprintf(line, sizeof line, "S1,Sue,2024-05-10,1,1,1,2024-05-11,%s", STATUS_TEXT[i]);
        expect("status code with ship date", line, csv_read_order(line, &row, &col) == CSV_OK ? row.status : -1,
               i == 2 || i == 3 ? i + 1 : -1);
        expect("its column", line, col, i == 2 || i == 3 ? 0 : 8);
    }
    snprintf(line, sizeof line, "S1,Sue,2024-05-10,1,1,1,2024-05-11,SHIPPED");
    memset(&row, 0, sizeof row);
    expect("shipped", line, csv_read_order(line, &row, &col), CSV_OK);
    expect("shipped year", line, row.shipped.year, 2024);
    expect("shipped month", line, row.shipped.month, 5);
    expect("shipped day", line, row.shipped.day, 11);
    memset(&row, 0x44, sizeof row);
    snprintf(line, sizeof line, "S1,Sue,2024-05-10,1,1,1,,NEW");
    expect("not shipped", line, csv_read_order(line, &row, &col), CSV_OK);
    expect("not shipped year", line, row.shipped.year, 0);
    expect("not shipped month", line, row.shipped.month, 0);
    expect("not shipped day", line, row.shipped.day, 0);
}

static void test_order_arguments(void)
{
    struct order_row row;
    int col = 4;

    expect("order null line", "NULL", csv_read_order(NULL, &row, &col), CSV_ERR_NULL);
    expect("order null line column", "NULL", col, 0);
    col = 4;
    expect("order null out", "row", csv_read_order("A-1,J,2024-02-03,1,1,1,,NEW", NULL, &col), CSV_ERR_NULL);
    expect("order null out column", "row", col, 0);
    expect("order null all", "NULL", csv_read_order(NULL, NULL, NULL), CSV_ERR_NULL);
    col = 4;
    expect("order success column", "row", csv_read_order("A-1,J,2024-02-03,1,1,1,,NEW", &row, &col), CSV_OK);
    expect("order success column value", "row", col, 0);
    col = 4;
    expect("order count column", "a", csv_read_order("a", &row, &col), CSV_ERR_FIELDS);
    expect("order count column value", "a", col, 0);
}

int main(void)
{
    test_split();
    test_split_arguments();
    test_rows();
    test_columns();
    test_values();
    test_dates_and_statuses();
    test_order_arguments();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
