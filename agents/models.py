"""The one wrapper over litellm used by every arm: config, retries, usage, cost, budgets, cache.

    model = Model(ModelConfig(name="openai/gpt-4o-mini", api_key=key))
    completion = model.complete(messages, tools, budget=tracker)

Errors, by who acts (see `harness.errors`):

* transient API errors (`TRANSIENT_ERRORS`: 429, 5xx, connection resets, timeouts) are retried
  with exponential backoff (`RetryPolicy`); when every attempt fails they become `InfraError`
  (the API was down: an infrastructure outcome, not the model's failure);
* permanent API errors (`PERMANENT_ERRORS`: auth, permission, not found, bad request, context
  window) are never retried and become `ModelError` naming the HTTP status and message;
* a call that would break the attempt's budget raises `BudgetExceeded` before anything is sent.

litellm is imported lazily (importing it costs seconds), after `configure_offline()`.
"""

from __future__ import annotations

import logging
import os
import time
from types import ModuleType
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from agents.cache import ResponseCache, request_key
from agents.completion import Completion, ToolCall, to_completion
from agents.retry import RetryPolicy, call_with_retries
from agents.usage import Budget, BudgetTracker, Usage
from harness.errors import BudgetExceeded

__all__ = [
    "PERMANENT_ERRORS",
    "TRANSIENT_ERRORS",
    "Budget",
    "BudgetExceeded",
    "BudgetTracker",
    "Completion",
    "Model",
    "ModelConfig",
    "ResponseCache",
    "RetryPolicy",
    "ToolCall",
    "Usage",
    "configure_offline",
    "is_transient",
    "to_completion",
]

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS: tuple[str, ...] = (
    "RateLimitError",  # 429
    "InternalServerError",  # 500
    "BadGatewayError",  # 502
    "ServiceUnavailableError",  # 503
    "APIConnectionError",  # connection refused or reset
    "Timeout",  # request timed out (408 / client timeout)
)
"""`litellm.exceptions` classes that are retried; so is a generic `APIError` with a 5xx status
(litellm raises that for statuses it has no class for, e.g. 520 or Anthropic's 529 overloaded)."""

PERMANENT_ERRORS: tuple[str, ...] = (
    "AuthenticationError",  # 401
    "PermissionDeniedError",  # 403
    "NotFoundError",  # 404
    "BadRequestError",  # 400, includes the three below
    "ContextWindowExceededError",
    "ContentPolicyViolationError",
    "UnsupportedParamsError",
    "UnprocessableEntityError",  # 422
    "APIResponseValidationError",  # the response did not parse
)
"""`litellm.exceptions` classes that are never retried (raised as `ModelError`). Any other API
error that is not transient (e.g. a generic `APIError` with a 4xx status) is handled the same."""


def configure_offline() -> None:
    """Default litellm to its bundled price map and offline mode; call before importing litellm.

    Uses `os.environ.setdefault`, so a user's explicit setting wins.
    """
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("LITELLM_OFFLINE_MODE", "true")


def check_model_name(name: str, has_api_base: bool) -> str | None:
    """None when litellm knows how to call `name` and its credentials are in the environment;
    else what is wrong and how to fix it (checked once per run, before any attempt)."""
    lt = _litellm()
    try:
        lt.get_llm_provider(name)
    except Exception:
        return (
            f"unknown model {name!r}: use a litellm model string such as openai/gpt-4o-mini, "
            "anthropic/<model>, ollama/<model>, or a profile name from configs/models.yaml"
        )
    if has_api_base:
        return None  # a local or self-hosted server: credentials are its business
    missing = lt.validate_environment(model=name).get("missing_keys") or []
    missing = [key for key in missing if not key.endswith("_API_BASE")]  # local servers have defaults
    if missing:
        return f"model {name!r} needs {', '.join(missing)} in the environment: export it and run again"
    return None


def _litellm() -> ModuleType:
    """litellm, imported on first use, offline by default, with the `scripted` provider."""
    configure_offline()
    import litellm

    litellm.suppress_debug_info = True  # otherwise it prints help banners to stdout on errors
    from agents.scripted import register_scripted

    register_scripted()
    return litellm


def is_transient(err: BaseException) -> bool:
    """Whether a model API error is worth retrying (see `TRANSIENT_ERRORS`)."""
    import litellm.exceptions as errors

    if isinstance(err, tuple(getattr(errors, name) for name in TRANSIENT_ERRORS)):
        return True
    status = getattr(err, "status_code", None)
    return isinstance(err, errors.APIError) and isinstance(status, int) and status >= 500


_RESERVED_PARAMS = frozenset(
    {"model", "messages", "tools", "temperature", "seed", "max_tokens", "stream"}
    | {"api_base", "base_url", "api_key", "timeout", "max_retries", "num_retries"}
)


class ModelConfig(BaseModel):
    """One model endpoint and its sampling parameters; validated once at the CLI edge."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="litellm model string, e.g. `openai/gpt-4o-mini`, `scripted/x`.")
    api_base: str | None = Field(default=None, description="Endpoint URL (vLLM, llama.cpp, ...).")
    api_key: str | None = Field(
        default=None,
        exclude=True,  # never written into stored configs or provenance
        repr=False,
        description="The key itself; the CLI reads it from the env var it names. Not dumped.",
    )
    temperature: float = Field(default=0.0, description="Sampling temperature; same for all arms.")
    seed: int | None = Field(default=None, description="Sampling seed, where the API honours one.")
    max_tokens: int | None = Field(default=None, description="Completion token cap per call.")
    timeout: float = Field(default=120.0, gt=0, description="Seconds per HTTP request attempt.")
    input_cost_per_token: float | None = Field(
        default=None, ge=0, description="USD per prompt token; overrides litellm's price."
    )
    output_cost_per_token: float | None = Field(
        default=None, ge=0, description="USD per completion token; overrides litellm's price."
    )
    extra: dict[str, Any] = Field(
        default_factory=dict, description="Other litellm.completion params (part of the cache key)."
    )
    retry: RetryPolicy = Field(default_factory=RetryPolicy, description="Transient-error retries.")

    @model_validator(mode="after")
    def _check(self) -> Self:
        if (self.input_cost_per_token is None) != (self.output_cost_per_token is None):
            raise ValueError("give both input_cost_per_token and output_cost_per_token, or neither")
        clash = sorted(_RESERVED_PARAMS & set(self.extra))
        if clash:
            raise ValueError(f"extra must not set {clash}: they have their own fields or are fixed")
        return self


class Model:
    """Calls one configured model through litellm. Stateless apart from the optional cache."""

    simulated = False  # a real model through litellm (scripted ones are test doubles)

    @property
    def name(self) -> str:
        return self.config.name

    def __init__(self, config: ModelConfig, *, cache: ResponseCache | None = None) -> None:
        self.config = config
        self.cache = cache

    def request(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """What is sent to the model and decides the answer (also the cache key's content)."""
        cfg = self.config
        request: dict[str, Any] = {
            "model": cfg.name,
            "messages": messages,
            "temperature": cfg.temperature,
        }
        optional = {"tools": tools or None, "seed": cfg.seed, "max_tokens": cfg.max_tokens}
        request.update({key: value for key, value in optional.items() if value is not None})
        request.update(cfg.extra)
        return request

    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]] | None = None,
        *,
        budget: BudgetTracker | None = None,
    ) -> Completion:
        """One assistant turn. Checks `budget` first, records the call's usage into it after."""
        request = self.request(messages, tools)
        if budget is not None:
            budget.check(self._estimate_tokens(request) if budget.needs_token_estimate else 0)
        key = request_key(request) if self.cache is not None else ""
        completion = self.cache.get(key) if self.cache is not None else None
        if completion is None:
            completion = self._call(request)
            if self.cache is not None:
                self.cache.put(key, completion)
        if budget is not None:
            budget.record(completion.usage)
        return completion

    def _estimate_tokens(self, request: dict[str, Any]) -> int:
        """Prompt tokens (litellm's counter) plus the call's max_tokens, for the budget check."""
        lt = _litellm()
        try:
            prompt = lt.token_counter(
                model=self.config.name,
                messages=request["messages"],
                tools=request.get("tools"),
                use_default_image_token_count=True,
            )
        except Exception as err:
            logger.debug("token_counter failed (%s); estimating from characters", err)
            prompt = len(str(request["messages"])) // 4
        return int(prompt) + (self.config.max_tokens or 0)

    def _call(self, request: dict[str, Any]) -> Completion:
        """Send the request with retries; measure latency; price the response."""
        lt = _litellm()
        kwargs = {**request, **self._transport()}
        started = time.perf_counter()
        response, retries = call_with_retries(
            lambda: lt.completion(**kwargs),
            self.config.retry,
            is_transient=is_transient,
            label=self.config.name,
        )
        latency = time.perf_counter() - started
        usage = self._usage(lt, response, retries=retries, latency=latency)
        return to_completion(response, usage)

    def _transport(self) -> dict[str, Any]:
        """Per-request settings that do not change the answer (kept out of the cache key)."""
        cfg = self.config
        transport: dict[str, Any] = {"timeout": cfg.timeout, "max_retries": 0}
        if cfg.api_base is not None:
            transport["api_base"] = cfg.api_base
        if cfg.api_key is not None:
            transport["api_key"] = cfg.api_key
        return transport

    def _usage(self, lt: ModuleType, response: Any, *, retries: int, latency: float) -> Usage:
        raw = getattr(response, "usage", None)
        prompt = int(getattr(raw, "prompt_tokens", 0) or 0)
        completion = int(getattr(raw, "completion_tokens", 0) or 0)
        return Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            cost=self._cost(lt, response, prompt, completion),
            calls=1,
            retries=retries,
            latency=latency,
        )

    def _cost(self, lt: ModuleType, response: Any, prompt: int, completion: int) -> float | None:
        """Config prices if given, else litellm's price for a known model, else None (unknown)."""
        cfg = self.config
        if cfg.input_cost_per_token is not None and cfg.output_cost_per_token is not None:
            return prompt * cfg.input_cost_per_token + completion * cfg.output_cost_per_token
        try:
            lt.get_model_info(cfg.name)
        except Exception:
            return None
        try:
            return float(lt.completion_cost(completion_response=response, model=cfg.name))
        except Exception as err:
            logger.warning("no cost for %s: %s", cfg.name, err)
            return None
