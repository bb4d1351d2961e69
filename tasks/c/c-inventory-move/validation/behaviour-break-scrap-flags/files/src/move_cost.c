/* move_cost.c - accounting values of stock movements.
 *
 * One cost function per move type in COST_RULES; percentages are rounded half up to the cent.
 */
#include <stddef.h>

#include "inventory.h"

typedef long (*cost_rule)(const struct stock *s, const struct move *mv);

static long percent_of(long value, long percent)
{
    return (value * percent + 50) / 100;
}

static long capped(long value, long cap)
{
    return value > cap ? cap : value;
}

static long stock_value(const struct stock *s, const struct move *mv)
{
    return mv->qty * s->unit_cost;
}

static long receive_cost(const struct stock *s, const struct move *mv)
{
    long value = mv->qty * mv->unit_price;

    (void)s;
    if (mv->qty >= 1000) {
        value -= percent_of(value, 2); /* volume discount */
    }
    if (mv->flags & MOVE_FLAG_DAMAGED) {
        value += 300; /* shipping the damaged goods back */
    }
    return value;
}

static long issue_cost(const struct stock *s, const struct move *mv)
{
    long value = stock_value(s, mv);

    if (mv->flags & MOVE_FLAG_ALLOW_RESERVED) {
        value += percent_of(value, 1);
    }
    if (mv->flags & MOVE_FLAG_RUSH) {
        value += 500;
    }
    return value;
}

static long transfer_cost(const struct stock *s, const struct move *mv)
{
    long handling;

    if (mv->flags & MOVE_FLAG_RUSH) {
        handling = capped(400 + mv->qty * 10, 5000);
    } else {
        handling = capped(200 + mv->qty * 5, 2500);
    }
    if (mv->flags & MOVE_FLAG_DAMAGED) {
        return handling + stock_value(s, mv);
    }
    return handling;
}

static long return_cost(const struct stock *s, const struct move *mv)
{
    long credit = stock_value(s, mv);

    if (mv->flags & MOVE_FLAG_DAMAGED) {
        credit /= 2;
    }
    if (mv->qty >= 10) {
        credit = credit > 150 ? credit - 150 : 0; /* restocking fee */
    }
    return -credit;
}

static long scrap_cost(const struct stock *s, const struct move *mv)
{
    long disposal = (mv->flags & MOVE_FLAG_DAMAGED) ? 250 : 100;

    return stock_value(s, mv) + disposal;
}

static const cost_rule COST_RULES[MOVE_TYPE_COUNT] = {
    [MOVE_RECEIVE] = receive_cost, [MOVE_ISSUE] = issue_cost,   [MOVE_TRANSFER] = transfer_cost,
    [MOVE_ADJUST] = stock_value,   [MOVE_RETURN] = return_cost, [MOVE_SCRAP] = scrap_cost,
};

int inv_move_cost(const struct stock *s, const struct move *mv, long *cost)
{
    if (s == NULL || mv == NULL || cost == NULL) {
        return INV_ERR_ARG;
    }
    if (mv->type < MOVE_RECEIVE || mv->type >= MOVE_TYPE_COUNT) {
        return INV_ERR_TYPE;
    }
    *cost = COST_RULES[mv->type](s, mv);
    return 0;
}
