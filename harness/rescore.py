"""Re-score a run's stored submissions with the current scorer: no model is called."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from harness.paths import BUILTIN_SUITE
from harness.sandbox import get_sandbox
from harness.scoring.ladder import Scorer
from harness.store import Store
from harness.tasks import Suite


def rescore_run(
    store: Store, run_id: str, suite: Path | None, sandbox: str, console: Console
) -> tuple[int, int]:
    """Score every stored diff again; returns (attempts whose outcome changed, attempts scored)."""
    tasks = {t.id: t for t in Suite(suite or BUILTIN_SUITE).load_all()}
    scorer = Scorer(get_sandbox(sandbox))
    changed = total = 0
    for record in store.attempts(run_id):
        task = tasks.get(record.task)
        if task is None or (record.infra and record.score is None):
            console.print(f"skip attempt {record.id}: task {record.task} missing or never scored")
            continue
        if task.content_hash != record.task_hash:
            console.print(f"note: task {task.id} changed since attempt {record.id} was scored")
        score = scorer.score(task, record.diff)
        total += 1
        outcome = "infra" if score.infra_error else score.outcome
        if outcome != record.outcome:
            changed += 1
            console.print(f"attempt {record.id} ({record.task}, {record.arm}): {record.outcome} -> {outcome}")
        updated = record.model_copy(
            update={
                "score": score,
                "outcome": outcome,
                "success": score.success,
                "infra": bool(score.infra_error),
            }
        )
        store.update_score(record.id or 0, updated)
    return changed, total
