/* loyalty.c - yearly loyalty tier assessment.
 *
 * Legacy module: the whole assessment grew inside one function, one marketing campaign at
 * a time. Callers include loyalty.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "loyalty_types.h"

static int check_input(const struct member *m, const struct purchase *p, int n, int today,
                       const struct tier_result *out)
{
    int i;

    if (m == NULL || out == NULL || (p == NULL && n > 0)) {
        return LOY_ERR_NULL;
    }
    if (n < 0 || n > LOY_MAX_PURCHASES || today < m->joined_day || m->last_tier < TIER_NONE
        || m->last_tier > TIER_PLATINUM) {
        return LOY_ERR_RANGE;
    }
    if (m->flags & LOY_FLAG_SUSPENDED) {
        return LOY_ERR_SUSPENDED;
    }
    for (i = 0; i < n; i++) {
        if (p[i].day > today || p[i].cents <= 0 || p[i].category < 0 || p[i].category >= CAT_COUNT) {
            return LOY_ERR_PURCHASE;
        }
    }
    return LOY_OK;
}

int loyalty_assess(const struct member *m, const struct purchase *p, int n, int today,
                   struct tier_result *out)
{
    long points = 0;
    long bonus = 0;
    long base;
    long earned;
    int returns = 0;
    int tier = TIER_NONE;
    int protected_tier = 0;
    int i;

    int rc = check_input(m, p, n, today, out);

    if (rc != LOY_OK) {
        return rc;
    }
    for (i = 0; i < n; i++) {
        if (today - p[i].day < LOY_WINDOW_DAYS) {
            if (p[i].returned) {
                returns++;
            } else {
                base = p[i].cents / 100;
                if (p[i].category == CAT_GROCERY) {
                    if (m->flags & LOY_FLAG_STAFF) {
                        earned = base * 2;
                    } else {
                        earned = base;
                    }
                    if (m->flags & LOY_FLAG_COBRAND) {
                        earned = earned + base;
                    }
                } else if (p[i].category == CAT_FUEL) {
                    if (base > 50) {
                        earned = 50;
                    } else {
                        earned = base;
                    }
                } else if (p[i].category == CAT_ELECTRONICS) {
                    earned = base * 2;
                    if (m->flags & LOY_FLAG_COBRAND) {
                        earned = earned + base;
                    }
                } else {
                    earned = base * 3;
                    if (m->flags & LOY_FLAG_COBRAND) {
                        earned = earned + base;
                    }
                }
                points = points + earned;
                if (p[i].day - m->joined_day < LOY_WELCOME_DAYS && p[i].day >= m->joined_day) {
                    if (p[i].category == CAT_FUEL && base > 50) {
                        bonus = bonus + 50;
                    } else {
                        bonus = bonus + base;
                    }
                }
            }
        }
    }
    points = points + bonus;
    if (points >= 10000) {
        tier = TIER_PLATINUM;
    } else if (points >= 5000) {
        tier = TIER_GOLD;
    } else if (points >= 2000) {
        tier = TIER_SILVER;
    } else if (points >= 500) {
        tier = TIER_BRONZE;
    }
    if ((m->flags & LOY_FLAG_STAFF) && tier < TIER_SILVER) {
        tier = TIER_SILVER;
    }
    if (returns > 3 && tier > TIER_SILVER) {
        tier = TIER_SILVER;
    }
    if (today - m->joined_day >= LOY_SENIOR_DAYS) {
        if (tier < m->last_tier - 1) {
            tier = m->last_tier - 1;
            protected_tier = 1;
        }
    }
    out->points = points;
    out->bonus_points = bonus;
    out->returns = returns;
    out->tier = tier;
    out->protected_tier = protected_tier;
    return LOY_OK;
}

const char *loyalty_tier_name(int tier)
{
    switch (tier) {
    case TIER_NONE:
        return "NONE";
    case TIER_BRONZE:
        return "BRONZE";
    case TIER_SILVER:
        return "SILVER";
    case TIER_GOLD:
        return "GOLD";
    case TIER_PLATINUM:
        return "PLATINUM";
    default:
        return "?";
    }
}
