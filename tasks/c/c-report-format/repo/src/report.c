/* report.c - the fixed-width monthly sales report.
 *
 * Legacy module: written for the line printer and extended for the web portal; every
 * function does its own column arithmetic. Callers include report.h.
 */
#include <stddef.h>
#include <string.h>

#include "report_types.h"

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
    long total = 0;
    long refunds = 0;
    int refund_count = 0;
    int lines;
    int count;
    long cents;
    const char *label;
    char amount[32];
    int k;
    int a;
    int digits;
    unsigned long mag;
    size_t j = 0;
    size_t i;
    int q;
    char qty[8];

    if (buf == NULL || (sales == NULL && n > 0)) {
        return REP_ERR_NULL;
    }
    if (n < 0 || n > REPORT_MAX_SALES) {
        return REP_ERR_ARG;
    }
    for (q = 0; q < n; q++) {
        total = total + sales[q].cents;
        if (sales[q].cents < 0) {
            refunds = refunds + sales[q].cents;
            refund_count++;
        }
    }
    lines = refund_count > 0 ? 2 : 1;
    if (size < (size_t)lines * (REPORT_WIDTH + 1) + 1) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return REP_ERR_SPACE;
    }
    for (a = 0; a < lines; a++) {
        if (a == 0) {
            label = "TOTAL";
            count = n;
            cents = total;
        } else {
            label = "REFUNDS";
            count = refund_count;
            cents = refunds;
        }
        for (i = 0; i < 29; i++) {
            if (i < strlen(label)) {
                buf[j++] = label[i];
            } else {
                buf[j++] = ' ';
            }
        }
        buf[j++] = ' ';
        q = count;
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
        buf[j++] = ' ';
        k = 0;
        digits = 0;
        mag = cents < 0 ? 0UL - (unsigned long)cents : (unsigned long)cents;
        if (cents < 0) {
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
        if (cents < 0) {
            amount[k++] = '(';
        }
        if (k > 12) {
            for (i = 0; i < 12; i++) {
                buf[j++] = '#';
            }
        } else {
            for (q = 0; q < 12 - k; q++) {
                buf[j++] = ' ';
            }
            for (q = k - 1; q >= 0; q--) {
                buf[j++] = amount[q];
            }
        }
        buf[j++] = '\n';
    }
    buf[j] = '\0';
    return (int)j;
}
