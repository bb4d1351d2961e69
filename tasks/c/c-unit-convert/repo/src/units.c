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

int unit_convert(long value, int from, int to, long *out)
{
    long f_from = 0;
    long f_to = 0;
    long result;
    int cat_from;
    int cat_to;

    if (out == NULL) {
        return UNIT_ERR_ARG;
    }
    if (from >= UNIT_MM && from <= UNIT_MI) {
        cat_from = 1;
    } else if (from >= UNIT_G && from <= UNIT_OZ) {
        cat_from = 2;
    } else if (from >= UNIT_ML && from <= UNIT_GAL) {
        cat_from = 3;
    } else if (from >= UNIT_C && from <= UNIT_K) {
        cat_from = 4;
    } else {
        return UNIT_ERR_UNKNOWN;
    }
    if (to >= UNIT_MM && to <= UNIT_MI) {
        cat_to = 1;
    } else if (to >= UNIT_G && to <= UNIT_OZ) {
        cat_to = 2;
    } else if (to >= UNIT_ML && to <= UNIT_GAL) {
        cat_to = 3;
    } else if (to >= UNIT_C && to <= UNIT_K) {
        cat_to = 4;
    } else {
        return UNIT_ERR_UNKNOWN;
    }
    if (cat_from != cat_to) {
        return UNIT_ERR_MISMATCH;
    }
    if (value > UNIT_MAX_VALUE || value < -UNIT_MAX_VALUE) {
        return UNIT_ERR_RANGE;
    }

    if (cat_from == 4) {
        if ((from == UNIT_C && value < -273150) || (from == UNIT_F && value < -459670) ||
            (from == UNIT_K && value < 0)) {
            return UNIT_ERR_RANGE;
        }
        if (from == to) {
            result = value;
        } else if (from == UNIT_C && to == UNIT_F) {
            result = div_round(value * 9, 5) + 32000;
        } else if (from == UNIT_C && to == UNIT_K) {
            result = value + 273150;
        } else if (from == UNIT_F && to == UNIT_C) {
            result = div_round((value - 32000) * 5, 9);
        } else if (from == UNIT_F && to == UNIT_K) {
            result = div_round((value - 32000) * 5, 9) + 273150;
        } else if (from == UNIT_K && to == UNIT_C) {
            result = value - 273150;
        } else {
            result = div_round((value - 273150) * 9, 5) + 32000;
        }
        *out = result;
        return UNIT_OK;
    }

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
