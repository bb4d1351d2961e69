import pytest

from retry_policy import decide_retry


def test_connection_error_is_retried_with_backoff():
    assert decide_retry("connection", 2, 0.0) == ("retry", 1.0, "")


def test_timeout_on_post_gives_up():
    action, delay, reason = decide_retry("timeout", 1, 0.0, method="POST")
    assert action == "give_up"


def test_rate_limit_honours_retry_after():
    assert decide_retry("http", 1, 0.0, status=429, retry_after=4) == ("retry", 4, "")


def test_client_error_is_not_retried():
    assert decide_retry("http", 1, 0.0, status=404)[0] == "give_up"


def test_unknown_policy():
    with pytest.raises(ValueError):
        decide_retry("connection", 1, 0.0, policy="yolo")
