/* Visible tests for the billing module: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "billing.h"

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

int main(void)
{
    struct ledger lg;

    memset(&lg, 0, sizeof lg);
    expect("tax, reduced rate", billing_tax(1250, TAX_REDUCED), 88);
    expect("invoice with tax", billing_invoice(&lg, "I-2024-17", 100000, TAX_STANDARD, 40), 3);
    expect("receivable after invoice", lg.balance[ACCT_RECEIVABLE], 119000);
    expect("tax account after invoice", lg.balance[ACCT_TAX], -19000);
    expect("third entry is the tax", lg.entries[2].credit, 19000);
    expect("bad invoice reference", billing_invoice(&lg, "X-1", 500, TAX_EXEMPT, 41), LEDGER_ERR_REF);
    expect("nothing posted for the bad invoice", lg.count, 3);
    expect("payment", billing_payment(&lg, "P77", 4000, 45), 2);
    expect("cash after payment", lg.balance[ACCT_CASH], 4000);
    expect("write-off too large", billing_write_off(&lg, "W1", 50), LEDGER_ERR_AMOUNT);
    expect("credit note", billing_credit_note(&lg, "C-9", 60000, TAX_STANDARD, 51), 3);
    expect("write-off of the rest", billing_write_off(&lg, "W2", 52), 2);
    expect("receivable settled", lg.balance[ACCT_RECEIVABLE], 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
