/* shipping_api.h - what the orders component uses from the shipping component.
 *
 * Orders is built without access to shipping's folder, so the prototypes it needs are
 * repeated here; keep them in step with src/shipping/shipping.h.
 */
#ifndef ORDERS_SHIPPING_API_H
#define ORDERS_SHIPPING_API_H

#include "ship_types.h"

/* See src/shipping/shipping.h. */
long shipping_rate_cents(int zone, long grams, int svc);

#endif
