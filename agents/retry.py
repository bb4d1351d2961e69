"""Retrying model API calls: tenacity for transient errors, everything else raised at once.

Kept apart from the agent's own error budget (how many tool errors the model is shown): this layer
only hides flaky transport from the arms.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import tenacity
from pydantic import BaseModel, ConfigDict, Field

from harness.errors import InfraError, ModelError

__all__ = ["RetryPolicy", "call_with_retries", "describe_api_error", "retry_after"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class RetryPolicy(BaseModel):
    """How transient API errors are retried: exponential backoff with jitter and a cap."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_attempts: int = Field(default=5, ge=1, description="Attempts in all, the first included.")
    initial_wait: float = Field(default=1.0, ge=0, description="Seconds before the first retry.")
    max_wait: float = Field(default=60.0, ge=0, description="Cap on the backoff before jitter, s.")
    jitter: float = Field(default=1.0, ge=0, description="Up to this many random extra seconds.")
    max_retry_after: float = Field(
        default=120.0, ge=0, description="Cap on a server's Retry-After hint, s (the hint wins when longer)."
    )


def retry_after(err: BaseException | None) -> float | None:
    """Seconds from a `Retry-After` header on an API error (None when absent or not a number)."""
    headers = getattr(err, "litellm_response_headers", None)
    if headers is None:
        headers = getattr(getattr(err, "response", None), "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    try:
        return max(float(value), 0.0) if value is not None else None
    except (TypeError, ValueError):
        return None  # an HTTP date: fall back to our own backoff


class _HonourRetryAfter(tenacity.wait.wait_base):
    """Our exponential backoff, or the server's Retry-After when it asks for longer (capped)."""

    def __init__(self, base: tenacity.wait.wait_base, cap: float) -> None:
        self.base, self.cap = base, cap

    def __call__(self, state: tenacity.RetryCallState) -> float:
        wait = self.base(state)
        hint = retry_after(state.outcome.exception() if state.outcome is not None else None)
        return max(wait, min(hint, self.cap)) if hint is not None else wait


def describe_api_error(err: BaseException) -> str:
    """`ClassName (HTTP status): message` for an API exception."""
    status = getattr(err, "status_code", None)
    where = f" (HTTP {status})" if status is not None else ""
    message = getattr(err, "message", None) or str(err)
    return f"{type(err).__name__}{where}: {message}"


def _is_api_error(err: BaseException) -> bool:
    import openai

    return isinstance(err, openai.APIError) or hasattr(err, "status_code")


def _log_retry(label: str) -> Callable[[tenacity.RetryCallState], None]:
    def log(state: tenacity.RetryCallState) -> None:
        err = state.outcome.exception() if state.outcome is not None else None
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        logger.warning(
            "%s: attempt %d failed (%s); retrying in %.1fs",
            label,
            state.attempt_number,
            describe_api_error(err) if err is not None else "?",
            wait,
        )

    return log


def call_with_retries(
    fn: Callable[[], T],
    policy: RetryPolicy,
    *,
    is_transient: Callable[[BaseException], bool],
    label: str,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[T, int]:
    """Call `fn`, retrying errors `is_transient` accepts per `policy`; return (result, retries).

    Raises `InfraError` when every attempt failed transiently, `ModelError` at once for any other
    API error (status and message in the text); non-API exceptions propagate unchanged.
    """
    retrying = tenacity.Retrying(
        retry=tenacity.retry_if_exception(is_transient),
        stop=tenacity.stop_after_attempt(policy.max_attempts),
        wait=_HonourRetryAfter(
            tenacity.wait_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
            + tenacity.wait_random(0, policy.jitter),
            policy.max_retry_after,
        ),
        before_sleep=_log_retry(label),
        sleep=sleep,
        reraise=True,
    )
    attempts = 0
    try:
        for attempt in retrying:
            with attempt:
                attempts += 1
                result = fn()
    except Exception as err:
        if is_transient(err):
            raise InfraError(
                f"{label}: model API still failing after {attempts} attempts: {describe_api_error(err)}"
            ) from err
        if _is_api_error(err):
            raise ModelError(f"{label}: {describe_api_error(err)}") from err
        raise
    return result, attempts - 1
