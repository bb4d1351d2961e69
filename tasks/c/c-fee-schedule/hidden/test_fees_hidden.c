/* Hidden behaviour tests for the fee schedule.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every method and kind, every flag combination, the order of the checks, each minimum and
 * maximum at x-1/x/x+1, and the half-up rounding of each percentage.
 */
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

#define FO FEE_FLAG_FOREIGN
#define BU FEE_FLAG_BUSINESS

struct card_case {
    const char *label;
    int method;
    long amount;
    unsigned flags;
    long want;
};

static const struct card_case CARDS[] = {
    {"flag 4", PM_DEBIT, 1000, 0x04u, FEE_ERR_FLAGS},
    {"flag 4 beats method", 9, 1000, 0x04u, FEE_ERR_FLAGS},
    {"flag 0x80 beats amount", PM_DEBIT, 0, 0x80u, FEE_ERR_FLAGS},
    {"method -1", -1, 1000, 0, FEE_ERR_METHOD},
    {"method 4", 4, 1000, 0, FEE_ERR_METHOD},
    {"method beats amount", 4, -5, FO, FEE_ERR_METHOD},
    {"amount 0", PM_CREDIT, 0, 0, FEE_ERR_AMOUNT},
    {"amount -1", PM_AMEX, -1, 0, FEE_ERR_AMOUNT},
    {"amount beats foreign wallet", PM_WALLET, 0, FO, FEE_ERR_AMOUNT},
    {"debit 1 cent", PM_DEBIT, 1, 0, 5},
    {"debit minimum edge 2749", PM_DEBIT, 2749, 0, 5},
    {"debit 2750 rounds up to 6", PM_DEBIT, 2750, 0, 6},
    {"debit 24749", PM_DEBIT, 24749, 0, 49},
    {"debit 24750 reaches 50", PM_DEBIT, 24750, 0, 50},
    {"debit 25249", PM_DEBIT, 25249, 0, 50},
    {"debit 25250 capped", PM_DEBIT, 25250, 0, 50},
    {"debit 1000000 capped", PM_DEBIT, 1000000, 0, 50},
    {"debit business small", PM_DEBIT, 100, BU, 10},
    {"debit business large", PM_DEBIT, 1000000, BU, 10},
    {"debit foreign", PM_DEBIT, 12345, FO, 148},
    {"debit foreign rounds each part", PM_DEBIT, 3750, FO, 46},
    {"debit foreign large", PM_DEBIT, 1000000, FO, 10050},
    {"debit foreign business", PM_DEBIT, 12350, FO | BU, 134},
    {"credit 1 cent", PM_CREDIT, 1, 0, 10},
    {"credit rounds half up", PM_CREDIT, 3334, 0, 60},
    {"credit rounds down", PM_CREDIT, 3333, 0, 60},
    {"credit foreign", PM_CREDIT, 12345, FO, 380},
    {"credit business", PM_CREDIT, 12345, BU, 257},
    {"credit foreign business rounds once", PM_CREDIT, 143, FO | BU, 15},
    {"credit foreign business", PM_CREDIT, 12345, FO | BU, 442},
    {"amex 1 cent", PM_AMEX, 1, 0, 100},
    {"amex 2430", PM_AMEX, 2430, 0, 100},
    {"amex 2431", PM_AMEX, 2431, 0, 100},
    {"amex 2432", PM_AMEX, 2432, 0, 101},
    {"amex 2500", PM_AMEX, 2500, 0, 103},
    {"amex large", PM_AMEX, 123456, 0, 3610},
    {"amex foreign", PM_AMEX, 123456, FO, 4845},
    {"amex foreign minimum", PM_AMEX, 1000, FO, 100},
    {"amex foreign 1808", PM_AMEX, 1808, FO, 101},
    {"amex business", PM_AMEX, 123456, BU, 3610},
    {"amex foreign business", PM_AMEX, 123456, FO | BU, 4845},
    {"wallet 1 cent", PM_WALLET, 1, 0, 0},
    {"wallet 49", PM_WALLET, 49, 0, 0},
    {"wallet 50", PM_WALLET, 50, 0, 1},
    {"wallet 19949", PM_WALLET, 19949, 0, 199},
    {"wallet 19950", PM_WALLET, 19950, 0, 200},
    {"wallet 20049", PM_WALLET, 20049, 0, 200},
    {"wallet 20050 capped", PM_WALLET, 20050, 0, 200},
    {"wallet business", PM_WALLET, 12345, BU, 123},
    {"wallet foreign", PM_WALLET, 12345, FO, FEE_ERR_FLAGS},
    {"wallet foreign business", PM_WALLET, 12345, FO | BU, FEE_ERR_FLAGS},
};

struct transfer_case {
    const char *label;
    int kind;
    long amount;
    int days;
    long want;
};

static const struct transfer_case TRANSFERS[] = {
    {"kind -1", -1, 1000, 1, FEE_ERR_KIND},
    {"kind 4", 4, 1000, 1, FEE_ERR_KIND},
    {"kind beats amount", 4, 0, 99, FEE_ERR_KIND},
    {"amount 0", TR_DOMESTIC, 0, 1, FEE_ERR_AMOUNT},
    {"amount -1", TR_SWIFT, -1, 1, FEE_ERR_AMOUNT},
    {"amount beats days", TR_SEPA, 0, -1, FEE_ERR_AMOUNT},
    {"days -1", TR_DOMESTIC, 1000, -1, FEE_ERR_DAYS},
    {"days 31", TR_SEPA, 1000, 31, FEE_ERR_DAYS},
    {"days 30", TR_SEPA, 1000, 30, 35},
    {"domestic same day", TR_DOMESTIC, 1000, 0, 50},
    {"domestic 1 day", TR_DOMESTIC, 1000, 1, 0},
    {"domestic 30 days", TR_DOMESTIC, 99999999, 30, 0},
    {"sepa same day", TR_SEPA, 1, 0, 185},
    {"sepa 1 day", TR_SEPA, 1, 1, 35},
    {"sepa 2 days", TR_SEPA, 99999999, 2, 35},
    {"swift 1 cent", TR_SWIFT, 1, 5, 1500},
    {"swift 1494999", TR_SWIFT, 1494999, 5, 1500},
    {"swift 1495000", TR_SWIFT, 1495000, 5, 1500},
    {"swift 1505000", TR_SWIFT, 1505000, 5, 1505},
    {"swift 4994999", TR_SWIFT, 4994999, 5, 4995},
    {"swift 4995000", TR_SWIFT, 4995000, 5, 4995},
    {"swift 5005000 capped", TR_SWIFT, 5005000, 5, 5000},
    {"swift 0 days", TR_SWIFT, 2000000, 0, 4500},
    {"swift 1 day", TR_SWIFT, 2000000, 1, 4500},
    {"swift 2 days", TR_SWIFT, 2000000, 2, 2000},
    {"swift 3 days", TR_SWIFT, 2000000, 3, 2000},
    {"instant 1 cent", TR_INSTANT, 1, 0, 25},
    {"instant 49999", TR_INSTANT, 49999, 0, 25},
    {"instant 50000", TR_INSTANT, 50000, 0, 25},
    {"instant 51000", TR_INSTANT, 51000, 0, 26},
    {"instant rounds half up", TR_INSTANT, 123000, 0, 62},
    {"instant rounds down", TR_INSTANT, 122999, 0, 61},
    {"instant at the limit", TR_INSTANT, 1500000, 0, 750},
    {"instant over the limit", TR_INSTANT, 1500001, 0, FEE_ERR_AMOUNT},
    {"instant 1 day", TR_INSTANT, 1000, 1, FEE_ERR_DAYS},
    {"instant days beat the limit", TR_INSTANT, 1500001, 2, FEE_ERR_DAYS},
    {"instant days 31 is a days error", TR_INSTANT, 1000, 31, FEE_ERR_DAYS},
};

int main(void)
{
    size_t i;

    for (i = 0; i < sizeof CARDS / sizeof CARDS[0]; i++) {
        expect_int(CARDS[i].label, fee_card_payment(CARDS[i].method, CARDS[i].amount, CARDS[i].flags),
                   CARDS[i].want);
    }
    for (i = 0; i < sizeof TRANSFERS / sizeof TRANSFERS[0]; i++) {
        expect_int(TRANSFERS[i].label,
                   fee_transfer(TRANSFERS[i].kind, TRANSFERS[i].amount, TRANSFERS[i].days), TRANSFERS[i].want);
    }
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
