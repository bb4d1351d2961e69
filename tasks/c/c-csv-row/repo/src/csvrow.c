/* csvrow.c - reading the web shop's order export, one CSV row at a time.
 *
 * Legacy module: csv_split was written for the first export format; csv_read_order grew
 * column by column as the export gained fields and was later cut in three where it got too
 * long (read_amount_columns, read_shipping_columns), but the date and decimal handling is
 * still copied for each column that needs it. Callers include csvrow.h.
 */
#include <stddef.h>
#include <string.h>

#include "csvrow.h"

#define ST_START 0  /* before the first character of a field */
#define ST_PLAIN 1  /* inside an unquoted field */
#define ST_QUOTED 2 /* inside quotes */
#define ST_CLOSED 3 /* after the closing quote */

static int fail(int *err_col, int col, int code)
{
    if (err_col != NULL) {
        *err_col = col;
    }
    return code;
}

int csv_split(const char *line, struct csv_fields *out, int *err_col)
{
    size_t n;
    size_t i;
    size_t len = 0;
    size_t keep = 0;
    int col = 0;
    int state = ST_START;
    char c;

    if (err_col != NULL) {
        *err_col = 0;
    }
    if (line == NULL || out == NULL) {
        return CSV_ERR_NULL;
    }
    n = strlen(line);
    if (n > 0 && line[n - 1] == '\n') {
        n--;
    }
    if (n > 0 && line[n - 1] == '\r') {
        n--;
    }
    out->count = 0;
    out->quoted = 0;
    for (i = 0; i <= n; i++) {
        c = i < n ? line[i] : '\0';
        if (state == ST_QUOTED) {
            if (i == n) {
                return fail(err_col, col + 1, CSV_ERR_QUOTE);
            }
            if (c == '"') {
                if (i + 1 < n && line[i + 1] == '"') {
                    if (len >= CSV_FIELD_MAX - 1) {
                        return fail(err_col, col + 1, CSV_ERR_LENGTH);
                    }
                    out->text[col][len] = '"';
                    len++;
                    keep = len;
                    i++;
                } else {
                    state = ST_CLOSED;
                }
            } else {
                if (len >= CSV_FIELD_MAX - 1) {
                    return fail(err_col, col + 1, CSV_ERR_LENGTH);
                }
                out->text[col][len] = c;
                len++;
                keep = len;
            }
        } else if (i == n || c == ',') {
            out->text[col][keep] = '\0';
            col++;
            out->count = col;
            if (i < n) {
                if (col == CSV_MAX_FIELDS) {
                    return fail(err_col, CSV_MAX_FIELDS + 1, CSV_ERR_FIELDS);
                }
                len = 0;
                keep = 0;
                state = ST_START;
            }
        } else if (c == ' ' || c == '\t') {
            if (state == ST_PLAIN) {
                if (len < CSV_FIELD_MAX - 1) {
                    out->text[col][len] = c;
                }
                len++;
            }
        } else if (c == '"') {
            if (state == ST_START) {
                state = ST_QUOTED;
                out->quoted |= 1u << col;
            } else {
                return fail(err_col, col + 1, CSV_ERR_QUOTE);
            }
        } else {
            if (state == ST_CLOSED) {
                return fail(err_col, col + 1, CSV_ERR_QUOTE);
            }
            if (len >= CSV_FIELD_MAX - 1) {
                return fail(err_col, col + 1, CSV_ERR_LENGTH);
            }
            out->text[col][len] = c;
            len++;
            keep = len;
            state = ST_PLAIN;
        }
    }
    return CSV_OK;
}

/* Columns 4 to 6: quantity, unit price (2 decimals) and weight (3 decimals, in grams). */
static int read_amount_columns(const struct csv_fields *f, struct order_row *out, int *err_col)
{
    const char *s;
    size_t n;
    size_t i;
    int digits;
    int decimals;
    long value;

    /* column 4: quantity */
    s = f->text[3];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 4, CSV_ERR_EMPTY);
    }
    value = 0;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return fail(err_col, 4, CSV_ERR_FORMAT);
        }
        if (i == 5) {
            return fail(err_col, 4, CSV_ERR_RANGE);
        }
        value = value * 10 + (s[i] - '0');
    }
    if (value < 1 || value > 10000) {
        return fail(err_col, 4, CSV_ERR_RANGE);
    }
    out->quantity = (int)value;

    /* column 5: unit price, 2 decimals */
    s = f->text[4];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 5, CSV_ERR_EMPTY);
    }
    value = 0;
    digits = 0;
    decimals = -1;
    for (i = 0; i < n; i++) {
        if (s[i] == '.' && decimals < 0 && digits > 0) {
            decimals = 0;
        } else if (s[i] < '0' || s[i] > '9' || decimals == 2) {
            return fail(err_col, 5, CSV_ERR_FORMAT);
        } else if (decimals < 0 && digits == 7) {
            return fail(err_col, 5, CSV_ERR_RANGE);
        } else {
            if (decimals >= 0) {
                decimals++;
            } else {
                digits++;
            }
            value = value * 10 + (s[i] - '0');
        }
    }
    if (decimals == 0) {
        return fail(err_col, 5, CSV_ERR_FORMAT);
    }
    if (decimals < 0) {
        value = value * 100;
    } else if (decimals == 1) {
        value = value * 10;
    }
    if (value > 100000000L) {
        return fail(err_col, 5, CSV_ERR_RANGE);
    }
    out->price_cents = value;
    out->total_cents = (long long)out->quantity * value;

    /* column 6: weight in kg, 3 decimals, stored in grams */
    s = f->text[5];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 6, CSV_ERR_EMPTY);
    }
    value = 0;
    digits = 0;
    decimals = -1;
    for (i = 0; i < n; i++) {
        if (s[i] == '.' && decimals < 0 && digits > 0) {
            decimals = 0;
        } else if (s[i] < '0' || s[i] > '9' || decimals == 3) {
            return fail(err_col, 6, CSV_ERR_FORMAT);
        } else if (decimals < 0 && digits == 7) {
            return fail(err_col, 6, CSV_ERR_RANGE);
        } else {
            if (decimals >= 0) {
                decimals++;
            } else {
                digits++;
            }
            value = value * 10 + (s[i] - '0');
        }
    }
    if (decimals == 0) {
        return fail(err_col, 6, CSV_ERR_FORMAT);
    }
    if (decimals < 0) {
        value = value * 1000;
    } else if (decimals == 1) {
        value = value * 100;
    } else if (decimals == 2) {
        value = value * 10;
    }
    if (value < 1 || value > 20000000L) {
        return fail(err_col, 6, CSV_ERR_RANGE);
    }
    out->weight_g = value;
    return CSV_OK;
}

/* Columns 7 and 8: the optional ship date and the status, checked against each other. */
static int read_shipping_columns(const struct csv_fields *f, struct order_row *out, int legacy, int *err_col)
{
    const char *s;
    size_t n;
    size_t i;
    int mdays;

    /* column 7: ship date, optional */
    s = f->text[6];
    n = strlen(s);
    out->shipped.year = 0;
    out->shipped.month = 0;
    out->shipped.day = 0;
    if (n > 0) {
        if (n != 10 || s[4] != '-' || s[7] != '-') {
            return fail(err_col, 7, CSV_ERR_FORMAT);
        }
        for (i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) {
                return fail(err_col, 7, CSV_ERR_FORMAT);
            }
        }
        out->shipped.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        out->shipped.month = (s[5] - '0') * 10 + (s[6] - '0');
        out->shipped.day = (s[8] - '0') * 10 + (s[9] - '0');
        mdays = 31;
        if (out->shipped.month == 4 || out->shipped.month == 6 || out->shipped.month == 9 ||
            out->shipped.month == 11) {
            mdays = 30;
        } else if (out->shipped.month == 2) {
            if ((out->shipped.year % 4 == 0 && out->shipped.year % 100 != 0) || out->shipped.year % 400 == 0) {
                mdays = 29;
            } else {
                mdays = 28;
            }
        }
        if (out->shipped.year < 1900 || out->shipped.year > 2099 || out->shipped.month < 1 ||
            out->shipped.month > 12 || out->shipped.day < 1 || out->shipped.day > mdays) {
            return fail(err_col, 7, CSV_ERR_RANGE);
        }
        if (out->shipped.year < out->ordered.year ||
            (out->shipped.year == out->ordered.year &&
             (out->shipped.month < out->ordered.month ||
              (out->shipped.month == out->ordered.month && out->shipped.day < out->ordered.day)))) {
            return fail(err_col, 7, CSV_ERR_RANGE);
        }
    }

    /* column 8: status (absent in legacy rows) */
    if (legacy) {
        if (n > 0) {
            out->status = STATUS_SHIPPED;
        } else {
            out->status = STATUS_PAID;
        }
    } else {
        s = f->text[7];
        if (s[0] == '\0') {
            return fail(err_col, 8, CSV_ERR_EMPTY);
        } else if (strcmp(s, "NEW") == 0) {
            out->status = STATUS_NEW;
        } else if (strcmp(s, "PAID") == 0) {
            out->status = STATUS_PAID;
        } else if (strcmp(s, "SHIPPED") == 0) {
            out->status = STATUS_SHIPPED;
        } else if (strcmp(s, "CANCELLED") == 0) {
            out->status = STATUS_CANCELLED;
        } else {
            return fail(err_col, 8, CSV_ERR_STATUS);
        }
        if ((out->status == STATUS_SHIPPED && n == 0) ||
            ((out->status == STATUS_NEW || out->status == STATUS_PAID) && n > 0)) {
            return fail(err_col, 8, CSV_ERR_STATUS);
        }
    }
    return CSV_OK;
}

int csv_read_order(const char *line, struct order_row *out, int *err_col)
{
    struct csv_fields f;
    const char *s;
    size_t n;
    size_t i;
    int status;
    int mdays;
    int legacy;

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
    if (f.count != 7 && f.count != 8) {
        return CSV_ERR_FIELDS;
    }
    legacy = f.count == 7;

    /* column 1: order id */
    s = f.text[0];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 1, CSV_ERR_EMPTY);
    }
    if (n >= ORDER_ID_MAX) {
        return fail(err_col, 1, CSV_ERR_LENGTH);
    }
    if (f.quoted & 1u) {
        return fail(err_col, 1, CSV_ERR_FORMAT);
    }
    for (i = 0; i < n; i++) {
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-')) {
            return fail(err_col, 1, CSV_ERR_FORMAT);
        }
    }
    memcpy(out->id, s, n + 1);

    /* column 2: customer */
    s = f.text[1];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 2, CSV_ERR_EMPTY);
    }
    if (n >= ORDER_CUSTOMER_MAX) {
        return fail(err_col, 2, CSV_ERR_LENGTH);
    }
    memcpy(out->customer, s, n + 1);

    /* column 3: order date */
    s = f.text[2];
    n = strlen(s);
    if (n == 0) {
        return fail(err_col, 3, CSV_ERR_EMPTY);
    }
    if (n != 10 || s[4] != '-' || s[7] != '-') {
        return fail(err_col, 3, CSV_ERR_FORMAT);
    }
    for (i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) {
            return fail(err_col, 3, CSV_ERR_FORMAT);
        }
    }
    out->ordered.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    out->ordered.month = (s[5] - '0') * 10 + (s[6] - '0');
    out->ordered.day = (s[8] - '0') * 10 + (s[9] - '0');
    mdays = 31;
    if (out->ordered.month == 4 || out->ordered.month == 6 || out->ordered.month == 9 ||
        out->ordered.month == 11) {
        mdays = 30;
    } else if (out->ordered.month == 2) {
        if ((out->ordered.year % 4 == 0 && out->ordered.year % 100 != 0) || out->ordered.year % 400 == 0) {
            mdays = 29;
        } else {
            mdays = 28;
        }
    }
    if (out->ordered.year < 1900 || out->ordered.year > 2099 || out->ordered.month < 1 ||
        out->ordered.month > 12 || out->ordered.day < 1 || out->ordered.day > mdays) {
        return fail(err_col, 3, CSV_ERR_RANGE);
    }

    status = read_amount_columns(&f, out, err_col);
    if (status != CSV_OK) {
        return status;
    }
    return read_shipping_columns(&f, out, legacy, err_col);
}
