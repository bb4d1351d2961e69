/* records.c - parsing the accounting system's record lines.
 *
 * Legacy module: parse_customer came first; parse_invoice and parse_payment were
 * written by copying it and adjusting the fields. Callers include records.h.
 */
#include <stddef.h>
#include <string.h>

#include "records_types.h"

#define MAX_FIELDS 6

struct field {
    const char *start;
    size_t len;
};

/* Checks the kind letter and the field count, and splits the line into trimmed fields
 * (fields[0] is the kind). Returns REC_OK or the error code. */
static int split_line(const char *line, char kind, struct field *fields, int expected)
{
    size_t n = strlen(line);
    size_t i;
    int count = 1;
    const char *end;

    if (n > 0 && line[n - 1] == '\n') {
        n--;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
    }
    if (n < 2 || line[0] != kind || line[1] != '|') {
        return REC_ERR_KIND;
    }
    for (i = 0; i < n; i++) {
        count += line[i] == '|';
    }
    if (count != expected) {
        return REC_ERR_FIELDS;
    }
    fields[0].start = line;
    count = 0;
    for (i = 0; i <= n; i++) {
        if (i == n || line[i] == '|') {
            end = line + i;
            while (fields[count].start < end && (*fields[count].start == ' ' || *fields[count].start == '\t')) {
                fields[count].start++;
            }
            while (end > fields[count].start && (end[-1] == ' ' || end[-1] == '\t')) {
                end--;
            }
            fields[count].len = (size_t)(end - fields[count].start);
            count++;
            if (i < n) {
                fields[count].start = line + i + 1;
            }
        }
    }
    return REC_OK;
}


/* Parses the date (unless date_index is 0) and the amount fields of a record. */
static int parse_date_and_amount(const struct field *f, int date_index, int amount_index, struct rec_date *date,
                                 long *cents, int *negative_out)
{
    const char *s;
    const char *e;
    long value;
    int digits;
    int decimals;
    int negative;
    int i;
    int mdays;

    if (date_index != 0) {
        s = f[date_index].start;
        if (f[date_index].len != 10 || s[4] != '-' || s[7] != '-') {
            return REC_ERR_DATE;
        }
        for (i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) {
                return REC_ERR_DATE;
            }
        }
        date->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        date->month = (s[5] - '0') * 10 + (s[6] - '0');
        date->day = (s[8] - '0') * 10 + (s[9] - '0');
        if (date->year < 1900 || date->year > 2099 || date->month < 1 || date->month > 12 ||
            date->day < 1) {
            return REC_ERR_DATE;
        }
        mdays = 31;
        if (date->month == 4 || date->month == 6 || date->month == 9 || date->month == 11) {
            mdays = 30;
        } else if (date->month == 2) {
            mdays = 28;
            if ((date->year % 4 == 0 && date->year % 100 != 0) || date->year % 400 == 0) {
                mdays = 29;
            }
        }
        if (date->day > mdays) {
            return REC_ERR_DATE;
        }
    }
    value = 0;
    digits = 0;
    decimals = -1;
    negative = 0;
    s = f[amount_index].start;
    e = s + f[amount_index].len;
    if (s < e && (*s == '+' || *s == '-')) {
        negative = *s == '-';
        s++;
    }
    while (s < e) {
        if (*s == '.' && decimals < 0 && digits > 0) {
            decimals = 0;
        } else if (*s < '0' || *s > '9' || decimals == 2 || (decimals < 0 && digits == 9)) {
            return REC_ERR_AMOUNT;
        } else {
            if (decimals >= 0) {
                decimals++;
            } else {
                digits++;
            }
            value = value * 10 + (*s - '0');
        }
        s++;
    }
    if (digits == 0 || decimals == 0) {
        return REC_ERR_AMOUNT;
    }
    if (decimals < 1) {
        value = value * 100;
    } else if (decimals == 1) {
        value = value * 10;
    }
    *cents = value;
    *negative_out = negative;
    return REC_OK;
}

int parse_customer(const char *line, struct customer_rec *out)
{
    struct field f[MAX_FIELDS];
    const char *s;
    long value;
    int negative;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'C', f, 5);
    if (status != REC_OK) {
        return status;
    }
    if (f[1].len == 0 || f[1].len >= REC_ID_MAX) {
        return REC_ERR_LENGTH;
    }
    memcpy(out->id, f[1].start, f[1].len);
    out->id[f[1].len] = '\0';
    if (f[2].len == 0 || f[2].len >= REC_NAME_MAX) {
        return REC_ERR_LENGTH;
    }
    memcpy(out->name, f[2].start, f[2].len);
    out->name[f[2].len] = '\0';
    s = f[3].start;
    if (f[3].len != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') {
        return REC_ERR_CODE;
    }
    out->country[0] = s[0];
    out->country[1] = s[1];
    out->country[2] = '\0';
    status = parse_date_and_amount(f, 0, 4, NULL, &value, &negative);
    if (status != REC_OK) {
        return status;
    }
    if (negative) {
        return REC_ERR_AMOUNT;
    }
    out->credit_limit_cents = value;
    return REC_OK;
}

int parse_invoice(const char *line, struct invoice_rec *out)
{
    struct field f[MAX_FIELDS];
    const char *s;
    long value;
    int negative;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'I', f, 6);
    if (status != REC_OK) {
        return status;
    }
    if (f[1].len == 0 || f[1].len >= REC_ID_MAX) {
        return REC_ERR_LENGTH;
    }
    memcpy(out->id, f[1].start, f[1].len);
    out->id[f[1].len] = '\0';
    if (f[2].len == 0 || f[2].len >= REC_ID_MAX) {
        return REC_ERR_LENGTH;
    }
    memcpy(out->customer_id, f[2].start, f[2].len);
    out->customer_id[f[2].len] = '\0';
    status = parse_date_and_amount(f, 3, 4, &out->date, &value, &negative);
    if (status != REC_OK) {
        return status;
    }
    if (value == 0) {
        return REC_ERR_AMOUNT;
    }
    out->amount_cents = negative ? -value : value;
    s = f[5].start;
    if (f[5].len != 3) {
        return REC_ERR_CODE;
    }
    if (memcmp(s, "EUR", 3) == 0) {
        out->currency = CUR_EUR;
    } else if (memcmp(s, "USD", 3) == 0) {
        out->currency = CUR_USD;
    } else if (memcmp(s, "GBP", 3) == 0) {
        out->currency = CUR_GBP;
    } else {
        return REC_ERR_CODE;
    }
    return REC_OK;
}

int parse_payment(const char *line, struct payment_rec *out)
{
    struct field f[MAX_FIELDS];
    const char *s;
    long value;
    int negative;
    int status;

    if (line == NULL || out == NULL) {
        return REC_ERR_NULL;
    }
    status = split_line(line, 'P', f, 5);
    if (status != REC_OK) {
        return status;
    }
    if (f[1].len == 0 || f[1].len >= REC_ID_MAX) {
        return REC_ERR_LENGTH;
    }
    memcpy(out->invoice_id, f[1].start, f[1].len);
    out->invoice_id[f[1].len] = '\0';
    status = parse_date_and_amount(f, 2, 3, &out->date, &value, &negative);
    if (status != REC_OK) {
        return status;
    }
    if (negative || value == 0) {
        return REC_ERR_AMOUNT;
    }
    out->amount_cents = value;
    s = f[4].start;
    if ((f[4].len == 4 && (memcmp(s, "CARD", 4) == 0 || memcmp(s, "SEPA", 4) == 0 || memcmp(s, "CASH", 4) == 0)) ||
        (f[4].len == 6 && memcmp(s, "CHEQUE", 6) == 0)) {
        memcpy(out->method, s, f[4].len);
        out->method[f[4].len] = '\0';
    } else {
        return REC_ERR_CODE;
    }
    return REC_OK;
}
