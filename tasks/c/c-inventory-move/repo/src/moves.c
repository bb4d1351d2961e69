/* moves.c - applying stock movements.
 *
 * Legacy module: one case per move type, each with its own copy of the checks, grown over the
 * years as the warehouse added rules.
 */
#include <stddef.h>

#include "inventory.h"

int inv_apply_move(struct stock *s, const struct move *mv)
{
    long total;
    long avail;

    if (s == NULL || mv == NULL) {
        return INV_ERR_ARG;
    }
    if (mv->type < MOVE_RECEIVE || mv->type >= MOVE_TYPE_COUNT) {
        return INV_ERR_TYPE;
    }
    if ((mv->flags & ~MOVE_FLAG_ALL) != 0) {
        return INV_ERR_FLAGS;
    }
    switch (mv->type) {
    case MOVE_RECEIVE:
        if (mv->flags & (MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED)) {
            return INV_ERR_FLAGS;
        }
        if (mv->to < 0 || mv->to >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty < 1 || mv->qty > INV_MAX_QTY) {
            return INV_ERR_QTY;
        }
        if (mv->unit_price < 0) {
            return INV_ERR_ARG;
        }
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            s->scrapped += mv->qty;
        } else {
            total = s->on_hand[0] + s->on_hand[1] + s->on_hand[2] + s->on_hand[3];
            s->unit_cost = (total * s->unit_cost + mv->qty * mv->unit_price + (total + mv->qty) / 2) /
                           (total + mv->qty);
            s->on_hand[mv->to] += mv->qty;
        }
        break;
    case MOVE_ISSUE:
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            return INV_ERR_FLAGS;
        }
        if (mv->from < 0 || mv->from >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty < 1 || mv->qty > INV_MAX_QTY) {
            return INV_ERR_QTY;
        }
        if (mv->flags & MOVE_FLAG_ALLOW_RESERVED) {
            avail = s->on_hand[mv->from];
        } else {
            avail = s->on_hand[mv->from] - s->reserved[mv->from];
        }
        if (mv->qty > avail) {
            return INV_ERR_STOCK;
        }
        s->on_hand[mv->from] -= mv->qty;
        if (s->on_hand[mv->from] < s->reserved[mv->from]) {
            s->reserved[mv->from] = s->on_hand[mv->from];
        }
        break;
    case MOVE_TRANSFER:
        if (mv->flags & MOVE_FLAG_ALLOW_RESERVED) {
            return INV_ERR_FLAGS;
        }
        if (mv->from < 0 || mv->from >= INV_LOCATIONS || mv->to < 0 || mv->to >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        } else if (mv->from == mv->to) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty < 1 || mv->qty > INV_MAX_QTY) {
            return INV_ERR_QTY;
        }
        if (mv->qty > s->on_hand[mv->from] - s->reserved[mv->from]) {
            return INV_ERR_STOCK;
        }
        s->on_hand[mv->from] -= mv->qty;
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            s->scrapped += mv->qty;
        } else {
            s->on_hand[mv->to] += mv->qty;
        }
        break;
    case MOVE_ADJUST:
        if (mv->flags != 0) {
            return INV_ERR_FLAGS;
        }
        if (mv->to < 0 || mv->to >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty == 0 || mv->qty < -INV_MAX_ADJUST || mv->qty > INV_MAX_ADJUST) {
            return INV_ERR_QTY;
        }
        if (s->on_hand[mv->to] + mv->qty < s->reserved[mv->to]) {
            return INV_ERR_STOCK;
        }
        s->on_hand[mv->to] += mv->qty;
        break;
    case MOVE_RETURN:
        if (mv->flags & (MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED)) {
            return INV_ERR_FLAGS;
        }
        if (mv->to < 0 || mv->to >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty < 1 || mv->qty > INV_MAX_QTY) {
            return INV_ERR_QTY;
        }
        if (mv->flags & MOVE_FLAG_DAMAGED) {
            s->scrapped += mv->qty;
        } else {
            s->on_hand[mv->to] += mv->qty;
        }
        break;
    default:
        if (mv->flags & (MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED)) {
            return INV_ERR_FLAGS;
        }
        if (mv->from < 0 || mv->from >= INV_LOCATIONS) {
            return INV_ERR_LOCATION;
        }
        if (mv->qty < 1 || mv->qty > INV_MAX_QTY) {
            return INV_ERR_QTY;
        }
        if (mv->qty > s->on_hand[mv->from] - s->reserved[mv->from]) {
            return INV_ERR_STOCK;
        }
        s->on_hand[mv->from] -= mv->qty;
        s->scrapped += mv->qty;
        break;
    }
    return 0;
}
