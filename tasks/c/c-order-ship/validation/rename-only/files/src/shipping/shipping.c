/* shipping.c - the carrier's rate card.
 *
 * Copied from the carrier's 2011 price sheet, freight included.
 */
#include "shipping.h"

long shipping_rate_cents(int zone, long grams, int svc)
{
    long rate = 0;
    long steps;
    long kg;

    if (zone < 1 || zone > 4) {
        return SHIP_ERR_ZONE;
    }
    if (svc != SHIP_STANDARD && svc != SHIP_EXPRESS && svc != SHIP_FREIGHT) {
        return SHIP_ERR_SERVICE;
    }
    if (grams <= 0) {
        return SHIP_ERR_WEIGHT;
    }
    if (svc == SHIP_FREIGHT) {
        if (grams > SHIP_MAX_FREIGHT_GRAMS) {
            return SHIP_ERR_WEIGHT;
        }
        kg = (grams + 999) / 1000;
        if (kg < 5) {
            kg = 5;
        }
        if (zone == 1) {
            rate = 2500 + kg * 40;
        } else if (zone == 2) {
            rate = 2500 + kg * 55;
        } else if (zone == 3) {
            rate = 2500 + kg * 80;
        } else {
            rate = 2500 + kg * 140;
            rate = rate + rate / 5;
        }
        return rate;
    }
    if (grams > SHIP_MAX_STANDARD_GRAMS || (svc == SHIP_EXPRESS && grams > SHIP_MAX_EXPRESS_GRAMS)) {
        return SHIP_ERR_WEIGHT;
    }
    steps = (grams + 499) / 500;
    if (zone == 1) {
        rate = 450 + steps * 60;
    } else if (zone == 2) {
        rate = 590 + steps * 85;
    } else if (zone == 3) {
        rate = 890 + steps * 120;
    } else {
        rate = 1490 + steps * 210;
    }
    if (svc == SHIP_EXPRESS) {
        rate = rate + rate / 2;
        rate = (rate + 9) / 10 * 10;
    }
    return rate;
}
