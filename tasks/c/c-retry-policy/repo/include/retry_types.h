/* retry_types.h - types of the outbound request retry policy. Times in milliseconds. */
#ifndef RETRY_TYPES_H
#define RETRY_TYPES_H

enum retry_error {
    RERR_TIMEOUT = 1,   /* no answer in time: the request may have been processed */
    RERR_REFUSED = 2,   /* connection refused: the request never arrived */
    RERR_THROTTLED = 3, /* HTTP 429 / 503 with an optional Retry-After hint */
    RERR_SERVER = 4,    /* HTTP 5xx: the request may have been processed */
    RERR_CLIENT = 5     /* HTTP 4xx: retrying cannot help */
};

enum backoff_mode {
    BACKOFF_FIXED = 0,
    BACKOFF_LINEAR = 1,
    BACKOFF_EXPONENTIAL = 2
};

#define RETRY_FLAG_IDEMPOTENT 0x01u    /* the request may safely be sent twice */
#define RETRY_FLAG_HONOUR_SERVER 0x02u /* wait as long as the server's Retry-After hint says */
#define RETRY_FLAG_FAST 0x04u          /* interactive caller: shorter delays, at most 3 attempts */
#define RETRY_FLAG_ALL 0x07u

#define RETRY_GIVE_UP (-1L)
#define RETRY_ERR_ARG (-2L)

#define RETRY_MAX_DELAY_LIMIT 86400000L /* a policy's max_delay_ms may not exceed one day */

struct retry_policy {
    int mode;          /* enum backoff_mode */
    long base_ms;      /* first delay, >= 1 */
    long max_delay_ms; /* cap on computed delays, base_ms .. RETRY_MAX_DELAY_LIMIT */
    int max_attempts;  /* attempts in total, the first one included, >= 1 */
    long budget_ms;    /* total time allowed for all attempts; 0 or less: no budget */
};

struct retry_state {
    int attempt;         /* attempts made so far, >= 1 */
    int error;           /* enum retry_error of the last attempt */
    long elapsed_ms;     /* time spent since the first attempt started, >= 0 */
    long server_hint_ms; /* Retry-After of a throttled answer; 0 or less: none */
};

#endif
