"""Hidden behaviour tests for retry_policy.decide_retry."""

import pytest

import retry_policy
from retry_policy import decide_retry

ARGS = "kind, attempt, elapsed, method, status, retry_after, policy, key, expected"


def test_constants():
    assert retry_policy.POLICIES == ("standard", "aggressive", "conservative")
    assert retry_policy.IDEMPOTENT_METHODS == ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
    assert (retry_policy.MAX_DELAY, retry_policy.DEADLINE) == (30.0, 60.0)


@pytest.mark.parametrize("policy", ["yolo", "Standard", None, ""])
def test_unknown_policy(policy):
    with pytest.raises(ValueError, match="^unknown policy: %s$" % policy):
        decide_retry("bogus", 0, 0.0, policy=policy)


@pytest.mark.parametrize("attempt", [0, -1, 0.5])
def test_attempt_must_be_positive(attempt):
    with pytest.raises(ValueError, match="^attempt must be at least 1$"):
        decide_retry("bogus", attempt, 0.0)


def test_http_needs_status():
    with pytest.raises(ValueError, match="^http errors need a status$"):
        decide_retry("http", 1, 0.0)
    with pytest.raises(ValueError, match="^http errors need a status$"):
        decide_retry("http", 99, 99.0, retry_after=99)


def test_defaults():
    assert decide_retry("timeout", 1, 0.0) == ("retry", 0.5, "")
    assert decide_retry("timeout", 1, 0.0, "") == ("retry", 0.5, "")


def test_status_ignored_for_other_kinds():
    assert decide_retry("connection", 1, 0.0, status=404) == ("retry", 0.5, "")
    assert decide_retry("timeout", 1, 0.0, "POST", 503, 5, "standard", None)[0] == "give_up"


@pytest.mark.parametrize(ARGS, [
    ('timeout', 1, 0.0, 'GET', None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'GET', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'post', None, None, 'standard', None, ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'standard', '', ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'post', None, None, 'aggressive', None, ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'aggressive', '', ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'post', None, None, 'conservative', None, ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'conservative', '', ('give_up', 0.0, 'timed out on a non-idempotent POST')),
    ('timeout', 1, 0.0, 'post', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, None, None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, None, None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, None, None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, None, None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, None, None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, None, None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, None, None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, None, None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, None, None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'standard', None, ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'standard', '', ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'aggressive', None, ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'aggressive', '', ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'conservative', None, ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'conservative', '', ('give_up', 0.0, 'timed out on a non-idempotent PATCH')),
    ('timeout', 1, 0.0, 'PATCH', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'options', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'head', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'put', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'standard', None, ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'standard', '', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'aggressive', '', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'conservative', '', ('retry', 2.0, '')),
    ('timeout', 1, 0.0, 'delete', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'standard', None, ('retry', 0.5, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('connection', 1, 0.0, 'post', None, None, 'standard', None, ('retry', 0.5, '')),
    ('connection', 1, 0.0, 'post', None, None, 'standard', 'k-1', ('retry', 0.5, '')),
    ('connection', 1, 0.0, 'post', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('connection', 1, 0.0, 'post', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('connection', 1, 0.0, 'post', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('connection', 1, 0.0, 'post', None, None, 'conservative', 'k-1', ('retry', 2.0, '')),
    ('dns', 1, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'GET', None, None, 'standard', 'k-1', ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('dns', 1, 0.0, 'GET', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('dns', 1, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'GET', None, None, 'conservative', 'k-1', ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'post', None, None, 'standard', None, ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'post', None, None, 'standard', 'k-1', ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'post', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('dns', 1, 0.0, 'post', None, None, 'aggressive', 'k-1', ('retry', 0.2, '')),
    ('dns', 1, 0.0, 'post', None, None, 'conservative', None, ('give_up', 0.0, 'dns failure')),
    ('dns', 1, 0.0, 'post', None, None, 'conservative', 'k-1', ('give_up', 0.0, 'dns failure')),
    ('other', 1, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'GET', None, None, 'standard', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'GET', None, None, 'aggressive', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'GET', None, None, 'conservative', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'standard', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'standard', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'aggressive', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'aggressive', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'conservative', None, ('give_up', 0.0, 'unknown error kind: other')),
    ('other', 1, 0.0, 'post', None, None, 'conservative', 'k-1', ('give_up', 0.0, 'unknown error kind: other')),
])
def test_error_kinds(kind, attempt, elapsed, method, status, retry_after, policy, key, expected):
    assert decide_retry(kind, attempt, elapsed, method, status, retry_after, policy, key) == expected


@pytest.mark.parametrize(ARGS, [
    ('http', 1, 0.0, 'GET', 200, None, 'standard', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'GET', 200, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'GET', 200, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'standard', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'POST', 200, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 200')),
    ('http', 1, 0.0, 'GET', 302, None, 'standard', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'GET', 302, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'GET', 302, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'standard', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'POST', 302, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 302')),
    ('http', 1, 0.0, 'GET', 399, None, 'standard', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'GET', 399, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'GET', 399, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'standard', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'POST', 399, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 399')),
    ('http', 1, 0.0, 'GET', 400, None, 'standard', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'GET', 400, None, 'conservative', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'GET', 400, None, 'aggressive', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'standard', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'standard', 'k', ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'conservative', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'conservative', 'k', ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'aggressive', None, ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'POST', 400, None, 'aggressive', 'k', ('give_up', 0.0, 'client error 400')),
    ('http', 1, 0.0, 'GET', 401, None, 'standard', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'GET', 401, None, 'conservative', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'GET', 401, None, 'aggressive', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'standard', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'standard', 'k', ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'conservative', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'conservative', 'k', ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'aggressive', None, ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'POST', 401, None, 'aggressive', 'k', ('give_up', 0.0, 'client error 401')),
    ('http', 1, 0.0, 'GET', 404, None, 'standard', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'GET', 404, None, 'conservative', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'GET', 404, None, 'aggressive', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'standard', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'standard', 'k', ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'conservative', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'conservative', 'k', ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'aggressive', None, ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'POST', 404, None, 'aggressive', 'k', ('give_up', 0.0, 'client error 404')),
    ('http', 1, 0.0, 'GET', 429, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'GET', 429, None, 'conservative', None, ('retry', 2.0, '')),
    ('http', 1, 0.0, 'GET', 429, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'standard', 'k', ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'conservative', None, ('retry', 2.0, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'conservative', 'k', ('retry', 2.0, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 429, None, 'aggressive', 'k', ('retry', 0.2, '')),
    ('http', 1, 0.0, 'GET', 499, None, 'standard', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'GET', 499, None, 'conservative', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'GET', 499, None, 'aggressive', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'standard', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'standard', 'k', ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'conservative', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'conservative', 'k', ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'aggressive', None, ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'POST', 499, None, 'aggressive', 'k', ('give_up', 0.0, 'client error 499')),
    ('http', 1, 0.0, 'GET', 500, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'GET', 500, None, 'conservative', None, ('give_up', 0.0, 'server error 500')),
    ('http', 1, 0.0, 'GET', 500, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 500, None, 'standard', None, ('give_up', 0.0, 'server error 500 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 500, None, 'standard', 'k', ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 500, None, 'conservative', None, ('give_up', 0.0, 'server error 500 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 500, None, 'conservative', 'k', ('give_up', 0.0, 'server error 500')),
    ('http', 1, 0.0, 'POST', 500, None, 'aggressive', None, ('give_up', 0.0, 'server error 500 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 500, None, 'aggressive', 'k', ('retry', 0.2, '')),
    ('http', 1, 0.0, 'GET', 501, None, 'standard', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'GET', 501, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'GET', 501, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'standard', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'POST', 501, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 501')),
    ('http', 1, 0.0, 'GET', 502, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'GET', 502, None, 'conservative', None, ('retry', 2.0, '')),
    ('http', 1, 0.0, 'GET', 502, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 502, None, 'standard', None, ('give_up', 0.0, 'server error 502 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 502, None, 'standard', 'k', ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 502, None, 'conservative', None, ('give_up', 0.0, 'server error 502 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 502, None, 'conservative', 'k', ('retry', 2.0, '')),
    ('http', 1, 0.0, 'POST', 502, None, 'aggressive', None, ('give_up', 0.0, 'server error 502 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 502, None, 'aggressive', 'k', ('retry', 0.2, '')),
    ('http', 1, 0.0, 'GET', 503, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'GET', 503, None, 'conservative', None, ('retry', 2.0, '')),
    ('http', 1, 0.0, 'GET', 503, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 503, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 503, None, 'standard', 'k', ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 503, None, 'conservative', None, ('give_up', 0.0, 'service unavailable')),
    ('http', 1, 0.0, 'POST', 503, None, 'conservative', 'k', ('retry', 2.0, '')),
    ('http', 1, 0.0, 'POST', 503, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 503, None, 'aggressive', 'k', ('retry', 0.2, '')),
    ('http', 1, 0.0, 'GET', 504, None, 'standard', None, ('retry', 0.5, '')),
    ('http', 1, 0.0, 'GET', 504, None, 'conservative', None, ('retry', 2.0, '')),
    ('http', 1, 0.0, 'GET', 504, None, 'aggressive', None, ('retry', 0.2, '')),
    ('http', 1, 0.0, 'POST', 504, None, 'standard', None, ('give_up', 0.0, 'server error 504 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 504, None, 'standard', 'k', ('retry', 0.5, '')),
    ('http', 1, 0.0, 'POST', 504, None, 'conservative', None, ('give_up', 0.0, 'server error 504 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 504, None, 'conservative', 'k', ('retry', 2.0, '')),
    ('http', 1, 0.0, 'POST', 504, None, 'aggressive', None, ('give_up', 0.0, 'server error 504 on a non-idempotent POST')),
    ('http', 1, 0.0, 'POST', 504, None, 'aggressive', 'k', ('retry', 0.2, '')),
    ('http', 1, 0.0, 'GET', 505, None, 'standard', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'GET', 505, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'GET', 505, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'standard', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'POST', 505, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 505')),
    ('http', 1, 0.0, 'GET', 600, None, 'standard', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'GET', 600, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'GET', 600, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'standard', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'standard', 'k', ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'conservative', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'conservative', 'k', ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'aggressive', None, ('give_up', 0.0, 'unexpected status 600')),
    ('http', 1, 0.0, 'POST', 600, None, 'aggressive', 'k', ('give_up', 0.0, 'unexpected status 600')),
])
def test_http_statuses(kind, attempt, elapsed, method, status, retry_after, policy, key, expected):
    assert decide_retry(kind, attempt, elapsed, method, status, retry_after, policy, key) == expected


@pytest.mark.parametrize(ARGS, [
    ('connection', 1, 0.0, 'GET', None, None, 'standard', None, ('retry', 0.5, '')),
    ('connection', 2, 0.0, 'GET', None, None, 'standard', None, ('retry', 1.0, '')),
    ('connection', 3, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'gave up after 3 attempts')),
    ('connection', 4, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'gave up after 4 attempts')),
    ('connection', 5, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'gave up after 5 attempts')),
    ('connection', 6, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'gave up after 6 attempts')),
    ('connection', 7, 0.0, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'gave up after 7 attempts')),
    ('connection', 1, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.2, '')),
    ('connection', 2, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.4, '')),
    ('connection', 3, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 0.8, '')),
    ('connection', 4, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 1.6, '')),
    ('connection', 5, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 3.2, '')),
    ('connection', 6, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 6.4, '')),
    ('connection', 7, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 12.8, '')),
    ('connection', 1, 0.0, 'GET', None, None, 'conservative', None, ('retry', 2.0, '')),
    ('connection', 2, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 2 attempts')),
    ('connection', 3, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 3 attempts')),
    ('connection', 4, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 4 attempts')),
    ('connection', 5, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 5 attempts')),
    ('connection', 6, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 6 attempts')),
    ('connection', 7, 0.0, 'GET', None, None, 'conservative', None, ('give_up', 0.0, 'gave up after 7 attempts')),
])
def test_backoff_and_attempt_limits(kind, attempt, elapsed, method, status, retry_after, policy, key, expected):
    assert decide_retry(kind, attempt, elapsed, method, status, retry_after, policy, key) == expected


@pytest.mark.parametrize(ARGS, [
    ('connection', 2, 58.9, 'GET', None, None, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 59.0, 'GET', None, None, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 59.01, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'deadline exceeded')),
    ('connection', 2, 60, 'GET', None, None, 'standard', None, ('give_up', 0.0, 'deadline exceeded')),
    ('connection', 5, 56.8, 'GET', None, None, 'aggressive', None, ('retry', 3.2, '')),
    ('connection', 5, 56.81, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'deadline exceeded')),
    ('connection', 8, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 25.6, '')),
    ('connection', 9, 0.0, 'GET', None, None, 'aggressive', None, ('retry', 30.0, '')),
    ('connection', 10, 0.0, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'gave up after 10 attempts')),
    ('connection', 11, 0.0, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'gave up after 11 attempts')),
    ('connection', 9, 30.0, 'GET', None, None, 'aggressive', None, ('retry', 30.0, '')),
    ('connection', 9, 30.01, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'deadline exceeded')),
    ('http', 9, 0.0, 'GET', 429, 29, 'aggressive', None, ('retry', 30.0, '')),
    ('http', 9, 0.0, 'GET', 429, 30, 'aggressive', None, ('retry', 30.0, '')),
    ('http', 9, 0.0, 'GET', 429, 30.5, 'aggressive', None, ('give_up', 0.0, 'server asked to wait 30.5s')),
    ('connection', 5, 56.8, 'GET', None, None, 'aggressive', None, ('retry', 3.2, '')),
    ('connection', 5, 56.81, 'GET', None, None, 'aggressive', None, ('give_up', 0.0, 'deadline exceeded')),
])
def test_deadline(kind, attempt, elapsed, method, status, retry_after, policy, key, expected):
    assert decide_retry(kind, attempt, elapsed, method, status, retry_after, policy, key) == expected


@pytest.mark.parametrize(ARGS, [
    ('http', 2, 0.0, 'GET', 429, None, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 429, 0, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 429, 0.25, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 429, 1, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 429, 3, 'standard', None, ('retry', 3, '')),
    ('http', 2, 0.0, 'GET', 429, 29.99, 'standard', None, ('retry', 29.99, '')),
    ('http', 2, 0.0, 'GET', 429, 30, 'standard', None, ('retry', 30, '')),
    ('http', 2, 0.0, 'GET', 429, 30.01, 'standard', None, ('give_up', 0.0, 'server asked to wait 30.01s')),
    ('http', 2, 0.0, 'GET', 429, 45, 'standard', None, ('give_up', 0.0, 'server asked to wait 45s')),
    ('http', 2, 0.0, 'GET', 503, None, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 503, 0, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 503, 0.25, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 503, 1, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 503, 3, 'standard', None, ('retry', 3, '')),
    ('http', 2, 0.0, 'GET', 503, 29.99, 'standard', None, ('retry', 29.99, '')),
    ('http', 2, 0.0, 'GET', 503, 30, 'standard', None, ('retry', 30, '')),
    ('http', 2, 0.0, 'GET', 503, 30.01, 'standard', None, ('give_up', 0.0, 'server asked to wait 30.01s')),
    ('http', 2, 0.0, 'GET', 503, 45, 'standard', None, ('give_up', 0.0, 'server asked to wait 45s')),
    ('http', 2, 0.0, 'GET', 500, None, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 0, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 0.25, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 1, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 3, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 29.99, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 30, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 30.01, 'standard', None, ('retry', 1.0, '')),
    ('http', 2, 0.0, 'GET', 500, 45, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, None, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 0, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 0.25, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 1, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 3, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 29.99, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 30, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 30.01, 'standard', None, ('retry', 1.0, '')),
    ('connection', 2, 0.0, 'GET', None, 45, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, None, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 0, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 0.25, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 1, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 3, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 29.99, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 30, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 30.01, 'standard', None, ('retry', 1.0, '')),
    ('timeout', 2, 0.0, 'GET', None, 45, 'standard', None, ('retry', 1.0, '')),
    ('http', 1, 40.0, 'GET', 429, 20, 'standard', None, ('retry', 20, '')),
    ('http', 1, 40.0, 'GET', 429, 20.5, 'standard', None, ('give_up', 0.0, 'deadline exceeded')),
    ('http', 5, 0.0, 'GET', 503, 2, 'aggressive', None, ('retry', 3.2, '')),
    ('http', 6, 0.0, 'GET', 429, 2, 'aggressive', None, ('retry', 6.4, '')),
    ('http', 1, 0.0, 'POST', 503, 5, 'conservative', None, ('give_up', 0.0, 'service unavailable')),
    ('http', 1, 0.0, 'POST', 503, 45, 'standard', None, ('give_up', 0.0, 'server asked to wait 45s')),
])
def test_retry_after(kind, attempt, elapsed, method, status, retry_after, policy, key, expected):
    result = decide_retry(kind, attempt, elapsed, method, status, retry_after, policy, key)
    assert result == expected
    assert type(result[1]) is type(expected[1])


def test_backoff_cap_reached_with_large_attempts():
    assert decide_retry("connection", 5, 0.0, policy="aggressive") == ("retry", 3.2, "")
    assert decide_retry("connection", 9, 0.0, policy="aggressive") == ("retry", 30.0, "")
    import retry_policy as rp
    assert rp.decide_retry("connection", 2, 0.0, "GET", None, None, "conservative") == ('give_up', 0.0, 'gave up after 2 attempts')


def test_delay_is_rounded_to_milliseconds():
    assert decide_retry("http", 1, 0.0, "GET", 429, 1.23456) == ("retry", 1.235, "")
    assert decide_retry("http", 1, 0.0, "GET", 429, 0.1234) == ("retry", 0.5, "")
