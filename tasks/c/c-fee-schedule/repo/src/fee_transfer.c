/* fee_transfer.c - bank transfer fees.
 *
 * Legacy module: callers include fees.h; this file only needs the shared types.
 */
#include "fee_types.h"

long fee_transfer(int kind, long amount_cents, int days)
{
    long fee = 0;

    if (kind < 0 || kind >= TR_COUNT) {
        return FEE_ERR_KIND;
    }
    if (amount_cents <= 0) {
        return FEE_ERR_AMOUNT;
    }
    if (days < 0 || days > FEE_MAX_DAYS) {
        return FEE_ERR_DAYS;
    }
    if (kind == TR_DOMESTIC) {
        if (days == 0) {
            fee = 50;
        }
    } else if (kind == TR_SEPA) {
        if (days == 0) {
            fee = 35 + 150;
        } else {
            fee = 35;
        }
    } else if (kind == TR_SWIFT) {
        fee = (amount_cents * 10 + 5000) / 10000;
        if (fee < 1500) {
            fee = 1500;
        } else if (fee > 5000) {
            fee = 5000;
        }
        if (days < 2) {
            fee = fee + 2500;
        }
    } else {
        if (days != 0) {
            return FEE_ERR_DAYS;
        }
        if (amount_cents > FEE_INSTANT_MAX_CENTS) {
            return FEE_ERR_AMOUNT;
        }
        fee = (amount_cents * 5 + 5000) / 10000;
        if (fee < 25) {
            fee = 25;
        }
    }
    return fee;
}
