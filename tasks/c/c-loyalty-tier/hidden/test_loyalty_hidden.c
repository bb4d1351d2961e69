/* Hidden behaviour tests for loyalty_assess and loyalty_tier_name.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every check and its order, every category and flag, the window, welcome and seniority
 * boundaries, each tier threshold, the staff floor, the returns cap and the protection.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "loyalty.h"

static int checks;
static int failures;

static void expect_int(const char *label, const char *what, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: %s: got %ld, want %ld\n", label, what, got, want);
    }
}

#define G CAT_GROCERY
#define F CAT_FUEL
#define E CAT_ELECTRONICS
#define T CAT_TRAVEL
#define STAFF LOY_FLAG_STAFF
#define COBRAND LOY_FLAG_COBRAND
#define SUSPENDED LOY_FLAG_SUSPENDED

struct assess_case {
    const char *label;
    int joined;
    int last_tier;
    unsigned flags;
    int today;
    int n;
    struct purchase p[6];
    int want_rc;
    long points;
    long bonus;
    int returns;
    int tier;
    int protected_tier;
};

static const struct assess_case CASES[] = {
    /* checks and their order */
    {"n -1", 1000, 0, 0, 2000, -1, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"n 65", 1000, 0, 0, 2000, 65, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"today before joining", 1000, 0, 0, 999, 0, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"today is joining day", 1000, 0, 0, 1000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"last tier -1", 1000, -1, 0, 2000, 0, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"last tier 5", 1000, 5, 0, 2000, 0, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"last tier 4", 1000, 4, 0, 2000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"range beats suspended", 1000, 0, SUSPENDED, 999, 0, {{0}}, LOY_ERR_RANGE, 0, 0, 0, TIER_NONE, 0},
    {"suspended", 1000, 0, SUSPENDED, 2000, 1, {{1900, 1000, G, 0}}, LOY_ERR_SUSPENDED, 0, 0, 0, TIER_NONE, 0},
    {"suspended beats bad purchase", 1000, 0, SUSPENDED | STAFF, 2000, 1, {{2500, 1000, G, 0}}, LOY_ERR_SUSPENDED, 0, 0, 0, TIER_NONE, 0},
    {"purchase tomorrow", 1000, 0, 0, 2000, 1, {{2001, 1000, G, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"purchase today", 1000, 0, 0, 2000, 1, {{2000, 1000, G, 0}}, LOY_OK, 10, 0, 0, TIER_NONE, 0},
    {"purchase of 0 cents", 1000, 0, 0, 2000, 1, {{1900, 0, G, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"purchase of -100 cents", 1000, 0, 0, 2000, 1, {{1900, -100, G, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"purchase of 1 cent", 1000, 0, 0, 2000, 1, {{1900, 1, G, 0}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"category -1", 1000, 0, 0, 2000, 1, {{1900, 1000, -1, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"category 4", 1000, 0, 0, 2000, 1, {{1900, 1000, 4, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"bad returned purchase", 1000, 0, 0, 2000, 1, {{1900, 1000, 9, 1}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"bad purchase outside the window", 1000, 0, 0, 2000, 2, {{1900, 1000, G, 0}, {100, 0, G, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"bad purchase after good ones", 1000, 0, 0, 2000, 3, {{1900, 90000, T, 0}, {1910, 1000, G, 0}, {1920, 1000, 7, 0}}, LOY_ERR_PURCHASE, 0, 0, 0, TIER_NONE, 0},
    {"only n purchases are read", 1000, 0, 0, 2000, 2, {{1900, 1000, G, 0}, {1910, 1000, G, 0}, {9999, -1, 9, 0}}, LOY_OK, 20, 0, 0, TIER_NONE, 0},
    /* categories, flags and rounding */
    {"grocery rounds down", 1000, 0, 0, 2000, 1, {{1900, 1999, G, 0}}, LOY_OK, 19, 0, 0, TIER_NONE, 0},
    {"grocery staff", 1000, 0, STAFF, 2000, 1, {{1900, 25099, G, 0}}, LOY_OK, 500, 0, 0, TIER_SILVER, 0},
    {"grocery co-branded", 1000, 0, COBRAND, 2000, 1, {{1900, 25099, G, 0}}, LOY_OK, 500, 0, 0, TIER_BRONZE, 0},
    {"grocery staff co-branded", 1000, 0, STAFF | COBRAND, 2000, 1, {{1900, 25099, G, 0}}, LOY_OK, 750, 0, 0, TIER_SILVER, 0},
    {"fuel 49 euro", 1000, 0, 0, 2000, 1, {{1900, 4999, F, 0}}, LOY_OK, 49, 0, 0, TIER_NONE, 0},
    {"fuel 50 euro", 1000, 0, 0, 2000, 1, {{1900, 5099, F, 0}}, LOY_OK, 50, 0, 0, TIER_NONE, 0},
    {"fuel 51 euro", 1000, 0, 0, 2000, 1, {{1900, 5100, F, 0}}, LOY_OK, 50, 0, 0, TIER_NONE, 0},
    {"fuel co-branded staff", 1000, 0, STAFF | COBRAND, 2000, 2, {{1900, 9000, F, 0}, {1901, 3000, F, 0}}, LOY_OK, 80, 0, 0, TIER_SILVER, 0},
    {"electronics", 1000, 0, 0, 2000, 1, {{1900, 33350, E, 0}}, LOY_OK, 666, 0, 0, TIER_BRONZE, 0},
    {"electronics staff", 1000, 0, STAFF, 2000, 1, {{1900, 33350, E, 0}}, LOY_OK, 666, 0, 0, TIER_SILVER, 0},
    {"electronics co-branded", 1000, 0, COBRAND, 2000, 1, {{1900, 33350, E, 0}}, LOY_OK, 999, 0, 0, TIER_BRONZE, 0},
    {"travel", 1000, 0, 0, 2000, 1, {{1900, 70001, T, 0}}, LOY_OK, 2100, 0, 0, TIER_SILVER, 0},
    {"travel staff", 1000, 0, STAFF, 2000, 1, {{1900, 70001, T, 0}}, LOY_OK, 2100, 0, 0, TIER_SILVER, 0},
    {"travel co-branded", 1000, 0, COBRAND, 2000, 1, {{1900, 70001, T, 0}}, LOY_OK, 2800, 0, 0, TIER_SILVER, 0},
    {"mixed basket", 1000, 0, COBRAND, 2000, 5, {{1900, 12000, G, 0}, {1910, 7000, F, 0}, {1920, 25000, E, 0}, {1930, 40000, T, 0}, {1900, 100, G, 0}}, LOY_OK, 2642, 0, 0, TIER_SILVER, 0},
    /* window */
    {"364 days ago counts", 1000, 0, 0, 2000, 1, {{1636, 100000, G, 0}}, LOY_OK, 1000, 0, 0, TIER_BRONZE, 0},
    {"365 days ago does not", 1000, 0, 0, 2000, 1, {{1635, 100000, G, 0}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"returned 364 days ago counts", 1000, 0, 0, 2000, 1, {{1636, 100000, G, 1}}, LOY_OK, 0, 0, 1, TIER_NONE, 0},
    {"returned 365 days ago does not", 1000, 0, 0, 2000, 1, {{1635, 100000, G, 1}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"purchase before joining counts", 1000, 0, 0, 1200, 1, {{950, 100000, G, 0}}, LOY_OK, 1000, 0, 0, TIER_BRONZE, 0},
    /* welcome bonus */
    {"bonus on the joining day", 1000, 0, 0, 1200, 1, {{1000, 30050, G, 0}}, LOY_OK, 600, 300, 0, TIER_BRONZE, 0},
    {"bonus on day 89", 1000, 0, 0, 1200, 1, {{1089, 30050, E, 0}}, LOY_OK, 900, 300, 0, TIER_BRONZE, 0},
    {"no bonus on day 90", 1000, 0, 0, 1200, 1, {{1090, 30050, E, 0}}, LOY_OK, 600, 0, 0, TIER_BRONZE, 0},
    {"no bonus the day before joining", 1000, 0, 0, 1200, 1, {{999, 30050, E, 0}}, LOY_OK, 600, 0, 0, TIER_BRONZE, 0},
    {"bonus is the base for travel", 1000, 0, COBRAND, 1200, 1, {{1010, 30050, T, 0}}, LOY_OK, 1500, 300, 0, TIER_BRONZE, 0},
    {"bonus is the base for staff groceries", 1000, 0, STAFF, 1200, 1, {{1010, 30050, G, 0}}, LOY_OK, 900, 300, 0, TIER_SILVER, 0},
    {"bonus is capped for fuel", 1000, 0, 0, 1200, 2, {{1010, 9000, F, 0}, {1011, 4000, F, 0}}, LOY_OK, 180, 90, 0, TIER_NONE, 0},
    {"no bonus on returns", 1000, 0, 0, 1200, 2, {{1010, 90000, T, 1}, {1011, 10000, G, 0}}, LOY_OK, 200, 100, 1, TIER_NONE, 0},
    {"no bonus outside the window", 1000, 0, 0, 1500, 2, {{1010, 90000, T, 0}, {1400, 10000, G, 0}}, LOY_OK, 100, 0, 0, TIER_NONE, 0},
    /* tiers */
    {"499 points", 1000, 0, 0, 2000, 1, {{1900, 49999, G, 0}}, LOY_OK, 499, 0, 0, TIER_NONE, 0},
    {"500 points", 1000, 0, 0, 2000, 1, {{1900, 50000, G, 0}}, LOY_OK, 500, 0, 0, TIER_BRONZE, 0},
    {"1999 points", 1000, 0, 0, 2000, 1, {{1900, 199999, G, 0}}, LOY_OK, 1999, 0, 0, TIER_BRONZE, 0},
    {"2000 points", 1000, 0, 0, 2000, 1, {{1900, 200000, G, 0}}, LOY_OK, 2000, 0, 0, TIER_SILVER, 0},
    {"4999 points", 1000, 0, 0, 2000, 1, {{1900, 499999, G, 0}}, LOY_OK, 4999, 0, 0, TIER_SILVER, 0},
    {"5000 points", 1000, 0, 0, 2000, 1, {{1900, 500000, G, 0}}, LOY_OK, 5000, 0, 0, TIER_GOLD, 0},
    {"9999 points", 1000, 0, 0, 2000, 1, {{1900, 999999, G, 0}}, LOY_OK, 9999, 0, 0, TIER_GOLD, 0},
    {"10000 points", 1000, 0, 0, 2000, 1, {{1900, 1000000, G, 0}}, LOY_OK, 10000, 0, 0, TIER_PLATINUM, 0},
    {"bonus lifts the tier", 1000, 0, 0, 1100, 1, {{1050, 25000, G, 0}}, LOY_OK, 500, 250, 0, TIER_BRONZE, 0},
    {"staff floor", 1000, 0, STAFF, 2000, 1, {{1900, 100, G, 0}}, LOY_OK, 2, 0, 0, TIER_SILVER, 0},
    {"staff without purchases", 1000, 0, STAFF, 2000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_SILVER, 0},
    {"staff gold", 1000, 0, STAFF, 2000, 1, {{1900, 300000, G, 0}}, LOY_OK, 6000, 0, 0, TIER_GOLD, 0},
    /* returns cap */
    {"3 returns do not cap", 1000, 0, 0, 2000, 4, {{1900, 1000000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}}, LOY_OK, 10000, 0, 3, TIER_PLATINUM, 0},
    {"4 returns cap platinum", 1000, 0, 0, 2000, 5, {{1900, 1000000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}, {1904, 100, T, 1}}, LOY_OK, 10000, 0, 4, TIER_SILVER, 0},
    {"4 returns cap gold", 1000, 0, 0, 2000, 5, {{1900, 600000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}, {1904, 100, T, 1}}, LOY_OK, 6000, 0, 4, TIER_SILVER, 0},
    {"4 returns keep bronze", 1000, 0, 0, 2000, 5, {{1900, 60000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}, {1904, 100, T, 1}}, LOY_OK, 600, 0, 4, TIER_BRONZE, 0},
    {"4 returns, one too old", 1000, 0, 0, 2000, 5, {{1900, 1000000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}, {1635, 100, T, 1}}, LOY_OK, 10000, 0, 3, TIER_PLATINUM, 0},
    {"staff with 4 returns", 1000, 0, STAFF, 2000, 5, {{1900, 1000000, G, 0}, {1901, 100, G, 1}, {1902, 100, F, 1}, {1903, 100, E, 1}, {1904, 100, T, 1}}, LOY_OK, 20000, 0, 4, TIER_SILVER, 0},
    /* seniority protection */
    {"1094 days: no protection", 1000, TIER_PLATINUM, 0, 2094, 1, {{2000, 100, G, 0}}, LOY_OK, 1, 0, 0, TIER_NONE, 0},
    {"1095 days: one tier below last", 1000, TIER_PLATINUM, 0, 2095, 1, {{2000, 100, G, 0}}, LOY_OK, 1, 0, 0, TIER_GOLD, 1},
    {"1096 days: one tier below last", 1000, TIER_GOLD, 0, 2096, 1, {{2000, 60000, G, 0}}, LOY_OK, 600, 0, 0, TIER_SILVER, 1},
    {"protection not needed one below", 1000, TIER_GOLD, 0, 3000, 1, {{2900, 200000, G, 0}}, LOY_OK, 2000, 0, 0, TIER_SILVER, 0},
    {"protection not needed above", 1000, TIER_BRONZE, 0, 3000, 1, {{2900, 700000, G, 0}}, LOY_OK, 7000, 0, 0, TIER_GOLD, 0},
    {"protection from bronze to none", 1000, TIER_BRONZE, 0, 3000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_NONE, 0},
    {"protection from silver", 1000, TIER_SILVER, 0, 3000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_BRONZE, 1},
    {"protection beats the returns cap", 1000, TIER_PLATINUM, 0, 3000, 5, {{2900, 1000000, G, 0}, {2901, 100, G, 1}, {2902, 100, F, 1}, {2903, 100, E, 1}, {2904, 100, T, 1}}, LOY_OK, 10000, 0, 4, TIER_GOLD, 1},
    {"staff floor before protection", 1000, TIER_GOLD, STAFF, 3000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_SILVER, 0},
    {"staff floor without protection", 1000, TIER_PLATINUM, STAFF, 3000, 0, {{0}}, LOY_OK, 0, 0, 0, TIER_GOLD, 1},
};

static void check_case(const struct assess_case *c)
{
    struct member m;
    struct purchase copy[6];
    struct tier_result r;
    struct tier_result untouched;
    int rc;

    m.joined_day = c->joined;
    m.last_tier = c->last_tier;
    m.flags = c->flags;
    memcpy(copy, c->p, sizeof copy);
    memset(&r, 0x5a, sizeof r);
    untouched = r;
    rc = loyalty_assess(&m, c->n > 0 && c->n <= 6 ? copy : c->p, c->n, c->today, &r);
    expect_int(c->label, "rc", rc, c->want_rc);
    if (c->want_rc != LOY_OK) {
        expect_int(c->label, "result untouched", memcmp(&r, &untouched, sizeof r), 0);
        return;
    }
    expect_int(c->label, "points", r.points, c->points);
    expect_int(c->label, "bonus", r.bonus_points, c->bonus);
    expect_int(c->label, "returns", r.returns, c->returns);
    expect_int(c->label, "tier", r.tier, c->tier);
    expect_int(c->label, "protected", r.protected_tier, c->protected_tier);
    expect_int(c->label, "purchases untouched", memcmp(copy, c->p, sizeof copy), 0);
    expect_int(c->label, "member untouched", m.joined_day + m.last_tier + (long)m.flags,
               c->joined + c->last_tier + (long)c->flags);
}

int main(void)
{
    struct member m = {0, TIER_NONE, 0};
    struct purchase many[LOY_MAX_PURCHASES + 1];
    struct purchase shuffled[3] = {{1900, 100000, T, 0}, {1000, 5000, G, 1}, {1500, 20000, E, 0}};
    struct purchase sorted[3] = {{1000, 5000, G, 1}, {1500, 20000, E, 0}, {1900, 100000, T, 0}};
    struct tier_result r;
    struct tier_result s;
    size_t i;

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        check_case(&CASES[i]);
    }

    expect_int("null member", "rc", loyalty_assess(NULL, many, 0, 10, &r), LOY_ERR_NULL);
    expect_int("null result", "rc", loyalty_assess(&m, many, 0, 10, NULL), LOY_ERR_NULL);
    expect_int("null purchases with n 1", "rc", loyalty_assess(&m, NULL, 1, 10, &r), LOY_ERR_NULL);
    expect_int("null purchases with n 0", "rc", loyalty_assess(&m, NULL, 0, 10, &r), LOY_OK);
    expect_int("null purchases with n -1", "rc", loyalty_assess(&m, NULL, -1, 10, &r), LOY_ERR_RANGE);
    expect_int("null beats range", "rc", loyalty_assess(NULL, NULL, 99, 10, &r), LOY_ERR_NULL);
    m.flags = LOY_FLAG_SUSPENDED;
    expect_int("null beats suspended", "rc", loyalty_assess(&m, NULL, 3, 10, &r), LOY_ERR_NULL);
    m.flags = 0;

    for (i = 0; i < LOY_MAX_PURCHASES + 1; i++) {
        many[i] = (struct purchase){(int)(1000 + i), 10000 + 100 * (long)i, (int)(i % 4), i % 7 == 3};
    }
    expect_int("64 purchases", "rc", loyalty_assess(&m, many, LOY_MAX_PURCHASES, 1100, &r), LOY_OK);
    expect_int("64 purchases", "points", r.points, 11437);
    expect_int("64 purchases", "returns", r.returns, 9);
    expect_int("64 purchases", "tier", r.tier, TIER_SILVER);
    expect_int("65 purchases", "rc", loyalty_assess(&m, many, LOY_MAX_PURCHASES + 1, 1100, &r), LOY_ERR_RANGE);

    expect_int("shuffled", "rc", loyalty_assess(&m, shuffled, 3, 2000, &r), LOY_OK);
    expect_int("sorted", "rc", loyalty_assess(&m, sorted, 3, 2000, &s), LOY_OK);
    expect_int("order does not matter", "points", r.points, s.points);
    expect_int("order does not matter", "returns", r.returns, s.returns);
    expect_int("order does not matter", "tier", r.tier, s.tier);

    expect_int("name NONE", "strcmp", strcmp(loyalty_tier_name(TIER_NONE), "NONE"), 0);
    expect_int("name BRONZE", "strcmp", strcmp(loyalty_tier_name(TIER_BRONZE), "BRONZE"), 0);
    expect_int("name SILVER", "strcmp", strcmp(loyalty_tier_name(TIER_SILVER), "SILVER"), 0);
    expect_int("name GOLD", "strcmp", strcmp(loyalty_tier_name(TIER_GOLD), "GOLD"), 0);
    expect_int("name PLATINUM", "strcmp", strcmp(loyalty_tier_name(TIER_PLATINUM), "PLATINUM"), 0);
    expect_int("name -1", "strcmp", strcmp(loyalty_tier_name(-1), "?"), 0);
    expect_int("name 5", "strcmp", strcmp(loyalty_tier_name(5), "?"), 0);

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
