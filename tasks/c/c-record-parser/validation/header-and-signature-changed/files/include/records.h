/* records.h - parsing the accounting system's record lines. */
#ifndef RECORDS_H
#define RECORDS_H

#include "records_types.h"

/* Each returns REC_OK and fills *out, or a negative REC_ERR_* code (fields are checked left to
 * right after the kind and the field count; *out is unspecified on error). */
int parse_customer(const char *line, size_t len, struct customer_rec *out);
int parse_invoice(const char *line, struct invoice_rec *out);
int parse_payment(const char *line, struct payment_rec *out);

#endif
