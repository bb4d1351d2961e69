/* Visible tests for the fee schedule: build and run with the task's test command. */
#include <stdio.h>

#include "fees.h"

static int checks;
static int failures;

static void expect_int(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

int main(void)
{
    expect_int("debit", fee_card_payment(PM_DEBIT, 12345, 0), 25);
    expect_int("debit business", fee_card_payment(PM_DEBIT, 12345, FEE_FLAG_BUSINESS), 10);
    expect_int("credit", fee_card_payment(PM_CREDIT, 10000, 0), 160);
    expect_int("credit foreign business", fee_card_payment(PM_CREDIT, 10000, FEE_FLAG_FOREIGN | FEE_FLAG_BUSINESS), 360);
    expect_int("amex minimum", fee_card_payment(PM_AMEX, 1000, 0), 100);
    expect_int("wallet cap", fee_card_payment(PM_WALLET, 50000, 0), 200);
    expect_int("foreign wallet", fee_card_payment(PM_WALLET, 5000, FEE_FLAG_FOREIGN), FEE_ERR_FLAGS);
    expect_int("unknown method", fee_card_payment(7, 5000, 0), FEE_ERR_METHOD);

    expect_int("domestic next day", fee_transfer(TR_DOMESTIC, 99900, 1), 0);
    expect_int("sepa same day", fee_transfer(TR_SEPA, 99900, 0), 185);
    expect_int("swift express", fee_transfer(TR_SWIFT, 2500000, 1), 5000);
    expect_int("instant", fee_transfer(TR_INSTANT, 200000, 0), 100);
    expect_int("instant too large", fee_transfer(TR_INSTANT, 1500001, 0), FEE_ERR_AMOUNT);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
