/* loyalty.h - the yearly loyalty tier assessment. */
#ifndef LOYALTY_H
#define LOYALTY_H

#include "loyalty_types.h"

/* Assesses a member on day `today` from their n purchases (any order). Every purchase is
 * checked, but only those of the last LOY_WINDOW_DAYS days (today included) earn points:
 * 1 point per whole euro, times 2 for electronics and 3 for travel; fuel earns at most 50 a
 * purchase. Staff earn double on groceries; the co-branded card adds 1 point a euro except
 * on fuel. Returned purchases earn nothing and are counted. Purchases in the first
 * LOY_WELCOME_DAYS days of membership earn their base points again as a welcome bonus.
 * Tiers start at 500 (bronze), 2000 (silver), 5000 (gold) and 10000 points (platinum); staff
 * are at least silver; more than 3 returns cap the tier at silver. A member of
 * LOY_SENIOR_DAYS days or more never drops more than one tier below last_tier.
 * Returns LOY_OK or LOY_ERR_* (checked in the order null, range, suspended, purchases);
 * *out is written only on success. */
int loyalty_assess(const struct member *m, const struct purchase *p, int n, int today,
                   struct tier_result *out);

/* "NONE", "BRONZE", ... for a tier, "?" for anything else. */
const char *loyalty_tier_name(int tier);

#endif
