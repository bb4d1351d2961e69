/* report_types.h - sales lines and the codes of the monthly sales report. */
#ifndef REPORT_TYPES_H
#define REPORT_TYPES_H

#define REPORT_WIDTH 48      /* every report line has exactly 48 columns, then '\n' */
#define REPORT_MAX_SALES 500

#define REP_ERR_NULL (-1)  /* no buffer, title or sale, or no sales while n > 0 */
#define REP_ERR_ARG (-2)   /* a bad argument: no code, negative quantity, bad period, bad n */
#define REP_ERR_SPACE (-3) /* the text (and its NUL) does not fit; buf then holds "" */

struct sale {
    const char *code;        /* item code, at most 8 columns shown */
    const char *description; /* may be NULL (shown blank) */
    int qty;                 /* >= 0 */
    long cents;              /* negative for refunds */
};

#endif
