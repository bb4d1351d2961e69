/* records_types.h - records exchanged with the accounting system.
 *
 * One record per line, fields separated by '|', the first field is the record kind:
 *   C|<id>|<name>|<country>|<credit limit>              customer
 *   I|<id>|<customer id>|<YYYY-MM-DD>|<amount>|<currency>  invoice
 *   P|<invoice id>|<YYYY-MM-DD>|<amount>|<method>        payment
 * Fields may be padded with spaces or tabs; a trailing "\n" or "\r\n" is ignored.
 * Amounts are decimal with at most 2 decimals (e.g. "1234.5", "-12.05"), stored in cents.
 */
#ifndef RECORDS_TYPES_H
#define RECORDS_TYPES_H

#define REC_ID_MAX 12     /* id buffers, including the terminating NUL */
#define REC_NAME_MAX 32   /* customer names, including the terminating NUL */
#define REC_METHOD_MAX 8  /* payment methods, including the terminating NUL */

enum rec_currency { CUR_EUR = 1, CUR_USD = 2, CUR_GBP = 3 };

#define REC_OK 0
#define REC_ERR_NULL (-1)   /* no line or no output record */
#define REC_ERR_KIND (-2)   /* the line is not a record of the expected kind */
#define REC_ERR_FIELDS (-3) /* wrong number of fields */
#define REC_ERR_LENGTH (-4) /* a text field is empty or too long */
#define REC_ERR_AMOUNT (-5) /* malformed or out-of-range amount */
#define REC_ERR_DATE (-6)   /* malformed or impossible date */
#define REC_ERR_CODE (-7)   /* unknown country, currency or payment method */

struct rec_date {
    int year;
    int month;
    int day;
};

struct customer_rec {
    char id[REC_ID_MAX];
    char name[REC_NAME_MAX];
    char country[3];
    long credit_limit_cents; /* never negative */
};

struct invoice_rec {
    char id[REC_ID_MAX];
    char customer_id[REC_ID_MAX];
    struct rec_date date;
    long amount_cents; /* negative for a credit note, never zero */
    int currency;      /* enum rec_currency */
};

struct payment_rec {
    char invoice_id[REC_ID_MAX];
    struct rec_date date;
    long amount_cents; /* always positive */
    char method[REC_METHOD_MAX];
};

#endif
