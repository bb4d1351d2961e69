/* datefmt.h - public interface of the report date formatter. Gregorian calendar. */
#ifndef DATEFMT_H
#define DATEFMT_H

#include <stddef.h>

struct date {
    int year;  /* 1 .. 9999 */
    int month; /* 1 .. 12 */
    int day;   /* 1 .. days of the month */
};

#define DATE_ERR_ARG (-1)     /* NULL argument */
#define DATE_ERR_INVALID (-2) /* not a valid date */
#define DATE_ERR_SYNTAX (-3)  /* malformed text (date_parse_iso) */
#define DATE_ERR_PATTERN (-4) /* unterminated quote in a pattern */
#define DATE_ERR_SPACE (-5)   /* the result does not fit in the buffer */

/* 1 for a valid date, else 0 (also for NULL). */
int date_is_valid(const struct date *d);

/* 0 = Sunday .. 6 = Saturday, or DATE_ERR_ARG / DATE_ERR_INVALID. */
int date_weekday(const struct date *d);

/* Parses "YYYY-MM-DD", optionally followed by 'T' or ' ' and anything else (ignored).
 * Returns 0 and fills *out, or DATE_ERR_ARG, DATE_ERR_SYNTAX (checked first: lengths,
 * digits, dashes) or DATE_ERR_INVALID (then year, month, day); *out untouched on error. */
int date_parse_iso(const char *text, struct date *out);

/* Formats a date into buf (size bytes, NUL included) by a pattern, longest token first:
 *   YYYY year (4 digits)   YY year (last 2 digits)
 *   MMMM month name        MMM month abbreviation    MM month (2 digits)   M month
 *   DD day (2 digits)      D day                     EEEE weekday name     EEE weekday abbreviation
 *   'text' literal text    '' a single quote         anything else is copied.
 * Returns the length written, or DATE_ERR_ARG, then DATE_ERR_INVALID, then DATE_ERR_PATTERN
 * or DATE_ERR_SPACE for the first piece of the pattern (left to right) that is unterminated
 * or does not fit; on DATE_ERR_PATTERN and DATE_ERR_SPACE buf is set to "" (when size > 0). */
int date_format(const struct date *d, const char *pattern, char *buf, size_t size);

#endif
