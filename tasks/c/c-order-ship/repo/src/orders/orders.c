/* orders.c - shipping charges of web-shop orders.
 *
 * Legacy module: the express and member rules were pasted in next to the standard ones as
 * the shop added them. The rates come from the shipping component (see shipping_api.h).
 */
#include <stddef.h>

#include "order_types.h"
#include "shipping_api.h"

int order_shipping_quote(const struct order *o, long *quote_cents)
{
    long goods = 0;
    long grams = 0;
    long rate;
    long carrier = 0;
    long extras = 0;
    long full;
    long rest;
    int i;

    if (o == NULL || quote_cents == NULL) {
        return ORD_ERR_NULL;
    }
    if ((o->flags & ~ORDER_FLAG_ALL) != 0
        || ((o->flags & ORDER_FLAG_PICKUP) && (o->flags & ORDER_FLAG_EXPRESS))) {
        return ORD_ERR_FLAGS;
    }
    if (o->line_count < 1 || o->line_count > ORDER_MAX_LINES) {
        return ORD_ERR_EMPTY;
    }
    for (i = 0; i < o->line_count; i++) {
        if (o->lines[i].qty < 1 || o->lines[i].unit_grams < 0 || o->lines[i].unit_cents < 0) {
            return ORD_ERR_LINE;
        }
        goods = goods + o->lines[i].unit_cents * o->lines[i].qty;
        grams = grams + o->lines[i].unit_grams * o->lines[i].qty;
    }
    if (o->flags & ORDER_FLAG_PICKUP) {
        *quote_cents = 0;
        return ORD_OK;
    }
    if (grams > 30000) {
        if (o->flags & ORDER_FLAG_EXPRESS) {
            return ORD_ERR_WEIGHT;
        }
        rate = shp_calc2(o->zone, grams, SHIP_FREIGHT);
        if (rate == SHIP_ERR_ZONE) {
            return ORD_ERR_ZONE;
        } else if (rate < 0) {
            return ORD_ERR_WEIGHT;
        }
        if (o->flags & ORDER_FLAG_MEMBER) {
            rate = rate - rate * 5 / 100;
        }
        if (o->flags & ORDER_FLAG_FRAGILE) {
            rate = rate + 900;
        }
        *quote_cents = rate;
        return ORD_OK;
    }
    if (o->flags & ORDER_FLAG_EXPRESS) {
        full = grams / SHIP_MAX_EXPRESS_GRAMS;
        rest = grams % SHIP_MAX_EXPRESS_GRAMS;
        if (full > 0) {
            rate = shp_calc2(o->zone, SHIP_MAX_EXPRESS_GRAMS, SHIP_EXPRESS);
            if (rate == SHIP_ERR_ZONE) {
                return ORD_ERR_ZONE;
            } else if (rate < 0) {
                return ORD_ERR_WEIGHT;
            }
            carrier = carrier + full * rate;
            if (o->flags & ORDER_FLAG_FRAGILE) {
                extras = extras + full * 350;
            }
        }
        if (rest > 0 || full == 0) {
            rate = shp_calc2(o->zone, rest, SHIP_EXPRESS);
            if (rate == SHIP_ERR_ZONE) {
                return ORD_ERR_ZONE;
            } else if (rate < 0) {
                return ORD_ERR_WEIGHT;
            }
            carrier = carrier + rate;
            if (o->flags & ORDER_FLAG_FRAGILE) {
                extras = extras + 350;
            }
        }
        if (o->flags & ORDER_FLAG_MEMBER) {
            carrier = carrier - carrier / 10;
        }
    } else {
        full = grams / SHIP_MAX_STANDARD_GRAMS;
        rest = grams % SHIP_MAX_STANDARD_GRAMS;
        if (full > 0) {
            rate = shp_calc2(o->zone, SHIP_MAX_STANDARD_GRAMS, SHIP_STANDARD);
            if (rate == SHIP_ERR_ZONE) {
                return ORD_ERR_ZONE;
            } else if (rate < 0) {
                return ORD_ERR_WEIGHT;
            }
            carrier = carrier + full * rate;
            if (o->flags & ORDER_FLAG_FRAGILE) {
                extras = extras + full * 350;
            }
        }
        if (rest > 0 || full == 0) {
            rate = shp_calc2(o->zone, rest, SHIP_STANDARD);
            if (rate == SHIP_ERR_ZONE) {
                return ORD_ERR_ZONE;
            } else if (rate < 0) {
                return ORD_ERR_WEIGHT;
            }
            carrier = carrier + rate;
            if (o->flags & ORDER_FLAG_FRAGILE) {
                extras = extras + 350;
            }
        }
        if (goods >= 7500 && o->zone <= 2) {
            carrier = 0;
        } else if (o->flags & ORDER_FLAG_MEMBER) {
            carrier = carrier - carrier / 10;
        }
    }
    *quote_cents = carrier + extras;
    return ORD_OK;
}

int order_total(const struct order *o, long *total_cents)
{
    long shipping;
    long goods = 0;
    int rc;
    int i;

    if (total_cents == NULL) {
        return ORD_ERR_NULL;
    }
    rc = order_shipping_quote(o, &shipping);
    if (rc != ORD_OK) {
        return rc;
    }
    for (i = 0; i < o->line_count; i++) {
        goods = goods + o->lines[i].unit_cents * o->lines[i].qty;
    }
    *total_cents = goods + shipping;
    return ORD_OK;
}

int order_express_extra(const struct order *o, long *extra_cents)
{
    struct order copy;
    long standard;
    long express;
    int rc;

    if (o == NULL || extra_cents == NULL) {
        return ORD_ERR_NULL;
    }
    copy = *o;
    copy.flags = o->flags & ~ORDER_FLAG_EXPRESS;
    rc = order_shipping_quote(&copy, &standard);
    if (rc != ORD_OK) {
        return rc;
    }
    copy.flags = copy.flags | ORDER_FLAG_EXPRESS;
    rc = order_shipping_quote(&copy, &express);
    if (rc != ORD_OK) {
        return rc;
    }
    *extra_cents = express - standard;
    return ORD_OK;
}
