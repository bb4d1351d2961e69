/* datefmt.c - dates for the reports: validation, weekdays, ISO parsing and patterns.
 *
 * The calendar rules live in is_leap and days_in_month.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "datefmt.h"

static const char *const MONTHS[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

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

int date_format(const struct date *d, const char *pattern, char *buf, size_t size)
{
    char piece[16];
    const char *text;
    size_t len = 0;
    size_t n;
    int wd;

    if (d == NULL || pattern == NULL || buf == NULL) {
        return DATE_ERR_ARG;
    }
    if (!date_is_valid(d)) {
        return DATE_ERR_INVALID;
    }
    wd = date_weekday(d);
    while (*pattern != '\0') {
        text = piece;
        if (strncmp(pattern, "YYYY", 4) == 0) {
            snprintf(piece, sizeof piece, "%04d", d->year);
            pattern += 4;
        } else if (strncmp(pattern, "YY", 2) == 0) {
            snprintf(piece, sizeof piece, "%02d", d->year % 100);
            pattern += 2;
        } else if (strncmp(pattern, "MMMM", 4) == 0) {
            text = MONTHS[d->month - 1];
            pattern += 4;
        } else if (strncmp(pattern, "MMM", 3) == 0) {
            snprintf(piece, sizeof piece, "%.3s", MONTHS[d->month - 1]);
            pattern += 3;
        } else if (strncmp(pattern, "MM", 2) == 0) {
            snprintf(piece, sizeof piece, "%02d", d->month);
            pattern += 2;
        } else if (*pattern == 'M') {
            snprintf(piece, sizeof piece, "%d", d->month);
            pattern += 1;
        } else if (strncmp(pattern, "DD", 2) == 0) {
            snprintf(piece, sizeof piece, "%02d", d->day);
            pattern += 2;
        } else if (*pattern == 'D') {
            snprintf(piece, sizeof piece, "%d", d->day);
            pattern += 1;
        } else if (strncmp(pattern, "EEEE", 4) == 0) {
            text = WEEKDAYS[wd];
            pattern += 4;
        } else if (strncmp(pattern, "EEE", 3) == 0) {
            snprintf(piece, sizeof piece, "%.3s", WEEKDAYS[wd]);
            pattern += 3;
        } else if (*pattern == '\'') {
            if (pattern[1] == '\'') {
                piece[0] = '\'';
                piece[1] = '\0';
                pattern += 2;
            } else {
                n = 1;
                while (pattern[n] != '\0' && pattern[n] != '\'') {
                    n++;
                }
                if (pattern[n] == '\0') {
                    if (size > 0) {
                        buf[0] = '\0';
                    }
                    return DATE_ERR_PATTERN;
                }
                if (len + (n - 1) >= size) {
                    if (size > 0) {
                        buf[0] = '\0';
                    }
                    return DATE_ERR_SPACE;
                }
                memcpy(buf + len, pattern + 1, n - 1);
                len += n - 1;
                pattern += n + 1;
                continue;
            }
        } else {
            piece[0] = *pattern;
            piece[1] = '\0';
            pattern += 1;
        }
        n = strlen(text);
        if (len + n >= size) {
            if (size > 0) {
                buf[0] = '\0';
            }
            return DATE_ERR_SPACE;
        }
        memcpy(buf + len, text, n);
        len += n;
    }
    if (len >= size) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return DATE_ERR_SPACE;
    }
    buf[len] = '\0';
    return (int)len;
}
