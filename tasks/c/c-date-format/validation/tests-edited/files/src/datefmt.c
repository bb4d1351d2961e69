/* datefmt.c - dates for the reports: validation, weekdays, ISO parsing and patterns.
 *
 * A pattern is read token by token (TOKENS, longest first); each token renders one field of
 * the date into a small buffer, and every piece of output goes through append().
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "datefmt.h"

#define PIECE_SIZE 16

static const char *const MONTHS[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

struct token {
    const char *text;
    size_t length;
    void (*render)(const struct date *d, int weekday, char *piece);
};

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
    static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    return month == 2 && is_leap(year) ? 29 : DAYS[month - 1];
}

int date_is_valid(const struct date *d)
{
    if (d == NULL || d->year < 1 || d->year > 9999 || d->month < 1 || d->month > 12) {
        return 0;
    }
    return d->day >= 1 && d->day <= days_in_month(d->year, d->month);
}

int date_weekday(const struct date *d)
{
    static const int OFFSETS[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y;

    if (d == NULL) {
        return DATE_ERR_ARG;
    }
    if (!date_is_valid(d)) {
        return DATE_ERR_INVALID;
    }
    y = d->month < 3 ? d->year - 1 : d->year;
    return (y + y / 4 - y / 100 + y / 400 + OFFSETS[d->month - 1] + d->day) % 7;
}

/* The value of count digits at text, or -1 when one of them is not a digit. */
static int read_digits(const char *text, int count)
{
    int value = 0;
    int i;

    for (i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int date_parse_iso(const char *text, struct date *out)
{
    struct date d;

    if (text == NULL || out == NULL) {
        return DATE_ERR_ARG;
    }
    d.year = read_digits(text, 4);
    if (d.year < 0 || text[4] != '-') {
        return DATE_ERR_SYNTAX;
    }
    d.month = read_digits(text + 5, 2);
    if (d.month < 0 || text[7] != '-') {
        return DATE_ERR_SYNTAX;
    }
    d.day = read_digits(text + 8, 2);
    if (d.day < 0 || (text[10] != '\0' && text[10] != 'T' && text[10] != ' ')) {
        return DATE_ERR_SYNTAX;
    }
    if (!date_is_valid(&d)) {
        return DATE_ERR_INVALID;
    }
    *out = d;
    return 0;
}

static void render_year4(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%04d", d->year);
}

static void render_year2(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%02d", d->year % 100);
}

static void render_month_name(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%s", MONTHS[d->month - 1]);
}

static void render_month_abbreviation(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%.3s", MONTHS[d->month - 1]);
}

static void render_month2(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%02d", d->month);
}

static void render_month(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%d", d->month);
}

static void render_day2(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%02d", d->day);
}

static void render_day(const struct date *d, int weekday, char *piece)
{
    (void)weekday;
    snprintf(piece, PIECE_SIZE, "%d", d->day);
}

static void render_weekday_name(const struct date *d, int weekday, char *piece)
{
    (void)d;
    snprintf(piece, PIECE_SIZE, "%s", WEEKDAYS[weekday]);
}

static void render_weekday_abbreviation(const struct date *d, int weekday, char *piece)
{
    (void)d;
    snprintf(piece, PIECE_SIZE, "%.3s", WEEKDAYS[weekday]);
}

/* Longest first, so that "MMMM" is never read as "MM" "MM". */
static const struct token TOKENS[] = {
    {"YYYY", 4, render_year4},
    {"YY", 2, render_year2},
    {"MMMM", 4, render_month_name},
    {"MMM", 3, render_month_abbreviation},
    {"MM", 2, render_month2},
    {"M", 1, render_month},
    {"DD", 2, render_day2},
    {"D", 1, render_day},
    {"EEEE", 4, render_weekday_name},
    {"EEE", 3, render_weekday_abbreviation},
};

static const struct token *token_at(const char *pattern)
{
    size_t i;

    for (i = 0; i < sizeof TOKENS / sizeof TOKENS[0]; i++) {
        if (strncmp(pattern, TOKENS[i].text, TOKENS[i].length) == 0) {
            return &TOKENS[i];
        }
    }
    return NULL;
}

/* Appends n characters, keeping room for the NUL; DATE_ERR_SPACE when they do not fit. */
static int append(char *buf, size_t size, size_t *len, const char *text, size_t n)
{
    if (*len + n >= size) {
        return DATE_ERR_SPACE;
    }
    memcpy(buf + *len, text, n);
    *len += n;
    return 0;
}

/* A quoted piece at pattern ("''" or "'text'"): appends it and sets *used to the pattern
 * characters it took; DATE_ERR_PATTERN when the quote is not closed. */
static int append_quoted(const char *pattern, char *buf, size_t size, size_t *len, size_t *used)
{
    size_t n = 1;

    if (pattern[1] == '\'') {
        *used = 2;
        return append(buf, size, len, "'", 1);
    }
    while (pattern[n] != '\0' && pattern[n] != '\'') {
        n++;
    }
    if (pattern[n] == '\0') {
        return DATE_ERR_PATTERN;
    }
    *used = n + 1;
    return append(buf, size, len, pattern + 1, n - 1);
}

/* Appends the output of the pattern's first piece; *used is the pattern characters it took. */
static int append_piece(const struct date *d, int weekday, const char *pattern, char *buf, size_t size,
                        size_t *len, size_t *used)
{
    const struct token *token;
    char piece[PIECE_SIZE];

    if (*pattern == '\'') {
        return append_quoted(pattern, buf, size, len, used);
    }
    token = token_at(pattern);
    if (token == NULL) {
        *used = 1;
        return append(buf, size, len, pattern, 1);
    }
    token->render(d, weekday, piece);
    *used = token->length;
    return append(buf, size, len, piece, strlen(piece));
}

int date_format(const struct date *d, const char *pattern, char *buf, size_t size)
{
    size_t len = 0;
    int weekday;
    int rc = 0;

    if (d == NULL || pattern == NULL || buf == NULL) {
        return DATE_ERR_ARG;
    }
    if (!date_is_valid(d)) {
        return DATE_ERR_INVALID;
    }
    weekday = date_weekday(d);
    while (*pattern != '\0' && rc == 0) {
        size_t used = 0;

        rc = append_piece(d, weekday, pattern, buf, size, &len, &used);
        pattern += used;
    }
    if (rc == 0 && len >= size) {
        rc = DATE_ERR_SPACE;
    }
    if (rc != 0) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return rc;
    }
    buf[len] = '\0';
    return (int)len;
}
