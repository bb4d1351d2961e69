/* Visible tests for the loyalty assessment: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "loyalty.h"

static int checks;
static int failures;

static void expect_int(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void expect_text(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

int main(void)
{
    struct member m = {100, TIER_NONE, 0};
    struct purchase p[] = {
        {500, 120050, CAT_TRAVEL, 0},      /* 1200 x 3 */
        {600, 8000, CAT_FUEL, 0},          /* capped at 50 */
        {700, 45999, CAT_ELECTRONICS, 0},  /* 459 x 2 */
        {710, 30000, CAT_GROCERY, 1},      /* returned */
        {720, 12345, CAT_GROCERY, 0},      /* 123 */
    };
    struct tier_result r;

    expect_int("assess", loyalty_assess(&m, p, 5, 800, &r), LOY_OK);
    expect_int("points", r.points, 3600 + 50 + 918 + 123);
    expect_int("returns", r.returns, 1);
    expect_text("tier", loyalty_tier_name(r.tier), "SILVER");

    m.flags = LOY_FLAG_COBRAND;
    expect_int("co-branded card", loyalty_assess(&m, p, 5, 800, &r), LOY_OK);
    expect_int("co-branded points", r.points, 4800 + 50 + 1377 + 246);
    expect_text("co-branded tier", loyalty_tier_name(r.tier), "GOLD");

    m.joined_day = 650;
    m.flags = 0;
    expect_int("new member", loyalty_assess(&m, p, 5, 800, &r), LOY_OK);
    expect_int("welcome bonus", r.bonus_points, 459 + 123);

    m.flags = LOY_FLAG_SUSPENDED;
    expect_int("suspended", loyalty_assess(&m, p, 5, 800, &r), LOY_ERR_SUSPENDED);
    m.flags = 0;
    expect_int("purchase in the future", loyalty_assess(&m, p, 5, 715, &r), LOY_ERR_PURCHASE);
    expect_int("no purchases", loyalty_assess(&m, NULL, 0, 800, &r), LOY_OK);
    expect_text("no purchases tier", loyalty_tier_name(r.tier), "NONE");

    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
