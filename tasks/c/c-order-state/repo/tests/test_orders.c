/* Visible tests for the order workflow: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "order_fees.h"
#include "order_notify.h"
#include "order_state.h"

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

static struct order new_order(long total_cents, unsigned flags)
{
    struct order o;

    memset(&o, 0, sizeof o);
    o.state = ST_NEW;
    o.total_cents = total_cents;
    o.flags = flags;
    return o;
}

int main(void)
{
    struct order o = new_order(3999, ORDER_FLAG_EXPRESS);
    char buf[8];

    expect_int("pay", order_apply(&o, EV_PAY, ROLE_CUSTOMER, 3999), ORD_OK);
    expect_text("payment notice", o.notice, "Payment received");
    expect_int("pack", order_apply(&o, EV_PACK, ROLE_CLERK, 0), ORD_OK);
    expect_int("ship", order_apply(&o, EV_SHIP, ROLE_SYSTEM, 0), ORD_OK);
    expect_text("state after shipping", order_state_name(o.state), "SHIPPED");
    expect_int("packing and express shipping fees", o.fees_cents, 150 + 495 + 900);
    expect_int("history length", o.history_len, 3);
    expect_int("clerks do not deliver", order_apply(&o, EV_DELIVER, ROLE_CLERK, 0), ORD_ERR_ROLE);
    expect_int("shipped orders cannot be cancelled", order_apply(&o, EV_CANCEL, ROLE_MANAGER, 0), ORD_ERR_TRANSITION);

    o = new_order(12000, 0);
    expect_int("underpayment", order_apply(&o, EV_PAY, ROLE_CUSTOMER, 11999), ORD_ERR_AMOUNT);
    expect_int("pay in full", order_apply(&o, EV_PAY, ROLE_SYSTEM, 12000), ORD_OK);
    expect_int("customer cancels a paid order", order_apply(&o, EV_CANCEL, ROLE_CUSTOMER, 0), ORD_OK);
    expect_int("cancellation fee", o.fees_cents, 240);
    expect_int("refunded", o.refunded_cents, 12000);

    expect_int("international express shipping fee",
               order_event_fee(&o, EV_SHIP, ORDER_FLAG_INTERNATIONAL | ORDER_FLAG_EXPRESS), 3195);
    expect_int("notice too long for the buffer", order_notice(ST_PAID, ST_PACKED, ROLE_CLERK, buf, sizeof buf),
               ORD_ERR_BUFFER);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
