/* Hidden behaviour tests for retry_next_delay and retry_error_name.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every validation rule (and its order against giving up), attempt limits with and without the
 * fast flag, which errors are retried, each backoff mode and cap, the doubling limit, the
 * throttling, server and fast adjustments, the server hint, and the budget rules.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "retry.h"

struct delay_case {
    const char *label;
    int mode;
    long base;
    long max;
    int attempts;
    long budget;
    int attempt;
    int error;
    long elapsed;
    long hint;
    unsigned flags;
    long want;
};

#define EXP BACKOFF_EXPONENTIAL
#define LIN BACKOFF_LINEAR
#define FIX BACKOFF_FIXED
#define IDEM RETRY_FLAG_IDEMPOTENT
#define HONOUR RETRY_FLAG_HONOUR_SERVER
#define FAST RETRY_FLAG_FAST
#define GIVE_UP RETRY_GIVE_UP
#define ARG RETRY_ERR_ARG

static const struct delay_case CASES[] = {
    /* validation */
    {"unknown flag", EXP, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0x08u, ARG},
    {"all flags", EXP, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, IDEM | HONOUR | FAST, 50},
    {"base 0", EXP, 0, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"base -1", FIX, -1, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"base 1", FIX, 1, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, 1},
    {"max below base", FIX, 100, 99, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"max equal to base", FIX, 100, 100, 6, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"max at the limit", FIX, 100, 86400000L, 6, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"max over the limit", FIX, 100, 86400001L, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"0 attempts", FIX, 100, 5000, 0, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"1 attempt", FIX, 100, 5000, 1, 0, 1, RERR_REFUSED, 0, 0, 0, GIVE_UP},
    {"attempt 0", FIX, 100, 5000, 6, 0, 0, RERR_REFUSED, 0, 0, 0, ARG},
    {"attempt -3", FIX, 100, 5000, 6, 0, -3, RERR_REFUSED, 0, 0, 0, ARG},
    {"elapsed -1", FIX, 100, 5000, 6, 0, 1, RERR_REFUSED, -1, 0, 0, ARG},
    {"elapsed 0 is valid", FIX, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"error 0", FIX, 100, 5000, 6, 0, 1, 0, 0, 0, 0, ARG},
    {"error 6", FIX, 100, 5000, 6, 0, 1, 6, 0, 0, 0, ARG},
    {"bad error beats attempts used up", FIX, 100, 5000, 1, 0, 1, 9, 0, 0, 0, ARG},
    {"bad policy beats attempts used up", FIX, 100, 50, 1, 0, 1, RERR_CLIENT, 0, 0, 0, ARG},
    {"unknown mode", 3, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"negative mode", -1, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, ARG},
    {"giving up beats unknown mode (client)", 7, 100, 5000, 6, 0, 1, RERR_CLIENT, 0, 0, 0, GIVE_UP},
    {"giving up beats unknown mode (attempts)", 7, 100, 5000, 2, 0, 2, RERR_REFUSED, 0, 0, 0, GIVE_UP},
    {"giving up beats unknown mode (timeout)", 7, 100, 5000, 6, 0, 1, RERR_TIMEOUT, 0, 0, 0, GIVE_UP},
    {"server hint skips the mode", 7, 100, 5000, 6, 0, 1, RERR_THROTTLED, 0, 700, HONOUR, 700},
    {"no hint: unknown mode found", 7, 100, 5000, 6, 0, 1, RERR_THROTTLED, 0, 0, HONOUR, ARG},
    {"unknown mode, fast caller", 3, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, FAST, ARG},
    {"unknown mode, fast caller, server error", 5, 100, 5000, 6, 0, 1, RERR_SERVER, 0, 0, FAST | IDEM, ARG},
    {"unknown mode beats the budget", 7, 100, 5000, 6, 1000, 1, RERR_REFUSED, 5000, 0, 0, ARG},
    /* attempt limits */
    {"attempt 5 of 6", FIX, 100, 5000, 6, 0, 5, RERR_REFUSED, 0, 0, 0, 100},
    {"attempt 6 of 6", FIX, 100, 5000, 6, 0, 6, RERR_REFUSED, 0, 0, 0, GIVE_UP},
    {"attempt 7 of 6", FIX, 100, 5000, 6, 0, 7, RERR_REFUSED, 0, 0, 0, GIVE_UP},
    {"fast: attempt 2 of 6", FIX, 100, 5000, 6, 0, 2, RERR_REFUSED, 0, 0, FAST, 50},
    {"fast: attempt 3 of 6", FIX, 100, 5000, 6, 0, 3, RERR_REFUSED, 0, 0, FAST, GIVE_UP},
    {"fast: attempt 3 of 4", FIX, 100, 5000, 4, 0, 3, RERR_REFUSED, 0, 0, FAST, GIVE_UP},
    {"fast: attempt 2 of 3", FIX, 100, 5000, 3, 0, 2, RERR_REFUSED, 0, 0, FAST, 50},
    {"fast: attempt 2 of 2", FIX, 100, 5000, 2, 0, 2, RERR_REFUSED, 0, 0, FAST, GIVE_UP},
    {"fast: attempt 1 of 2", FIX, 100, 5000, 2, 0, 1, RERR_REFUSED, 0, 0, FAST, 50},
    /* which errors are retried */
    {"client", FIX, 100, 5000, 6, 0, 1, RERR_CLIENT, 0, 0, 0, GIVE_UP},
    {"client, idempotent", FIX, 100, 5000, 6, 0, 1, RERR_CLIENT, 0, 0, IDEM, GIVE_UP},
    {"client, every flag", FIX, 100, 5000, 6, 0, 1, RERR_CLIENT, 0, 500, IDEM | HONOUR | FAST, GIVE_UP},
    {"timeout", FIX, 100, 5000, 6, 0, 1, RERR_TIMEOUT, 0, 0, 0, GIVE_UP},
    {"timeout, idempotent", FIX, 100, 5000, 6, 0, 1, RERR_TIMEOUT, 0, 0, IDEM, 100},
    {"server", FIX, 100, 5000, 6, 0, 1, RERR_SERVER, 0, 0, 0, GIVE_UP},
    {"server, fast", FIX, 100, 5000, 6, 0, 1, RERR_SERVER, 0, 0, FAST | HONOUR, GIVE_UP},
    {"server, idempotent", FIX, 100, 5000, 6, 0, 1, RERR_SERVER, 0, 0, IDEM, 110},
    {"refused", FIX, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"refused, idempotent", FIX, 100, 5000, 6, 0, 1, RERR_REFUSED, 0, 0, IDEM, 100},
    {"throttled", FIX, 100, 5000, 6, 0, 1, RERR_THROTTLED, 0, 0, 0, 200},
    /* backoff modes */
    {"fixed, attempt 5", FIX, 250, 5000, 9, 0, 5, RERR_REFUSED, 0, 0, 0, 250},
    {"linear, attempt 1", LIN, 100, 5000, 99, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"linear, attempt 3", LIN, 100, 5000, 99, 0, 3, RERR_REFUSED, 0, 0, 0, 300},
    {"linear, attempt 49", LIN, 100, 5000, 99, 0, 49, RERR_REFUSED, 0, 0, 0, 4900},
    {"linear, attempt 50", LIN, 100, 5000, 99, 0, 50, RERR_REFUSED, 0, 0, 0, 5000},
    {"linear, attempt 51", LIN, 100, 5000, 99, 0, 51, RERR_REFUSED, 0, 0, 0, 5000},
    {"linear, large attempt", LIN, 86400000L, 86400000L, INT_MAX, 0, INT_MAX - 1, RERR_REFUSED, 0, 0, 0, 86400000L},
    {"exponential, attempt 1", EXP, 100, 5000, 99, 0, 1, RERR_REFUSED, 0, 0, 0, 100},
    {"exponential, attempt 2", EXP, 100, 5000, 99, 0, 2, RERR_REFUSED, 0, 0, 0, 200},
    {"exponential, attempt 6", EXP, 100, 5000, 99, 0, 6, RERR_REFUSED, 0, 0, 0, 3200},
    {"exponential, attempt 7 capped", EXP, 100, 5000, 99, 0, 7, RERR_REFUSED, 0, 0, 0, 5000},
    {"exponential, at the cap", EXP, 100, 6400, 99, 0, 7, RERR_REFUSED, 0, 0, 0, 6400},
    {"exponential, one under", EXP, 100, 6399, 99, 0, 7, RERR_REFUSED, 0, 0, 0, 6399},
    {"exponential, attempt 20", EXP, 1, 86400000L, 99, 0, 20, RERR_REFUSED, 0, 0, 0, 524288},
    {"exponential, attempt 21", EXP, 1, 86400000L, 99, 0, 21, RERR_REFUSED, 0, 0, 0, 1048576},
    {"exponential, attempt 22", EXP, 1, 86400000L, 99, 0, 22, RERR_REFUSED, 0, 0, 0, 86400000L},
    {"exponential, attempt 21, base 82", EXP, 82, 86400000L, 99, 0, 21, RERR_REFUSED, 0, 0, 0, 85983232L},
    {"exponential, attempt 21, base 83", EXP, 83, 86400000L, 99, 0, 21, RERR_REFUSED, 0, 0, 0, 86400000L},
    {"exponential, huge attempt", EXP, 3, 4000, INT_MAX, 0, INT_MAX - 1, RERR_REFUSED, 0, 0, 0, 4000},
    /* throttling */
    {"throttled, exponential", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 0, 0, 400},
    {"throttled, doubled to the cap", EXP, 100, 6400, 9, 0, 6, RERR_THROTTLED, 0, 0, 0, 6400},
    {"throttled, doubled over the cap", EXP, 100, 6399, 9, 0, 6, RERR_THROTTLED, 0, 0, 0, 6399},
    {"throttled, already capped", LIN, 100, 250, 9, 0, 4, RERR_THROTTLED, 0, 0, 0, 250},
    {"throttled, hint ignored", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 3000, 0, 400},
    {"throttled, hint honoured", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 3000, HONOUR, 3000},
    {"throttled, hint 1", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 1, HONOUR, 1},
    {"throttled, hint 0", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 0, HONOUR, 400},
    {"throttled, hint -5", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, -5, HONOUR, 400},
    {"throttled, hint over the cap", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 9999999L, HONOUR, 9999999L},
    {"throttled, hint not halved", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 1001, HONOUR | FAST, 1001},
    {"throttled, hint when attempts used up", EXP, 100, 5000, 2, 0, 2, RERR_THROTTLED, 0, 1001, HONOUR, GIVE_UP},
    {"hint only for throttling", EXP, 100, 5000, 9, 0, 2, RERR_REFUSED, 0, 3000, HONOUR, 200},
    {"hint only for throttling (server)", EXP, 100, 5000, 9, 0, 2, RERR_SERVER, 0, 3000, HONOUR | IDEM, 220},
    {"throttled, fast", EXP, 100, 5000, 9, 0, 2, RERR_THROTTLED, 0, 0, FAST, 200},
    /* server errors */
    {"server, base 109", FIX, 109, 5000, 9, 0, 1, RERR_SERVER, 0, 0, IDEM, 119},
    {"server, base 9", FIX, 9, 5000, 9, 0, 1, RERR_SERVER, 0, 0, IDEM, 9},
    {"server, base 10", FIX, 10, 5000, 9, 0, 1, RERR_SERVER, 0, 0, IDEM, 11},
    {"server, over the cap", EXP, 100, 5000, 9, 0, 7, RERR_SERVER, 0, 0, IDEM, 5500},
    {"server, fast", FIX, 100, 5000, 9, 0, 1, RERR_SERVER, 0, 0, IDEM | FAST, 55},
    {"timeout has no surcharge", FIX, 100, 5000, 9, 0, 1, RERR_TIMEOUT, 0, 0, IDEM, 100},
    /* fast callers */
    {"fast, 100", FIX, 100, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 50},
    {"fast, 101", FIX, 101, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 51},
    {"fast, 21", FIX, 21, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 11},
    {"fast, 20", FIX, 20, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 10},
    {"fast, 19", FIX, 19, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 10},
    {"fast, 1", FIX, 1, 5000, 9, 0, 1, RERR_REFUSED, 0, 0, FAST, 10},
    {"fast, exponential", EXP, 100, 5000, 9, 0, 2, RERR_REFUSED, 0, 0, FAST, 100},
    /* budget */
    {"no budget, long elapsed", FIX, 100, 5000, 9, 0, 1, RERR_REFUSED, LONG_MAX, 0, 0, 100},
    {"negative budget", FIX, 100, 5000, 9, -5, 1, RERR_REFUSED, 999999, 0, 0, 100},
    {"budget of 1 ms", EXP, 1, 5000, 9, 1, 3, RERR_REFUSED, 0, 0, 0, 1},
    {"budget of 2 ms", EXP, 1, 5000, 9, 2, 3, RERR_REFUSED, 0, 0, 0, 2},
    {"budget spent", FIX, 100, 5000, 9, 1000, 1, RERR_REFUSED, 1000, 0, 0, GIVE_UP},
    {"budget overspent", FIX, 100, 5000, 9, 1000, 1, RERR_REFUSED, LONG_MAX, 0, 0, GIVE_UP},
    {"budget: fits exactly", FIX, 100, 5000, 9, 1000, 1, RERR_REFUSED, 900, 0, 0, 100},
    {"budget: 1 ms short, below base", FIX, 100, 5000, 9, 1000, 1, RERR_REFUSED, 901, 0, 0, GIVE_UP},
    {"budget: 1 ms left", FIX, 100, 5000, 9, 1000, 1, RERR_REFUSED, 999, 0, 0, GIVE_UP},
    {"budget: squeezed", EXP, 100, 5000, 9, 1000, 4, RERR_REFUSED, 500, 0, 0, 500},
    {"budget: squeezed to base", EXP, 100, 5000, 9, 1000, 4, RERR_REFUSED, 900, 0, 0, 100},
    {"budget: squeezed below base", EXP, 100, 5000, 9, 1000, 4, RERR_REFUSED, 901, 0, 0, GIVE_UP},
    {"budget: room to spare", EXP, 100, 5000, 9, 100000, 4, RERR_REFUSED, 500, 0, 0, 800},
    {"budget: throttled fits", EXP, 100, 5000, 9, 1000, 2, RERR_THROTTLED, 600, 0, 0, 400},
    {"budget: throttled does not fit", EXP, 100, 5000, 9, 1000, 2, RERR_THROTTLED, 601, 0, 0, GIVE_UP},
    {"budget: hint fits", EXP, 100, 5000, 9, 10000, 2, RERR_THROTTLED, 5000, 5000, HONOUR, 5000},
    {"budget: hint does not fit", EXP, 100, 5000, 9, 10000, 2, RERR_THROTTLED, 5001, 5000, HONOUR, GIVE_UP},
    {"budget: huge hint", EXP, 100, 5000, 9, 1000, 2, RERR_THROTTLED, 0, LONG_MAX, HONOUR, GIVE_UP},
    {"budget: server squeezed", FIX, 1000, 5000, 9, 3000, 1, RERR_SERVER, 2000, 0, IDEM, 1000},
    {"budget: server too short", FIX, 1000, 5000, 9, 3000, 1, RERR_SERVER, 2001, 0, IDEM, GIVE_UP},
    {"budget: fast fits exactly", FIX, 1000, 5000, 9, 3000, 1, RERR_REFUSED, 2500, 0, FAST, 500},
    {"budget: fast, left is below base", FIX, 1000, 5000, 9, 3000, 1, RERR_REFUSED, 2501, 0, FAST, GIVE_UP},
    {"budget: giving up beats spent budget", FIX, 100, 5000, 9, 1000, 1, RERR_CLIENT, 5000, 0, 0, GIVE_UP},
};

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void test_cases(void)
{
    size_t i;

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct delay_case *c = &CASES[i];
        struct retry_policy p;
        struct retry_state s;
        struct retry_policy p_copy;
        struct retry_state s_copy;

        memset(&p, 0, sizeof p);
        memset(&s, 0, sizeof s);
        p.mode = c->mode;
        p.base_ms = c->base;
        p.max_delay_ms = c->max;
        p.max_attempts = c->attempts;
        p.budget_ms = c->budget;
        s.attempt = c->attempt;
        s.error = c->error;
        s.elapsed_ms = c->elapsed;
        s.server_hint_ms = c->hint;
        p_copy = p;
        s_copy = s;
        expect(c->label, retry_next_delay(&p, &s, c->flags), c->want);
        expect(c->label, memcmp(&p, &p_copy, sizeof p) == 0 && memcmp(&s, &s_copy, sizeof s) == 0, 1);
    }
}

static void test_null_arguments(void)
{
    struct retry_policy p = {BACKOFF_FIXED, 100, 100, 3, 0};
    struct retry_state s = {1, RERR_REFUSED, 0, 0};

    expect("NULL policy", retry_next_delay(NULL, &s, 0), RETRY_ERR_ARG);
    expect("NULL state", retry_next_delay(&p, NULL, 0), RETRY_ERR_ARG);
    expect("both NULL", retry_next_delay(NULL, NULL, RETRY_FLAG_FAST), RETRY_ERR_ARG);
    expect("valid", retry_next_delay(&p, &s, 0), 100);
}

static void test_names(void)
{
    static const char *const NAMES[] = {"unknown", "timeout", "refused", "throttled", "server", "client", "unknown"};
    int e;

    for (e = 0; e <= 6; e++) {
        expect(NAMES[e], strcmp(retry_error_name(e), NAMES[e]), 0);
    }
    expect("name of -1", strcmp(retry_error_name(-1), "unknown"), 0);
}

int main(void)
{
    test_cases();
    test_null_arguments();
    test_names();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
