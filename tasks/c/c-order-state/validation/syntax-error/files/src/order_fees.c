/* order_fees.c - what each workflow event costs the customer: one fee rule per event. */
#include <stddef.h>

#include "order_types.h"

#define PACKING_FEE 150
#define GIFT_WRAP_FEE 250
#define DOMESTIC_SHIPPING 495
#define EXPRESS_SURCHARGE 900
#define INTERNATIONAL_SHIPPING 1295
#define INTERNATIONAL_EXPRESS_SURCHARGE 1900
#define FREE_SHIPPING_FROM 5000
#define RETURN_SHIPPING_ABROAD 1500
#define SECOND_REFUND_FEE 50

typedef long (*fee_rule)(const struct order *o, unsigned flags);

static long no_fee(const struct order *o, unsigned flags)
{
    (void)o;
    (void)flags;
    return 0;
}

static long packing_fee(const struct order *o, unsigned flags)
{
    (void)o;
    return (flags & ORDER_FLAG_GIFT) ? PACKING_FEE + GIFT_WRAP_FEE : PACKING_FEE;
}

static long shipping_fee(const struct order *o, unsigned flags)
{
    if (flags & ORDER_FLAG_INTERNATIONAL) {
        return (flags & ORDER_FLAG_EXPRESS) ? INTERNATIONAL_SHIPPING + INTERNATIONAL_EXPRESS_SURCHARGE
                                            : INTERNATIONAL_SHIPPING;
    }
    if (flags & ORDER_FLAG_EXPRESS) {
        return DOMESTIC_SHIPPING + EXPRESS_SURCHARGE;
    }
    return o->total_cents >= FREE_SHIPPING_FROM ? 0 : DOMESTIC_SHIPPING;
}

/* 2% of the payment, between 1 and 10 euros, once the order is paid. */
static long cancellation_fee(const struct order *o, unsigned flags)
{
    long fee = o->paid_cents * 2 / 100;

    (void)flags;
    if (o->state != ST_PAID) {
        return 0;
    }
    if (fee < 100) {
        return 100;
    }
    return fee > 1000 ? 1000 : fee;
}

/* Restocking (10% of the goods, none for gifts) plus return shipping from abroad. */
static long return_fee(const struct order *o, unsigned flags)
{
    long restocking = (flags & ORDER_FLAG_GIFT) ? 0 : o->total_cents / 10;

    return restocking + ((flags & ORDER_FLAG_INTERNATIONAL) ? RETURN_SHIPPING_ABROAD : 0);
}

static long refund_fee(const struct order *o, unsigned flags)
{
    (void)flags;
    return o->refunded_cents > 0 ? SECOND_REFUND_FEE : 0;
}

static const fee_rule FEES[EV_COUNT] = {
    no_fee,           /* EV_PAY */
    packing_fee,      /* EV_PACK */
    shipping_fee,     /* EV_SHIP */
    no_fee,           /* EV_DELIVER */
    cancellation_fee, /* EV_CANCEL */
    return_fee,       /* EV_RETURN */
    refund_fee,       /* EV_REFUND */
};

long order_event_fee(const struct order *o, int event, unsigned flags)
{
    if (o == NULL || event < 0 || event >= EV_COUNT) {
        return -1;
    }
    return FEES[event](o, flags);
}
