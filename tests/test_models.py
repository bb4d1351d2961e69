"""Offline tests of the model layer (agents.models) and the scripted model family.

Every scenario that involves an API call runs through litellm for real, twice: through the
`scripted/<name>` custom provider and through litellm's OpenAI HTTP client against the loopback
`ScriptedServer` (`openai/<name>`). A guard fixture makes any non-loopback connection fail.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from agents.cache import ResponseCache
from agents.models import (
    PERMANENT_ERRORS,
    TRANSIENT_ERRORS,
    Model,
    ModelConfig,
    RetryPolicy,
    configure_offline,
    is_transient,
)
from agents.retry import call_with_retries
from agents.scripted import (
    ScriptedServer,
    ScriptError,
    clear_scripts,
    register_script,
    register_scripted,
)
from agents.usage import Budget, BudgetTracker, Usage
from harness.errors import BudgetExceeded, InfraError, ModelError

REPO = Path(__file__).resolve().parents[1]
NO_WAIT = RetryPolicy(max_attempts=3, initial_wait=0, max_wait=0, jitter=0)
HELLO = [{"role": "user", "content": "hello"}]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "read_file",
            "description": "Read a file of the workspace.",
            "parameters": {
                "type": "object",
                "properties": {"path": {"type": "string"}},
                "required": ["path"],
            },
        },
    }
]


@pytest.fixture(autouse=True)
def fresh_scripts() -> Iterator[None]:
    """Each test starts and ends with an empty script registry."""
    clear_scripts()
    yield
    clear_scripts()


# --- both paths: scripted provider and loopback HTTP ------------------------------------------


@dataclass
class Endpoint:
    """Builds configs that reach a script either via `scripted/` or via the loopback server."""

    kind: str
    server: ScriptedServer | None = None

    def config(self, script: str, **fields: Any) -> ModelConfig:
        fields.setdefault("retry", NO_WAIT)
        if self.server is None:
            return ModelConfig(name=f"scripted/{script}", **fields)
        return ModelConfig(name=f"openai/{script}", api_base=self.server.api_base, api_key="x", **fields)

    def http_requests(self) -> int | None:
        return None if self.server is None else len(self.server.requests)


@pytest.fixture(params=["provider", "http"])
def endpoint(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """Parametrises a test over the custom-provider path and the HTTP path."""
    if request.param == "provider":
        yield Endpoint("provider")
        return
    with ScriptedServer() as server:
        yield Endpoint("http", server)


def complete(config: ModelConfig, **kwargs: Any) -> Any:
    return Model(config).complete(kwargs.pop("messages", HELLO), **kwargs)


# --- round trips ------------------------------------------------------------------------------


def test_text_round_trip(endpoint: Endpoint) -> None:
    """A text reply comes back as content, finish_reason stop, no tool calls, counted usage."""
    script = register_script("talker", ["hi there"])
    done = complete(endpoint.config("talker"))
    assert done.content == "hi there"
    assert done.tool_calls == [] and done.finish_reason == "stop"
    assert done.message == {"role": "assistant", "content": "hi there"}
    assert done.usage.calls == 1 and done.usage.prompt_tokens > 0 and done.usage.retries == 0
    assert script.requests[0]["messages"] == HELLO


def test_tool_calls_round_trip(endpoint: Endpoint) -> None:
    """Tools reach the model; tool calls come back with raw JSON arguments and replay in history."""
    script = register_script("caller", [[{"name": "read_file", "arguments": {"path": "a.py"}}], "ok"])
    config = endpoint.config("caller", seed=7, max_tokens=64)
    first = complete(config, tools=TOOLS)
    assert first.finish_reason == "tool_calls" and first.content is None
    (call,) = first.tool_calls
    assert call.name == "read_file" and json.loads(call.arguments) == {"path": "a.py"}
    assert first.message["tool_calls"][0]["id"] == call.id
    history = [*HELLO, first.message, {"role": "tool", "tool_call_id": call.id, "content": "x=1"}]
    assert complete(config, messages=history, tools=TOOLS).content == "ok"
    assert script.requests[0]["tools"] == TOOLS
    assert script.requests[1]["messages"][-1]["tool_call_id"] == call.id
    if endpoint.server is not None:
        sent = endpoint.server.requests[0]
        assert (sent["seed"], sent["max_tokens"], sent["temperature"]) == (7, 64, 0.0)


def test_scripted_provider_async_path() -> None:
    """The scripted provider also answers litellm.acompletion (the async path)."""
    import asyncio

    import litellm

    register_script("async-talker", [[{"name": "read_file", "arguments": {"path": "b"}}]])
    register_scripted()
    response = asyncio.run(litellm.acompletion(model="scripted/async-talker", messages=HELLO, tools=TOOLS))
    assert response.choices[0].finish_reason == "tool_calls"
    assert response.choices[0].message.tool_calls[0].function.name == "read_file"


def test_callable_script_sees_the_conversation() -> None:
    """A callable script answers from the conversation it is given."""
    register_script("echo", lambda messages, tools: f"{messages[-1]['content']}/{len(tools or [])}")
    assert complete(ModelConfig(name="scripted/echo"), tools=TOOLS).content == "hello/1"


# --- retries and errors -----------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 503])
def test_transient_error_then_success_is_retried(endpoint: Endpoint, status: int) -> None:
    """A 429 or 5xx is retried; the success after it reports exactly one retry."""
    script = register_script("flaky", [ScriptError(status), "recovered"])
    done = complete(endpoint.config("flaky"))
    assert done.content == "recovered" and done.usage.retries == 1
    assert len(script.requests) == 2
    assert endpoint.http_requests() in (None, 2)


def test_transient_errors_exhaust_attempts_as_infra_error(endpoint: Endpoint) -> None:
    """When every attempt fails transiently the API is down: InfraError after max_attempts."""
    script = register_script("down", [ScriptError(500)] * 5)
    with pytest.raises(InfraError, match="3 attempts"):
        complete(endpoint.config("down"))
    assert len(script.requests) == NO_WAIT.max_attempts


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_permanent_error_is_not_retried(endpoint: Endpoint, status: int) -> None:
    """Auth, permission, not-found and bad requests are sent once and raised as ModelError."""
    script = register_script("denied", [ScriptError(status, "no entry"), "never reached"])
    with pytest.raises(ModelError, match=rf"HTTP {status}.*no entry"):
        complete(endpoint.config("denied"))
    assert len(script.requests) == 1
    assert endpoint.http_requests() in (None, 1)


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    """Waits double from initial_wait and never pass max_wait (jitter off); then InfraError."""
    import litellm

    waits: list[float] = []

    def always_429() -> None:
        raise litellm.RateLimitError("slow down", llm_provider="test", model="m")

    policy = RetryPolicy(max_attempts=5, initial_wait=1, max_wait=4, jitter=0)
    with pytest.raises(InfraError, match="5 attempts"):
        call_with_retries(always_429, policy, is_transient=is_transient, label="m", sleep=waits.append)
    assert waits == [1, 2, 4, 4]


def test_error_lists_name_real_litellm_exceptions() -> None:
    """Every name in the retry lists is a litellm exception class (no typo silently ignored)."""
    import litellm.exceptions

    for name in TRANSIENT_ERRORS + PERMANENT_ERRORS:
        assert issubclass(getattr(litellm.exceptions, name), Exception), name


# --- budgets ----------------------------------------------------------------------------------


def test_token_budget_refuses_the_call_before_sending(endpoint: Endpoint) -> None:
    """A token cap smaller than the prompt plus max_tokens raises before any request is sent."""
    script = register_script("costly", ["never"])
    tracker = BudgetTracker(Budget(max_tokens_total=50))
    with pytest.raises(BudgetExceeded, match="token budget"):
        complete(endpoint.config("costly", max_tokens=100), budget=tracker)
    assert script.requests == [] and endpoint.http_requests() in (None, 0)


def test_cost_budget_stops_once_spent(endpoint: Endpoint) -> None:
    """After the recorded cost reaches max_cost, the next call is refused without a request."""
    script = register_script("priced", ["one", "two"])
    config = endpoint.config("priced", input_cost_per_token=1e-3, output_cost_per_token=1e-3)
    tracker = BudgetTracker(Budget(max_cost=1e-6))
    assert complete(config, budget=tracker).content == "one"
    assert tracker.usage.cost is not None and tracker.usage.cost > 1e-6
    with pytest.raises(BudgetExceeded, match="cost budget"):
        complete(config, budget=tracker)
    assert len(script.requests) == 1


def test_time_budget_uses_the_tracker_clock() -> None:
    """Once max_seconds have elapsed on the tracker's clock, no call is made."""
    script = register_script("slow", ["never"])
    now = [0.0]
    tracker = BudgetTracker(Budget(max_seconds=10), clock=lambda: now[0])
    now[0] = 10.0
    with pytest.raises(BudgetExceeded, match="time budget"):
        complete(ModelConfig(name="scripted/slow"), budget=tracker)
    assert script.requests == []


# --- cost ---------------------------------------------------------------------------------------


def test_unknown_price_is_none_not_zero(endpoint: Endpoint) -> None:
    """A model litellm has no price for records cost None, and None survives summing."""
    register_script("mystery-model", ["hi"])
    usage = complete(endpoint.config("mystery-model")).usage
    assert usage.cost is None
    assert (Usage(cost=0.5, calls=1) + usage).cost is None


def test_config_prices_compute_the_cost(endpoint: Endpoint) -> None:
    """Prices in the config are tokens times price, whatever litellm knows."""
    register_script("house-model", ["a fairly long answer to price"])
    config = endpoint.config("house-model", input_cost_per_token=2e-6, output_cost_per_token=5e-6)
    usage = complete(config).usage
    assert usage.cost == pytest.approx(usage.prompt_tokens * 2e-6 + usage.completion_tokens * 5e-6)


def test_known_model_is_priced_by_litellm() -> None:
    """A model in litellm's bundled price map gets litellm's cost (offline, no remote map)."""
    import litellm

    register_script("gpt-4o-mini", ["priced by litellm"])
    with ScriptedServer() as server:
        config = ModelConfig(name="openai/gpt-4o-mini", api_base=server.api_base, api_key="x")
        usage = complete(config).usage
    prompt, completion = litellm.cost_per_token(
        model="gpt-4o-mini",
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
    )
    assert usage.cost is not None and usage.cost > 0
    assert usage.cost == pytest.approx(prompt + completion)


def test_usage_sums() -> None:
    """Usages add field by field; sum() works from 0; an empty Usage costs a known 0."""
    a = Usage(prompt_tokens=1, completion_tokens=2, cost=0.25, calls=1, retries=1, latency=0.5)
    b = Usage(prompt_tokens=3, completion_tokens=4, cost=0.5, calls=1, cached_calls=1)
    total = sum([a, b])
    assert total == Usage(
        prompt_tokens=4, completion_tokens=6, cost=0.75, calls=2, retries=1, latency=0.5,
        cached_calls=1,
    )  # fmt: skip
    assert Usage().cost == 0.0 and not total.cached and b.cached


# --- cache --------------------------------------------------------------------------------------


def test_cache_hit_returns_the_same_completion_without_a_request(endpoint: Endpoint, tmp_path: Path) -> None:
    """The same request twice is sent once; the hit is marked cached with zero latency."""
    script = register_script("cached", [[{"name": "read_file", "arguments": {"path": "a"}}], "2nd"])
    model = Model(endpoint.config("cached", seed=1), cache=ResponseCache(tmp_path))
    first = model.complete(HELLO, TOOLS)
    second = model.complete(HELLO, TOOLS)
    assert len(script.requests) == 1
    assert second.tool_calls == first.tool_calls and second.message == first.message
    assert second.usage.cached and second.usage.latency == 0 and not first.usage.cached
    assert second.usage.prompt_tokens == first.usage.prompt_tokens
    (entry,) = tmp_path.rglob("*.json")
    assert json.loads(entry.read_text())["tool_calls"][0]["name"] == "read_file"


def test_cache_key_covers_sampling_params(tmp_path: Path) -> None:
    """A different temperature is a different request: it misses the cache."""
    script = register_script("warm", ["cold answer", "warm answer"])
    cache = ResponseCache(tmp_path)
    assert Model(ModelConfig(name="scripted/warm"), cache=cache).complete(HELLO).content == ("cold answer")
    warm = Model(ModelConfig(name="scripted/warm", temperature=0.7), cache=cache)
    assert warm.complete(HELLO).content == "warm answer"
    assert len(script.requests) == 2


# --- config and import hygiene ------------------------------------------------------------------


def test_config_never_dumps_the_api_key() -> None:
    """The key is usable but left out of dumps and repr, so stored provenance cannot leak it."""
    config = ModelConfig(name="openai/x", api_key="sk-secret")
    assert config.api_key == "sk-secret"
    assert "sk-secret" not in config.model_dump_json() + repr(config)


def test_config_rejects_typos_and_half_prices() -> None:
    """Unknown fields fail loudly; a price needs both the input and the output side."""
    with pytest.raises(ValidationError):
        ModelConfig(name="scripted/x", temprature=0.2)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="both"):
        ModelConfig(name="scripted/x", input_cost_per_token=1e-6)
    with pytest.raises(ValidationError, match="stream"):
        ModelConfig(name="scripted/x", extra={"stream": True})


def test_configure_offline_keeps_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline defaults are set only where the user has not chosen."""
    monkeypatch.delenv("LITELLM_LOCAL_MODEL_COST_MAP", raising=False)
    monkeypatch.setenv("LITELLM_OFFLINE_MODE", "false")
    configure_offline()
    import os

    assert os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"
    assert os.environ["LITELLM_OFFLINE_MODE"] == "false"


def test_importing_models_does_not_import_litellm() -> None:
    """`import agents.models` stays cheap: litellm is imported only when a model is used."""
    code = "import sys, agents.models; sys.exit('litellm' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def test_network_guard_blocks_outside_addresses(no_network: list[object]) -> None:
    """The guard refuses connections and lookups beyond loopback (so no test can leak)."""
    with pytest.raises(OSError, match="network blocked"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with pytest.raises(OSError, match="network blocked"):
        socket.getaddrinfo("api.openai.com", 443)
    assert len(no_network) == 2
    no_network.clear()  # expected here; the guard's teardown check must not fail this test
