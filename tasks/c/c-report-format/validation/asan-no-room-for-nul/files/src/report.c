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

/* Pads the current line with spaces up to its full width, then ends it. */
static void end_line(struct writer *w)
{
    put_repeat(w, ' ', REPORT_WIDTH - w->len % LINE_BYTES);
    put_char(w, '\n');
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

static void put_description(struct writer *w, const char *text)
{
    if (text != NULL && strlen(text) > DESCRIPTION_WIDTH) {
        put_field(w, text, DESCRIPTION_WIDTH - 1);
        put_char(w, '~');
    } else {
        put_field(w, text, DESCRIPTION_WIDTH);
    }
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
    if (size >= lines * LINE_BYTES) {
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

static void put_period(struct writer *w, int year, int month)
{
    char digits[24];
    size_t n;

    put_text(w, "Period: ", 8);
    n = reversed_digits((unsigned long)year, digits);
    while (n > 0) {
        put_char(w, digits[--n]);
    }
    put_char(w, '-');
    put_char(w, (char)('0' + month / 10));
    put_char(w, (char)('0' + month % 10));
}

int report_header(char *buf, size_t size, const char *title, int year, int month)
{
    struct writer w = {buf, 0};
    size_t len;

    if (buf == NULL || title == NULL) {
        return REP_ERR_NULL;
    }
    if (year < 1900 || year > 9999 || month < 1 || month > 12) {
        return REP_ERR_ARG;
    }
    if (check_space(buf, size, HEADER_LINES) != 0) {
        return REP_ERR_SPACE;
    }
    len = strlen(title);
    if (len > REPORT_WIDTH) {
        len = REPORT_WIDTH;
    }
    put_repeat(&w, ' ', (REPORT_WIDTH - len) / 2);
    put_text(&w, title, len);
    end_line(&w);
    put_period(&w, year, month);
    end_line(&w);
    put_repeat(&w, '=', REPORT_WIDTH);
    put_char(&w, '\n');
    return finish(&w);
}

int report_line(char *buf, size_t size, const struct sale *s)
{
    struct writer w = {buf, 0};

    if (buf == NULL || s == NULL) {
        return REP_ERR_NULL;
    }
    if (s->code == NULL || s->qty < 0) {
        return REP_ERR_ARG;
    }
    if (check_space(buf, size, 1) != 0) {
        return REP_ERR_SPACE;
    }
    put_field(&w, s->code, CODE_WIDTH);
    put_char(&w, ' ');
    put_description(&w, s->description);
    put_count_and_amount(&w, s->qty, s->cents);
    return finish(&w);
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
