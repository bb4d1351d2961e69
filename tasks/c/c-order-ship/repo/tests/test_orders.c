/* Visible tests for order shipping: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "orders.h"

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

static struct order one_line(int zone, unsigned flags, long unit_grams, long unit_cents, int qty)
{
    struct order o;

    memset(&o, 0, sizeof o);
    o.zone = zone;
    o.flags = flags;
    o.line_count = 1;
    o.lines[0].unit_grams = unit_grams;
    o.lines[0].unit_cents = unit_cents;
    o.lines[0].qty = qty;
    return o;
}

int main(void)
{
    struct order o;
    long cents = -1;

    o = one_line(2, 0, 1200, 1999, 2);
    expect_int("standard zone 2", order_shipping_quote(&o, &cents), ORD_OK);
    expect_int("standard zone 2 charge", cents, 590 + 5 * 85);
    expect_int("total", order_total(&o, &cents), ORD_OK);
    expect_int("total amount", cents, 2 * 1999 + 1015);

    o = one_line(3, ORDER_FLAG_EXPRESS | ORDER_FLAG_FRAGILE, 4000, 2500, 3);
    expect_int("express in two parcels", order_shipping_quote(&o, &cents), ORD_OK);
    expect_int("express charge", cents, 4940 + 2060 + 2 * 350);

    o = one_line(1, 0, 3000, 5000, 2);
    expect_int("free shipping", order_shipping_quote(&o, &cents), ORD_OK);
    expect_int("free shipping charge", cents, 0);
    expect_int("express extra", order_express_extra(&o, &cents), ORD_OK);
    expect_int("express extra amount", cents, 1760);

    o = one_line(4, ORDER_FLAG_MEMBER, 16000, 90000, 2);
    expect_int("freight", order_shipping_quote(&o, &cents), ORD_OK);
    expect_int("freight member charge", cents, 7958);

    o = one_line(5, 0, 100, 100, 1);
    expect_int("zone 5", order_shipping_quote(&o, &cents), ORD_ERR_ZONE);
    o = one_line(1, ORDER_FLAG_PICKUP | ORDER_FLAG_EXPRESS, 100, 100, 1);
    expect_int("pickup and express", order_shipping_quote(&o, &cents), ORD_ERR_FLAGS);

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
