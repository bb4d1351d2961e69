/* Visible tests for the record parsers: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "records.h"

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

static void expect_text(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

int main(void)
{
    struct customer_rec c;
    struct invoice_rec inv;
    struct payment_rec pay;

    expect_int("customer parses", parse_customer("C|CU-1001| Acme Tools Ltd |GB|2500.50\n", &c), REC_OK);
    expect_text("customer name is trimmed", c.name, "Acme Tools Ltd");
    expect_int("customer credit limit", c.credit_limit_cents, 250050);
    expect_int("invoice parses", parse_invoice("I|INV-77|CU-1001|2024-02-29|-19.9|EUR", &inv), REC_OK);
    expect_int("invoice amount", inv.amount_cents, -1990);
    expect_int("invoice day", inv.date.day, 29);
    expect_int("invoice currency", inv.currency, CUR_EUR);
    expect_int("payment parses", parse_payment("P|INV-77|2024-03-01|19.90|SEPA\r\n", &pay), REC_OK);
    expect_text("payment method", pay.method, "SEPA");
    expect_int("payment amount", pay.amount_cents, 1990);
    expect_int("impossible date", parse_payment("P|INV-77|2023-02-29|19.90|SEPA", &pay), REC_ERR_DATE);
    expect_int("wrong kind", parse_invoice("C|CU-1001|Acme|GB|1", &inv), REC_ERR_KIND);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
