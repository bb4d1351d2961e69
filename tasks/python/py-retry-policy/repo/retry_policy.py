"""Retry decisions for the outbound HTTP client.

Legacy module: every incident added another special case to `decide_retry`.
"""

POLICIES = ("standard", "aggressive", "conservative")
IDEMPOTENT_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
MAX_DELAY = 30.0
DEADLINE = 60.0


def decide_retry(kind, attempt, elapsed, method="GET", status=None, retry_after=None,
                 policy="standard", idempotency_key=None):
    """Decide what to do after failed attempt number `attempt` (1-based).

    Returns ("retry", delay_in_seconds, "") or ("give_up", 0.0, reason).
    """
    if policy not in POLICIES:
        raise ValueError("unknown policy: %s" % policy)
    if attempt < 1:
        raise ValueError("attempt must be at least 1")
    method = (method or "GET").upper()
    honour_retry_after = False
    if kind == "timeout":
        if method in IDEMPOTENT_METHODS or idempotency_key:
            pass
        else:
            return ("give_up", 0.0, "timed out on a non-idempotent %s" % method)
    elif kind == "connection":
        pass
    elif kind == "dns":
        if policy != "aggressive":
            return ("give_up", 0.0, "dns failure")
    elif kind == "http":
        if status is None:
            raise ValueError("http errors need a status")
        if status == 429:
            honour_retry_after = True
        elif status == 503:
            honour_retry_after = True
            if policy == "conservative":
                if method not in IDEMPOTENT_METHODS and not idempotency_key:
                    return ("give_up", 0.0, "service unavailable")
        elif status == 500 or status == 502 or status == 504:
            if method in IDEMPOTENT_METHODS or idempotency_key:
                if status == 500 and policy == "conservative":
                    return ("give_up", 0.0, "server error %d" % status)
            else:
                return ("give_up", 0.0, "server error %d on a non-idempotent %s" % (status, method))
        elif status >= 400 and status < 500:
            return ("give_up", 0.0, "client error %d" % status)
        else:
            return ("give_up", 0.0, "unexpected status %d" % status)
    else:
        return ("give_up", 0.0, "unknown error kind: %s" % kind)
    if policy == "aggressive":
        limit = 10
        base = 0.2
    elif policy == "conservative":
        limit = 2
        base = 2.0
    else:
        limit = 3
        base = 0.5
    if attempt >= limit:
        return ("give_up", 0.0, "gave up after %d attempts" % attempt)
    delay = base * 2 ** (attempt - 1)
    if delay > MAX_DELAY:
        delay = MAX_DELAY
    if honour_retry_after and retry_after is not None:
        if retry_after > MAX_DELAY:
            return ("give_up", 0.0, "server asked to wait %ss" % retry_after)
        if retry_after > delay:
            delay = retry_after
    if elapsed + delay > DEADLINE:
        return ("give_up", 0.0, "deadline exceeded")
    return ("retry", round(delay, 3), "")
