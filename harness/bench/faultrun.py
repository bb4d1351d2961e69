"""A whole run against a misbehaving model API (the loopback server injecting faults): used by
the fault-injection test and by the scorecard. Returns figures; asserts nothing."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from agents.retry import RetryPolicy
from agents.scripted import ScriptedServer, register_script
from agents.scripts import Fault, ScriptError
from harness.config import RunSpec
from harness.protocols import Sandbox
from harness.runner import Runner, plan
from harness.store import Store
from harness.tasks import LoadedTask

FAST = RetryPolicy(max_attempts=3, initial_wait=0, max_wait=0, jitter=0, max_retry_after=5)
TOKEN_CAP = 6000
FAULTS: list[Fault | ScriptError | None] = [
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


def faulty_solver(reference: str, injected: Counter[str]):
    """Answers like a competent model, but every other new conversation state first meets the
    next fault in FAULTS (so every kind is injected); the agent's first tool call is malformed."""
    seen: set[str] = set()
    lock = threading.Lock()

    def reply(messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> Any:
        digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
        with lock:
            first = digest not in seen
            fault = FAULTS[len(seen) % len(FAULTS)]
            seen.add(digest)
            if fault is not None and first:
                injected[getattr(fault, "kind", None) or f"http-{getattr(fault, 'status', '?')}"] += 1
                return fault
        if not tools:
            return f"pricing.py\n```python\n{reference}```"
        acted = [m for m in messages if m.get("role") == "tool"]
        if not acted:
            injected["malformed-tool-arguments"] += 1
            return [{"name": "read_file", "arguments": "{broken json"}]
        if len(acted) == 1:
            return [{"name": "write_file", "arguments": {"path": "pricing.py", "content": reference}}]
        return [{"name": "submit", "arguments": {}}]

    return reply


def run_under_faults(task: LoadedTask, sandbox: Sandbox, folder: Path, samples: int = 6) -> dict[str, Any]:
    """Run raw and a token-capped agent on `task` against the faulty API; count what happened."""
    injected: Counter[str] = Counter()
    register_script("faulty", faulty_solver((task.reference / "pricing.py").read_text(), injected))
    arm = folder / "agent-capped.yaml"
    arm.write_text(
        f"name: agent-capped\nkind: agent\nmax_steps: 12\nbudget: {{max_tokens_total: {TOKEN_CAP}}}\n"
    )
    spec = RunSpec(models=["openai/faulty"], arms=["raw", str(arm)], samples=samples, concurrency=2)
    store = Store(f"sqlite:///{folder}/faults.sqlite")
    with ScriptedServer() as server:
        planned = [
            dataclasses.replace(p, model=p.model.model_copy(update={"retry": FAST, "timeout": 0.5}))
            for p in plan(spec, [task], server.api_base)
        ]
        runner = Runner(spec, store, sandbox)
        run_id, todo = runner.start(planned, [task])
        runner.run(run_id, todo, lambda record: None)
    records = store.attempts(run_id)
    capped = [r for r in records if r.arm == "agent-capped"]
    return {
        "planned": len(planned),
        "stored": len({r.key for r in records}),
        "lost": len(planned) - len({r.key for r in records}),
        "caps_exceeded": sum(r.prompt_tokens + r.completion_tokens > TOKEN_CAP for r in capped),
        "injected": dict(injected),
        "outcomes": dict(Counter(r.outcome for r in records)),
        "retries": sum(r.retries for r in records),
        "records": records,
    }
