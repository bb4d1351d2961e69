/* orders.c - shipping charges of web-shop orders.
 *
 * An order goes either by freight, as one consignment, or as parcels: as many full parcels as
 * the service allows, then one for the rest. The rates come from the shipping component.
 */
#include <stddef.h>

#include "order_types.h"
#include "shipping_api.h"

#define FREIGHT_FROM_GRAMS 30000L
#define FREE_SHIPPING_GOODS_CENTS 7500L
#define FREE_SHIPPING_MAX_ZONE 2
#define FRAGILE_PARCEL_CENTS 350L
#define FRAGILE_FREIGHT_CENTS 900L

struct parcels {
    long carrier_cents; /* the carrier's rates, before discounts */
    long extra_cents;   /* packing surcharges, never discounted */
};

static int has_flag(const struct order *o, unsigned flag)
{
    return (o->flags & flag) != 0;
}

static int carrier_error(long rate)
{
    return rate == SHIP_ERR_ZONE ? ORD_ERR_ZONE : ORD_ERR_WEIGHT;
}

static int check_flags(unsigned flags)
{
    if ((flags & ~ORDER_FLAG_ALL) != 0) {
        return ORD_ERR_FLAGS;
    }
    if ((flags & ORDER_FLAG_PICKUP) && (flags & ORDER_FLAG_EXPRESS)) {
        return ORD_ERR_FLAGS;
    }
    return ORD_OK;
}

static int line_is_valid(const struct order_line *line)
{
    return line->qty >= 1 && line->unit_grams >= 0 && line->unit_cents >= 0;
}

/* Checks the lines and sums the goods and the weight. */
static int sum_lines(const struct order *o, long *goods, long *grams)
{
    int i;

    if (o->line_count < 1 || o->line_count > ORDER_MAX_LINES) {
        return ORD_ERR_EMPTY;
    }
    *goods = 0;
    *grams = 0;
    for (i = 0; i < o->line_count; i++) {
        if (!line_is_valid(&o->lines[i])) {
            return ORD_ERR_LINE;
        }
        *goods += o->lines[i].unit_cents * o->lines[i].qty;
        *grams += o->lines[i].unit_grams * o->lines[i].qty;
    }
    return ORD_OK;
}

static int freight_quote(const struct order *o, long grams, long *quote_cents)
{
    long rate;

    if (has_flag(o, ORDER_FLAG_EXPRESS)) {
        return ORD_ERR_WEIGHT;
    }
    rate = shipping_rate_cents(o->zone, grams, SHIP_FREIGHT);
    if (rate < 0) {
        return carrier_error(rate);
    }
    if (has_flag(o, ORDER_FLAG_MEMBER)) {
        rate -= rate * 5 / 100;
    }
    if (has_flag(o, ORDER_FLAG_FRAGILE)) {
        rate += FRAGILE_FREIGHT_CENTS;
    }
    *quote_cents = rate;
    return ORD_OK;
}

/* Adds `count` parcels of `grams` each to the running sums. */
static int add_parcels(const struct order *o, int service, long count, long grams, struct parcels *sum)
{
    long rate = shipping_rate_cents(o->zone, grams, service);

    if (rate < 0) {
        return carrier_error(rate);
    }
    sum->carrier_cents += count * rate;
    if (has_flag(o, ORDER_FLAG_FRAGILE)) {
        sum->extra_cents += count * FRAGILE_PARCEL_CENTS;
    }
    return ORD_OK;
}

static int ships_free(const struct order *o, long goods)
{
    return !has_flag(o, ORDER_FLAG_EXPRESS) && goods >= FREE_SHIPPING_GOODS_CENTS
           && o->zone <= FREE_SHIPPING_MAX_ZONE;
}

static int parcel_quote(const struct order *o, long goods, long grams, long *quote_cents)
{
    int express = has_flag(o, ORDER_FLAG_EXPRESS);
    int service = express ? SHIP_EXPRESS : SHIP_STANDARD;
    long max_grams = express ? SHIP_MAX_EXPRESS_GRAMS : SHIP_MAX_STANDARD_GRAMS;
    long full = grams / max_grams;
    long rest = grams % max_grams;
    struct parcels sum = {0, 0};
    int rc = ORD_OK;

    if (full > 0) {
        rc = add_parcels(o, service, full, max_grams, &sum);
    }
    if (rc == ORD_OK && (rest > 0 || full == 0)) {
        rc = add_parcels(o, service, 1, rest, &sum);
    }
    if (rc != ORD_OK) {
        return rc;
    }
    if (ships_free(o, goods)) {
        sum.carrier_cents = 0;
    } else if (has_flag(o, ORDER_FLAG_MEMBER)) {
        sum.carrier_cents -= sum.carrier_cents / 10;
    }
    *quote_cents = sum.carrier_cents + sum.extra_cents;
    return ORD_OK;
}

/* The quote and the goods, each written only on success. */
static int quote_with_goods(const struct order *o, long *quote_cents, long *goods_cents)
{
    long goods;
    long grams;
    int rc;

    if (o == NULL || quote_cents == NULL) {
        return ORD_ERR_NULL;
    }
    rc = check_flags(o->flags);
    if (rc == ORD_OK) {
        rc = sum_lines(o, &goods, &grams);
    }
    if (rc != ORD_OK) {
        return rc;
    }
    if (has_flag(o, ORDER_FLAG_PICKUP)) {
        *quote_cents = 0;
    } else if (grams > FREIGHT_FROM_GRAMS) {
        rc = freight_quote(o, grams, quote_cents);
    } else {
        rc = parcel_quote(o, goods, grams, quote_cents);
    }
    if (rc == ORD_OK && goods_cents != NULL) {
        *goods_cents = goods;
    }
    return rc;
}

int order_shipping_quote(const struct order *o, long *quote_cents)
{
    return quote_with_goods(o, quote_cents, NULL);
}

int order_total(const struct order *o, long *total_cents)
{
    long shipping;
    long goods;
    int rc;

    if (total_cents == NULL) {
        return ORD_ERR_NULL;
    }
    rc = quote_with_goods(o, &shipping, &goods);
    if (rc != ORD_OK) {
        return rc;
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
