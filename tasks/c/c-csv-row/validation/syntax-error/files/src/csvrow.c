/* csvrow.c - reading the web shop's order export, one CSV row at a time.
 *
 * csv_split walks the row once with a small state machine (one function per state);
 * csv_read_order runs one reader per column, left to right, and reports the first failing
 * column. Dates, whole numbers and decimals have one parser each, shared by every column.
 */
#include <stddef.h>
#include <string.h>

#include "csvrow.h"

#define ST_START 0  /* before the first character of a field */
#define ST_PLAIN 1  /* inside an unquoted field */
#define ST_QUOTED 2 /* inside quotes */
#define ST_CLOSED 3 /* after the closing quote */

#define ORDER_COLUMNS 8       /* columns of a current order row */
#define LEGACY_COLUMNS 7      /* columns of a row exported before the status column */
#define QUANTITY_DIGITS 5     /* most digits in a quantity */
#define INTEGER_DIGITS 7      /* most integer digits in a decimal */
#define MAX_QUANTITY 10000L
#define MAX_PRICE_CENTS 100000000L
#define MAX_WEIGHT_G 20000000L

static int fail(int *err_col, int col, int code)
{
    if (err_col != NULL) {
        *err_col = col;
    }
    return code;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* ---- splitting a row into fields ---- */

/* Length of the line without its trailing LF, CRLF or CR. */
static size_t content_length(const char *line)
{
    size_t n = strlen(line);

    if (n > 0 && line[n - 1] == '\n') {
        n--;
    }
    if (n > 0 && line[n - 1] == '\r') {
        n--;
    }
    return n;
}

struct splitter {
    const char *line;
    size_t n;               /* characters of the line that count */
    size_t i;               /* position being read */
    struct csv_fields *out;
    int col;                /* 0-based field being filled */
    size_t len;             /* characters taken into the field, pending blanks included */
    size_t keep;            /* characters up to the last one that is kept */
    int state;              /* ST_* */
};

/* Adds a character that is kept; a field may hold CSV_FIELD_MAX - 1 of them. */
static int append(struct splitter *sp, char c)
{
    if (sp->len >= CSV_FIELD_MAX - 1) {
        return CSV_ERR_LENGTH;
    }
    sp->out->text[sp->col][sp->len] = c;
    sp->len++;
    sp->keep = sp->len;
    return CSV_OK;
}

/* Adds a blank inside a plain field: kept only if something follows it. */
static void append_blank(struct splitter *sp, char c)
{
    if (sp->len < CSV_FIELD_MAX - 1) {
        sp->out->text[sp->col][sp->len] = c;
    }
    sp->len++;
}

/* A character inside quotes: "" is one quote, a single quote closes the field. */
static int quoted_char(struct splitter *sp)
{
    if (sp->i == sp->n) {
        return CSV_ERR_QUOTE;
    }
    if (sp->line[sp->i] != '"') {
        return append(sp, sp->line[sp->i]);
    }
    if (sp->i + 1 < sp->n && sp->line[sp->i + 1] == '"') {
        sp->i++;
        return append(sp, '"');
    }
    sp->state = ST_CLOSED;
    return CSV_OK;
}

/* A comma or the end of the line: closes the field and, at a comma, starts the next one. */
static int end_field(struct splitter *sp)
{
    sp->out->text[sp->col][sp->keep] = '\0';
    sp->col++;
    sp->out->count = sp->col;
    if (sp->i == sp->n) {
        return CSV_OK;
    }
    if (sp->col == CSV_MAX_FIELDS) {
        return CSV_ERR_FIELDS;
    }
    sp->len = 0;
    sp->keep = 0;
    sp->state = ST_START;
    return CSV_OK;
}

/* A quote outside quotes: it may only open a field. */
static int open_quote(struct splitter *sp)
{
    if (sp->state != ST_START) {
        return CSV_ERR_QUOTE;
    }
    sp->state = ST_QUOTED;
    sp->out->quoted |= 1u << sp->col;
    return CSV_OK;


/* Any other character outside quotes. */
static int plain_char(struct splitter *sp, char c)
{
    if (sp->state == ST_CLOSED) {
        return CSV_ERR_QUOTE;
    }
    sp->state = ST_PLAIN;
    return append(sp, c);
}

static int split_step(struct splitter *sp)
{
    char c = sp->i < sp->n ? sp->line[sp->i] : '\0';

    if (sp->state == ST_QUOTED) {
        return quoted_char(sp);
    }
    if (sp->i == sp->n || c == ',') {
        return end_field(sp);
    }
    if (is_blank(c)) {
        if (sp->state == ST_PLAIN) {
            append_blank(sp, c);
        }
        return CSV_OK;
    }
    if (c == '"') {
        return open_quote(sp);
    }
    return plain_char(sp, c);
}

int csv_split(const char *line, struct csv_fields *out, int *err_col)
{
    struct splitter sp;
    int status;

    if (err_col != NULL) {
        *err_col = 0;
    }
    if (line == NULL || out == NULL) {
        return CSV_ERR_NULL;
    }
    memset(&sp, 0, sizeof sp);
    sp.line = line;
    sp.n = content_length(line);
    sp.out = out;
    sp.state = ST_START;
    out->count = 0;
    out->quoted = 0;
    for (sp.i = 0; sp.i <= sp.n; sp.i++) {
        status = split_step(&sp);
        if (status != CSV_OK) {
            return fail(err_col, sp.col + 1, status);
        }
    }
    return CSV_OK;
}

/* ---- value parsers shared by the columns ---- */

/* A required text of fewer than `size` characters, copied into dest. */
static int read_text(const char *s, size_t size, char *dest)
{
    size_t n = strlen(s);

    if (n == 0) {
        return CSV_ERR_EMPTY;
    }
    if (n >= size) {
        return CSV_ERR_LENGTH;
    }
    memcpy(dest, s, n + 1);
    return CSV_OK;
}

static int is_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
    if (month == 2) {
        return is_leap_year(year) ? 29 : 28;
    }
    if (month == 4 || month == 6 || month == 9 || month == 11) {
        return 30;
    }
    return 31;
}

/* The value of `count` decimal digits. */
static int digits_value(const char *s, int count)
{
    int value = 0;
    int i;

    for (i = 0; i < count; i++) {
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

/* YYYY-MM-DD: CSV_ERR_FORMAT for the wrong shape, CSV_ERR_RANGE for an impossible date. */
static int read_date(const char *s, struct csv_date *date)
{
    int i;

    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') {
        return CSV_ERR_FORMAT;
    }
    for (i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && !is_digit(s[i])) {
            return CSV_ERR_FORMAT;
        }
    }
    date->year = digits_value(s, 4);
    date->month = digits_value(s + 5, 2);
    date->day = digits_value(s + 8, 2);
    if (date->year < 1900 || date->year > 2099 || date->month < 1 || date->month > 12) {
        return CSV_ERR_RANGE;
    }
    if (date->day < 1 || date->day > days_in_month(date->year, date->month)) {
        return CSV_ERR_RANGE;
    }
    return CSV_OK;
}

static long date_key(const struct csv_date *date)
{
    return (long)date->year * 10000L + date->month * 100L + date->day;
}

struct decimal {
    long value;   /* all digits read so far */
    int digits;   /* integer digits */
    int decimals; /* digits after the point, -1 before the point */
};

static int decimal_char(struct decimal *d, char c, int places)
{
    if (c == '.' && d->decimals < 0 && d->digits > 0) {
        d->decimals = 0;
        return CSV_OK;
    }
    if (!is_digit(c) || d->decimals == places) {
        return CSV_ERR_FORMAT;
    }
    if (d->decimals < 0 && d->digits == INTEGER_DIGITS) {
        return CSV_ERR_RANGE;
    }
    if (d->decimals < 0) {
        d->digits++;
    } else {
        d->decimals++;
    }
    d->value = d->value * 10 + (c - '0');
    return CSV_OK;
}

/* A required decimal with at most `places` decimals, in units of 10^-places. */
static int read_decimal(const char *s, int places, long *result)
{
    struct decimal d = {0, 0, -1};
    int status;
    int scale;
    size_t i;

    if (s[0] == '\0') {
        return CSV_ERR_EMPTY;
    }
    for (i = 0; s[i] != '\0'; i++) {
        status = decimal_char(&d, s[i], places);
        if (status != CSV_OK) {
            return status;
        }
    }
    if (d.decimals == 0) {
        return CSV_ERR_FORMAT;
    }
    for (scale = d.decimals < 0 ? 0 : d.decimals; scale < places; scale++) {
        d.value *= 10;
    }
    *result = d.value;
    return CSV_OK;
}

/* ---- one reader per column, in column order ---- */

static int is_id_char(char c)
{
    return (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-';
}

static int read_id(const struct csv_fields *f, struct order_row *out)
{
    const char *s = f->text[0];
    int status = read_text(s, ORDER_ID_MAX, out->id);
    size_t i;

    if (status != CSV_OK) {
        return status;
    }
    if (f->quoted & 1u) {
        return CSV_ERR_FORMAT;
    }
    for (i = 0; s[i] != '\0'; i++) {
        if (!is_id_char(s[i])) {
            return CSV_ERR_FORMAT;
        }
    }
    return CSV_OK;
}

static int read_customer(const struct csv_fields *f, struct order_row *out)
{
    return read_text(f->text[1], ORDER_CUSTOMER_MAX, out->customer);
}

static int read_order_date(const struct csv_fields *f, struct order_row *out)
{
    if (f->text[2][0] == '\0') {
        return CSV_ERR_EMPTY;
    }
    return read_date(f->text[2], &out->ordered);
}

static int read_quantity(const struct csv_fields *f, struct order_row *out)
{
    const char *s = f->text[3];
    long value = 0;
    int i;

    if (s[0] == '\0') {
        return CSV_ERR_EMPTY;
    }
    for (i = 0; s[i] != '\0'; i++) {
        if (!is_digit(s[i])) {
            return CSV_ERR_FORMAT;
        }
        if (i == QUANTITY_DIGITS) {
            return CSV_ERR_RANGE;
        }
        value = value * 10 + (s[i] - '0');
    }
    if (value < 1 || value > MAX_QUANTITY) {
        return CSV_ERR_RANGE;
    }
    out->quantity = (int)value;
    return CSV_OK;
}

static int read_price(const struct csv_fields *f, struct order_row *out)
{
    long cents;
    int status = read_decimal(f->text[4], 2, &cents);

    if (status != CSV_OK) {
        return status;
    }
    if (cents > MAX_PRICE_CENTS) {
        return CSV_ERR_RANGE;
    }
    out->price_cents = cents;
    out->total_cents = (long long)out->quantity * cents;
    return CSV_OK;
}

static int read_weight(const struct csv_fields *f, struct order_row *out)
{
    long grams;
    int status = read_decimal(f->text[5], 3, &grams);

    if (status != CSV_OK) {
        return status;
    }
    if (grams < 1 || grams > MAX_WEIGHT_G) {
        return CSV_ERR_RANGE;
    }
    out->weight_g = grams;
    return CSV_OK;
}

static int has_ship_date(const struct csv_fields *f)
{
    return f->text[6][0] != '\0';
}

static int read_ship_date(const struct csv_fields *f, struct order_row *out)
{
    int status;

    out->shipped.year = 0;
    out->shipped.month = 0;
    out->shipped.day = 0;
    if (!has_ship_date(f)) {
        return CSV_OK;
    }
    status = read_date(f->text[6], &out->shipped);
    if (status != CSV_OK) {
        return status;
    }
    if (date_key(&out->shipped) < date_key(&out->ordered)) {
        return CSV_ERR_RANGE;
    }
    return CSV_OK;
}

/* enum order_status of a status name, 0 for an unknown one. */
static int status_code(const char *s)
{
    static const char *const NAMES[] = {"NEW", "PAID", "SHIPPED", "CANCELLED"};
    int i;

    for (i = 0; i < 4; i++) {
        if (strcmp(s, NAMES[i]) == 0) {
            return STATUS_NEW + i;
        }
    }
    return 0;
}

/* Shipped orders need a ship date, new and paid ones may not have one. */
static int status_fits_ship_date(int status, int shipped)
{
    if (status == STATUS_SHIPPED) {
        return shipped;
    }
    if (status == STATUS_CANCELLED) {
        return 1;
    }
    return !shipped;
}

static int read_status(const struct csv_fields *f, struct order_row *out)
{
    int shipped = has_ship_date(f);

    if (f->count == LEGACY_COLUMNS) {
        out->status = shipped ? STATUS_SHIPPED : STATUS_PAID;
        return CSV_OK;
    }
    if (f->text[7][0] == '\0') {
        return CSV_ERR_EMPTY;
    }
    out->status = status_code(f->text[7]);
    if (out->status == 0 || !status_fits_ship_date(out->status, shipped)) {
        return CSV_ERR_STATUS;
    }
    return CSV_OK;
}

typedef int (*column_reader)(const struct csv_fields *f, struct order_row *out);

/* READERS[i] reads column i + 1. */
static const column_reader READERS[ORDER_COLUMNS] = {
    read_id, read_customer, read_order_date, read_quantity,
    read_price, read_weight, read_ship_date, read_status,
};

int csv_read_order(const char *line, struct order_row *out, int *err_col)
{
    struct csv_fields f;
    int status;
    int i;

    if (err_col != NULL) {
        *err_col = 0;
    }
    if (line == NULL || out == NULL) {
        return CSV_ERR_NULL;
    }
    status = csv_split(line, &f, err_col);
    if (status != CSV_OK) {
        return status;
    }
    if (f.count != LEGACY_COLUMNS && f.count != ORDER_COLUMNS) {
        return CSV_ERR_FIELDS;
    }
    for (i = 0; i < ORDER_COLUMNS; i++) {
        status = READERS[i](&f, out);
        if (status != CSV_OK) {
            return fail(err_col, i + 1, status);
        }
    }
    return CSV_OK;
}
