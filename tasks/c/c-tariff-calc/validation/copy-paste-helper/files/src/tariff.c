/* tariff.c - monthly electricity charges.
 *
 * Legacy module: each customer class was added by a different team, and the
 * flags were bolted on as the regulator asked for them. Callers include
 * tariff.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "tariff_types.h"

static long request_error(const struct meter_reading *r, int customer_class, unsigned flags)
{
    if (r == NULL) {
        return TARIFF_ERR_READING;
    }
    if ((flags & ~TARIFF_FLAG_ALL) != 0) {
        return TARIFF_ERR_FLAGS;
    }
    if (customer_class < CLASS_RESIDENTIAL || customer_class > CLASS_PUBLIC) {
        return TARIFF_ERR_CLASS;
    }
    if (r->peak_kwh < 0 || r->offpeak_kwh < 0 || r->demand_kw < 0 || r->days < 1 || r->days > 62) {
        return TARIFF_ERR_READING;
    }
    return 0;
}

static long charge_for_class(const struct meter_reading *r, int customer_class, unsigned flags)
{
    long energy = 0;
    long demand = 0;
    long standing = 0;
    long total_kwh;
    long subtotal;
    long fee;

    total_kwh = r->peak_kwh + r->offpeak_kwh;
    if (customer_class == CLASS_RESIDENTIAL) {
        if (flags & TARIFF_FLAG_TIME_OF_USE) {
            energy = r->peak_kwh * 32 + r->offpeak_kwh * 14;
        } else if (total_kwh <= 100) {
            energy = total_kwh * 18;
        } else if (total_kwh <= 300) {
            energy = 100 * 18 + (total_kwh - 100) * 23;
        } else {
            energy = 100 * 18 + 200 * 23 + (total_kwh - 300) * 29;
        }
        if (flags & TARIFF_FLAG_SENIOR) {
            energy = (energy * 85 + 50) / 100;
        }
        standing = 25L * r->days;
    } else if (customer_class == CLASS_BUSINESS) {
        if (flags & TARIFF_FLAG_SENIOR) {
            return TARIFF_ERR_FLAGS;
        }
        if (flags & TARIFF_FLAG_TIME_OF_USE) {
            energy = r->peak_kwh * 27 + r->offpeak_kwh * 16;
        } else {
            energy = total_kwh * 22;
        }
        if (total_kwh > 5000) {
            energy = (energy * 95 + 50) / 100;
        }
        standing = 60L * r->days;
    } else if (customer_class == CLASS_INDUSTRIAL) {
        if (flags & TARIFF_FLAG_SENIOR) {
            return TARIFF_ERR_FLAGS;
        } else if (flags & TARIFF_FLAG_ESTIMATED) {
            return TARIFF_ERR_READING;
        }
        if (r->demand_kw == 0) {
            return TARIFF_ERR_DEMAND;
        }
        if (flags & TARIFF_FLAG_TIME_OF_USE) {
            energy = r->peak_kwh * 19 + r->offpeak_kwh * 11;
        } else {
            energy = total_kwh * 15;
        }
        if (r->demand_kw > 500) {
            demand = 500L * 950 + (r->demand_kw - 500) * 1100;
        } else {
            demand = r->demand_kw * 950;
        }
    } else {
        if (flags & (TARIFF_FLAG_SENIOR | TARIFF_FLAG_TIME_OF_USE)) {
            return TARIFF_ERR_FLAGS;
        }
        energy = total_kwh * 17;
        standing = 40L * r->days;
    }
    if (flags & TARIFF_FLAG_ESTIMATED) {
        energy = (energy * 90 + 50) / 100;
    }
    if (flags & TARIFF_FLAG_GREEN) {
        energy = energy + total_kwh * (customer_class == CLASS_INDUSTRIAL ? 1 : 2);
    }
    subtotal = energy + demand + standing;
    if (customer_class == CLASS_INDUSTRIAL && subtotal < 50000) {
        subtotal = 50000;
    }
    if ((flags & TARIFF_FLAG_LATE) && !(flags & TARIFF_FLAG_SENIOR)) {
        fee = (subtotal * 5 + 50) / 100;
        if (fee < 500) {
            fee = 500;
        } else if (fee > 5000) {
            fee = 5000;
        }
        subtotal = subtotal + fee;
    }
    return subtotal;
}

long tariff_monthly_charge(const struct meter_reading *r, int customer_class, unsigned flags)
{
    long error = request_error(r, customer_class, flags);

    if (error != 0) {
        return error;
    }
    return charge_for_class(r, customer_class, flags);
}

const char *tariff_class_code(int customer_class)
{
    switch (customer_class) {
    case CLASS_RESIDENTIAL:
        return "RES";
    case CLASS_BUSINESS:
        return "BUS";
    case CLASS_INDUSTRIAL:
        return "IND";
    case CLASS_PUBLIC:
        return "PUB";
    default:
        return "???";
    }
}
