/* Visible tests for the retry policy: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "retry.h"

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

static long delay(int mode, long base, long max, int attempts, long budget, int attempt, int error, long elapsed,
                  long hint, unsigned flags)
{
    struct retry_policy p;
    struct retry_state s;

    p.mode = mode;
    p.base_ms = base;
    p.max_delay_ms = max;
    p.max_attempts = attempts;
    p.budget_ms = budget;
    s.attempt = attempt;
    s.error = error;
    s.elapsed_ms = elapsed;
    s.server_hint_ms = hint;
    return retry_next_delay(&p, &s, flags);
}

int main(void)
{
    expect("exponential, third attempt", delay(BACKOFF_EXPONENTIAL, 250, 8000, 5, 0, 3, RERR_REFUSED, 0, 0, 0), 1000);
    expect("linear capped", delay(BACKOFF_LINEAR, 700, 2000, 9, 0, 4, RERR_REFUSED, 0, 0, 0), 2000);
    expect("timeout, not idempotent", delay(BACKOFF_FIXED, 300, 300, 5, 0, 1, RERR_TIMEOUT, 0, 0, 0), RETRY_GIVE_UP);
    expect("timeout, idempotent", delay(BACKOFF_FIXED, 300, 300, 5, 0, 1, RERR_TIMEOUT, 0, 0, RETRY_FLAG_IDEMPOTENT),
           300);
    expect("attempts used up", delay(BACKOFF_FIXED, 300, 300, 3, 0, 3, RERR_REFUSED, 0, 0, 0), RETRY_GIVE_UP);
    expect("server hint", delay(BACKOFF_FIXED, 300, 300, 5, 0, 1, RERR_THROTTLED, 0, 4500, RETRY_FLAG_HONOUR_SERVER),
           4500);
    expect("budget squeeze", delay(BACKOFF_EXPONENTIAL, 250, 8000, 5, 3000, 4, RERR_REFUSED, 1800, 0, 0), 1200);
    expect("zero base", delay(BACKOFF_FIXED, 0, 300, 5, 0, 1, RERR_REFUSED, 0, 0, 0), RETRY_ERR_ARG);
    expect("error name", strcmp(retry_error_name(RERR_THROTTLED), "throttled"), 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
