/* fee_card.c - card payment fees.
 *
 * Legacy module: one branch per acquirer contract, renegotiated every year. Callers include
 * fees.h; this file only needs the shared types.
 */
#include "fee_types.h"

long fee_card_payment(int method, long amount_cents, unsigned flags)
{
    long fee;

    if ((flags & ~FEE_FLAG_ALL) != 0) {
        return FEE_ERR_FLAGS;
    }
    if (method < 0 || method >= PM_COUNT) {
        return FEE_ERR_METHOD;
    }
    if (amount_cents <= 0) {
        return FEE_ERR_AMOUNT;
    }
    switch (method) {
    case PM_DEBIT:
        if (flags & FEE_FLAG_BUSINESS) {
            fee = 10;
        } else {
            fee = (amount_cents * 20 + 5000) / 10000;
            if (fee < 5) {
                fee = 5;
            } else if (fee > 50) {
                fee = 50;
            }
        }
        if (flags & FEE_FLAG_FOREIGN) {
            fee = fee + (amount_cents * 100 + 5000) / 10000;
        }
        break;
    case PM_CREDIT:
        if (flags & FEE_FLAG_FOREIGN) {
            if (flags & FEE_FLAG_BUSINESS) {
                fee = (amount_cents * 350 + 5000) / 10000 + 10;
            } else {
                fee = (amount_cents * 300 + 5000) / 10000 + 10;
            }
        } else {
            if (flags & FEE_FLAG_BUSINESS) {
                fee = (amount_cents * 200 + 5000) / 10000 + 10;
            } else {
                fee = (amount_cents * 150 + 5000) / 10000 + 10;
            }
        }
        break;
    case PM_AMEX:
        if (flags & FEE_FLAG_FOREIGN) {
            fee = (amount_cents * 390 + 5000) / 10000 + 30;
        } else {
            fee = (amount_cents * 290 + 5000) / 10000 + 30;
        }
        if (fee < 100) {
            fee = 100;
        }
        break;
    default:
        if (flags & FEE_FLAG_FOREIGN) {
            return FEE_ERR_FLAGS;
        }
        fee = (amount_cents * 100 + 5000) / 10000;
        if (fee > 200) {
            fee = 200;
        }
        break;
    }
    return fee;
}
