/* fees.h - the merchant fee schedule. Percentages are of the amount, rounded half up to the
 * cent; minimums and maximums apply to the percentage part unless stated otherwise. */
#ifndef FEES_H
#define FEES_H

#include "fee_types.h"

/* The fee in cents for a card payment of amount_cents (> 0), or FEE_ERR_* (checked in the
 * order flags, method, amount, then the method's own flag rules).
 *   debit:  0.2%, at least 5 and at most 50; business cards pay a flat 10 instead;
 *           foreign cards +1% (uncapped).
 *   credit: 1.5% + 10; foreign +1.5%; business +0.5%.
 *   amex:   2.9% + 30, at least 100 in all; foreign +1%; business cards pay the same.
 *   wallet: 1%, at most 200; foreign wallets are refused (FEE_ERR_FLAGS). */
long fee_card_payment(int method, long amount_cents, unsigned flags);

/* The fee in cents for a transfer of amount_cents (> 0) settled in `days` days, or FEE_ERR_*
 * (checked in the order kind, amount, days, then the kind's own rules).
 *   domestic: free, 50 when settled the same day (days 0).
 *   sepa:     35, plus 150 when settled the same day.
 *   swift:    0.1%, at least 1500 and at most 5000, plus 2500 when settled in under 2 days.
 *   instant:  0.05%, at least 25; only days 0 (else FEE_ERR_DAYS) and at most 15,000.00
 *             (else FEE_ERR_AMOUNT). */
long fee_transfer(int kind, long amount_cents, int days);

#endif
