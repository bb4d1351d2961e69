/* ledger.c - the general ledger: posting entries and reading balances.
 *
 * Each document kind has one rule: the accounts it may post to, the largest amount of one
 * entry and the letter its references start with.
 */
#include <stddef.h>
#include <string.h>

#include "ledger.h"

#define ACCOUNT_BIT(account) (1u << (account))
#define LAST_DAY 366

struct kind_rule {
    int kind;
    char letter;
    long limit;
    unsigned accounts; /* ACCOUNT_BIT of each account the kind may post to */
};

static const struct kind_rule KIND_RULES[] = {
    {KIND_INVOICE, 'I', 10000000L, ACCOUNT_BIT(ACCT_RECEIVABLE) | ACCOUNT_BIT(ACCT_REVENUE) | ACCOUNT_BIT(ACCT_TAX)},
    {KIND_PAYMENT, 'P', 5000000L, ACCOUNT_BIT(ACCT_CASH) | ACCOUNT_BIT(ACCT_RECEIVABLE)},
    {KIND_CREDIT_NOTE, 'C', 10000000L,
     ACCOUNT_BIT(ACCT_RECEIVABLE) | ACCOUNT_BIT(ACCT_REVENUE) | ACCOUNT_BIT(ACCT_TAX)},
    {KIND_WRITE_OFF, 'W', 50000L, ACCOUNT_BIT(ACCT_RECEIVABLE) | ACCOUNT_BIT(ACCT_DISCOUNT)},
};

static const struct kind_rule *rule_for(int kind)
{
    size_t i;

    for (i = 0; i < sizeof KIND_RULES / sizeof KIND_RULES[0]; i++) {
        if (KIND_RULES[i].kind == kind) {
            return &KIND_RULES[i];
        }
    }
    return NULL;
}

static int account_allowed(const struct kind_rule *rule, int account)
{
    return account >= ACCT_RECEIVABLE && account <= ACCT_DISCOUNT && (rule->accounts & ACCOUNT_BIT(account)) != 0;
}

/* Capital letters and digits, and dashes anywhere but at the end. */
static int ref_char_ok(const char *ref, size_t i, size_t len)
{
    char c = ref[i];

    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        return 1;
    }
    return c == '-' && i + 1 < len;
}

/* Sets *len to the reference's length; 0 or LEDGER_ERR_REF. */
static int check_ref(const char *ref, char letter, size_t *len)
{
    size_t n = 0;
    size_t i;

    while (n < LEDGER_REF_LEN && ref[n] != '\0') {
        n++;
    }
    if (n < 2 || n >= LEDGER_REF_LEN || ref[0] != letter) {
        return LEDGER_ERR_REF;
    }
    for (i = 1; i < n; i++) {
        if (!ref_char_ok(ref, i, n)) {
            return LEDGER_ERR_REF;
        }
    }
    *len = n;
    return 0;
}

static int check_day(const struct ledger *lg, int day)
{
    if (day < 1 || day > LAST_DAY) {
        return LEDGER_ERR_DAY;
    }
    if (day <= lg->closed_through) {
        return LEDGER_ERR_CLOSED;
    }
    if (lg->count >= LEDGER_CAPACITY) {
        return LEDGER_ERR_FULL;
    }
    return 0;
}

static int append_entry(struct ledger *lg, int account, int kind, long amount, int side, const char *ref,
                        size_t len, int day)
{
    struct ledger_entry *e = &lg->entries[lg->count];
    int debit = side == LEDGER_DEBIT;

    e->seq = lg->count + 1;
    e->account = account;
    e->kind = kind;
    e->day = day;
    e->debit = debit ? amount : 0;
    e->credit = debit ? 0 : amount;
    lg->balance[account] += debit ? amount : -amount;
    memcpy(e->ref, ref, len);
    e->ref[len] = '\0';
    lg->count++;
    return e->seq;
}

int ledger_post_entry(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day)
{
    const struct kind_rule *rule;
    size_t len = 0;
    int rc;

    if (lg == NULL || ref == NULL || (side != LEDGER_DEBIT && side != LEDGER_CREDIT)) {
        return LEDGER_ERR_ARG;
    }
    rule = rule_for(kind);
    if (rule == NULL) {
        return LEDGER_ERR_ARG;
    }
    if (!account_allowed(rule, account)) {
        return LEDGER_ERR_ACCOUNT;
    }
    if (amount <= 0 || amount > rule->limit) {
        return LEDGER_ERR_AMOUNT;
    }
    rc = check_ref(ref, rule->letter, &len);
    if (rc == 0) {
        rc = check_day(lg, day);
    }
    if (rc != 0) {
        return rc;
    }
    return append_entry(lg, account, kind, amount, side, ref, len, day);
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
    if (day < 1 || day > LAST_DAY || day < lg->closed_through) {
        return LEDGER_ERR_DAY;
    }
    lg->closed_through = day;
    return 0;
}

/* Deprecated: kept for callers that have not moved to ledger_post_entry yet. */
int ldg_post(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day)
{
    return ledger_post_entry(lg, account, kind, amount, side, ref, day);
}
