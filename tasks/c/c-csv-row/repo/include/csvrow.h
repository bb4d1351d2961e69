/* csvrow.h - reading the web shop's order export, one CSV row at a time.
 *
 * Rows are comma separated. A field may be quoted with '"': inside quotes commas and blanks
 * are kept and "" stands for one '"'; blanks (spaces, tabs) before the opening and after the
 * closing quote are ignored. Unquoted fields are trimmed of blanks and may not contain '"'.
 * A trailing line break (LF, CRLF or a lone CR) is ignored.
 *
 * Order rows have 8 columns:
 *   1 order id      1..11 characters from A-Z, 0-9 and '-', never quoted
 *   2 customer      1..24 characters, anything (quote it when it has commas)
 *   3 order date    YYYY-MM-DD, years 1900..2099
 *   4 quantity      whole number 1..10000, at most 5 digits
 *   5 unit price    decimal with at most 2 decimals and 7 integer digits, 0..1000000.00
 *   6 weight in kg  decimal with at most 3 decimals and 7 integer digits, 0.001..20000
 *   7 ship date     empty, or YYYY-MM-DD not before the order date
 *   8 status        NEW, PAID, SHIPPED or CANCELLED
 * Rows exported before the status column existed have only the first 7 columns; they are
 * read as SHIPPED when they have a ship date and as PAID otherwise.
 */
#ifndef CSVROW_H
#define CSVROW_H

#define CSV_MAX_FIELDS 10     /* a row has at most this many fields */
#define CSV_FIELD_MAX 32      /* field text, including the terminating NUL */
#define ORDER_ID_MAX 12       /* order ids, including the terminating NUL */
#define ORDER_CUSTOMER_MAX 25 /* customer names, including the terminating NUL */

#define CSV_OK 0
#define CSV_ERR_NULL (-1)   /* no line or no output */
#define CSV_ERR_QUOTE (-2)  /* unterminated quote, text after a closing quote, '"' in a plain field */
#define CSV_ERR_FIELDS (-3) /* too many fields, or not 7 or 8 columns for an order row */
#define CSV_ERR_EMPTY (-4)  /* a required column is empty */
#define CSV_ERR_LENGTH (-5) /* a field or a text column is too long */
#define CSV_ERR_FORMAT (-6) /* malformed id, number or date */
#define CSV_ERR_RANGE (-7)  /* number out of range, impossible date, ship date before order date */
#define CSV_ERR_STATUS (-8) /* unknown status, or a status that contradicts the ship date */

enum order_status { STATUS_NEW = 1, STATUS_PAID = 2, STATUS_SHIPPED = 3, STATUS_CANCELLED = 4 };

struct csv_fields {
    int count;                                 /* fields in the row, 1..CSV_MAX_FIELDS */
    unsigned quoted;                           /* bit i set when field i was quoted */
    char text[CSV_MAX_FIELDS][CSV_FIELD_MAX]; /* unquoted, trimmed field text */
};

struct csv_date {
    int year;
    int month;
    int day;
};

struct order_row {
    char id[ORDER_ID_MAX];
    char customer[ORDER_CUSTOMER_MAX];
    struct csv_date ordered;
    int quantity;
    long price_cents;
    long weight_g;
    struct csv_date shipped; /* all zero when not shipped */
    int status;              /* enum order_status */
    long long total_cents;   /* quantity * price_cents */
};

/* Splits one row into fields. Returns CSV_OK or a negative CSV_ERR_* code (QUOTE, LENGTH when
 * a field is longer than CSV_FIELD_MAX - 1 characters, FIELDS when a field beyond
 * CSV_MAX_FIELDS starts). When err_col is not NULL it receives the 1-based column of the error
 * (the first field in error, reading left to right), or 0 on success and for CSV_ERR_NULL.
 * *out is unspecified on error. */
int csv_split(const char *line, struct csv_fields *out, int *err_col);

/* Splits and checks one order row (see above); columns are checked left to right after the
 * split and the column count, then the status against the ship date. Returns CSV_OK or a
 * negative CSV_ERR_* code; *err_col as for csv_split, 0 for a wrong column count. *out is
 * unspecified on error. */
int csv_read_order(const char *line, struct order_row *out, int *err_col);

#endif
