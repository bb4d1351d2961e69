/* retry.c - the retry policy of the outbound HTTP client.
 *
 * Legacy module: the throttling and budget rules were added after an outage
 * each, one nested branch at a time. Callers include retry.h.
 */
#include <stddef.h>

#include "retry_types.h"

static int request_is_valid(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    if (p == NULL || s == NULL || (flags & ~RETRY_FLAG_ALL) != 0) {
        return 0;
    }
    if (p->base_ms < 1 || p->max_delay_ms < p->base_ms || p->max_delay_ms > RETRY_MAX_DELAY_LIMIT ||
        p->max_attempts < 1) {
        return 0;
    }
    return s->attempt >= 1 && s->elapsed_ms >= 0 && s->error >= RERR_TIMEOUT && s->error <= RERR_CLIENT;
}

static int should_give_up(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    int limit = p->max_attempts;

    if ((flags & RETRY_FLAG_FAST) && limit > 3) {
        limit = 3;
    }
    if (s->attempt >= limit || s->error == RERR_CLIENT) {
        return 1;
    }
    return (s->error == RERR_TIMEOUT || s->error == RERR_SERVER) && !(flags & RETRY_FLAG_IDEMPOTENT);
}

static long compute_delay(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    long delay = 0;
    int shift;

    if (s->error == RERR_THROTTLED && (flags & RETRY_FLAG_HONOUR_SERVER) && s->server_hint_ms > 0) {
        delay = s->server_hint_ms;
    } else {
        if (p->mode == BACKOFF_FIXED) {
            delay = p->base_ms;
        } else if (p->mode == BACKOFF_LINEAR) {
            delay = p->base_ms * s->attempt;
            if (delay > p->max_delay_ms) {
                delay = p->max_delay_ms;
            }
        } else if (p->mode == BACKOFF_EXPONENTIAL) {
            shift = s->attempt - 1;
            if (shift > 20) {
                delay = p->max_delay_ms;
            } else {
                delay = p->base_ms << shift;
                if (delay > p->max_delay_ms) {
                    delay = p->max_delay_ms;
                }
            }
        } else {
            return RETRY_ERR_ARG;
        }
        if (s->error == RERR_THROTTLED) {
            delay = delay * 2;
            if (delay > p->max_delay_ms) {
                delay = p->max_delay_ms;
            }
        } else if (s->error == RERR_SERVER) {
            delay = delay + delay / 10;
        }
        if (flags & RETRY_FLAG_FAST) {
            delay = (delay + 1) / 2;
            if (delay < 10) {
                delay = 10;
            }
        }
    }
    if (p->budget_ms > 0) {
        if (s->elapsed_ms >= p->budget_ms) {
            return RETRY_GIVE_UP;
        } else if (delay > p->budget_ms - s->elapsed_ms) {
            if (s->error == RERR_THROTTLED) {
                return RETRY_GIVE_UP;
            } else {
                delay = p->budget_ms - s->elapsed_ms;
                if (delay < p->base_ms) {
                    return RETRY_GIVE_UP;
                }
            }
        }
    }
    return delay;
}

long retry_next_delay(const struct retry_policy *p, const struct retry_state *s, unsigned flags)
{
    if (!request_is_valid(p, s, flags)) {
        return RETRY_ERR_ARG;
    }
    if (should_give_up(p, s, flags)) {
        return RETRY_GIVE_UP;
    }
    return compute_delay(p, s, flags);
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
