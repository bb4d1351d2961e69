/* Hidden behaviour tests for the ledger posting function and the billing module.
 *
 * Built against the ORIGINAL headers (include/ and src/) with AddressSanitizer and UBSan; the
 * exit code decides. The posting function is being renamed (ldg_post -> ledger_post_entry), so
 * both names are declared weak and the tests call whichever one the library defines.
 * Every validation rule and its order, each kind's accounts and limits, the reference grammar
 * and length limits, days and closing, capacity, balances, tax rounding, and the all-or-nothing
 * posting of every billing document.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "billing.h"
#include "ledger.h"

#pragma weak ldg_post
int ledger_post_entry(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day)
    __attribute__((weak));

typedef int (*post_fn)(struct ledger *, int, int, long, int, const char *, int);

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void expect_true(const char *label, int ok)
{
    expect(label, ok ? 1 : 0, 1);
}

static post_fn poster(void)
{
    post_fn fn = ledger_post_entry;

    if (fn == NULL) {
        fn = ldg_post;
    }
    return fn;
}

static int post(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day)
{
    return poster()(lg, account, kind, amount, side, ref, day);
}

/* An empty ledger closed through day 20 (or a NULL-safe zero ledger when closed is 0). */
static void fresh(struct ledger *lg, int closed, int count)
{
    memset(lg, 0, sizeof *lg);
    lg->closed_through = closed;
    lg->count = count;
}

struct post_case {
    const char *label;
    int account;
    int kind;
    long amount;
    int side;
    const char *ref;
    int day;
    int want;
};

static const struct post_case POST_CASES[] = {
    {"NULL reference", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, NULL, 30, LEDGER_ERR_ARG},
    {"side 0", ACCT_RECEIVABLE, KIND_INVOICE, 100, 0, "I1", 30, LEDGER_ERR_ARG},
    {"side 3", ACCT_RECEIVABLE, KIND_INVOICE, 100, 3, "I1", 30, LEDGER_ERR_ARG},
    {"side -1", ACCT_RECEIVABLE, KIND_INVOICE, 100, -1, "I1", 30, LEDGER_ERR_ARG},
    {"bad side beats bad kind", ACCT_RECEIVABLE, 9, 100, 0, "I1", 30, LEDGER_ERR_ARG},
    {"kind 0", ACCT_RECEIVABLE, 0, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ARG},
    {"kind 5", ACCT_RECEIVABLE, 5, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ARG},
    {"kind -1", ACCT_RECEIVABLE, -1, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ARG},
    {"bad kind beats bad account", 9, 0, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ARG},
    {"bad kind beats bad amount", ACCT_CASH, 7, 0, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ARG},
    {"bad account beats bad amount", ACCT_CASH, KIND_INVOICE, 0, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ACCOUNT},
    {"account 0 beats bad amount", 0, KIND_PAYMENT, -1, LEDGER_DEBIT, "P1", 30, LEDGER_ERR_ACCOUNT},
    {"account 99", 99, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_ACCOUNT},
    {"account 32", 32, KIND_WRITE_OFF, 100, LEDGER_DEBIT, "W1", 30, LEDGER_ERR_ACCOUNT},
    {"account -40", -40, KIND_PAYMENT, 100, LEDGER_DEBIT, "P1", 30, LEDGER_ERR_ACCOUNT},
    {"invoice amount 0", ACCT_RECEIVABLE, KIND_INVOICE, 0, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_AMOUNT},
    {"invoice amount -1", ACCT_RECEIVABLE, KIND_INVOICE, -1, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_AMOUNT},
    {"invoice amount 1", ACCT_RECEIVABLE, KIND_INVOICE, 1, LEDGER_DEBIT, "I1", 30, 1},
    {"invoice amount at limit", ACCT_REVENUE, KIND_INVOICE, 10000000L, LEDGER_CREDIT, "I1", 30, 1},
    {"invoice amount over limit", ACCT_REVENUE, KIND_INVOICE, 10000001L, LEDGER_CREDIT, "I1", 30, LEDGER_ERR_AMOUNT},
    {"credit note amount at limit", ACCT_TAX, KIND_CREDIT_NOTE, 10000000L, LEDGER_DEBIT, "C1", 30, 1},
    {"credit note amount over limit", ACCT_TAX, KIND_CREDIT_NOTE, 10000001L, LEDGER_DEBIT, "C1", 30, LEDGER_ERR_AMOUNT},
    {"credit note amount 0", ACCT_TAX, KIND_CREDIT_NOTE, 0, LEDGER_DEBIT, "C1", 30, LEDGER_ERR_AMOUNT},
    {"payment amount at limit", ACCT_CASH, KIND_PAYMENT, 5000000L, LEDGER_DEBIT, "P1", 30, 1},
    {"payment amount over limit", ACCT_CASH, KIND_PAYMENT, 5000001L, LEDGER_DEBIT, "P1", 30, LEDGER_ERR_AMOUNT},
    {"payment amount 1", ACCT_CASH, KIND_PAYMENT, 1, LEDGER_DEBIT, "P1", 30, 1},
    {"payment amount 0", ACCT_CASH, KIND_PAYMENT, 0, LEDGER_DEBIT, "P1", 30, LEDGER_ERR_AMOUNT},
    {"write-off amount at limit", ACCT_DISCOUNT, KIND_WRITE_OFF, 50000L, LEDGER_DEBIT, "W1", 30, 1},
    {"write-off amount over limit", ACCT_DISCOUNT, KIND_WRITE_OFF, 50001L, LEDGER_DEBIT, "W1", 30, LEDGER_ERR_AMOUNT},
    {"write-off amount 1", ACCT_DISCOUNT, KIND_WRITE_OFF, 1, LEDGER_DEBIT, "W1", 30, 1},
    {"write-off amount 0", ACCT_DISCOUNT, KIND_WRITE_OFF, 0, LEDGER_DEBIT, "W1", 30, LEDGER_ERR_AMOUNT},
    {"bad amount beats bad reference", ACCT_CASH, KIND_PAYMENT, 0, LEDGER_DEBIT, "x", 30, LEDGER_ERR_AMOUNT},
    {"reference of 1 character", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I", 30, LEDGER_ERR_REF},
    {"empty reference", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "", 30, LEDGER_ERR_REF},
    {"reference of 2 characters", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I7", 30, 1},
    {"reference of 11 characters", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I123456789A", 30, 1},
    {"reference of 12 characters", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I123456789AB", 30, LEDGER_ERR_REF},
    {"reference of 30 characters", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I23456789012345678901234567890", 30, LEDGER_ERR_REF},
    {"invoice reference with P", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "P1", 30, LEDGER_ERR_REF},
    {"payment reference with I", ACCT_CASH, KIND_PAYMENT, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_REF},
    {"credit note reference with I", ACCT_REVENUE, KIND_CREDIT_NOTE, 100, LEDGER_DEBIT, "I1", 30, LEDGER_ERR_REF},
    {"write-off reference with C", ACCT_RECEIVABLE, KIND_WRITE_OFF, 100, LEDGER_CREDIT, "C1", 30, LEDGER_ERR_REF},
    {"lower-case kind letter", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "i1", 30, LEDGER_ERR_REF},
    {"lower-case letter inside", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1a", 30, LEDGER_ERR_REF},
    {"capital letters A and Z", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "IAZ", 30, 1},
    {"digits 0 and 9", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I09", 30, 1},
    {"character before A", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1@", 30, LEDGER_ERR_REF},
    {"character after Z", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1[", 30, LEDGER_ERR_REF},
    {"character before 0", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I/1", 30, LEDGER_ERR_REF},
    {"character after 9", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I:1", 30, LEDGER_ERR_REF},
    {"space", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I 1", 30, LEDGER_ERR_REF},
    {"dash inside", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I-1", 30, 1},
    {"two dashes", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I--1", 30, 1},
    {"dash at the end", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1-", 30, LEDGER_ERR_REF},
    {"dash only", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I-", 30, LEDGER_ERR_REF},
    {"dash first", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "-I1", 30, LEDGER_ERR_REF},
    {"bad reference beats bad day", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I", 0, LEDGER_ERR_REF},
    {"day 0", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 0, LEDGER_ERR_DAY},
    {"day -1", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", -1, LEDGER_ERR_DAY},
    {"day 366", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 366, 1},
    {"day 367", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 367, LEDGER_ERR_DAY},
    {"closed day 20", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 20, LEDGER_ERR_CLOSED},
    {"closed day 1", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 1, LEDGER_ERR_CLOSED},
    {"open day 21", ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 21, 1},
};

static void test_post_cases(void)
{
    size_t i;
    struct ledger lg;
    struct ledger before;

    for (i = 0; i < sizeof POST_CASES / sizeof POST_CASES[0]; i++) {
        const struct post_case *c = &POST_CASES[i];
        int got;

        fresh(&lg, 20, 0);
        before = lg;
        got = post(&lg, c->account, c->kind, c->amount, c->side, c->ref, c->day);
        expect(c->label, got, c->want);
        if (c->want < 0) {
            expect_true(c->label, memcmp(&lg, &before, sizeof lg) == 0);
        } else {
            expect(c->label, lg.count, 1);
            expect(c->label, strcmp(lg.entries[0].ref, c->ref), 0);
        }
    }
    expect("NULL ledger", post(NULL, ACCT_RECEIVABLE, KIND_INVOICE, 100, LEDGER_DEBIT, "I1", 30), LEDGER_ERR_ARG);
}

/* Which accounts each kind may post to: accounts -1..7 against kinds 1..4. */
static void test_account_matrix(void)
{
    static const char *const REFS[] = {"", "I-1", "P-1", "C-1", "W-1"};
    static const int ALLOWED[5][9] = {
        /*      -1 0  1  2  3  4  5  6  7 */
        {0},
        /* I */ {0, 0, 1, 1, 1, 0, 0, 0, 0},
        /* P */ {0, 0, 1, 0, 0, 1, 0, 0, 0},
        /* C */ {0, 0, 1, 1, 1, 0, 0, 0, 0},
        /* W */ {0, 0, 1, 0, 0, 0, 1, 0, 0},
    };
    int kind;
    int account;
    struct ledger lg;
    char label[64];

    for (kind = KIND_INVOICE; kind <= KIND_WRITE_OFF; kind++) {
        for (account = -1; account <= 7; account++) {
            snprintf(label, sizeof label, "kind %d account %d", kind, account);
            fresh(&lg, 0, 0);
            expect(label, post(&lg, account, kind, 700, LEDGER_CREDIT, REFS[kind], 5),
                   ALLOWED[kind][account + 1] ? 1 : LEDGER_ERR_ACCOUNT);
        }
    }
}

static void test_entries_and_balances(void)
{
    struct ledger lg;
    char unterminated[LEDGER_REF_LEN];

    fresh(&lg, 0, 0);
    expect("first entry", post(&lg, ACCT_RECEIVABLE, KIND_INVOICE, 1190, LEDGER_DEBIT, "I-100", 3), 1);
    expect("second entry", post(&lg, ACCT_REVENUE, KIND_INVOICE, 1000, LEDGER_CREDIT, "I-100", 3), 2);
    expect("third entry", post(&lg, ACCT_TAX, KIND_INVOICE, 190, LEDGER_CREDIT, "I-100", 4), 3);
    expect("fourth entry", post(&lg, ACCT_RECEIVABLE, KIND_PAYMENT, 500, LEDGER_CREDIT, "PAY9", 9), 4);
    expect("count", lg.count, 4);
    expect("seq 1", lg.entries[0].seq, 1);
    expect("seq 4", lg.entries[3].seq, 4);
    expect("account", lg.entries[1].account, ACCT_REVENUE);
    expect("kind", lg.entries[3].kind, KIND_PAYMENT);
    expect("debit of a debit", lg.entries[0].debit, 1190);
    expect("credit of a debit", lg.entries[0].credit, 0);
    expect("debit of a credit", lg.entries[1].debit, 0);
    expect("credit of a credit", lg.entries[1].credit, 1000);
    expect("day", lg.entries[2].day, 4);
    expect("reference", strcmp(lg.entries[3].ref, "PAY9"), 0);
    expect("receivable", lg.balance[ACCT_RECEIVABLE], 690);
    expect("revenue", lg.balance[ACCT_REVENUE], -1000);
    expect("tax", lg.balance[ACCT_TAX], -190);
    expect("cash untouched", lg.balance[ACCT_CASH], 0);
    expect("ledger_balance receivable", ledger_balance(&lg, ACCT_RECEIVABLE), 690);
    expect("ledger_balance tax", ledger_balance(&lg, ACCT_TAX), -190);
    expect("ledger_balance discount", ledger_balance(&lg, ACCT_DISCOUNT), 0);
    lg.balance[0] = 77;
    lg.balance[ACCT_DISCOUNT] = 55;
    expect("ledger_balance account 5", ledger_balance(&lg, ACCT_DISCOUNT), 55);
    expect("ledger_balance account 0", ledger_balance(&lg, 0), 0);
    expect("ledger_balance account 6", ledger_balance(&lg, 6), 0);
    expect("ledger_balance account -1", ledger_balance(&lg, -1), 0);
    expect("ledger_balance NULL", ledger_balance(NULL, ACCT_TAX), 0);

    /* a reference buffer with no terminator within the limit is read no further than its size */
    memcpy(unterminated, "I23456789ABC", LEDGER_REF_LEN);
    expect("unterminated reference", post(&lg, ACCT_RECEIVABLE, KIND_INVOICE, 5, LEDGER_DEBIT, unterminated, 9),
           LEDGER_ERR_REF);
    memcpy(unterminated, "I23456789AB", LEDGER_REF_LEN);
    expect("longest reference", post(&lg, ACCT_RECEIVABLE, KIND_INVOICE, 5, LEDGER_DEBIT, unterminated, 9), 5);
    expect("longest reference copied", strcmp(lg.entries[4].ref, "I23456789AB"), 0);
}

static void test_capacity_and_closing(void)
{
    struct ledger lg;
    struct ledger before;
    int i;

    fresh(&lg, 0, 0);
    for (i = 0; i < LEDGER_CAPACITY; i++) {
        expect("filling", post(&lg, ACCT_CASH, KIND_PAYMENT, 10 + i, LEDGER_DEBIT, "P1", 50), i + 1);
    }
    expect("cash after filling", lg.balance[ACCT_CASH], 10 * 16 + 120);
    before = lg;
    expect("full", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 50), LEDGER_ERR_FULL);
    expect("bad day beats full", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 0), LEDGER_ERR_DAY);
    lg.closed_through = 50;
    before.closed_through = 50;
    expect("closed beats full", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 50), LEDGER_ERR_CLOSED);
    expect_true("full ledger unchanged", memcmp(&lg, &before, sizeof lg) == 0);
    fresh(&lg, 0, LEDGER_CAPACITY - 1);
    expect("last free entry", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 50), LEDGER_CAPACITY);

    fresh(&lg, 0, 0);
    expect("close NULL", ledger_close_through(NULL, 10), LEDGER_ERR_ARG);
    expect("close day 0", ledger_close_through(&lg, 0), LEDGER_ERR_DAY);
    expect("close day 367", ledger_close_through(&lg, 367), LEDGER_ERR_DAY);
    expect("close day 1", ledger_close_through(&lg, 1), 0);
    expect("closed through 1", lg.closed_through, 1);
    expect("close day 100", ledger_close_through(&lg, 100), 0);
    expect("close day 99", ledger_close_through(&lg, 99), LEDGER_ERR_DAY);
    expect("still closed through 100", lg.closed_through, 100);
    expect("close day 100 again", ledger_close_through(&lg, 100), 0);
    expect("post on closed day", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 100), LEDGER_ERR_CLOSED);
    expect("post after closed day", post(&lg, ACCT_CASH, KIND_PAYMENT, 10, LEDGER_DEBIT, "P1", 101), 1);
    expect("close day 366", ledger_close_through(&lg, 366), 0);
    expect("closed through 366", lg.closed_through, 366);
}

static void test_tax(void)
{
    expect("tax code -1", billing_tax(100, -1), BILLING_ERR_TAX);
    expect("tax code 3", billing_tax(100, 3), BILLING_ERR_TAX);
    expect("tax code beats amount", billing_tax(-5, 3), BILLING_ERR_TAX);
    expect("negative net", billing_tax(-1, TAX_STANDARD), LEDGER_ERR_AMOUNT);
    expect("negative net exempt", billing_tax(-1, TAX_EXEMPT), LEDGER_ERR_AMOUNT);
    expect("net over the limit", billing_tax(10000001L, TAX_REDUCED), LEDGER_ERR_AMOUNT);
    expect("net over the limit exempt", billing_tax(10000001L, TAX_EXEMPT), LEDGER_ERR_AMOUNT);
    expect("net at the limit", billing_tax(10000000L, TAX_STANDARD), 1900000L);
    expect("net 0", billing_tax(0, TAX_STANDARD), 0);
    expect("exempt", billing_tax(123456, TAX_EXEMPT), 0);
    expect("reduced 7", billing_tax(7, TAX_REDUCED), 0);
    expect("reduced 8", billing_tax(8, TAX_REDUCED), 1);
    expect("reduced 50 rounds half up", billing_tax(50, TAX_REDUCED), 4);
    expect("reduced 49", billing_tax(49, TAX_REDUCED), 3);
    expect("reduced 150", billing_tax(150, TAX_REDUCED), 11);
    expect("reduced 1000", billing_tax(1000, TAX_REDUCED), 70);
    expect("standard 50 rounds half up", billing_tax(50, TAX_STANDARD), 10);
    expect("standard 49", billing_tax(49, TAX_STANDARD), 9);
    expect("standard 2", billing_tax(2, TAX_STANDARD), 0);
    expect("standard 3", billing_tax(3, TAX_STANDARD), 1);
    expect("standard 1000", billing_tax(1000, TAX_STANDARD), 190);
}

static void expect_entry(const char *label, const struct ledger *lg, int index, int account, int kind, long debit,
                         long credit, const char *ref, int day)
{
    const struct ledger_entry *e = &lg->entries[index];

    expect(label, e->seq, index + 1);
    expect(label, e->account, account);
    expect(label, e->kind, kind);
    expect(label, e->debit, debit);
    expect(label, e->credit, credit);
    expect(label, strcmp(e->ref, ref), 0);
    expect(label, e->day, day);
}

static void test_invoices(void)
{
    struct ledger lg;
    struct ledger before;

    expect("invoice NULL ledger", billing_invoice(NULL, "I1", 100, TAX_EXEMPT, 30), LEDGER_ERR_ARG);
    fresh(&lg, 20, 0);
    before = lg;
    expect("invoice bad tax code", billing_invoice(&lg, "I1", 100, 5, 30), BILLING_ERR_TAX);
    expect("invoice negative net", billing_invoice(&lg, "I1", -100, TAX_STANDARD, 30), LEDGER_ERR_AMOUNT);
    expect("invoice net over limit", billing_invoice(&lg, "I1", 10000001L, TAX_EXEMPT, 30), LEDGER_ERR_AMOUNT);
    expect("invoice net 0", billing_invoice(&lg, "I1", 0, TAX_STANDARD, 30), LEDGER_ERR_AMOUNT);
    expect("invoice gross over limit", billing_invoice(&lg, "I1", 9000000L, TAX_STANDARD, 30), LEDGER_ERR_AMOUNT);
    expect("invoice NULL number", billing_invoice(&lg, NULL, 100, TAX_STANDARD, 30), LEDGER_ERR_ARG);
    expect("invoice payment number", billing_invoice(&lg, "P1", 100, TAX_STANDARD, 30), LEDGER_ERR_REF);
    expect("invoice closed day", billing_invoice(&lg, "I1", 100, TAX_STANDARD, 20), LEDGER_ERR_CLOSED);
    expect("invoice day 367", billing_invoice(&lg, "I1", 100, TAX_STANDARD, 367), LEDGER_ERR_DAY);
    expect_true("refused invoices leave the ledger alone", memcmp(&lg, &before, sizeof lg) == 0);

    expect("invoice exempt", billing_invoice(&lg, "I-1", 10000000L, TAX_EXEMPT, 21), 2);
    expect_entry("exempt receivable", &lg, 0, ACCT_RECEIVABLE, KIND_INVOICE, 10000000L, 0, "I-1", 21);
    expect_entry("exempt revenue", &lg, 1, ACCT_REVENUE, KIND_INVOICE, 0, 10000000L, "I-1", 21);
    expect("invoice tax rounds to 0", billing_invoice(&lg, "I-2", 7, TAX_REDUCED, 22), 2);
    expect("invoice reduced", billing_invoice(&lg, "I-3", 150, TAX_REDUCED, 23), 3);
    expect_entry("reduced receivable", &lg, 4, ACCT_RECEIVABLE, KIND_INVOICE, 161, 0, "I-3", 23);
    expect_entry("reduced revenue", &lg, 5, ACCT_REVENUE, KIND_INVOICE, 0, 150, "I-3", 23);
    expect_entry("reduced tax", &lg, 6, ACCT_TAX, KIND_INVOICE, 0, 11, "I-3", 23);
    expect("invoices count", lg.count, 7);
    expect("invoices receivable", lg.balance[ACCT_RECEIVABLE], 10000000L + 7 + 161);
    expect("invoices revenue", lg.balance[ACCT_REVENUE], -(10000000L + 7 + 150));
    expect("invoices tax", lg.balance[ACCT_TAX], -11);

    /* all or nothing when the ledger fills up part way */
    fresh(&lg, 0, LEDGER_CAPACITY - 2);
    lg.balance[ACCT_RECEIVABLE] = 40;
    before = lg;
    expect("invoice, tax entry does not fit", billing_invoice(&lg, "I9", 1000, TAX_STANDARD, 60), LEDGER_ERR_FULL);
    expect_true("ledger restored after the third posting", memcmp(&lg, &before, sizeof lg) == 0);
    expect("exempt invoice fits", billing_invoice(&lg, "I9", 1000, TAX_EXEMPT, 60), 2);
    expect("receivable after filling", lg.balance[ACCT_RECEIVABLE], 1040);
    fresh(&lg, 0, LEDGER_CAPACITY - 1);
    before = lg;
    expect("invoice, revenue entry does not fit", billing_invoice(&lg, "I9", 1000, TAX_EXEMPT, 60), LEDGER_ERR_FULL);
    expect_true("ledger restored after the second posting", memcmp(&lg, &before, sizeof lg) == 0);
}

static void test_credit_notes(void)
{
    struct ledger lg;
    struct ledger before;

    expect("credit note NULL ledger", billing_credit_note(NULL, "C1", 100, TAX_EXEMPT, 30), LEDGER_ERR_ARG);
    fresh(&lg, 20, 0);
    expect("credit note bad tax code beats balance", billing_credit_note(&lg, "C1", 100, 3, 30), BILLING_ERR_TAX);
    expect("credit note negative net", billing_credit_note(&lg, "C1", -1, TAX_EXEMPT, 30), LEDGER_ERR_AMOUNT);
    expect("credit note on an empty ledger", billing_credit_note(&lg, "C1", 100, TAX_EXEMPT, 30), BILLING_ERR_EXCEEDS);
    expect("credit note net 0", billing_credit_note(&lg, "C1", 0, TAX_EXEMPT, 30), LEDGER_ERR_AMOUNT);
    expect("invoice to credit", billing_invoice(&lg, "I1", 1000, TAX_STANDARD, 30), 3);
    before = lg;
    expect("credit note one cent too much", billing_credit_note(&lg, "C1", 1191, TAX_EXEMPT, 31), BILLING_ERR_EXCEEDS);
    expect("credit note of the whole gross", billing_credit_note(&lg, "C1", 1000, TAX_STANDARD, 31), 3);
    expect("receivable credited", lg.balance[ACCT_RECEIVABLE], 0);
    expect_entry("credit receivable", &lg, 3, ACCT_RECEIVABLE, KIND_CREDIT_NOTE, 0, 1190, "C1", 31);
    expect_entry("credit revenue", &lg, 4, ACCT_REVENUE, KIND_CREDIT_NOTE, 1000, 0, "C1", 31);
    expect_entry("credit tax", &lg, 5, ACCT_TAX, KIND_CREDIT_NOTE, 190, 0, "C1", 31);
    expect("revenue back to 0", lg.balance[ACCT_REVENUE], 0);
    expect("tax back to 0", lg.balance[ACCT_TAX], 0);
    lg = before;
    expect("credit note over the balance by tax", billing_credit_note(&lg, "C2", 1113, TAX_REDUCED, 31),
           BILLING_ERR_EXCEEDS);
    expect("credit note with invoice number", billing_credit_note(&lg, "I1", 100, TAX_EXEMPT, 31), LEDGER_ERR_REF);
    expect("credit note NULL number", billing_credit_note(&lg, NULL, 100, TAX_EXEMPT, 31), LEDGER_ERR_ARG);
    expect("credit note closed day", billing_credit_note(&lg, "C2", 100, TAX_EXEMPT, 20), LEDGER_ERR_CLOSED);
    expect_true("refused credit notes leave the ledger alone", memcmp(&lg, &before, sizeof lg) == 0);
    expect("credit note exempt", billing_credit_note(&lg, "C3", 1190, TAX_EXEMPT, 32), 2);
    expect_entry("exempt credit revenue", &lg, 4, ACCT_REVENUE, KIND_CREDIT_NOTE, 1190, 0, "C3", 32);
    expect("count after exempt credit note", lg.count, 5);

    fresh(&lg, 0, LEDGER_CAPACITY - 2);
    lg.balance[ACCT_RECEIVABLE] = 5000;
    before = lg;
    expect("credit note, tax entry does not fit", billing_credit_note(&lg, "C4", 100, TAX_REDUCED, 70), LEDGER_ERR_FULL);
    expect_true("ledger restored after the credit note", memcmp(&lg, &before, sizeof lg) == 0);
    fresh(&lg, 0, LEDGER_CAPACITY - 1);
    lg.balance[ACCT_RECEIVABLE] = 5000;
    before = lg;
    expect("credit note, revenue entry does not fit", billing_credit_note(&lg, "C4", 100, TAX_EXEMPT, 70), LEDGER_ERR_FULL);
    expect_true("ledger restored after the credit note (2)", memcmp(&lg, &before, sizeof lg) == 0);
}

static void test_payments(void)
{
    struct ledger lg;
    struct ledger before;

    expect("payment NULL ledger", billing_payment(NULL, "P1", 100, 30), LEDGER_ERR_ARG);
    fresh(&lg, 20, 0);
    expect("payment on an empty ledger", billing_payment(&lg, "P1", 1, 30), BILLING_ERR_EXCEEDS);
    expect("payment of 0 on an empty ledger", billing_payment(&lg, "P1", 0, 30), LEDGER_ERR_AMOUNT);
    expect("invoice to pay", billing_invoice(&lg, "I1", 6000000L, TAX_EXEMPT, 30), 2);
    before = lg;
    expect("payment over the ledger limit", billing_payment(&lg, "P1", 5000001L, 31), LEDGER_ERR_AMOUNT);
    expect("payment NULL ref beats nothing", billing_payment(&lg, NULL, 100, 31), LEDGER_ERR_ARG);
    expect("payment exceeds beats NULL ref", billing_payment(&lg, NULL, 6000001L, 31), BILLING_ERR_EXCEEDS);
    expect("payment negative", billing_payment(&lg, "P1", -1, 31), LEDGER_ERR_AMOUNT);
    expect("payment invoice ref", billing_payment(&lg, "I1", 100, 31), LEDGER_ERR_REF);
    expect("payment closed day", billing_payment(&lg, "P1", 100, 19), LEDGER_ERR_CLOSED);
    expect_true("refused payments leave the ledger alone", memcmp(&lg, &before, sizeof lg) == 0);
    expect("payment at the ledger limit", billing_payment(&lg, "P-1", 5000000L, 31), 2);
    expect_entry("payment cash", &lg, 2, ACCT_CASH, KIND_PAYMENT, 5000000L, 0, "P-1", 31);
    expect_entry("payment receivable", &lg, 3, ACCT_RECEIVABLE, KIND_PAYMENT, 0, 5000000L, "P-1", 31);
    expect("payment one cent over the balance", billing_payment(&lg, "P-2", 1000001L, 32), BILLING_ERR_EXCEEDS);
    expect("payment of the whole balance", billing_payment(&lg, "P-2", 1000000L, 32), 2);
    expect("paid in full", lg.balance[ACCT_RECEIVABLE], 0);
    expect("cash", lg.balance[ACCT_CASH], 6000000L);

    fresh(&lg, 0, LEDGER_CAPACITY - 1);
    lg.balance[ACCT_RECEIVABLE] = 900;
    before = lg;
    expect("payment, second entry does not fit", billing_payment(&lg, "P5", 900, 80), LEDGER_ERR_FULL);
    expect_true("ledger restored after the payment", memcmp(&lg, &before, sizeof lg) == 0);
    fresh(&lg, 0, LEDGER_CAPACITY - 2);
    lg.balance[ACCT_RECEIVABLE] = 900;
    expect("payment fills the ledger", billing_payment(&lg, "P5", 900, 80), 2);
    expect("count after payment", lg.count, LEDGER_CAPACITY);
}

static void test_write_offs(void)
{
    struct ledger lg;
    struct ledger before;

    expect("write-off NULL ledger", billing_write_off(NULL, "W1", 30), LEDGER_ERR_ARG);
    fresh(&lg, 20, 0);
    expect("write-off with nothing open", billing_write_off(&lg, "W1", 30), BILLING_ERR_NOTHING);
    lg.balance[ACCT_RECEIVABLE] = -5;
    expect("write-off of a credit balance", billing_write_off(&lg, "W1", 30), BILLING_ERR_NOTHING);
    lg.balance[ACCT_RECEIVABLE] = 50001;
    before = lg;
    expect("write-off over the ledger limit", billing_write_off(&lg, "W1", 30), LEDGER_ERR_AMOUNT);
    lg.balance[ACCT_RECEIVABLE] = 1;
    before = lg;
    expect("write-off NULL ref", billing_write_off(&lg, NULL, 30), LEDGER_ERR_ARG);
    expect("write-off payment ref", billing_write_off(&lg, "P1", 30), LEDGER_ERR_REF);
    expect("write-off closed day", billing_write_off(&lg, "W1", 20), LEDGER_ERR_CLOSED);
    expect_true("refused write-offs leave the ledger alone", memcmp(&lg, &before, sizeof lg) == 0);
    expect("write-off of 1 cent", billing_write_off(&lg, "W1", 21), 2);
    expect_entry("write-off discount", &lg, 0, ACCT_DISCOUNT, KIND_WRITE_OFF, 1, 0, "W1", 21);
    expect_entry("write-off receivable", &lg, 1, ACCT_RECEIVABLE, KIND_WRITE_OFF, 0, 1, "W1", 21);
    expect("receivable written off", lg.balance[ACCT_RECEIVABLE], 0);
    expect("discount", lg.balance[ACCT_DISCOUNT], 1);
    lg.balance[ACCT_RECEIVABLE] = 50000;
    expect("write-off at the ledger limit", billing_write_off(&lg, "W-2", 22), 2);
    expect("discount after the second write-off", lg.balance[ACCT_DISCOUNT], 50001);

    fresh(&lg, 0, LEDGER_CAPACITY - 1);
    lg.balance[ACCT_RECEIVABLE] = 300;
    before = lg;
    expect("write-off, second entry does not fit", billing_write_off(&lg, "W3", 90), LEDGER_ERR_FULL);
    expect_true("ledger restored after the write-off", memcmp(&lg, &before, sizeof lg) == 0);
    fresh(&lg, 0, LEDGER_CAPACITY);
    lg.balance[ACCT_RECEIVABLE] = 300;
    before = lg;
    expect("write-off on a full ledger", billing_write_off(&lg, "W3", 90), LEDGER_ERR_FULL);
    expect_true("full ledger unchanged by the write-off", memcmp(&lg, &before, sizeof lg) == 0);
}

int main(void)
{
    test_post_cases();
    test_account_matrix();
    test_entries_and_balances();
    test_capacity_and_closing();
    test_tax();
    test_invoices();
    test_credit_notes();
    test_payments();
    test_write_offs();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
