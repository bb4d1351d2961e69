"""API fault injection through the loopback OpenAI-compatible server: every transport fault is
retried or ends the attempt as a recorded outcome; a run under faults loses no attempt, never
crashes and never exceeds a budget cap."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.models import Model, ModelConfig, RetryPolicy
from agents.scripted import ScriptedServer, clear_scripts, register_script
from agents.scripts import Fault, ScriptError
from harness.config import RunSpec
from harness.errors import InfraError, ModelError
from harness.runner import Runner, plan
from harness.store import Store
from harness.tasks import Suite
from tests.conftest import FIXTURE_SUITE

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


FAULTS = [
    Fault("reset"),
    Fault("cut"),
    Fault("invalid_json"),
    Fault("empty_choices"),
    ScriptError(500),
    ScriptError(503),
    ScriptError(429, retry_after=0.05),
    Fault("hang", 1.5),
    None,
    None,
    None,
    None,
]


def faulty_solver(reference: str):
    """Answers like a competent model, but a fault picked from the conversation's hash comes first
    on about half of the requests; some tool calls carry malformed arguments."""
    seen: set[str] = set()

    def reply(messages, tools):
        digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
        fault = FAULTS[int(digest[:8], 16) % len(FAULTS)]
        if fault is not None and digest not in seen:
            seen.add(digest)
            return fault
        if not tools:
            return f"pricing.py\n```python\n{reference}```"
        acted = [m for m in messages if m.get("role") == "tool"]
        if not acted:
            return [{"name": "read_file", "arguments": "{broken json"}]
        if len(acted) == 1:
            return [{"name": "write_file", "arguments": {"path": "pricing.py", "content": reference}}]
        return [{"name": "submit", "arguments": {}}]

    return reply


def test_run_under_faults_loses_nothing(tmp_path: Path, tiny, scorer, server: ScriptedServer) -> None:
    """A whole run against a faulty API: every planned attempt is stored with a clear outcome,
    nothing crashes, and no attempt spends more tokens than its cap."""
    register_script("faulty", faulty_solver((tiny.reference / "pricing.py").read_text()))
    arm = tmp_path / "agent-capped.yaml"
    arm.write_text("name: agent-capped\nkind: agent\nmax_steps: 12\nbudget: {max_tokens_total: 6000}\n")
    spec = RunSpec(models=["openai/faulty"], arms=["raw", str(arm)], samples=6, concurrency=2)
    tasks = Suite(FIXTURE_SUITE).load_all()
    planned = [
        dataclasses.replace(p, model=p.model.model_copy(update={"retry": FAST, "timeout": 0.5}))
        for p in plan(spec, tasks, server.api_base)
    ]
    store = Store(f"sqlite:///{tmp_path}/faults.sqlite")
    runner = Runner(spec, store, scorer.sandbox)
    run_id, todo = runner.start(planned, tasks)
    runner.run(run_id, todo, lambda record: None)
    records = store.attempts(run_id)
    assert len(records) == len(planned) == 12 and len({r.key for r in records}) == 12
    assert all(r.outcome in {"success", "flagged", "infra", "L0", "L1", "L2", "L3", "L4"} for r in records)
    assert all(r.prompt_tokens + r.completion_tokens <= 6000 for r in records if r.arm == "agent-capped")
    assert any(r.retries > 0 for r in records), "the faults should have caused retries"
    assert any(r.success for r in records)
