/* units.h - public interface of the unit converter used by the product catalogue.
 *
 * Quantities are fixed-point: thousandths of the unit (1.5 kg is 1500 with UNIT_KG).
 */
#ifndef UNITS_H
#define UNITS_H

enum unit {
    UNIT_MM = 1,
    UNIT_CM = 2,
    UNIT_M = 3,
    UNIT_KM = 4,
    UNIT_IN = 5,
    UNIT_FT = 6,
    UNIT_YD = 7,
    UNIT_MI = 8,
    UNIT_G = 11,
    UNIT_KG = 12,
    UNIT_LB = 13,
    UNIT_OZ = 14,
    UNIT_ML = 21,
    UNIT_L = 22,
    UNIT_GAL = 23, /* US gallon */
    UNIT_C = 31,
    UNIT_F = 32,
    UNIT_K = 33
};

#define UNIT_OK 0
#define UNIT_ERR_ARG (-1)      /* NULL result pointer */
#define UNIT_ERR_UNKNOWN (-2)  /* unknown unit */
#define UNIT_ERR_MISMATCH (-3) /* units of different quantities */
#define UNIT_ERR_RANGE (-4)    /* |value| over UNIT_MAX_VALUE, negative amount, below absolute zero */

#define UNIT_MAX_VALUE 1000000000L

/* Converts value (thousandths of `from`) into thousandths of `to`, rounded half away from
 * zero, into *out. Returns UNIT_OK or UNIT_ERR_*, checked in the order listed above; *out
 * is only written on success. Lengths, masses and volumes may not be negative. */
int unit_convert(long value, int from, int to, long *out);

/* "mm", "kg", "degC", ...; "?" for an unknown unit. */
const char *unit_symbol(int unit);

#endif
