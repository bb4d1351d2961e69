/* Visible tests for the CSV order-row reader: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "csvrow.h"

static int checks;
static int failures;

static void expect(const char *label, long long got, long long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %lld, want %lld\n", label, got, want);
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
    struct csv_fields f;
    struct order_row row;
    int col = -1;

    expect("split", csv_split(" a , \"b, \"\"c\"\"\" ,,d\r\n", &f, &col), CSV_OK);
    expect("split count", f.count, 4);
    expect_text("plain field trimmed", f.text[0], "a");
    expect_text("quoted field", f.text[1], "b, \"c\"");
    expect_text("empty field", f.text[2], "");
    expect("quoted mask", f.quoted, 2);
    expect("split column", col, 0);
    expect("unterminated quote", csv_split("a,\"b", &f, &col), CSV_ERR_QUOTE);
    expect("its column", col, 2);

    expect("order", csv_read_order("A-100,\"Smith, Jane\",2024-02-29,3,19.9,1.25,2024-03-02,SHIPPED\n", &row, &col),
           CSV_OK);
    expect_text("order id", row.id, "A-100");
    expect_text("customer", row.customer, "Smith, Jane");
    expect("order day", row.ordered.day, 29);
    expect("quantity", row.quantity, 3);
    expect("price", row.price_cents, 1990);
    expect("weight", row.weight_g, 1250);
    expect("ship month", row.shipped.month, 3);
    expect("status", row.status, STATUS_SHIPPED);
    expect("total", row.total_cents, 5970);
    expect("legacy row", csv_read_order("B7,Lee,2023-11-30,1,0,0.5,", &row, &col), CSV_OK);
    expect("legacy status", row.status, STATUS_PAID);
    expect("bad month", csv_read_order("B7,Lee,2023-13-01,1,5,1,,NEW", &row, &col), CSV_ERR_RANGE);
    expect("bad month column", col, 3);
    expect("three decimals in a price", csv_read_order("B7,Lee,2023-12-01,1,5.001,1,,NEW", &row, &col),
           CSV_ERR_FORMAT);
    expect("price column", col, 5);
    expect("shipped without date", csv_read_order("B7,Lee,2023-12-01,1,5,1,,SHIPPED", &row, &col), CSV_ERR_STATUS);
    expect("status column", col, 8);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
