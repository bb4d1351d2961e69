"""API fault injection through the loopback OpenAI-compatible server: every transport fault is
retried or ends the attempt as a recorded outcome; a run under faults loses no attempt, never
crashes and never exceeds a budget cap."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.models import Model, ModelConfig, RetryPolicy
from agents.scripted import ScriptedServer, clear_scripts, register_script
from agents.scripts import Fault, ScriptError
from harness.bench.faultrun import run_under_faults
from harness.errors import InfraError, ModelError

FAST = RetryPolicy(max_attempts=3, initial_wait=0, max_wait=0, jitter=0, max_retry_after=5)
HELLO = [{"role": "user", "content": "hello"}]


@pytest.fixture(autouse=True)
def fresh_scripts() -> Iterator[None]:
    clear_scripts()
    yield
    clear_scripts()


@pytest.fixture()
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as srv:
        yield srv


def model(server: ScriptedServer, name: str, timeout: float = 5.0) -> Model:
    return Model(
        ModelConfig(name=f"openai/{name}", api_base=server.api_base, api_key="x", timeout=timeout, retry=FAST)
    )


@pytest.mark.parametrize(
    "fault",
    [
        Fault("reset"),
        Fault("cut"),
        Fault("invalid_json"),
        Fault("hang", 2.0),
        ScriptError(500),
        ScriptError(503),
        ScriptError(429),
    ],
    ids=["reset", "cut", "invalid-json", "timeout", "500", "503", "429"],
)
def test_transient_fault_then_success_is_retried(server: ScriptedServer, fault) -> None:
    """One fault, then a normal answer: the call succeeds and counts exactly one retry."""
    register_script("flaky", [fault, "fine"])
    done = model(server, "flaky", timeout=0.5).complete(HELLO)
    assert done.content == "fine" and done.usage.retries == 1


def test_retry_after_is_honoured(server: ScriptedServer) -> None:
    """A 429 with Retry-After waits at least that long even when our own backoff is zero."""
    register_script("polite", [ScriptError(429, retry_after=0.6), "fine"])
    start = time.monotonic()
    assert model(server, "polite").complete(HELLO).content == "fine"
    assert time.monotonic() - start >= 0.6


def test_persistent_fault_is_infra_and_empty_choices_is_model_error(server: ScriptedServer) -> None:
    """Faults on every attempt end as an infrastructure failure; an answer with no choices as a
    model error; neither is retried forever nor crashes."""
    register_script("down", [Fault("reset")] * 3)
    with pytest.raises(InfraError, match="3 attempts"):
        model(server, "down").complete(HELLO)
    register_script("empty", [Fault("empty_choices")])
    with pytest.raises(ModelError, match="no choices"):
        model(server, "empty").complete(HELLO)


def test_run_under_faults_loses_nothing(tmp_path: Path, tiny, scorer) -> None:
    """A whole run against a faulty API: every planned attempt is stored with a clear outcome,
    nothing crashes, and no attempt spends more tokens than its cap."""
    result = run_under_faults(tiny, scorer.sandbox, tmp_path)
    assert result["planned"] == result["stored"] == 12 and result["lost"] == 0
    assert result["caps_exceeded"] == 0
    assert set(result["outcomes"]) <= {"success", "flagged", "infra", "L0", "L1", "L2", "L3", "L4"}
    assert sum(result["injected"].values()) >= 6 and result["retries"] > 0
    assert result["outcomes"].get("success", 0) > 0
