/* retry.h - public interface of the retry policy. */
#ifndef RETRY_H
#define RETRY_H

#include "retry_types.h"

/* How long to wait before the next attempt, in milliseconds; RETRY_GIVE_UP when the request
 * must not be retried, RETRY_ERR_ARG for an invalid policy, state or flags. */
long retry_next_delay(const struct retry_policy *policy, const struct retry_state *state, unsigned flags);

/* "timeout", "refused", "throttled", "server", "client"; "unknown" for anything else. */
const char *retry_error_name(int error);

#endif
