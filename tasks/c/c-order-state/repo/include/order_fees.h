/* order_fees.h - the fee an event costs. */
#ifndef ORDER_FEES_H
#define ORDER_FEES_H

#include "order_types.h"

/* The fee in cents for applying `event` to the order in its current state, with the given
 * ORDER_FLAG_* flags; -1 for a missing order or an unknown event. */
long order_event_fee(const struct order *o, int event, unsigned flags);

#endif
