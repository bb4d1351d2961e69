"""The runner: plan every (model, arm, task, sample), run them concurrently, store each the
moment it ends. One attempt never kills the run: every exception becomes a recorded outcome.
Re-running the same run id skips finished attempts; Ctrl-C lets in-flight attempts finish.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from agents.arms import ArmConfig, ChatModel, load_arm
from harness.attempt import AttemptResult, run_attempt
from harness.config import ModelProfile, RunSpec, resolve_model
from harness.errors import ConfigError
from harness.protocols import Sandbox
from harness.provenance import provenance
from harness.scoring.ladder import Scorer
from harness.store import AttemptRecord, RunRecord, Store, StoreError
from harness.tasks import LoadedTask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Planned:
    model: ModelProfile
    arm: ArmConfig
    task: LoadedTask
    sample: int
    seed: int
    key: str


def attempt_key(model: ModelProfile, arm: ArmConfig, task: LoadedTask, sample: int, seed: int) -> str:
    """Content key: a changed model setting, arm config or task version is a new attempt."""
    content = {
        "model": model.model_dump(mode="json"),
        "arm": arm.config_hash(),
        "task": task.content_hash,
        "sample": sample,
        "seed": seed,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:24]


def plan(spec: RunSpec, tasks: list[LoadedTask], api_base: str | None = None) -> list[Planned]:
    arms = [load_arm(a) for a in spec.arms]
    out = []
    for name in spec.models:
        model = resolve_model(name, api_base)
        for task in tasks:
            for sample in range(spec.samples):
                seed = spec.seed * 1000 + sample
                out += [
                    Planned(model, arm, task, sample, seed, attempt_key(model, arm, task, sample, seed))
                    for arm in arms
                ]
    return out


def preflight(models: list[ModelProfile]) -> None:
    """Fail fast, before any attempt, on an unknown model or missing credentials."""
    from agents.models import check_model_name

    for profile in models:
        if profile.name.startswith("sim/"):
            from agents.sim import load_profile

            load_profile(profile.name.removeprefix("sim/"))  # ConfigError names the known ones
            continue
        if profile.name.startswith("scripted/") or (
            profile.api_key_env and os.environ.get(profile.api_key_env)
        ):
            continue
        problem = check_model_name(profile.name, has_api_base=bool(profile.api_base))
        if problem:
            raise ConfigError(problem)


def build_model(planned: Planned, cache_dir: Path | None) -> ChatModel:
    """A simulated model for `sim/...`, else the litellm wrapper."""
    profile = planned.model
    if profile.name.startswith("sim/"):
        from agents.sim import SimModel, load_profile

        name = profile.name.removeprefix("sim/")
        return SimModel(name, load_profile(name), planned.task, planned.seed)
    from agents.cache import ResponseCache
    from agents.models import Model, ModelConfig

    key = os.environ.get(profile.api_key_env) if profile.api_key_env else None
    if (
        key is None
        and profile.api_base
        and profile.name.startswith("openai/")
        and "OPENAI_API_KEY" not in os.environ
    ):
        key = "no-key"  # a local OpenAI-compatible server (vLLM, llama.cpp) usually wants none
    config = ModelConfig(
        name=profile.name,
        api_base=profile.api_base,
        api_key=key,
        temperature=profile.temperature,
        seed=planned.seed,
        max_tokens=profile.max_tokens,
        timeout=profile.timeout,
        input_cost_per_token=profile.input_cost_per_token,
        output_cost_per_token=profile.output_cost_per_token,
        extra=profile.extra,
        retry=profile.retry,
    )
    return Model(config, cache=ResponseCache(cache_dir) if cache_dir else None)


def to_record(
    run_id: str,
    planned: Planned,
    result: AttemptResult | None,
    error: str | None,
    wall: float,
    simulated: bool,
    trajectory: Path,
) -> AttemptRecord:
    task = planned.task.task
    base = dict(
        run_id=run_id,
        key=planned.key,
        model=planned.model.name,
        arm=planned.arm.name,
        arm_hash=planned.arm.config_hash(),
        task=task.id,
        task_hash=planned.task.content_hash,
        language=task.language,
        scope=task.scope,
        kind=task.kind,
        difficulty=task.difficulty,
        sample=planned.sample,
        simulated=simulated,
        wall_seconds=round(wall, 3),
    )
    if result is None:  # the harness itself failed: an infrastructure outcome, kept in the denominator
        return AttemptRecord(**base, outcome="infra", success=False, infra=True, error=error)
    traj, score = result.trajectory, result.score
    infra = bool(score.infra_error) or traj.stop_reason == "infra_error"
    return AttemptRecord(
        **base,
        outcome="infra" if infra else score.outcome,
        success=score.success and not infra,
        infra=infra,
        score=score,
        stop_reason=traj.stop_reason,
        error=traj.error or score.infra_error,
        prompt_tokens=traj.usage.prompt_tokens,
        completion_tokens=traj.usage.completion_tokens,
        cost=traj.usage.cost,
        model_calls=traj.model_calls,
        retries=traj.usage.retries,
        steps=len(traj.steps),
        tool_calls=traj.tool_counts(),
        diff=result.diff,
        trajectory_path=str(trajectory),
    )


class ThrottledSandbox:
    """At most `slots` sandboxed commands at once (CPU-bound), however many attempts are in flight."""

    def __init__(self, inner: Sandbox, slots: int) -> None:
        self.inner, self.name, self.isolated = inner, inner.name, inner.isolated
        self._slots = threading.BoundedSemaphore(slots)

    def run(self, cmd, workspace, **kwargs):  # type: ignore[no-untyped-def]
        with self._slots:
            return self.inner.run(cmd, workspace, **kwargs)


class Runner:
    def __init__(self, spec: RunSpec, store: Store, sandbox: Sandbox, cpu_slots: int = 2) -> None:
        self.spec, self.store = spec, store
        self.sandbox = ThrottledSandbox(sandbox, cpu_slots)
        self.scorer = Scorer(self.sandbox)
        self.counts: Counter[str] = Counter()
        self.interrupted = False
        self.unsaved: list[str] = []

    def run_id(self) -> str:
        return self.spec.run_id or f"run-{self.spec.config_hash()}"

    def start(self, planned: list[Planned], tasks: list[LoadedTask]) -> tuple[str, list[Planned]]:
        """Record the run (or find it again) and return what is left to do."""
        run_id = self.run_id()
        simulated = any(p.model.name.startswith("sim/") for p in planned)
        prov = provenance({t.id: t.content_hash for t in tasks}, self.sandbox.name, self.sandbox.isolated)
        self.store.start_run(
            RunRecord(
                run_id=run_id,
                created=time.time(),
                simulated=simulated,
                config=self.spec.model_dump(mode="json"),
                provenance=prov,
            )
        )
        done = self.store.finished_keys(run_id)
        return run_id, [p for p in planned if p.key not in done]

    def execute(self, run_id: str, planned: Planned) -> AttemptRecord:
        """One attempt, whatever happens; saved before returning."""
        started = time.monotonic()
        path = self.store.artifacts(run_id) / "trajectories" / f"{planned.key}.json"
        simulated = planned.model.name.startswith("sim/")
        try:
            cache = self.store.artifacts("cache") if self.spec.cache else None
            model = build_model(planned, cache)
            result = run_attempt(planned.task, planned.arm, model, self.sandbox, self.scorer, path)
            record = to_record(run_id, planned, result, None, time.monotonic() - started, simulated, path)
        except Exception as exc:  # one attempt never kills the run
            log.warning("attempt %s failed in the harness: %s", planned.key, exc)
            error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            record = to_record(run_id, planned, None, error, time.monotonic() - started, simulated, path)
        try:
            record.id = self.store.save(record)
        except StoreError as exc:  # spilled to unsaved.jsonl by the store: kept, and said loudly
            log.error("%s", exc)
            self.unsaved.append(record.key)
        return record

    def run(self, run_id: str, todo: list[Planned], on_done: Callable[[AttemptRecord], None]) -> None:
        """Run `todo` with bounded concurrency; on Ctrl-C, finish in-flight attempts and stop."""
        pool = ThreadPoolExecutor(max_workers=self.spec.concurrency, thread_name_prefix="attempt")
        pending: set[Future[AttemptRecord]] = {pool.submit(self.execute, run_id, p) for p in todo}
        try:
            while pending:
                finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    record = future.result()
                    self.counts[record.outcome] += 1
                    on_done(record)
        except KeyboardInterrupt:
            self.interrupted = True
            for future in pending:
                future.cancel()
            log.warning("interrupted: letting in-flight attempts finish; finished ones are saved")
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
