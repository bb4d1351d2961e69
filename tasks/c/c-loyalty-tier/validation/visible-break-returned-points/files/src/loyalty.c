/* loyalty.c - yearly loyalty tier assessment.
 *
 * Callers include loyalty.h; this file only needs the shared types.
 */
#include <stddef.h>

#include "loyalty_types.h"

#define FUEL_POINTS_CAP 50L
#define SILVER_RETURNS_LIMIT 3

/* Minimum points of each tier, highest first. */
static const struct {
    long min_points;
    int tier;
} TIER_THRESHOLDS[] = {
    {10000, TIER_PLATINUM},
    {5000, TIER_GOLD},
    {2000, TIER_SILVER},
    {500, TIER_BRONZE},
};

static int has_flag(const struct member *m, unsigned flag)
{
    return (m->flags & flag) != 0;
}

static int check_arguments(const struct member *m, const struct purchase *p, int n, int today,
                           const struct tier_result *out)
{
    if (m == NULL || out == NULL || (p == NULL && n > 0)) {
        return LOY_ERR_NULL;
    }
    if (n < 0 || n > LOY_MAX_PURCHASES || today < m->joined_day) {
        return LOY_ERR_RANGE;
    }
    if (m->last_tier < TIER_NONE || m->last_tier > TIER_PLATINUM) {
        return LOY_ERR_RANGE;
    }
    if (has_flag(m, LOY_FLAG_SUSPENDED)) {
        return LOY_ERR_SUSPENDED;
    }
    return LOY_OK;
}

static int purchase_is_valid(const struct purchase *p, int today)
{
    return p->day <= today && p->cents > 0 && p->category >= 0 && p->category < CAT_COUNT;
}

static int purchases_are_valid(const struct purchase *p, int n, int today)
{
    int i;

    for (i = 0; i < n; i++) {
        if (!purchase_is_valid(&p[i], today)) {
            return 0;
        }
    }
    return 1;
}

/* Whole euros, fuel capped: what a purchase earns before multipliers (and as welcome bonus). */
static long base_points(const struct purchase *p)
{
    long base = p->cents / 100;

    if (p->category == CAT_FUEL && base > FUEL_POINTS_CAP) {
        return FUEL_POINTS_CAP;
    }
    return base;
}

static long earned_points(const struct member *m, const struct purchase *p)
{
    static const long MULTIPLIER[CAT_COUNT] = {1, 1, 2, 3};
    long base = base_points(p);
    long earned = base * MULTIPLIER[p->category];

    if (p->category == CAT_FUEL) {
        return earned;
    }
    if (p->category == CAT_GROCERY && has_flag(m, LOY_FLAG_STAFF)) {
        earned += base;
    }
    if (has_flag(m, LOY_FLAG_COBRAND)) {
        earned += base;
    }
    return earned;
}

static int in_welcome_period(const struct member *m, const struct purchase *p)
{
    return p->day >= m->joined_day && p->day - m->joined_day < LOY_WELCOME_DAYS;
}

/* Points, bonus and returns of the purchases in the window. */
static void tally_window(const struct member *m, const struct purchase *p, int n, int today,
                         struct tier_result *r)
{
    int i;

    r->points = 0;
    r->bonus_points = 0;
    r->returns = 0;
    for (i = 0; i < n; i++) {
        if (today - p[i].day >= LOY_WINDOW_DAYS) {
            continue;
        }
        if (p[i].returned) {
            r->returns++;
        }
        r->points += earned_points(m, &p[i]);
        if (in_welcome_period(m, &p[i])) {
            r->bonus_points += base_points(&p[i]);
        }
    }
    r->points += r->bonus_points;
}

static int tier_for_points(long points)
{
    size_t i;

    for (i = 0; i < sizeof TIER_THRESHOLDS / sizeof TIER_THRESHOLDS[0]; i++) {
        if (points >= TIER_THRESHOLDS[i].min_points) {
            return TIER_THRESHOLDS[i].tier;
        }
    }
    return TIER_NONE;
}

/* The tier after the staff floor, the returns cap and the seniority protection. */
static int adjusted_tier(const struct member *m, int today, struct tier_result *r)
{
    int tier = tier_for_points(r->points);
    int floor = m->last_tier - 1;

    if (has_flag(m, LOY_FLAG_STAFF) && tier < TIER_SILVER) {
        tier = TIER_SILVER;
    }
    if (r->returns > SILVER_RETURNS_LIMIT && tier > TIER_SILVER) {
        tier = TIER_SILVER;
    }
    r->protected_tier = today - m->joined_day >= LOY_SENIOR_DAYS && tier < floor;
    return r->protected_tier ? floor : tier;
}

int loyalty_assess(const struct member *m, const struct purchase *p, int n, int today,
                   struct tier_result *out)
{
    struct tier_result r;
    int rc = check_arguments(m, p, n, today, out);

    if (rc != LOY_OK) {
        return rc;
    }
    if (!purchases_are_valid(p, n, today)) {
        return LOY_ERR_PURCHASE;
    }
    tally_window(m, p, n, today, &r);
    r.tier = adjusted_tier(m, today, &r);
    *out = r;
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
