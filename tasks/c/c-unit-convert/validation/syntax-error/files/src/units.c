/* units.c - unit conversions for the product catalogue.
 *
 * Every unit is one row of UNITS: its quantity, the lowest value it accepts and a pair of
 * functions converting to and from the quantity's base unit (tenths of a millimetre,
 * micrograms, nanolitres, thousandths of a degree Celsius). A conversion goes through the
 * base unit.
 */
#include <stddef.h>

#include "units.h"

enum quantity { LENGTH, MASS, VOLUME, TEMPERATURE };

#define ABSOLUTE_ZERO_C (-273150L)
#define ABSOLUTE_ZERO_F (-459670L)
#define FREEZING_F 32000L

struct unit_info {
    int unit;
    const char *symbol;
    int quantity;
    long factor;  /* base units per unit (lengths, masses, volumes) */
    long minimum; /* the lowest value accepted */
    long (*to_base)(long value, long factor);
    long (*from_base)(long base, long factor);
};

/* num / den rounded half away from zero (den > 0). */
static long div_round(long num, long den)
{
    if (num >= 0) {
        return (num * 2 + den) / (den * 2);
    }
    return -((-num * 2 + den) / (den * 2));
}

static long scale_up(long value, long factor)
{
    return value * factor;
}

static long scale_down(long base, long factor)
{
    return div_round(base, factor);
}

static long celsius_as_is(long value, long factor)
{
    (void)factor;
    return value;
}

static long fahrenheit_to_celsius(long value, long factor)
{
    (void)factor;
    return div_round((value - FREEZING_F) * 5, 9);
}

static long celsius_to_fahrenheit(long celsius, long factor)
{
    (void)factor;
    return div_round(celsius * 9, 5) + FREEZING_F;
}

static long kelvin_to_celsius(long value, long factor)
{
    (void)factor;
    return value + ABSOLUTE_ZERO_C;
}

static long celsius_to_kelvin(long celsius, long factor)
{
    (void)factor;
    return celsius - ABSOLUTE_ZERO_C;
}

#define LINEAR(unit, symbol, quantity, factor) {unit, symbol, quantity, factor, 0, scale_up, scale_down}

static const struct unit_info UNITS[] = {
    LINEAR(UNIT_MM, "mm", LENGTH, 10L),
    LINEAR(UNIT_CM, "cm", LENGTH, 100L)
    LINEAR(UNIT_M, "m", LENGTH, 10000L),
    LINEAR(UNIT_KM, "km", LENGTH, 10000000L),
    LINEAR(UNIT_IN, "in", LENGTH, 254L),
    LINEAR(UNIT_FT, "ft", LENGTH, 3048L),
    LINEAR(UNIT_YD, "yd", LENGTH, 9144L),
    LINEAR(UNIT_MI, "mi", LENGTH, 16093440L),
    LINEAR(UNIT_G, "g", MASS, 1000000L),
    LINEAR(UNIT_KG, "kg", MASS, 1000000000L),
    LINEAR(UNIT_LB, "lb", MASS, 453592370L),
    LINEAR(UNIT_OZ, "oz", MASS, 28349523L),
    LINEAR(UNIT_ML, "ml", VOLUME, 1000000L),
    LINEAR(UNIT_L, "l", VOLUME, 1000000000L),
    LINEAR(UNIT_GAL, "gal", VOLUME, 3785411784L),
    {UNIT_C, "degC", TEMPERATURE, 1, ABSOLUTE_ZERO_C, celsius_as_is, celsius_as_is},
    {UNIT_F, "degF", TEMPERATURE, 1, ABSOLUTE_ZERO_F, fahrenheit_to_celsius, celsius_to_fahrenheit},
    {UNIT_K, "K", TEMPERATURE, 1, 0, kelvin_to_celsius, celsius_to_kelvin},
};

static const struct unit_info *find_unit(int unit)
{
    size_t i;

    for (i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
        if (UNITS[i].unit == unit) {
            return &UNITS[i];
        }
    }
    return NULL;
}

int unit_convert(long value, int from, int to, long *out)
{
    const struct unit_info *src;
    const struct unit_info *dst;

    if (out == NULL) {
        return UNIT_ERR_ARG;
    }
    src = find_unit(from);
    dst = find_unit(to);
    if (src == NULL || dst == NULL) {
        return UNIT_ERR_UNKNOWN;
    }
    if (src->quantity != dst->quantity) {
        return UNIT_ERR_MISMATCH;
    }
    if (value > UNIT_MAX_VALUE || value < -UNIT_MAX_VALUE || value < src->minimum) {
        return UNIT_ERR_RANGE;
    }
    /* the same unit is returned as is (a round trip through the base unit may round) */
    *out = from == to ? value : dst->from_base(src->to_base(value, src->factor), dst->factor);
    return UNIT_OK;
}

const char *unit_symbol(int unit)
{
    const struct unit_info *info = find_unit(unit);

    return info != NULL ? info->symbol : "?";
}
