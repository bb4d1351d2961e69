/* order_notify.h - customer notices for state transitions. */
#ifndef ORDER_NOTIFY_H
#define ORDER_NOTIFY_H

#include <stddef.h>

#include "order_types.h"

/* Writes the notice for the transition from -> to triggered by role into buf (size bytes,
 * including the NUL); returns its length (0 when the transition has no notice) or
 * ORD_ERR_NULL / ORD_ERR_EVENT / ORD_ERR_BUFFER (then buf, if any, holds ""). */
int order_notice(int from, int to, int role, char *buf, int size);

#endif
