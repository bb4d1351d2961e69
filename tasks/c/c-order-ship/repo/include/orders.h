/* orders.h - pricing the shipping of web-shop orders. */
#ifndef ORDERS_H
#define ORDERS_H

#include "order_types.h"

/* The shipping charge of the order in cents, in *quote_cents. Orders over 30 kg go by freight
 * as one consignment; others are split into parcels of at most 20 kg (10 kg for express), the
 * full ones first. Returns ORD_OK or ORD_ERR_* (checked in the order: null, flags, lines,
 * then the carrier's answer); *quote_cents is only written on success. */
int order_shipping_quote(const struct order *o, long *quote_cents);

/* Goods plus shipping, in *total_cents; same errors as order_shipping_quote. */
int order_total(const struct order *o, long *total_cents);

/* What express delivery would cost on top of standard for the same order, in *extra_cents
 * (flags other than express are kept). Returns ORD_OK or ORD_ERR_*. */
int order_express_extra(const struct order *o, long *extra_cents);

#endif
