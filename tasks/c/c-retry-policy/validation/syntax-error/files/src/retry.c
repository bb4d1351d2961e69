/* retry.c - the retry policy of the outbound HTTP client.
 *
 * The next delay is decided in steps: validate, give up when the attempts are used up or the
 * error is not worth retrying, compute the delay (the server's hint, or the backoff with the
 * error's and the caller's adjustments), then fit it into the time budget.
 */
#include <stddef.h>

#include "retry_types.h"

#define FAST_MAX_ATTEMPTS 3
#define FAST_MIN_DELAY_MS 10L
#define MAX_DOUBLINGS 20

static int policy_is_valid(const struct retry_policy *p)
{
    return p->base_ms >= 1 && p->max_delay_ms >= p->base_ms && p->max_delay_ms <= RETRY_MAX_DELAY_LIMIT &&
           p->max_attempts >= 1;
}

static int state_is_valid(const struct retry_state *s)
{
    return s->attempt >= 1 && s->elapsed_ms >= 0 && s->error >= RERR_TIMEOUT && s->error <= RERR_CLIENT;
}

static int attempts_left(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    int limit = p->max_attempts;

    if ((flags & RETRY_FLAG_FAST) && limit > FAST_MAX_ATTEMPTS) {
        limit = FAST_MAX_ATTEMPTS;
    }
    return s->attempt < limit;
}

/* Client errors never; errors after which the request may have been processed only when it
 * is idempotent. */
static int error_is_retryable(int error, unsigned flags)
{
    switch (error) {
    case RERR_CLIENT:
        return 0;
    case RERR_TIMEOUT:
    case RERR_SERVER:
        return (flags & RETRY_FLAG_IDEMPOTENT) != 0;
    default:
        return 1;
    }
}

static long capped(long delay, long cap)
{
    return delay > cap ? cap : delay;
}

/* The backoff for the attempt, capped; -1 for an unknown mode. */
static long backoff(const struct retry_policy *p, int attempt)
{
    switch (p->mode) {
    case BACKOFF_FIXED:
        return p->base_ms;
    case BACKOFF_LINEAR:
        return capped(p->base_ms * attempt, p->max_delay_ms);
    case BACKOFF_EXPONENTIAL:
        if (attempt - 1 > MAX_DOUBLINGS) {
            return p->max_delay_ms;
        }
        return capped(p->base_ms << (attempt - 1), p->max_delay_ms);
    default:
        return -1;
    }
}

/* Throttling doubles the delay (within the cap); server errors add 10 %. */
static long adjust_for_error(long delay, int error, long cap)
{
    if (error == RERR_THROTTLED) {
        return capped(delay * 2, cap);
    }
    if (error == RERR_SERVER) {
        return delay + delay / 10;
    }
    return delay;
}

static long halve_for_fast_caller(long delay)
{
    long half = (delay + 1) / 2;

    return half < FAST_MIN_DELAY_MS ? FAST_MIN_DELAY_MS : half;
}

/* The delay, or -1 for an unknown backoff mode. */
static long planned_delay(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    long delay;

    if (s->error == RERR_THROTTLED && (flags & RETRY_FLAG_HONOUR_SERVER) && s->server_hint_ms > 0) {
        return s->server_hint_ms;
    }
    delay = backoff(p, s->attempt);
    if (delay < 0) {
        return -1;
    }
    delay = adjust_for_error(delay, s->error, p->max_delay_ms);
    return (flags & RETRY_FLAG_FAST) ? halve_for_fast_caller(delay) : delay;
}

/* The delay shortened to what is left of the budget, or RETRY_GIVE_UP when it cannot fit:
 * a throttled request must wait the full delay, others at least base_ms. */
static long fit_budget(const struct retry_policy *p, const struct retry_state *s, long delay)
{
    long left;

    if (p->budget_ms <= 0) {
        return delay;
    }
    left = p->budget_ms - s->elapsed_ms;
    if (left <= 0) {
        return RETRY_GIVE_UP;
    }
    if (delay <= left) {
        return delay;
    }
    if ((s->error == RERR_THROTTLED || left < p->base_ms) {
        return RETRY_GIVE_UP;
    }
    return left;
}

long retry_next_delay(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    long delay;

    if (p == NULL || s == NULL || (flags & ~RETRY_FLAG_ALL) != 0) {
        return RETRY_ERR_ARG;
    }
    if (!policy_is_valid(p) || !state_is_valid(s)) {
        return RETRY_ERR_ARG;
    }
    if (!attempts_left(p, s, flags) || !error_is_retryable(s->error, flags)) {
        return RETRY_GIVE_UP;
    }
    delay = planned_delay(p, s, flags);
    if (delay < 0) {
        return RETRY_ERR_ARG;
    }
    return fit_budget(p, s, delay);
}

const char *retry_error_name(int error)
{
    switch (error) {
    case RERR_TIMEOUT:
        return "timeout";
    case RERR_REFUSED:
        return "refused";
    case RERR_THROTTLED:
        return "throttled";
    case RERR_SERVER:
        return "server";
    case RERR_CLIENT:
        return "client";
    default:
        return "unknown";
    }
}
