/* Hidden behaviour tests for the stock movement modules (public interface only).
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every move type with every flag combination, location, quantity and stock boundary and the
 * order of the checks; the stock record after every move (untouched after a refusal); the
 * accounting value of every rule and rounding; the journal labels.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "inventory.h"

struct move_case {
    const char *label;
    struct stock before;
    struct move mv;
    int want_rc;
    struct stock after;
    int want_cost_rc;
    long want_cost;
};

static const struct move_case CASES[] = {
    {"type -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {-1, 0, 0, 1L, 0L, 0}, -2, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, -2, 0L},
    {"type 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {6, 0, 0, 1L, 0L, 0}, -2, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, -2, 0L},
    {"unknown flag", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 5L, 0L, 0x8u}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"unknown flag with a bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 9, 5L, 0L, 0x10u}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_RECEIVE flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 300L},
    {"MOVE_RECEIVE flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 6L}, 0, 600L},
    {"MOVE_RECEIVE flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 300L},
    {"MOVE_RECEIVE flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 600L},
    {"MOVE_RECEIVE flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 300L},
    {"MOVE_RECEIVE flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 600L},
    {"MOVE_RECEIVE flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 600L},
    {"MOVE_RECEIVE bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 300L},
    {"MOVE_RECEIVE location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, -1, -1, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10L},
    {"MOVE_RECEIVE location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 4, 4, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10L},
    {"MOVE_RECEIVE location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1L, 10L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 247L, 3L}, 0, 10L},
    {"MOVE_RECEIVE location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 3, 3, 1L, 10L, 0}, 0, {{50, 20, 0, 6}, {10, 20, 0, 0}, 247L, 3L}, 0, 10L},
    {"MOVE_RECEIVE bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_RECEIVE qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RECEIVE, 2, 2, -1L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, -7L},
    {"MOVE_RECEIVE qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RECEIVE, 2, 2, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_RECEIVE qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RECEIVE, 2, 2, 1L, 7L, 0}, 0, {{0, 0, 1, 0}, {0, 0, 0, 0}, 7L, 0L}, 0, 7L},
    {"MOVE_RECEIVE qty 100000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_RECEIVE, 2, 2, 100000L, 7L, 0}, 0, {{0, 0, 200000, 0}, {0, 0, 0, 0}, 24L, 0L}, 0, 686000L},
    {"MOVE_RECEIVE qty 100001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_RECEIVE, 2, 2, 100001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 686007L},
    {"MOVE_ISSUE flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1250L},
    {"MOVE_ISSUE flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ISSUE flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 758L},
    {"MOVE_ISSUE flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1250L},
    {"MOVE_ISSUE flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1258L},
    {"MOVE_ISSUE flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 758L},
    {"MOVE_ISSUE flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1258L},
    {"MOVE_ISSUE bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 500L},
    {"MOVE_ISSUE location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, -1, -1, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ISSUE location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 4, 4, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ISSUE location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 1L, 10L, 0}, 0, {{49, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ISSUE location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 3, 3, 1L, 10L, 0}, 0, {{50, 20, 0, 4}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ISSUE bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_ISSUE qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ISSUE, 2, 2, -1L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ISSUE qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ISSUE, 2, 2, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ISSUE qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ISSUE, 2, 2, 1L, 7L, 0}, -6, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ISSUE qty 100000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_ISSUE, 2, 2, 100000L, 7L, 0}, 0, {{0, 0, 0, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 4000000L},
    {"MOVE_ISSUE qty 100001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_ISSUE, 2, 2, 100001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 4000040L},
    {"MOVE_TRANSFER flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, 0, {{47, 20, 3, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 430L},
    {"MOVE_TRANSFER flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 6L}, 0, 965L},
    {"MOVE_TRANSFER flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 215L},
    {"MOVE_TRANSFER flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 6L}, 0, 1180L},
    {"MOVE_TRANSFER flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 430L},
    {"MOVE_TRANSFER flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 965L},
    {"MOVE_TRANSFER flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1180L},
    {"MOVE_TRANSFER bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 400L},
    {"MOVE_TRANSFER location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, -1, 2, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER to -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, -1, 1L, 0L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 4, 2, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER to 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 4, 1L, 0L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 1L, 10L, 0}, 0, {{49, 20, 1, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER to 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 0, 1L, 0L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 3, 2, 1L, 10L, 0}, 0, {{50, 20, 1, 4}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER to 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 3, 1L, 0L, 0}, 0, {{49, 20, 0, 6}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"MOVE_TRANSFER bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 200L},
    {"MOVE_TRANSFER qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_TRANSFER, 2, 3, -1L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 195L},
    {"MOVE_TRANSFER qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_TRANSFER, 2, 3, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 200L},
    {"MOVE_TRANSFER qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_TRANSFER, 2, 3, 1L, 7L, 0}, -6, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 205L},
    {"MOVE_TRANSFER qty 100000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_TRANSFER, 2, 3, 100000L, 7L, 0}, 0, {{0, 0, 0, 100000}, {0, 0, 0, 0}, 40L, 0L}, 0, 2500L},
    {"MOVE_TRANSFER qty 100001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_TRANSFER, 2, 3, 100001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 2500L},
    {"MOVE_ADJUST flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 750L},
    {"MOVE_ADJUST bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_ADJUST location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, -1, -1, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ADJUST location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 4, 4, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ADJUST location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 0, 1L, 10L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ADJUST location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 3, 3, 1L, 10L, 0}, 0, {{50, 20, 0, 6}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_ADJUST bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_ADJUST qty -1001", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ADJUST, 2, 2, -1001L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ADJUST qty -1000", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ADJUST, 2, 2, -1000L, 7L, 0}, -6, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ADJUST qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ADJUST, 2, 2, -1L, 7L, 0}, -6, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ADJUST qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ADJUST, 2, 2, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ADJUST qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_ADJUST, 2, 2, 1L, 7L, 0}, 0, {{0, 0, 1, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_ADJUST qty 1000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_ADJUST, 2, 2, 1000L, 7L, 0}, 0, {{0, 0, 101000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 40000L},
    {"MOVE_ADJUST qty 1001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_ADJUST, 2, 2, 1001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 40040L},
    {"MOVE_RETURN flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -750L},
    {"MOVE_RETURN flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 6L}, 0, -375L},
    {"MOVE_RETURN flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -750L},
    {"MOVE_RETURN flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -375L},
    {"MOVE_RETURN flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -750L},
    {"MOVE_RETURN flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -375L},
    {"MOVE_RETURN flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -375L},
    {"MOVE_RETURN bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_RETURN location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, -1, -1, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"MOVE_RETURN location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 4, 4, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"MOVE_RETURN location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 0, 1L, 10L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"MOVE_RETURN location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 3, 3, 1L, 10L, 0}, 0, {{50, 20, 0, 6}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"MOVE_RETURN bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"MOVE_RETURN qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RETURN, 2, 2, -1L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_RETURN qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RETURN, 2, 2, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_RETURN qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RETURN, 2, 2, 1L, 7L, 0}, 0, {{0, 0, 1, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 0L},
    {"MOVE_RETURN qty 100000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_RETURN, 2, 2, 100000L, 7L, 0}, 0, {{0, 0, 200000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, -3999850L},
    {"MOVE_RETURN qty 100001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_RETURN, 2, 2, 100001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, -3999890L},
    {"MOVE_SCRAP flags 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_RUSH}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 850L},
    {"MOVE_SCRAP flags 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED}, 0, {{47, 20, 0, 5}, {10, 20, 0, 0}, 250L, 6L}, 0, 1000L},
    {"MOVE_SCRAP flags 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 850L},
    {"MOVE_SCRAP flags 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1000L},
    {"MOVE_SCRAP flags 5", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 850L},
    {"MOVE_SCRAP flags 6", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1000L},
    {"MOVE_SCRAP flags 7", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 2, 3L, 100L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1000L},
    {"MOVE_SCRAP bad flag beats bad location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 9, 9, 0L, -1L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, -3, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"MOVE_SCRAP location -1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, -1, -1, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 350L},
    {"MOVE_SCRAP location 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 4, 4, 1L, 10L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 350L},
    {"MOVE_SCRAP location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 1L, 10L, 0}, 0, {{49, 20, 0, 5}, {10, 20, 0, 0}, 250L, 4L}, 0, 350L},
    {"MOVE_SCRAP location 3", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 3, 3, 1L, 10L, 0}, 0, {{50, 20, 0, 4}, {10, 20, 0, 0}, 250L, 4L}, 0, 350L},
    {"MOVE_SCRAP bad location beats bad quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 7, 7, 0L, -1L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 100L},
    {"MOVE_SCRAP qty -1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_SCRAP, 2, 2, -1L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 100L},
    {"MOVE_SCRAP qty 0", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_SCRAP, 2, 2, 0L, 7L, 0}, -5, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 100L},
    {"MOVE_SCRAP qty 1", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_SCRAP, 2, 2, 1L, 7L, 0}, -6, {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, 0, 100L},
    {"MOVE_SCRAP qty 100000", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_SCRAP, 2, 2, 100000L, 7L, 0}, 0, {{0, 0, 0, 0}, {0, 0, 0, 0}, 40L, 100000L}, 0, 4000100L},
    {"MOVE_SCRAP qty 100001", {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, {MOVE_SCRAP, 2, 2, 100001L, 7L, 0}, -5, {{0, 0, 100000, 0}, {0, 0, 0, 0}, 40L, 0L}, 0, 4000140L},
    {"transfer to its own location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 1, 1, 1L, 0L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"transfer own location beats quantity", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 1, 1, 0L, 0L, 0}, -4, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 200L},
    {"receive negative price", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 1, 5L, -1L, 0}, -1, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -5L},
    {"receive bad quantity beats price", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 1, 0L, -1L, 0}, -5, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 0L},
    {"receive free goods", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 1, 5L, 0L, 0}, 0, {{50, 25, 0, 5}, {10, 20, 0, 0}, 234L, 3L}, 0, 0L},
    {"receive into stock", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 2, 25L, 333L, 0}, 0, {{50, 20, 25, 5}, {10, 20, 0, 0}, 271L, 3L}, 0, 8325L},
    {"receive average rounds half up", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1L, 263L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 263L},
    {"receive average just below half", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1L, 212L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 212L},
    {"receive average at half", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1L, 213L, 0}, 0, {{51, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 213L},
    {"receive into empty stock", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RECEIVE, 0, 3, 3L, 101L, 0}, 0, {{0, 0, 0, 3}, {0, 0, 0, 0}, 101L, 0L}, 0, 303L},
    {"receive into empty stock rounding", {{0, 0, 0, 0}, {0, 0, 0, 0}, 0L, 0L}, {MOVE_RECEIVE, 0, 3, 4L, 101L, 0}, 0, {{0, 0, 0, 4}, {0, 0, 0, 0}, 101L, 0L}, 0, 404L},
    {"receive damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 7L, 999L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 10L}, 0, 7293L},
    {"receive 999", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 999L, 149L, 0}, 0, {{1049, 20, 0, 5}, {10, 20, 0, 0}, 156L, 3L}, 0, 148851L},
    {"receive 1000 discount", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1000L, 149L, 0}, 0, {{1050, 20, 0, 5}, {10, 20, 0, 0}, 156L, 3L}, 0, 146020L},
    {"receive 1001 discount", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1001L, 149L, 0}, 0, {{1051, 20, 0, 5}, {10, 20, 0, 0}, 156L, 3L}, 0, 146166L},
    {"receive 1000 discount damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1000L, 125L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 1003L}, 0, 122800L},
    {"receive discount rounding", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1025L, 1L, 0}, 0, {{1075, 20, 0, 5}, {10, 20, 0, 0}, 18L, 3L}, 0, 1004L},
    {"receive discount rounding 2", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RECEIVE, 0, 0, 1075L, 1L, 0}, 0, {{1125, 20, 0, 5}, {10, 20, 0, 0}, 17L, 3L}, 0, 1053L},
    {"issue 39 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 39L, 0L, 0}, 0, {{11, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 9750L},
    {"issue 39 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 39L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{11, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 9848L},
    {"issue 40 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 40L, 0L, 0}, 0, {{10, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10000L},
    {"issue 40 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 40L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{10, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10100L},
    {"issue 41 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 41L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10250L},
    {"issue 41 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 41L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{9, 20, 0, 5}, {9, 20, 0, 0}, 250L, 3L}, 0, 10353L},
    {"issue 45 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 45L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 11250L},
    {"issue 45 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 45L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{5, 20, 0, 5}, {5, 20, 0, 0}, 250L, 3L}, 0, 11363L},
    {"issue 50 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 50L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 12500L},
    {"issue 50 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 50L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{0, 20, 0, 5}, {0, 20, 0, 0}, 250L, 3L}, 0, 12625L},
    {"issue 51 from location 0", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 51L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 12750L},
    {"issue 51 from location 0 with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 51L, 0L, MOVE_FLAG_ALLOW_RESERVED}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 12878L},
    {"issue from fully reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 1, 0, 1L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 250L},
    {"issue from fully reserved, allowed", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 1, 0, 20L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{50, 0, 0, 5}, {10, 0, 0, 0}, 250L, 3L}, 0, 5050L},
    {"issue rush", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 3, 0, 5L, 0L, MOVE_FLAG_RUSH}, 0, {{50, 20, 0, 0}, {10, 20, 0, 0}, 250L, 3L}, 0, 1750L},
    {"issue rush with reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ISSUE, 0, 0, 12L, 0L, MOVE_FLAG_RUSH | MOVE_FLAG_ALLOW_RESERVED}, 0, {{38, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 3530L},
    {"issue reserved cost rounding down", {{50, 0, 0, 0}, {0, 0, 0, 0}, 149L, 0L}, {MOVE_ISSUE, 0, 0, 1L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{49, 0, 0, 0}, {0, 0, 0, 0}, 149L, 0L}, 0, 150L},
    {"issue reserved cost rounding up", {{50, 0, 0, 0}, {0, 0, 0, 0}, 150L, 0L}, {MOVE_ISSUE, 0, 0, 1L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{49, 0, 0, 0}, {0, 0, 0, 0}, 150L, 0L}, 0, 152L},
    {"issue reserved cost 249", {{50, 0, 0, 0}, {0, 0, 0, 0}, 249L, 0L}, {MOVE_ISSUE, 0, 0, 1L, 0L, MOVE_FLAG_ALLOW_RESERVED}, 0, {{49, 0, 0, 0}, {0, 0, 0, 0}, 249L, 0L}, 0, 251L},
    {"transfer 39", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 39L, 0L, 0}, 0, {{11, 20, 39, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 395L},
    {"transfer 40", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 40L, 0L, 0}, 0, {{10, 20, 40, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 400L},
    {"transfer 41", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 2, 41L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 405L},
    {"transfer from reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 1, 0, 1L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 205L},
    {"transfer damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 3, 4L, 0L, MOVE_FLAG_DAMAGED}, 0, {{46, 20, 0, 5}, {10, 20, 0, 0}, 250L, 7L}, 0, 1220L},
    {"transfer rush damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_TRANSFER, 0, 3, 4L, 0L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 0, {{46, 20, 0, 5}, {10, 20, 0, 0}, 250L, 7L}, 0, 1440L},
    {"transfer handling 459", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 459L, 0L, 0}, 0, {{99541, 459, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 2495L},
    {"transfer rush handling 459", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 459L, 0L, MOVE_FLAG_RUSH}, 0, {{99541, 459, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 4990L},
    {"transfer handling 460", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 460L, 0L, 0}, 0, {{99540, 460, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 2500L},
    {"transfer rush handling 460", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 460L, 0L, MOVE_FLAG_RUSH}, 0, {{99540, 460, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 5000L},
    {"transfer handling 461", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 461L, 0L, 0}, 0, {{99539, 461, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 2500L},
    {"transfer rush handling 461", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 461L, 0L, MOVE_FLAG_RUSH}, 0, {{99539, 461, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 5000L},
    {"transfer handling 2000", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 2000L, 0L, 0}, 0, {{98000, 2000, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 2500L},
    {"transfer rush handling 2000", {{100000, 0, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, {MOVE_TRANSFER, 0, 1, 2000L, 0L, MOVE_FLAG_RUSH}, 0, {{98000, 2000, 0, 0}, {0, 0, 0, 0}, 3L, 0L}, 0, 5000L},
    {"adjust 4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 0, 4L, 0L, 0}, 0, {{54, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1000L},
    {"adjust -4", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 0, -4L, 0L, 0}, 0, {{46, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -1000L},
    {"adjust -40", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 0, -40L, 0L, 0}, 0, {{10, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -10000L},
    {"adjust -41", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 0, -41L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -10250L},
    {"adjust 1000", {{1000, 0, 0, 0}, {0, 0, 0, 0}, 30L, 0L}, {MOVE_ADJUST, 0, 0, 1000L, 0L, 0}, 0, {{2000, 0, 0, 0}, {0, 0, 0, 0}, 30L, 0L}, 0, 30000L},
    {"adjust -1000", {{1000, 0, 0, 0}, {0, 0, 0, 0}, 30L, 0L}, {MOVE_ADJUST, 0, 0, -1000L, 0L, 0}, 0, {{0, 0, 0, 0}, {0, 0, 0, 0}, 30L, 0L}, 0, -30000L},
    {"adjust below reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 1, -1L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"adjust empty location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 2, -1L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"adjust up at a reserved location", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_ADJUST, 0, 1, 5L, 0L, 0}, 0, {{50, 25, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 1250L},
    {"return 1", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 1L, 0L, 0}, 0, {{50, 21, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -250L},
    {"return 1 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 1L, 0L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 4L}, 0, -125L},
    {"return 9", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 9L, 0L, 0}, 0, {{50, 29, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -2250L},
    {"return 9 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 9L, 0L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 12L}, 0, -1125L},
    {"return 10", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 10L, 0L, 0}, 0, {{50, 30, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -2350L},
    {"return 10 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 10L, 0L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 13L}, 0, -1100L},
    {"return 11", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 11L, 0L, 0}, 0, {{50, 31, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, -2600L},
    {"return 11 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_RETURN, 0, 1, 11L, 0L, MOVE_FLAG_DAMAGED}, 0, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 14L}, 0, -1225L},
    {"return small value with fee", {{0, 0, 0, 0}, {0, 0, 0, 0}, 15L, 0L}, {MOVE_RETURN, 0, 2, 10L, 0L, 0}, 0, {{0, 0, 10, 0}, {0, 0, 0, 0}, 15L, 0L}, 0, 0L},
    {"return value below the fee", {{0, 0, 0, 0}, {0, 0, 0, 0}, 14L, 0L}, {MOVE_RETURN, 0, 2, 10L, 0L, 0}, 0, {{0, 0, 10, 0}, {0, 0, 0, 0}, 14L, 0L}, 0, 0L},
    {"return damaged odd value", {{0, 0, 0, 0}, {0, 0, 0, 0}, 7L, 0L}, {MOVE_RETURN, 0, 2, 3L, 0L, 0}, 0, {{0, 0, 3, 0}, {0, 0, 0, 0}, 7L, 0L}, 0, -21L},
    {"return damaged value at the fee", {{0, 0, 0, 0}, {0, 0, 0, 0}, 31L, 0L}, {MOVE_RETURN, 0, 2, 10L, 0L, 0}, 0, {{0, 0, 10, 0}, {0, 0, 0, 0}, 31L, 0L}, 0, -160L},
    {"scrap 39", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 39L, 0L, 0}, 0, {{11, 20, 0, 5}, {10, 20, 0, 0}, 250L, 42L}, 0, 9850L},
    {"scrap 39 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 39L, 0L, MOVE_FLAG_DAMAGED}, 0, {{11, 20, 0, 5}, {10, 20, 0, 0}, 250L, 42L}, 0, 10000L},
    {"scrap 40", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 40L, 0L, 0}, 0, {{10, 20, 0, 5}, {10, 20, 0, 0}, 250L, 43L}, 0, 10100L},
    {"scrap 40 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 40L, 0L, MOVE_FLAG_DAMAGED}, 0, {{10, 20, 0, 5}, {10, 20, 0, 0}, 250L, 43L}, 0, 10250L},
    {"scrap 41", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 41L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10350L},
    {"scrap 41 damaged", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 0, 0, 41L, 0L, MOVE_FLAG_DAMAGED}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 10500L},
    {"scrap from reserved", {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, {MOVE_SCRAP, 1, 0, 1L, 0L, 0}, -6, {{50, 20, 0, 5}, {10, 20, 0, 0}, 250L, 3L}, 0, 350L},
};

struct label_case {
    struct move mv;
    int want;
    const char *text;
};

static const struct label_case LABELS[] = {
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, 0}, 23, "RECEIVE 12 -> L3 @12.34"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, 0}, 22, "RECEIVE -7 -> L2 @0.05"},
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 30, "RECEIVE 12 -> L3 @12.34 (rush)"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 29, "RECEIVE -7 -> L2 @0.05 (rush)"},
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 33, "RECEIVE 12 -> L3 @12.34 (damaged)"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 32, "RECEIVE -7 -> L2 @0.05 (damaged)"},
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 39, "RECEIVE 12 -> L3 @12.34 (rush, damaged)"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 38, "RECEIVE -7 -> L2 @0.05 (rush, damaged)"},
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 23, "RECEIVE 12 -> L3 @12.34"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 22, "RECEIVE -7 -> L2 @0.05"},
    {{MOVE_RECEIVE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 39, "RECEIVE 12 -> L3 @12.34 (rush, damaged)"},
    {{MOVE_RECEIVE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 38, "RECEIVE -7 -> L2 @0.05 (rush, damaged)"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, 0}, 14, "ISSUE 12 <- L1"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, 0}, 14, "ISSUE -7 <- L0"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 21, "ISSUE 12 <- L1 (rush)"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 21, "ISSUE -7 <- L0 (rush)"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 24, "ISSUE 12 <- L1 (damaged)"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 24, "ISSUE -7 <- L0 (damaged)"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 30, "ISSUE 12 <- L1 (rush, damaged)"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 30, "ISSUE -7 <- L0 (rush, damaged)"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 32, "ISSUE 12 <- L1, reserved allowed"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 32, "ISSUE -7 <- L0, reserved allowed"},
    {{MOVE_ISSUE, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 48, "ISSUE 12 <- L1, reserved allowed (rush, damaged)"},
    {{MOVE_ISSUE, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 48, "ISSUE -7 <- L0, reserved allowed (rush, damaged)"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, 0}, 20, "TRANSFER 12 L1 -> L3"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, 0}, 20, "TRANSFER -7 L0 -> L2"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 27, "TRANSFER 12 L1 -> L3 (rush)"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 27, "TRANSFER -7 L0 -> L2 (rush)"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 30, "TRANSFER 12 L1 -> L3 (damaged)"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 30, "TRANSFER -7 L0 -> L2 (damaged)"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 36, "TRANSFER 12 L1 -> L3 (rush, damaged)"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 36, "TRANSFER -7 L0 -> L2 (rush, damaged)"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 20, "TRANSFER 12 L1 -> L3"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 20, "TRANSFER -7 L0 -> L2"},
    {{MOVE_TRANSFER, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 36, "TRANSFER 12 L1 -> L3 (rush, damaged)"},
    {{MOVE_TRANSFER, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 36, "TRANSFER -7 L0 -> L2 (rush, damaged)"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, 0}, 15, "ADJUST +12 @ L3"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, 0}, 14, "ADJUST -7 @ L2"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 22, "ADJUST +12 @ L3 (rush)"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 21, "ADJUST -7 @ L2 (rush)"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 25, "ADJUST +12 @ L3 (damaged)"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 24, "ADJUST -7 @ L2 (damaged)"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 31, "ADJUST +12 @ L3 (rush, damaged)"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 30, "ADJUST -7 @ L2 (rush, damaged)"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 15, "ADJUST +12 @ L3"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 14, "ADJUST -7 @ L2"},
    {{MOVE_ADJUST, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 31, "ADJUST +12 @ L3 (rush, damaged)"},
    {{MOVE_ADJUST, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 30, "ADJUST -7 @ L2 (rush, damaged)"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, 0}, 15, "RETURN 12 -> L3"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, 0}, 15, "RETURN -7 -> L2"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 22, "RETURN 12 -> L3 (rush)"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 22, "RETURN -7 -> L2 (rush)"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 25, "RETURN 12 -> L3 (damaged)"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 25, "RETURN -7 -> L2 (damaged)"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 31, "RETURN 12 -> L3 (rush, damaged)"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 31, "RETURN -7 -> L2 (rush, damaged)"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 15, "RETURN 12 -> L3"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 15, "RETURN -7 -> L2"},
    {{MOVE_RETURN, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 31, "RETURN 12 -> L3 (rush, damaged)"},
    {{MOVE_RETURN, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 31, "RETURN -7 -> L2 (rush, damaged)"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, 0}, 14, "SCRAP 12 <- L1"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, 0}, 14, "SCRAP -7 <- L0"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH}, 21, "SCRAP 12 <- L1 (rush)"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, MOVE_FLAG_RUSH}, 21, "SCRAP -7 <- L0 (rush)"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, MOVE_FLAG_DAMAGED}, 24, "SCRAP 12 <- L1 (damaged)"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, MOVE_FLAG_DAMAGED}, 24, "SCRAP -7 <- L0 (damaged)"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 30, "SCRAP 12 <- L1 (rush, damaged)"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED}, 30, "SCRAP -7 <- L0 (rush, damaged)"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, MOVE_FLAG_ALLOW_RESERVED}, 14, "SCRAP 12 <- L1"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, MOVE_FLAG_ALLOW_RESERVED}, 14, "SCRAP -7 <- L0"},
    {{MOVE_SCRAP, 1, 3, 12L, 1234L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 30, "SCRAP 12 <- L1 (rush, damaged)"},
    {{MOVE_SCRAP, 0, 2, -7L, 5L, MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED | MOVE_FLAG_ALLOW_RESERVED}, 30, "SCRAP -7 <- L0 (rush, damaged)"},
    {{MOVE_RECEIVE, 0, 0, 1L, 0L, 0}, 21, "RECEIVE 1 -> L0 @0.00"},
    {{MOVE_RECEIVE, 0, 0, 1L, 100L, 0}, 21, "RECEIVE 1 -> L0 @1.00"},
    {{MOVE_ADJUST, 0, 0, 0L, 0L, 0}, 13, "ADJUST 0 @ L0"},
    {{-1, 0, 0, 1L, 0L, 0}, -2, ""},
    {{6, 0, 0, 1L, 0L, 0}, -2, ""},
};

static int checks;
static int failures;

static void expect(const char *what, const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s (%s): got %ld, want %ld\n", label, what, got, want);
    }
}

static void check_stock(const char *label, const struct stock *got, const struct stock *want)
{
    int i;

    for (i = 0; i < INV_LOCATIONS; i++) {
        expect("on hand", label, got->on_hand[i], want->on_hand[i]);
        expect("reserved", label, got->reserved[i], want->reserved[i]);
    }
    expect("unit cost", label, got->unit_cost, want->unit_cost);
    expect("scrapped", label, got->scrapped, want->scrapped);
}

int main(void)
{
    size_t i;
    struct stock s;
    struct move mv;
    long cost;
    char buf[80];
    char small[8];

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct move_case *c = &CASES[i];

        s = c->before;
        expect("result", c->label, inv_apply_move(&s, &c->mv), c->want_rc);
        check_stock(c->label, &s, &c->after);
        cost = -12345;
        expect("cost result", c->label, inv_move_cost(&c->before, &c->mv, &cost), c->want_cost_rc);
        if (c->want_cost_rc == 0) {
            expect("cost", c->label, cost, c->want_cost);
        }
    }
    for (i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++) {
        const struct label_case *c = &LABELS[i];

        memset(buf, 'x', sizeof buf);
        expect("label result", c->text, inv_move_label(&c->mv, buf, sizeof buf), c->want);
        if (c->want >= 0) {
            checks++;
            if (strcmp(buf, c->text) != 0) {
                failures++;
                fprintf(stderr, "FAIL label: got \"%s\", want \"%s\"\n", buf, c->text);
            }
            expect("short label result", c->text, inv_move_label(&c->mv, small, sizeof small), c->want);
            checks++;
            if (strncmp(small, c->text, sizeof small - 1) != 0 || small[sizeof small - 1] != '\0') {
                failures++;
                fprintf(stderr, "FAIL short label: got \"%.7s\", want a cut \"%s\"\n", small, c->text);
            }
        }
    }
    mv = CASES[0].mv;
    s = CASES[0].before;
    expect("NULL stock", "apply", inv_apply_move(NULL, &mv), INV_ERR_ARG);
    expect("NULL move", "apply", inv_apply_move(&s, NULL), INV_ERR_ARG);
    expect("NULL stock", "cost", inv_move_cost(NULL, &mv, &cost), INV_ERR_ARG);
    expect("NULL move", "cost", inv_move_cost(&s, NULL, &cost), INV_ERR_ARG);
    expect("NULL out", "cost", inv_move_cost(&s, &mv, NULL), INV_ERR_ARG);
    mv.type = 9;
    expect("NULL beats bad type", "cost", inv_move_cost(&s, &mv, NULL), INV_ERR_ARG);
    expect("NULL move", "label", inv_move_label(NULL, buf, sizeof buf), INV_ERR_ARG);
    expect("NULL buffer", "label", inv_move_label(&mv, NULL, 10), INV_ERR_ARG);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}

