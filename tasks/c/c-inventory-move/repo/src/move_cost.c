/* move_cost.c - accounting values of stock movements.
 *
 * Each rule came with its own finance memo; percentages are rounded half up to the cent.
 */
#include <stddef.h>

#include "inventory.h"

int inv_move_cost(const struct stock *s, const struct move *mv, long *cost)
{
    long value;
    long handling;

    if (s == NULL || mv == NULL || cost == NULL) {
        return INV_ERR_ARG;
    }
    if (mv->type == MOVE_RECEIVE) {
        value = mv->qty * mv->unit_price;
        if (mv->qty >= 1000) {
            value = value - (value * 2 + 50) / 100;
        }
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            value = value + 300;
        }
        *cost = value;
    } else if (mv->type == MOVE_ISSUE) {
        value = mv->qty * s->unit_cost;
        if (mv->flags & MOVE_FLAG_ALLOW_RESERVED) {
            value = value + (value + 50) / 100;
        }
        if (mv->flags & MOVE_FLAG_RUSH) {
            value = value + 500;
        }
        *cost = value;
    } else if (mv->type == MOVE_TRANSFER) {
        if (mv->flags & MOVE_FLAG_RUSH) {
            handling = 400 + mv->qty * 10;
            if (handling > 5000) {
                handling = 5000;
            }
        } else {
            handling = 200 + mv->qty * 5;
            if (handling > 2500) {
                handling = 2500;
            }
        }
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            *cost = handling + mv->qty * s->unit_cost;
        } else {
            *cost = handling;
        }
    } else if (mv->type == MOVE_ADJUST) {
        *cost = mv->qty * s->unit_cost;
    } else if (mv->type == MOVE_RETURN) {
        value = mv->qty * s->unit_cost;
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            value = value / 2;
        }
        if (mv->qty >= 10) {
            value = value - 150;
            if (value < 0) {
                value = 0;
            }
        }
        *cost = -value;
    } else if (mv->type == MOVE_SCRAP) {
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            *cost = mv->qty * s->unit_cost + 250;
        } else {
            *cost = mv->qty * s->unit_cost + 100;
        }
    } else {
        return INV_ERR_TYPE;
    }
    return 0;
}
