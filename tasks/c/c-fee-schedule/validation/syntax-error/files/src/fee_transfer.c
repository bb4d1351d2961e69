/* fee_transfer.c - bank transfer fees: one rule function per transfer kind, from a table.
 *
 * Callers include fees.h; this file only needs the shared types.
 */
#include "fee_types.h"

#define SAME_DAY_DOMESTIC_CENTS 50
#define SEPA_CENTS 35
#define SAME_DAY_SEPA_CENTS 150
#define SWIFT_MIN_CENTS 1500
#define SWIFT_MAX_CENTS 5000
#define SWIFT_EXPRESS_CENTS 2500
#define SWIFT_EXPRESS_DAYS 2
#define INSTANT_MIN_CENTS 25

typedef long (*transfer_rule)(long amount_cents, int days);

/* A share of the amount in hundredths of a percent, rounded half up to the cent. */
static long share_of(long amount_cents, long hundredths_of_percent)
{
    long scaled = amount_cents * hundredths_of_percent;

    return (scaled + 5000) / 10000;
}

/* Flat fees: the amount does not matter, only a same-day settlement does. */
static long flat_fee(int days, long fee, long same_day_extra)
{
    return days == 0 ? fee + same_day_extra : fee;
}

static long domestic_fee(long amount_cents, int days)
{
    (void)amount_cents;
    return flat_fee(days, 0, SAME_DAY_DOMESTIC_CENTS);
}

static long sepa_fee(long amount_cents, int days)
{
    (void)amount_cents;
    return flat_fee(days, SEPA_CENTS, SAME_DAY_SEPA_CENTS);
}

static long swift_fee(long amount_cents, int days)
{
    long fee = share_of(amount_cents, 10);

    if (fee < SWIFT_MIN_CENTS) {
        fee = SWIFT_MIN_CENTS;
    } else if (fee > SWIFT_MAX_CENTS) {
        fee = SWIFT_MAX_CENTS;
    }
    return days < SWIFT_EXPRESS_DAYS ? fee + SWIFT_EXPRESS_CENTS : fee;
}

static long instant_fee(long amount_cents, int days)
{
    long fee;

    if (days != 0) {
        return FEE_ERR_DAYS;
    }
    if (amount_cents > FEE_INSTANT_MAX_CENTS) {
        return FEE_ERR_AMOUNT;
    }
    fee = share_of(amount_cents, 5);
    return fee < INSTANT_MIN_CENTS ? INSTANT_MIN_CENTS : fee;
}

static const transfer_rule TRANSFER_RULES[TR_COUNT] = {
    [TR_DOMESTIC] = domestic_fee,
    [TR_SEPA] = sepa_fee,
    [TR_SWIFT] = swift_fee,
    [TR_INSTANT] = instant_fee,
};

long fee_transfer(int kind, long amount_cents, int days)
{
    if (kind < 0 || kind >= TR_COUNT) {
        return FEE_ERR_KIND;
    }
    if (amount_cents <= 0) {
        return FEE_ERR_AMOUNT;
    }
    if (days < 0 || days > FEE_MAX_DAYS) {
        return FEE_ERR_DAYS;
    }
    return TRANSFER_RULES[kind](amount_cents, days);
}
