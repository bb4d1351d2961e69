/* Visible tests for the stock movement modules: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "inventory.h"

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

static struct move make(int type, int from, int to, long qty, long price, unsigned flags)
{
    struct move mv;

    mv.type = type;
    mv.from = from;
    mv.to = to;
    mv.qty = qty;
    mv.unit_price = price;
    mv.flags = flags;
    return mv;
}

int main(void)
{
    struct stock s = {{40, 10, 0, 0}, {5, 0, 0, 0}, 200, 0};
    struct move mv;
    long cost = 0;
    char buf[64];

    mv = make(MOVE_RECEIVE, 0, 2, 50, 290, 0);
    expect("receive", inv_apply_move(&s, &mv), 0);
    expect("received into location 2", s.on_hand[2], 50);
    expect("moving average cost", s.unit_cost, 245);

    mv = make(MOVE_ISSUE, 0, 0, 36, 0, 0);
    expect("issue more than the free stock", inv_apply_move(&s, &mv), INV_ERR_STOCK);
    expect("stock untouched", s.on_hand[0], 40);
    mv = make(MOVE_ISSUE, 0, 0, 35, 0, MOVE_FLAG_RUSH);
    expect("rush issue cost", inv_move_cost(&s, &mv, &cost), 0);
    expect("rush issue value", cost, 9075);
    expect("issue the free stock", inv_apply_move(&s, &mv), 0);
    expect("left at location 0", s.on_hand[0], 5);

    mv = make(MOVE_TRANSFER, 1, 1, 5, 0, 0);
    expect("transfer to itself", inv_apply_move(&s, &mv), INV_ERR_LOCATION);
    mv = make(MOVE_TRANSFER, 1, 3, 5, 0, MOVE_FLAG_DAMAGED);
    expect("damaged transfer", inv_apply_move(&s, &mv), 0);
    expect("scrapped on arrival", s.scrapped, 5);

    mv = make(MOVE_ADJUST, 0, 1, -6, 0, 0);
    expect("adjust below zero", inv_apply_move(&s, &mv), INV_ERR_STOCK);
    mv = make(MOVE_SCRAP, 2, 0, 3, 0, MOVE_FLAG_RUSH);
    expect("rush scrap", inv_apply_move(&s, &mv), INV_ERR_FLAGS);

    mv = make(MOVE_TRANSFER, 1, 3, 5, 0, MOVE_FLAG_RUSH);
    expect("label", inv_move_label(&mv, buf, sizeof buf), 26);
    checks++;
    if (strcmp(buf, "TRANSFER 5 L1 -> L3 (rush)") != 0) {
        failures++;
        fprintf(stderr, "FAIL label text: %s\n", buf);
    }
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
