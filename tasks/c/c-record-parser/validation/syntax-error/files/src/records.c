/* records.c - parsing the accounting system's record lines.
 *
 * A line is split into trimmed fields once (split_line); each record parser then converts its
 * fields left to right with the shared field parsers and stops at the first error.
 */
#include <stddef.h>
#include <string.h>

#include "records_types.h"

#define MAX_FIELDS 6
#define MAX_UNIT_DIGITS 9
#define MAX_DECIMALS 2

struct field {
    const char *start;
    size_t len;
};

static int is_blank(char c)
{
    return c == ' ' || c == '\t'
}

/* The length of the line without a trailing "\n" or "\r\n". */
static size_t content_length(const char *line)
{
    size_t n = strlen(line);

    if (n > 0 && line[n - 1] == '\n') {
        n--;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
    }
    return n;
}

static struct field trimmed(const char *start, const char *end)
{
    struct field f;

    while (start < end && is_blank(*start)) {
        start++;
    }
    while (end > start && is_blank(end[-1])) {
        end--;
    }
    f.start = start;
    f.len = (size_t)(end - start);
    return f;
}

static int count_fields(const char *line, size_t n)
{
    int count = 1;
    size_t i;

    for (i = 0; i < n; i++) {
        count += line[i] == '|';
    }
    return count;
}

/* Checks the kind letter and the field count, then splits the line into trimmed fields
 * (fields[0] is the kind). */
static int split_line(const char *line, char kind, struct field *fields, int expected)
{
    size_t n = content_length(line);
    const char *end = line + n;
    const char *start = line;
    int i;

    if (n < 2 || line[0] != kind || line[1] != '|') {
        return REC_ERR_KIND;
    }
    if (count_fields(line, n) != expected) {
        return REC_ERR_FIELDS;
    }
    for (i = 0; i < expected; i++) {
        const char *bar = memchr(start, '|', (size_t)(end - start));

        if (bar == NULL) {
            bar = end;
        }
        fields[i] = trimmed(start, bar);
        start = bar + 1;
    }
    return REC_OK;
}

/* The decimal number in [s, e): 1 to max_digits digits, else -1. */
static long parse_digits(const char *s, const char *e, long max_digits)
{
    long value = 0;

    if (s == e || e - s > max_digits) {
        return -1;
    }
    for (; s < e; s++) {
        if (*s < '0' || *s > '9') {
            return -1;
        }
        value = value * 10 + (*s - '0');
    }
    return value;
}

static int copy_text(struct field f, char *dest, size_t size)
{
    if (f.len == 0 || f.len >= size) {
        return REC_ERR_LENGTH;
    }
    memcpy(dest, f.start, f.len);
    dest[f.len] = '\0';
    return REC_OK;
}

/* [+-]digits[.d[d]] in cents; *negative tells a "-0" from a "0". */
static int parse_amount(struct field f, long *cents, int *negative)
{
    const char *s = f.start;
    const char *e = f.start + f.len;
    const char *dot;
    long units;
    long fraction = 0;

    *negative = 0;
    if (s < e && (*s == '+' || *s == '-')) {
        *negative = *s == '-';
        s++;
    }
    dot = memchr(s, '.', (size_t)(e - s));
    units = parse_digits(s, dot != NULL ? dot : e, MAX_UNIT_DIGITS);
    if (dot != NULL) {
        fraction = parse_digits(dot + 1, e, MAX_DECIMALS);
        fraction *= e - dot == 2 ? 10 : 1; /* one decimal: tenths */
    }
    if (units < 0 || fraction < 0) {
        return REC_ERR_AMOUNT;
    }
    *cents = units * 100 + fraction;
    if (*negative) {
        *cents = -*cents;
    }
    return REC_OK;
}

static int days_in_month(int year, int month)
{
    static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    return month == 2 && leap ? 29 : DAYS[month - 1];
}

/* YYYY-MM-DD, years 1900 to 2099. */
static int parse_date(struct field f, struct rec_date *date)
{
    const char *s = f.start;

    if (f.len != 10 || s[4] != '-' || s[7] != '-') {
        return REC_ERR_DATE;
    }
    date->year = (int)parse_digits(s, s + 4, 4);
    date->month = (int)parse_digits(s + 5, s + 7, 2);
    date->day = (int)parse_digits(s + 8, s + 10, 2);
    if (date->year < 1900 || date->year > 2099 || date->month < 1 || date->month > 12) {
        return REC_ERR_DATE;
    }
    if (date->day < 1 || date->day > days_in_month(date->year, date->month)) {
        return REC_ERR_DATE;
    }
    return REC_OK;
}

static int parse_country(struct field f, char *dest)
{
    size_t i;

    if (f.len != 2) {
        return REC_ERR_CODE;
    }
    for (i = 0; i < 2; i++) {
        if (f.start[i] < 'A' || f.start[i] > 'Z') {
            return REC_ERR_CODE;
        }
        dest[i] = f.start[i];
    }
    dest[2] = '\0';
    return REC_OK;
}

/* The index of the field's text in a NULL-terminated list of names, or -1. */
static int lookup(struct field f, const char *const *names)
{
    int i;

    for (i = 0; names[i] != NULL; i++) {
        if (strlen(names[i]) == f.len && memcmp(f.start, names[i], f.len) == 0) {
            return i;
        }
    }
    return -1;
}

static int parse_currency(struct field f, int *currency)
{
    static const char *const NAMES[] = {"EUR", "USD", "GBP", NULL};
    static const int CODES[] = {CUR_EUR, CUR_USD, CUR_GBP};
    int i = lookup(f, NAMES);

    if (i < 0) {
        return REC_ERR_CODE;
    }
    *currency = CODES[i];
    return REC_OK;
}

static int parse_method(struct field f, char *dest, size_t size)
{
    static const char *const METHODS[] = {"CARD", "SEPA", "CASH", "CHEQUE", NULL};

    if (lookup(f, METHODS) < 0) {
        return REC_ERR_CODE;
    }
    return copy_text(f, dest, size);
}

int parse_customer(const char *line, struct customer_rec *out)
{
    struct field f[MAX_FIELDS];
    int negative = 0;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'C', f, 5);
    if (status == REC_OK) {
        status = copy_text(f[1], out->id, sizeof out->id);
    }
    if (status == REC_OK) {
        status = copy_text(f[2], out->name, sizeof out->name);
    }
    if (status == REC_OK) {
        status = parse_country(f[3], out->country);
    }
    if (status == REC_OK) {
        status = parse_amount(f[4], &out->credit_limit_cents, &negative);
    }
    return status == REC_OK && negative ? REC_ERR_AMOUNT : status;
}

int parse_invoice(const char *line, struct invoice_rec *out)
{
    struct field f[MAX_FIELDS];
    int negative;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'I', f, 6);
    if (status == REC_OK) {
        status = copy_text(f[1], out->id, sizeof out->id);
    }
    if (status == REC_OK) {
        status = copy_text(f[2], out->customer_id, sizeof out->customer_id);
    }
    if (status == REC_OK) {
        status = parse_date(f[3], &out->date);
    }
    if (status == REC_OK) {
        status = parse_amount(f[4], &out->amount_cents, &negative);
    }
    if (status == REC_OK && out->amount_cents == 0) {
        return REC_ERR_AMOUNT;
    }
    return status == REC_OK ? parse_currency(f[5], &out->currency) : status;
}

int parse_payment(const char *line, struct payment_rec *out)
{
    struct field f[MAX_FIELDS];
    int negative;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'P', f, 5);
    if (status == REC_OK) {
        status = copy_text(f[1], out->invoice_id, sizeof out->invoice_id);
    }
    if (status == REC_OK) {
        status = parse_date(f[2], &out->date);
    }
    if (status == REC_OK) {
        status = parse_amount(f[3], &out->amount_cents, &negative);
    }
    if (status == REC_OK && (negative || out->amount_cents == 0)) {
        return REC_ERR_AMOUNT;
    }
    return status == REC_OK ? parse_method(f[4], out->method, sizeof out->method) : status;
}
