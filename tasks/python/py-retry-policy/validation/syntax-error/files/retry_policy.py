"""Retry decisions for the outbound HTTP client."""

POLICIES = ("standard", "aggressive", "conservative")
IDEMPOTENT_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
MAX_DELAY = 30.0
DEADLINE = 60.0

# policy -> (attempts after which we give up, delay before the first retry in seconds)
POLICY_LIMITS = {"standard": (3, 0.5), "aggressive": (10, 0.2), "conservative": (2, 2.0)}
# statuses that ask the client to slow down; only for these a Retry-After is honoured
THROTTLING_STATUSES = (429, 503)
SERVER_ERROR_STATUSES = (500, 502, 504)


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
    idempotent = method in IDEMPOTENT_METHODS or bool(idempotency_key)
    classify = _CLASSIFIERS.get(kind)
    if classify is None:
        return _give_up("unknown error kind: %s" % kind)
    reason = classify(status, method, policy, idempotent)
    if reason:
        return _give_up(reason)
    honoured = retry_after if kind == "http" and status in THROTTLING_STATUSES else None
    return _schedule(attempt, elapsed, policy, honoured)


def _give_up(reason):
    return ("give_up", 0.0, reason)


# Each classifier returns why an error is not retryable, or None when it is.

def _timeout(status, method, policy, idempotent):
    return None if idempotent else "timed out on a non-idempotent %s" % method


def _connection(status, method, policy, idempotent):
    return None  # the request never reached the server


def _dns(status, method, policy, idempotent):
    return None if policy == "aggressive" else "dns failure"


def _http(status, method, policy, idempotent):
    if status is None:
        raise ValueError("http errors need a status")
    if status in THROTTLING_STATUSES:
        return _throttled(status, policy, idempotent)
    if status in SERVER_ERROR_STATUSES:
        return _server_error(status, method, policy, idempotent)
    if 400 <= status < 500:
        return "client error %d" % status
    return "unexpected status %d" % status


def _throttled(status, policy, idempotent):
    if status == 503 and policy == "conservative" and not idempotent:
        return "service unavailable"
    return None


def _server_error(status, method, policy, idempotent)
    if not idempotent:
        return "server error %d on a non-idempotent %s" % (status, method)
    if status == 500 and policy == "conservative":
        return "server error %d" % status
    return None


_CLASSIFIERS = {"timeout": _timeout, "connection": _connection, "dns": _dns, "http": _http}


def _schedule(attempt, elapsed, policy, retry_after):
    """Exponential backoff capped at MAX_DELAY, stretched to a honoured Retry-After."""
    limit, first_delay = POLICY_LIMITS[policy]
    if attempt >= limit:
        return _give_up("gave up after %d attempts" % attempt)
    delay = min(first_delay * 2 ** (attempt - 1), MAX_DELAY)
    if retry_after is not None:
        if retry_after > MAX_DELAY:
            return _give_up("server asked to wait %ss" % retry_after)
        delay = max(delay, retry_after)
    if elapsed + delay > DEADLINE:
        return _give_up("deadline exceeded")
    return ("retry", round(delay, 3), "")
