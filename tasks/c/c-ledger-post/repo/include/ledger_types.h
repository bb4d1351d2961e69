/* ledger_types.h - shared types of the ledger and billing modules.
 *
 * Money in euro cents. A zero-initialised struct ledger is an empty, open ledger.
 */
#ifndef LEDGER_TYPES_H
#define LEDGER_TYPES_H

#define LEDGER_CAPACITY 16
#define LEDGER_REF_LEN 12 /* references are 2..11 characters, plus the NUL */

enum ledger_account {
    ACCT_RECEIVABLE = 1,
    ACCT_REVENUE = 2,
    ACCT_TAX = 3,
    ACCT_CASH = 4,
    ACCT_DISCOUNT = 5
};

enum ledger_kind {
    KIND_INVOICE = 1,
    KIND_PAYMENT = 2,
    KIND_CREDIT_NOTE = 3,
    KIND_WRITE_OFF = 4
};

#define LEDGER_DEBIT 1
#define LEDGER_CREDIT 2

#define LEDGER_ERR_ARG (-1)
#define LEDGER_ERR_ACCOUNT (-2)
#define LEDGER_ERR_AMOUNT (-3)
#define LEDGER_ERR_REF (-4)
#define LEDGER_ERR_DAY (-5)
#define LEDGER_ERR_CLOSED (-6)
#define LEDGER_ERR_FULL (-7)

struct ledger_entry {
    int seq; /* 1, 2, 3, ... in posting order */
    int account;
    int kind;
    long debit;
    long credit;
    int day; /* day of the year, 1..366 */
    char ref[LEDGER_REF_LEN];
};

struct ledger {
    struct ledger_entry entries[LEDGER_CAPACITY];
    int count;
    int closed_through; /* days up to and including this one are closed */
    long balance[6];    /* debits minus credits, indexed by account */
};

#endif
