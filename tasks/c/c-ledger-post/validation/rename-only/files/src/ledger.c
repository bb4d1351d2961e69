/* ledger.c - the general ledger: posting entries and reading balances.
 *
 * Legacy module. ledger_post_entry was written for the invoice run and grew one branch
 * for every new document kind; billing.c is its main caller.
 */
#include <stddef.h>
#include <string.h>

#include "ledger.h"

int ledger_post_entry(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day)
{
    int rc = 0;
    long limit = 0;
    size_t len = 0;
    size_t i;
    char letter = '?';
    struct ledger_entry *e;

    if (lg == NULL || ref == NULL || (side != LEDGER_DEBIT && side != LEDGER_CREDIT)) {
        rc = LEDGER_ERR_ARG;
    } else {
        if (kind == KIND_INVOICE || kind == KIND_CREDIT_NOTE) {
            if (account == ACCT_RECEIVABLE || account == ACCT_REVENUE || account == ACCT_TAX) {
                limit = 10000000L;
                if (kind == KIND_INVOICE) {
                    letter = 'I';
                } else {
                    letter = 'C';
                }
            } else {
                rc = LEDGER_ERR_ACCOUNT;
            }
        } else if (kind == KIND_PAYMENT) {
            if (account == ACCT_CASH || account == ACCT_RECEIVABLE) {
                limit = 5000000L;
                letter = 'P';
            } else {
                rc = LEDGER_ERR_ACCOUNT;
            }
        } else if (kind == KIND_WRITE_OFF) {
            if (account == ACCT_RECEIVABLE || account == ACCT_DISCOUNT) {
                limit = 50000L;
                letter = 'W';
            } else {
                rc = LEDGER_ERR_ACCOUNT;
            }
        } else {
            rc = LEDGER_ERR_ARG;
        }
        if (rc == 0) {
            if (amount <= 0 || amount > limit) {
                rc = LEDGER_ERR_AMOUNT;
            } else {
                while (len < LEDGER_REF_LEN && ref[len] != '\0') {
                    len++;
                }
                if (len < 2 || len >= LEDGER_REF_LEN || ref[0] != letter) {
                    rc = LEDGER_ERR_REF;
                } else {
                    for (i = 1; i < len; i++) {
                        if (ref[i] >= '0' && ref[i] <= '9') {
                            continue;
                        } else if (ref[i] >= 'A' && ref[i] <= 'Z') {
                            continue;
                        } else if (ref[i] == '-' && i + 1 < len) {
                            continue;
                        } else {
                            rc = LEDGER_ERR_REF;
                            break;
                        }
                    }
                }
            }
        }
        if (rc == 0) {
            if (day < 1 || day > 366) {
                rc = LEDGER_ERR_DAY;
            } else if (day <= lg->closed_through) {
                rc = LEDGER_ERR_CLOSED;
            } else if (lg->count >= LEDGER_CAPACITY) {
                rc = LEDGER_ERR_FULL;
            }
        }
    }
    if (rc != 0) {
        return rc;
    }
    e = &lg->entries[lg->count];
    e->seq = lg->count + 1;
    e->account = account;
    e->kind = kind;
    e->day = day;
    if (side == LEDGER_DEBIT) {
        e->debit = amount;
        e->credit = 0;
        lg->balance[account] += amount;
    } else {
        e->debit = 0;
        e->credit = amount;
        lg->balance[account] -= amount;
    }
    memcpy(e->ref, ref, len);
    e->ref[len] = '\0';
    lg->count++;
    return e->seq;
}

long ledger_balance(const struct ledger *lg, int account)
{
    if (lg == NULL || account < ACCT_RECEIVABLE || account > ACCT_DISCOUNT) {
        return 0;
    }
    return lg->balance[account];
}

int ledger_close_through(struct ledger *lg, int day)
{
    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    if (day < 1 || day > 366 || day < lg->closed_through) {
        return LEDGER_ERR_DAY;
    }
    lg->closed_through = day;
    return 0;
}
