/* order_state.h - applying events to orders. */
#ifndef ORDER_STATE_H
#define ORDER_STATE_H

#include "order_types.h"

/* Applies an event triggered by a role; amount_cents is the payment (EV_PAY), the refund
 * (EV_REFUND) or 0. On success the fee of the event is added, the old state is appended to
 * the history, the state changes and the notice is written; returns ORD_OK or ORD_ERR_*
 * (checked in the order: event/role, transition, role, amount, history) leaving the order
 * untouched. */
int order_apply(struct order *o, int event, int role, long amount_cents);

/* "NEW", "PAID", ... for a state, "?" for anything else. */
const char *order_state_name(int state);

#endif
