/* inventory.h - public interface of the stock movement modules. */
#ifndef INVENTORY_H
#define INVENTORY_H

#include <stddef.h>

#include "inventory_types.h"

/* Apply one move to a stock record; 0 or a negative INV_ERR_* code, in which case the record
 * is left untouched. Checks, in order: NULL arguments, type, flags (unknown, then those the
 * type does not allow), locations, quantity, price, free stock. */
int inv_apply_move(struct stock *s, const struct move *mv);

/* The accounting value of a move in *cost (cents; negative for a credit), computed before the
 * move is applied; 0, INV_ERR_ARG or INV_ERR_TYPE. */
int inv_move_cost(const struct stock *s, const struct move *mv, long *cost);

/* A one-line label of the move; snprintf's result, INV_ERR_ARG or INV_ERR_TYPE. */
int inv_move_label(const struct move *mv, char *buf, size_t size);

#endif
