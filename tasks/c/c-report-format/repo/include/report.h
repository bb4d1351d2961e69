/* report.h - the fixed-width monthly sales report.
 *
 * Columns of a sale line: code (8, left, cut), space, description (20, left; longer ones are
 * cut to 19 and end in '~'; control characters show as '?'), space, quantity (5, right;
 * "*****" above 99999), space, amount (12, right, "1,234.56" with thousands separators,
 * refunds in parentheses "(1,234.56)", "############" when wider than 12).
 * Each function writes its text and a NUL into buf (size bytes) and returns the text's
 * length, or REP_ERR_* (checked in the order null, argument, space).
 */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>

#include "report_types.h"

/* The title centred on line 1 (cut to 48 columns; odd padding goes right), then
 * "Period: YYYY-MM" on line 2 and a rule of '=' on line 3; year 1900-9999, month 1-12. */
int report_header(char *buf, size_t size, const char *title, int year, int month);

/* One sale line. */
int report_line(char *buf, size_t size, const struct sale *s);

/* The "TOTAL" line (sales count and net amount) and, when there are refunds, a "REFUNDS"
 * line (their count and sum), labels in the code and description columns; 0 <= n <= 500. */
int report_totals(char *buf, size_t size, const struct sale *sales, int n);

#endif
