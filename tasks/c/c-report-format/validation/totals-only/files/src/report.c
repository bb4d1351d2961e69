/* report.c - the fixed-width monthly sales report.
 *
 * Every line is assembled column by column through a small writer; the buffer size is
 * checked once, up front, by each public function. Callers include report.h.
 */
#include <stddef.h>
#include <string.h>

#include "report_types.h"

#define CODE_WIDTH 8
#define DESCRIPTION_WIDTH 20
#define LABEL_WIDTH (CODE_WIDTH + 1 + DESCRIPTION_WIDTH)
#define COUNT_WIDTH 5
#define COUNT_MAX 99999L
#define AMOUNT_WIDTH 12
#define LINE_BYTES (REPORT_WIDTH + 1)
#define HEADER_LINES 3

struct writer {
    char *buf;
    size_t len;
};

static void put_char(struct writer *w, char c)
{
    w->buf[w->len++] = c;
}

static void put_repeat(struct writer *w, char c, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++) {
        put_char(w, c);
    }
}

static char printable(char c)
{
    return ((unsigned char)c < 32 || c == 127) ? '?' : c;
}

/* `len` characters of text, control characters shown as '?'. */
static void put_text(struct writer *w, const char *text, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        put_char(w, printable(text[i]));
    }
}

/* Text left-aligned in `width` columns, cut when longer; NULL shows blank. */
static void put_field(struct writer *w, const char *text, size_t width)
{
    size_t len = text != NULL ? strlen(text) : 0;

    if (len > width) {
        len = width;
    }
    put_text(w, text, len);
    put_repeat(w, ' ', width - len);
}

static char last_digit(unsigned long value)
{
    return (char)('0' + value % 10);
}

/* Writes the decimal digits of value into digits (no NUL); returns how many. */
static size_t reversed_digits(unsigned long value, char *digits)
{
    size_t n = 0;

    do {
        digits[n++] = last_digit(value);
        value /= 10;
    } while (value > 0);
    return n;
}

static void put_count(struct writer *w, long count)
{
    char digits[24];
    size_t n;

    if (count > COUNT_MAX) {
        put_repeat(w, '*', COUNT_WIDTH);
        return;
    }
    n = reversed_digits((unsigned long)count, digits);
    put_repeat(w, ' ', COUNT_WIDTH - n);
    while (n > 0) {
        put_char(w, digits[--n]);
    }
}

/* "1,234.56" or "(1,234.56)" written backwards into text; returns its length. */
static size_t reversed_amount(long cents, char *text)
{
    unsigned long magnitude = cents < 0 ? 0UL - (unsigned long)cents : (unsigned long)cents;
    size_t len = 0;
    int group = 0;

    if (cents < 0) {
        text[len++] = ')';
    }
    text[len++] = last_digit(magnitude);
    text[len++] = last_digit(magnitude / 10);
    text[len++] = '.';
    magnitude /= 100;
    do {
        if (group == 3) {
            text[len++] = ',';
            group = 0;
        }
        text[len++] = last_digit(magnitude);
        magnitude /= 10;
        group++;
    } while (magnitude > 0);
    if (cents < 0) {
        text[len++] = '(';
    }
    return len;
}

static void put_amount(struct writer *w, long cents)
{
    char text[40];
    size_t len = reversed_amount(cents, text);

    if (len > AMOUNT_WIDTH) {
        put_repeat(w, '#', AMOUNT_WIDTH);
        return;
    }
    put_repeat(w, ' ', AMOUNT_WIDTH - len);
    while (len > 0) {
        put_char(w, text[--len]);
    }
}

/* The last three columns of a sale or summary line: count and amount, then the line end. */
static void put_count_and_amount(struct writer *w, long count, long cents)
{
    put_char(w, ' ');
    put_count(w, count);
    put_char(w, ' ');
    put_amount(w, cents);
    put_char(w, '\n');
}

/* REP_ERR_SPACE (and "" in buf) when `lines` report lines and a NUL do not fit. */
static int check_space(char *buf, size_t size, size_t lines)
{
    if (size >= lines * LINE_BYTES + 1) {
        return 0;
    }
    if (size > 0) {
        buf[0] = '\0';
    }
    return REP_ERR_SPACE;
}

static int finish(struct writer *w)
{
    w->buf[w->len] = '\0';
    return (int)w->len;
}

int report_header(char *buf, size_t size, const char *title, int year, int month)
{
    size_t len;
    size_t left;
    size_t j = 0;
    size_t i;
    char period[16];

    if (buf == NULL || title == NULL) {
        return REP_ERR_NULL;
    }
    if (year < 1900 || year > 9999 || month < 1 || month > 12) {
        return REP_ERR_ARG;
    }
    if (size < 3 * (REPORT_WIDTH + 1) + 1) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return REP_ERR_SPACE;
    }
    len = strlen(title);
    if (len > REPORT_WIDTH) {
        len = REPORT_WIDTH;
    }
    left = (REPORT_WIDTH - len) / 2;
    for (i = 0; i < left; i++) {
        buf[j++] = ' ';
    }
    for (i = 0; i < len; i++) {
        if ((unsigned char)title[i] < 32 || title[i] == 127) {
            buf[j++] = '?';
        } else {
            buf[j++] = title[i];
        }
    }
    while (j < REPORT_WIDTH) {
        buf[j++] = ' ';
    }
    buf[j++] = '\n';
    memcpy(period, "Period: 0000-00", 16);
    period[8] = (char)('0' + year / 1000);
    period[9] = (char)('0' + year / 100 % 10);
    period[10] = (char)('0' + year / 10 % 10);
    period[11] = (char)('0' + year % 10);
    period[13] = (char)('0' + month / 10);
    period[14] = (char)('0' + month % 10);
    for (i = 0; i < 15; i++) {
        buf[j++] = period[i];
    }
    while (j < 2 * REPORT_WIDTH + 1) {
        buf[j++] = ' ';
    }
    buf[j++] = '\n';
    for (i = 0; i < REPORT_WIDTH; i++) {
        buf[j++] = '=';
    }
    buf[j++] = '\n';
    buf[j] = '\0';
    return (int)j;
}

int report_line(char *buf, size_t size, const struct sale *s)
{
    char amount[32];
    int k = 0;
    int a;
    int digits = 0;
    unsigned long mag;
    size_t j = 0;
    size_t i;
    size_t len;
    int q;
    char qty[8];

    if (buf == NULL || s == NULL) {
        return REP_ERR_NULL;
    }
    if (s->code == NULL || s->qty < 0) {
        return REP_ERR_ARG;
    }
    if (size < REPORT_WIDTH + 2) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return REP_ERR_SPACE;
    }
    /* code */
    len = strlen(s->code);
    for (i = 0; i < 8; i++) {
        if (i < len) {
            if ((unsigned char)s->code[i] < 32 || s->code[i] == 127) {
                buf[j++] = '?';
            } else {
                buf[j++] = s->code[i];
            }
        } else {
            buf[j++] = ' ';
        }
    }
    buf[j++] = ' ';
    /* description */
    len = s->description != NULL ? strlen(s->description) : 0;
    for (i = 0; i < 20; i++) {
        if (i == 19 && len > 20) {
            buf[j++] = '~';
        } else if (i < len) {
            if ((unsigned char)s->description[i] < 32 || s->description[i] == 127) {
                buf[j++] = '?';
            } else {
                buf[j++] = s->description[i];
            }
        } else {
            buf[j++] = ' ';
        }
    }
    buf[j++] = ' ';
    /* quantity */
    if (s->qty > 99999) {
        for (i = 0; i < 5; i++) {
            buf[j++] = '*';
        }
    } else {
        q = s->qty;
        for (i = 0; i < 5; i++) {
            qty[4 - i] = ' ';
        }
        i = 4;
        do {
            qty[i] = (char)('0' + q % 10);
            q = q / 10;
            i--;
        } while (q > 0);
        for (i = 0; i < 5; i++) {
            buf[j++] = qty[i];
        }
    }
    buf[j++] = ' ';
    /* amount, built from the right */
    mag = s->cents < 0 ? 0UL - (unsigned long)s->cents : (unsigned long)s->cents;
    if (s->cents < 0) {
        amount[k++] = ')';
    }
    amount[k++] = (char)('0' + mag % 10);
    mag = mag / 10;
    amount[k++] = (char)('0' + mag % 10);
    mag = mag / 10;
    amount[k++] = '.';
    do {
        if (digits > 0 && digits % 3 == 0) {
            amount[k++] = ',';
        }
        amount[k++] = (char)('0' + mag % 10);
        mag = mag / 10;
        digits++;
    } while (mag > 0);
    if (s->cents < 0) {
        amount[k++] = '(';
    }
    if (k > 12) {
        for (i = 0; i < 12; i++) {
            buf[j++] = '#';
        }
    } else {
        for (a = 0; a < 12 - k; a++) {
            buf[j++] = ' ';
        }
        for (a = k - 1; a >= 0; a--) {
            buf[j++] = amount[a];
        }
    }
    buf[j++] = '\n';
    buf[j] = '\0';
    return (int)j;
}

int report_totals(char *buf, size_t size, const struct sale *sales, int n)
{
    struct writer w = {buf, 0};
    long total = 0;
    long refunds = 0;
    int refund_count = 0;
    int i;

    if (buf == NULL || (sales == NULL && n > 0)) {
        return REP_ERR_NULL;
    }
    if (n < 0 || n > REPORT_MAX_SALES) {
        return REP_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        total += sales[i].cents;
        if (sales[i].cents < 0) {
            refunds += sales[i].cents;
            refund_count++;
        }
    }
    if (check_space(buf, size, refund_count > 0 ? 2 : 1) != 0) {
        return REP_ERR_SPACE;
    }
    put_field(&w, "TOTAL", LABEL_WIDTH);
    put_count_and_amount(&w, n, total);
    if (refund_count > 0) {
        put_field(&w, "REFUNDS", LABEL_WIDTH);
        put_count_and_amount(&w, refund_count, refunds);
    }
    return finish(&w);
}
