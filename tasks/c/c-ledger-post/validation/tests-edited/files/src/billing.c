/* billing.c - invoices, credit notes, payments and write-offs, posted to the ledger.
 *
 * Every document is a list of ledger postings made all or nothing: post_document keeps a copy
 * of the ledger and puts it back when one of the postings is refused.
 */
#include <stddef.h>

#include "billing.h"
#include "ledger.h"

#define MAX_NET_CENTS 10000000L

struct posting {
    int account;
    long amount;
    int side;
};

long billing_tax(long net_cents, int tax_code)
{
    static const long PERCENT[] = {0, 7, 19}; /* indexed by tax code */

    if (tax_code < TAX_EXEMPT || tax_code > TAX_STANDARD) {
        return BILLING_ERR_TAX;
    }
    if (net_cents < 0 || net_cents > MAX_NET_CENTS) {
        return LEDGER_ERR_AMOUNT;
    }
    return (net_cents * PERCENT[tax_code] + 50) / 100;
}

/* Posts the entries in order; the number posted, or the first error with the ledger restored. */
static int post_document(struct ledger *lg, int kind, const char *ref, int day, const struct posting *postings,
                         int count)
{
    struct ledger saved = *lg;
    int i;

    for (i = 0; i < count; i++) {
        const struct posting *p = &postings[i];
        int rc = ledger_post_entry(lg, p->account, kind, p->amount, p->side, ref, day);

        if (rc < 0) {
            *lg = saved;
            return rc;
        }
    }
    return count;
}

static int opposite(int side)
{
    return side == LEDGER_DEBIT ? LEDGER_CREDIT : LEDGER_DEBIT;
}

/* Invoices and credit notes: gross on the receivable, net on revenue, tax (if any) on tax. */
static int post_sale(struct ledger *lg, int kind, int receivable_side, const char *number, long net_cents,
                     long tax, int day)
{
    int other_side = opposite(receivable_side);
    struct posting postings[] = {
        {ACCT_RECEIVABLE, net_cents + tax, receivable_side},
        {ACCT_REVENUE, net_cents, other_side},
        {ACCT_TAX, tax, other_side},
    };

    return post_document(lg, kind, number, day, postings, tax != 0 ? 3 : 2);
}

/* Payments and write-offs: the amount onto `account`, off the receivable. */
static int post_settlement(struct ledger *lg, int kind, int account, const char *ref, long amount, int day)
{
    struct posting postings[] = {
        {account, amount, LEDGER_DEBIT},
        {ACCT_RECEIVABLE, amount, LEDGER_CREDIT},
    };

    return post_document(lg, kind, ref, day, postings, 2);
}

int billing_invoice(struct ledger *lg, const char *number, long net_cents, int tax_code, int day)
{
    long tax;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    tax = billing_tax(net_cents, tax_code);
    if (tax < 0) {
        return (int)tax;
    }
    return post_sale(lg, KIND_INVOICE, LEDGER_DEBIT, number, net_cents, tax, day);
}

int billing_credit_note(struct ledger *lg, const char *number, long net_cents, int tax_code, int day)
{
    long tax;

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
    return post_sale(lg, KIND_CREDIT_NOTE, LEDGER_CREDIT, number, net_cents, tax, day);
}

int billing_payment(struct ledger *lg, const char *ref, long amount_cents, int day)
{
    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    if (amount_cents > ledger_balance(lg, ACCT_RECEIVABLE)) {
        return BILLING_ERR_EXCEEDS;
    }
    return post_settlement(lg, KIND_PAYMENT, ACCT_CASH, ref, amount_cents, day);
}

int billing_write_off(struct ledger *lg, const char *ref, int day)
{
    long open;

    if (lg == NULL) {
        return LEDGER_ERR_ARG;
    }
    open = ledger_balance(lg, ACCT_RECEIVABLE);
    if (open <= 0) {
        return BILLING_ERR_NOTHING;
    }
    return post_settlement(lg, KIND_WRITE_OFF, ACCT_DISCOUNT, ref, open, day);
}
