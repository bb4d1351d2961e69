/* billing.c - invoices, credit notes, payments and write-offs, posted to the ledger.
 *
 * Every document is posted as two or three ledger entries through ledger_post_entry; a
 * document is all or nothing, so each function keeps a copy of the ledger and
 * puts it back when one of its postings is refused.
 */
#include <stddef.h>

#include "billing.h"
#include "ledger.h"

long billing_tax(long net_cents, int tax_code)
{
    if (tax_code != TAX_EXEMPT && tax_code != TAX_REDUCED && tax_code != TAX_STANDARD) {
        return BILLING_ERR_TAX;
    }
    if (net_cents < 0 || net_cents > 10000000L) {
        return LEDGER_ERR_AMOUNT;
    }
    if (tax_code == TAX_REDUCED) {
        return (net_cents * 7 + 50) / 100;
    } else if (tax_code == TAX_STANDARD) {
        return (net_cents * 19 + 50) / 100;
    }
    return 0;
}

int billing_invoice(struct ledger *lg, const char *number, long net_cents, int tax_code, int day)
{
    struct ledger saved;
    long tax;
    int rc;
    int posted = 0;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    tax = billing_tax(net_cents, tax_code);
    if (tax < 0) {
        return (int)tax;
    }
    saved = *lg;
    rc = ledger_post_entry(lg, ACCT_RECEIVABLE, KIND_INVOICE, net_cents + tax, LEDGER_DEBIT, number, day);
    if (rc > 0) {
        posted++;
        rc = ledger_post_entry(lg, ACCT_REVENUE, KIND_INVOICE, net_cents, LEDGER_CREDIT, number, day);
        if (rc > 0) {
            posted++;
            if (tax != 0) {
                rc = ledger_post_entry(lg, ACCT_TAX, KIND_INVOICE, tax, LEDGER_CREDIT, number, day);
                if (rc > 0) {
                    posted++;
                } else {
                    *lg = saved;
                }
            }
        } else {
            *lg = saved;
        }
    } else {
        *lg = saved;
    }
    if (rc < 0) {
        return rc;
    }
    return posted;
}

int billing_credit_note(struct ledger *lg, const char *number, long net_cents, int tax_code, int day)
{
    struct ledger saved;
    long tax;
    int rc;
    int posted = 0;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    tax = billing_tax(net_cents, tax_code);
    if (tax < 0) {
        return (int)tax;
    }
    if (net_cents + tax > ledger_balance(lg, ACCT_RECEIVABLE)) {
        return BILLING_ERR_EXCEEDS;
    }
    saved = *lg;
    rc = ledger_post_entry(lg, ACCT_RECEIVABLE, KIND_CREDIT_NOTE, net_cents + tax, LEDGER_CREDIT, number, day);
    if (rc > 0) {
        posted++;
        rc = ledger_post_entry(lg, ACCT_REVENUE, KIND_CREDIT_NOTE, net_cents, LEDGER_DEBIT, number, day);
        if (rc > 0) {
            posted++;
            if (tax != 0) {
                rc = ledger_post_entry(lg, ACCT_TAX, KIND_CREDIT_NOTE, tax, LEDGER_DEBIT, number, day);
                if (rc > 0) {
                    posted++;
                } else {
                    *lg = saved;
                }
            }
        } else {
            *lg = saved;
        }
    } else {
        *lg = saved;
    }
    if (rc < 0) {
        return rc;
    }
    return posted;
}

int billing_payment(struct ledger *lg, const char *ref, long amount_cents, int day)
{
    struct ledger saved;
    int rc;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    if (amount_cents > ledger_balance(lg, ACCT_RECEIVABLE)) {
        return BILLING_ERR_EXCEEDS;
    }
    saved = *lg;
    rc = ledger_post_entry(lg, ACCT_CASH, KIND_PAYMENT, amount_cents, LEDGER_DEBIT, ref, day);
    if (rc > 0) {
        rc = ledger_post_entry(lg, ACCT_RECEIVABLE, KIND_PAYMENT, amount_cents, LEDGER_CREDIT, ref, day);
        if (rc < 0) {
            *lg = saved;
            return rc;
        }
    } else {
        *lg = saved;
        return rc;
    }
    return 2;
}

int billing_write_off(struct ledger *lg, const char *ref, int day)
{
    struct ledger saved;
    long open;
    int rc;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    open = ledger_balance(lg, ACCT_RECEIVABLE);
    if (open <= 0) {
        return BILLING_ERR_NOTHING;
    }
    saved = *lg;
    rc = ledger_post_entry(lg, ACCT_DISCOUNT, KIND_WRITE_OFF, open, LEDGER_DEBIT, ref, day);
    if (rc > 0) {
        rc = ledger_post_entry(lg, ACCT_RECEIVABLE, KIND_WRITE_OFF, open, LEDGER_CREDIT, ref, day);
        if (rc < 0) {
            *lg = saved;
            return rc;
        }
    } else {
        *lg = saved;
        return rc;
    }
    return 2;
}
