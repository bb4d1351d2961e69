/* order_fees.c - what each workflow event costs the customer.
 *
 * Legacy module: the fee schedule grew one carrier and one promotion at a time.
 */
#include <stddef.h>

#include "order_types.h"

long order_event_fee(const struct order *o, int event, unsigned flags)
{
    long fee = 0;

    if (o == NULL || event < 0 || event >= EV_COUNT) {
        return -1;
    }
    if (event == EV_PACK) {
        fee = 150;
        if (flags & ORDER_FLAG_GIFT) {
            fee = fee + 250;
        }
    } else if (event == EV_SHIP) {
        if (flags & ORDER_FLAG_INTERNATIONAL) {
            if (flags & ORDER_FLAG_EXPRESS) {
                fee = 1295 + 1900;
            } else {
                fee = 1295;
            }
        } else {
            if (flags & ORDER_FLAG_EXPRESS) {
                fee = 495 + 900;
            } else if (o->total_cents >= 5000) {
                fee = 0;
            } else {
                fee = 495;
            }
        }
    } else if (event == EV_CANCEL) {
        if (o->state == ST_PAID) {
            fee = o->paid_cents * 2 / 100;
            if (fee < 100) {
                fee = 100;
            } else if (fee > 1000) {
                fee = 1000;
            }
        }
    } else if (event == EV_RETURN) {
        if (!(flags & ORDER_FLAG_GIFT)) {
            fee = o->total_cents / 10;
            if (flags & ORDER_FLAG_INTERNATIONAL) {
                fee = fee + 1500;
            }
        } else if (flags & ORDER_FLAG_INTERNATIONAL) {
            fee = 1500;
        }
    } else if (event == EV_REFUND) {
        if (o->refunded_cents > 0) {
            fee = 50;
        }
    }
    return fee;
}
