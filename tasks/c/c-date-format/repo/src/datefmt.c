/* datefmt.c - dates for the reports: validation, weekdays, ISO parsing and patterns.
 *
 * Legacy module: the pattern tokens were added one by one as the report
 * designers asked for them, each with its own copy of the buffer handling.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "datefmt.h"

static const char *const MONTHS[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

int date_is_valid(const struct date *d)
{
    int dim;

    if (d == NULL || d->year < 1 || d->year > 9999 || d->month < 1 || d->month > 12) {
        return 0;
    }
    if (d->month == 2) {
        if ((d->year % 4 == 0 && d->year % 100 != 0) || d->year % 400 == 0) {
            dim = 29;
        } else {
            dim = 28;
        }
    } else if (d->month == 4 || d->month == 6 || d->month == 9 || d->month == 11) {
        dim = 30;
    } else {
        dim = 31;
    }
    return d->day >= 1 && d->day <= dim;
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
    y = d->year;
    if (d->month < 3) {
        y -= 1;
    }
    return (y + y / 4 - y / 100 + y / 400 + OFFSETS[d->month - 1] + d->day) % 7;
}

int date_parse_iso(const char *text, struct date *out)
{
    int year = 0;
    int month = 0;
    int day = 0;
    int dim;
    int i;

    if (text == NULL || out == NULL) {
        return DATE_ERR_ARG;
    }
    for (i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (text[i] != '-') {
                return DATE_ERR_SYNTAX;
            }
        } else {
            if (text[i] < '0' || text[i] > '9') {
                return DATE_ERR_SYNTAX;
            } else if (i < 4) {
                year = year * 10 + (text[i] - '0');
            } else if (i < 7) {
                month = month * 10 + (text[i] - '0');
            } else {
                day = day * 10 + (text[i] - '0');
            }
        }
    }
    if (text[10] != '\0' && text[10] != 'T' && text[10] != ' ') {
        return DATE_ERR_SYNTAX;
    }
    if (year < 1) {
        return DATE_ERR_INVALID;
    }
    if (month < 1 || month > 12) {
        return DATE_ERR_INVALID;
    }
    if (month == 2) {
        if ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) {
            dim = 29;
        } else {
            dim = 28;
        }
    } else if (month == 4 || month == 6 || month == 9 || month == 11) {
        dim = 30;
    } else {
        dim = 31;
    }
    if (day < 1 || day > dim) {
        return DATE_ERR_INVALID;
    }
    out->year = year;
    out->month = month;
    out->day = day;
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
