/* units.c - unit conversions for the product catalogue.
 *
 * Legacy module: one branch per quantity, with the factors of each unit and the
 * temperature formulas written out pair by pair.
 */
#include <stddef.h>

#include "units.h"

static long div_round(long num, long den)
{
    if (num >= 0) {
        return (num * 2 + den) / (den * 2);
    }
    return -((-num * 2 + den) / (den * 2));
}

/* 1 length, 2 mass, 3 volume, 4 temperature; 0 unknown. */
static int quantity_of(int unit)
{
    int cat;

    if (unit >= UNIT_MM && unit <= UNIT_MI) {
        cat = 1;
    } else if (unit >= UNIT_G && unit <= UNIT_OZ) {
        cat = 2;
    } else if (unit >= UNIT_ML && unit <= UNIT_GAL) {
        cat = 3;
    } else if (unit >= UNIT_C && unit <= UNIT_K) {
        cat = 4;
    } else {
        cat = 0;
    }
    return cat;
}

static int linear_convert(long value, int from, int to, int cat_from, long *out)
{
    long f_from = 0;
    long f_to = 0;

    if (value < 0) {
        return UNIT_ERR_RANGE;
    }
    if (cat_from == 1) {
        /* tenths of a millimetre */
        switch (from) {
        case UNIT_MM: f_from = 10; break;
        case UNIT_CM: f_from = 100; break;
        case UNIT_M: f_from = 10000; break;
        case UNIT_KM: f_from = 10000000; break;
        case UNIT_IN: f_from = 254; break;
        case UNIT_FT: f_from = 3048; break;
        case UNIT_YD: f_from = 9144; break;
        default: f_from = 16093440; break;
        }
        switch (to) {
        case UNIT_MM: f_to = 10; break;
        case UNIT_CM: f_to = 100; break;
        case UNIT_M: f_to = 10000; break;
        case UNIT_KM: f_to = 10000000; break;
        case UNIT_IN: f_to = 254; break;
        case UNIT_FT: f_to = 3048; break;
        case UNIT_YD: f_to = 9144; break;
        default: f_to = 16093440; break;
        }
    } else if (cat_from == 2) {
        /* micrograms */
        if (from == UNIT_G) {
            f_from = 1000000;
        } else if (from == UNIT_KG) {
            f_from = 1000000000;
        } else if (from == UNIT_LB) {
            f_from = 453592370;
        } else {
            f_from = 28349523;
        }
        if (to == UNIT_G) {
            f_to = 1000000;
        } else if (to == UNIT_KG) {
            f_to = 1000000000;
        } else if (to == UNIT_LB) {
            f_to = 453592370;
        } else {
            f_to = 28349523;
        }
    } else {
        /* nanolitres */
        if (from == UNIT_ML) {
            f_from = 1000000;
        } else if (from == UNIT_L) {
            f_from = 1000000000;
        } else {
            f_from = 3785411784L;
        }
        if (to == UNIT_ML) {
            f_to = 1000000;
        } else if (to == UNIT_L) {
            f_to = 1000000000;
        } else {
            f_to = 3785411784L;
        }
    }
    if (f_from == f_to) {
        *out = value;
    } else {
        *out = div_round(value * f_from, f_to);
    }
    return UNIT_OK;
}

struct scale {
    int unit;
    long minimum;
    long (*to_celsius)(long value);
    long (*from_celsius)(long celsius);
};

static long same(long v)
{
    return v;
}

static long f_to_c(long v)
{
    return div_round((v - 32000) * 5, 9);
}

static long c_to_f(long c)
{
    return div_round(c * 9, 5) + 32000;
}

static long k_to_c(long v)
{
    return v - 273150;
}

static long c_to_k(long c)
{
    return c + 273150;
}

static const struct scale SCALES[] = {
    {UNIT_C, -273150, same, same},
    {UNIT_F, -459670, f_to_c, c_to_f},
    {UNIT_K, 0, k_to_c, c_to_k},
};

int unit_convert(long value, int from, int to, long *out)
{
    int cat_from;
    int cat_to;
    const struct scale *src;
    const struct scale *dst;

    if (out == NULL) {
        return UNIT_ERR_ARG;
    }
    cat_from = quantity_of(from);
    cat_to = quantity_of(to);
    if (cat_from == 0 || cat_to == 0) {
        return UNIT_ERR_UNKNOWN;
    }
    if (cat_from != cat_to) {
        return UNIT_ERR_MISMATCH;
    }
    if (value > UNIT_MAX_VALUE || value < -UNIT_MAX_VALUE) {
        return UNIT_ERR_RANGE;
    }
    if (cat_from != 4) {
        return linear_convert(value, from, to, cat_from, out);
    }
    src = &SCALES[from - UNIT_C];
    dst = &SCALES[to - UNIT_C];
    if (value < src->minimum) {
        return UNIT_ERR_RANGE;
    }
    *out = from == to ? value : dst->from_celsius(src->to_celsius(value));
    return UNIT_OK;
}

const char *unit_symbol(int unit)
{
    static const char *const LENGTH[] = {"mm", "cm", "m", "km", "in", "ft", "yd", "mi"};
    static const char *const MASS[] = {"g", "kg", "lb", "oz"};
    static const char *const VOLUME[] = {"ml", "l", "gal"};
    static const char *const TEMPERATURE[] = {"degC", "degF", "K"};

    if (unit >= UNIT_MM && unit <= UNIT_MI) {
        return LENGTH[unit - UNIT_MM];
    }
    if (unit >= UNIT_G && unit <= UNIT_OZ) {
        return MASS[unit - UNIT_G];
    }
    if (unit >= UNIT_ML && unit <= UNIT_GAL) {
        return VOLUME[unit - UNIT_ML];
    }
    if (unit >= UNIT_C && unit <= UNIT_K) {
        return TEMPERATURE[unit - UNIT_C];
    }
    return "?";
}
