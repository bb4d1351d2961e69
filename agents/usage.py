"""Usage records and budgets for model calls. No litellm here: token estimates are passed in."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from harness.errors import BudgetExceeded

__all__ = ["Budget", "BudgetTracker", "Usage"]

logger = logging.getLogger(__name__)


def _add_costs(a: float | None, b: float | None) -> float | None:
    """Unknown (None) poisons a sum: a total with an unpriced call in it is unknown, never low."""
    if a is None or b is None:
        return None
    return a + b


class Usage(BaseModel):
    """What one or more model calls used. `a + b` and `sum(usages, Usage())` add them up."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt_tokens: int = Field(default=0, description="Input tokens, as reported by the API.")
    completion_tokens: int = Field(default=0, description="Output tokens, as reported by the API.")
    cost: float | None = Field(
        default=0.0,
        description="USD; None when any call in it had an unknown price (never 0 for unknown).",
    )
    calls: int = Field(default=0, description="Completions obtained (cache hits included).")
    retries: int = Field(default=0, description="Transient failures retried before success.")
    latency: float = Field(default=0.0, description="Seconds waited on the API, retries included.")
    cached_calls: int = Field(default=0, description="Calls answered from the response cache.")

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    @property
    def cached(self) -> bool:
        """True when every call counted here came from the response cache."""
        return self.calls > 0 and self.cached_calls == self.calls

    def __add__(self, other: Usage) -> Usage:
        if not isinstance(other, Usage):
            return NotImplemented
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost=_add_costs(self.cost, other.cost),
            calls=self.calls + other.calls,
            retries=self.retries + other.retries,
            latency=self.latency + other.latency,
            cached_calls=self.cached_calls + other.cached_calls,
        )

    def __radd__(self, other: object) -> Usage:
        if other == 0:  # lets plain sum(usages) start from 0
            return self
        return NotImplemented


class Budget(BaseModel):
    """Caps for one attempt; None means no cap. Checked before each call, never mid-call."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_tokens_total: int | None = Field(
        default=None, description="Prompt + completion tokens over all calls of the attempt."
    )
    max_cost: float | None = Field(
        default=None, description="USD over all calls; not enforceable while the cost is unknown."
    )
    max_seconds: float | None = Field(
        default=None, description="Wall-clock seconds since the tracker was created."
    )


class BudgetTracker:
    """Accumulates usage for one attempt and refuses a call that would break the budget.

    `check(estimate)` runs before a call: it raises `BudgetExceeded` when the tokens used so far
    plus `estimate` (prompt tokens + the call's max_tokens) would exceed `max_tokens_total`, when
    the cost so far is at least `max_cost`, or when `max_seconds` have elapsed. `record(usage)`
    runs after the call. Thread-safe.
    """

    def __init__(self, budget: Budget, clock: Callable[[], float] = time.monotonic) -> None:
        self.budget = budget
        self._clock = clock
        self._started = clock()
        self._usage = Usage()
        self._lock = threading.Lock()

    @property
    def usage(self) -> Usage:
        """Everything recorded so far."""
        with self._lock:
            return self._usage

    @property
    def elapsed(self) -> float:
        """Seconds since the tracker was created."""
        return self._clock() - self._started

    @property
    def needs_token_estimate(self) -> bool:
        """Whether `check` uses its estimate (so callers can skip counting tokens)."""
        return self.budget.max_tokens_total is not None

    def check(self, estimated_tokens: int = 0) -> None:
        """Raise `BudgetExceeded` if the next call (about `estimated_tokens`) must not run."""
        usage, budget = self.usage, self.budget
        if budget.max_seconds is not None and self.elapsed >= budget.max_seconds:
            raise BudgetExceeded(f"time budget spent: {self.elapsed:.1f}s >= {budget.max_seconds}s")
        if budget.max_cost is not None and usage.cost is not None and usage.cost >= budget.max_cost:
            raise BudgetExceeded(f"cost budget spent: ${usage.cost:.6f} >= ${budget.max_cost}")
        if budget.max_cost is not None and usage.cost is None:
            logger.debug("cost budget not enforceable: a call so far had an unknown price")
        limit = budget.max_tokens_total
        if limit is not None and usage.total_tokens + estimated_tokens > limit:
            raise BudgetExceeded(
                f"token budget: {usage.total_tokens} used + ~{estimated_tokens} for the next call > {limit}"
            )

    def record(self, usage: Usage) -> None:
        """Add one call's usage."""
        with self._lock:
            self._usage = self._usage + usage
