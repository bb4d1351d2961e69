/* shipping.h - the carrier's rate card. */
#ifndef SHIPPING_H
#define SHIPPING_H

#include "ship_types.h"

/* The carrier's rate in cents for one parcel (or one freight consignment) of `grams` sent to
 * `zone` (1-4) with service `svc` (SHIP_*); SHIP_ERR_* when the carrier refuses it (checked in
 * the order: zone, service, weight). */
long shipping_rate_cents(int zone, long grams, int svc);

#endif
