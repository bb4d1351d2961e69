/* moves.c - applying stock movements.
 *
 * MOVE_RULES holds one row per move type: the flags it allows, the locations it uses and
 * function pointers for its quantity rule, its stock check and its effect on the record.
 */
#include <stddef.h>

#include "inventory.h"

typedef int (*qty_rule)(long qty);
typedef int (*stock_rule)(const struct stock *s, const struct move *mv);
typedef void (*effect)(struct stock *s, const struct move *mv);

struct move_rule {
    unsigned allowed_flags;
    int uses_from;
    int uses_to;
    qty_rule check_qty;
    stock_rule check_stock; /* runs after the location and quantity checks */
    effect apply;
};

static int valid_location(int loc)
{
    return loc >= 0 && loc < INV_LOCATIONS;
}

static long free_stock(const struct stock *s, int loc)
{
    return s->on_hand[loc] - s->reserved[loc];
}

/* Goods arriving at `loc`; damaged goods are written off instead. */
static void put_away(struct stock *s, int loc, long qty, unsigned flags)
{
    if (flags & MOVE_FLAG_DAMAGED) {
        s->scrapped += qty;
    } else {
        s->on_hand[loc] += qty;
    }
}

static int move_qty(long qty)
{
    return qty >= 1 && qty <= INV_MAX_QTY;
}

static int adjust_qty(long qty)
{
    return qty != 0 && qty >= -INV_MAX_ADJUST && qty <= INV_MAX_ADJUST;
}

static int no_check(const struct stock *s, const struct move *mv)
{
    (void)s;
    (void)mv;
    return 0;
}

static int price_check(const struct stock *s, const struct move *mv)
{
    (void)s;
    return mv->unit_price < 0 ? INV_ERR_ARG : 0;
}

static int free_from_check(const struct stock *s, const struct move *mv)
{
    return mv->qty > free_stock(s, mv->from) ? INV_ERR_STOCK : 0;
}

static int issue_check(const struct stock *s, const struct move *mv)
{
    long avail = (mv->flags & MOVE_FLAG_ALLOW_RESERVED) ? s->on_hand[mv->from] : free_stock(s, mv->from);

    return mv->qty > avail ? INV_ERR_STOCK : 0;
}

static int adjust_check(const struct stock *s, const struct move *mv)
{
    return s->on_hand[mv->to] + mv->qty < s->reserved[mv->to] ? INV_ERR_STOCK : 0;
}

static void receive(struct stock *s, const struct move *mv)
{
    long total = s->on_hand[0] + s->on_hand[1] + s->on_hand[2] + s->on_hand[3];
    long after = total + mv->qty;

    if (!(mv->flags & MOVE_FLAG_DAMAGED)) {
        s->unit_cost = (total * s->unit_cost + mv->qty * mv->unit_price + after / 2) / after;
    }
    put_away(s, mv->to, mv->qty, mv->flags);
}

static void issue(struct stock *s, const struct move *mv)
{
    s->on_hand[mv->from] -= mv->qty;
    if (s->on_hand[mv->from] < s->reserved[mv->from]) {
        s->reserved[mv->from] = s->on_hand[mv->from];
    }
}

static void transfer(struct stock *s, const struct move *mv)
{
    s->on_hand[mv->from] -= mv->qty;
    put_away(s, mv->to, mv->qty, mv->flags);
}

static void adjust(struct stock *s, const struct move *mv)
{
    s->on_hand[mv->to] += mv->qty;
}

static void customer_return(struct stock *s, const struct move *mv)
{
    put_away(s, mv->to, mv->qty, mv->flags);
}

static void scrap(struct stock *s, const struct move *mv)
{
    s->on_hand[mv->from] -= mv->qty;
    s->scrapped += mv->qty;
}

static const struct move_rule MOVE_RULES[MOVE_TYPE_COUNT] = {
    [MOVE_RECEIVE] = {MOVE_FLAG_DAMAGED, 0, 1, move_qty, price_check, receive},
    [MOVE_ISSUE] = {MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED, 1, 0, move_qty, issue_check, issue},
    [MOVE_TRANSFER] = {MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED, 1, 1, move_qty, free_from_check, transfer},
    [MOVE_ADJUST] = {0, 0, 1, adjust_qty, adjust_check, adjust},
    [MOVE_RETURN] = {MOVE_FLAG_DAMAGED, 0, 1, move_qty, no_check, customer_return},
    [MOVE_SCRAP] = {MOVE_FLAG_DAMAGED, 1, 0, move_qty, free_from_check, scrap},
};

static int locations_ok(const struct move_rule *rule, const struct move *mv)
{
    if (rule->uses_from && !valid_location(mv->from)) {
        return 0;
    }
    if (rule->uses_to && !valid_location(mv->to)) {
        return 0;
    }
    return !(rule->uses_from && rule->uses_to && mv->from == mv->to);
}

int inv_apply_move(struct stock *s, const struct move *mv)
{
    const struct move_rule *rule;
    int rc;

    if (s == NULL || mv == NULL) {
        return INV_ERR_ARG;
    }
    if (mv->type < MOVE_RECEIVE || mv->type >= MOVE_TYPE_COUNT) {
        return INV_ERR_TYPE;
    }
    rule = &MOVE_RULES[mv->type];
    if ((mv->flags & ~rule->allowed_flags) != 0) {
        return INV_ERR_FLAGS;
    }
    if (!locations_ok(rule, mv)) {
        return INV_ERR_LOCATION;
    }
    if (!rule->check_qty(mv->qty)) {
        return INV_ERR_QTY;
    }
    rc = rule->check_stock(s, mv);
    if (rc != 0) {
        return rc;
    }
    rule->apply(s, mv);
    return 0;
}
