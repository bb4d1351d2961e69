"""Task validation: is a task fit to judge models?

A task is valid when the original passes its tests and has measurable targets (so it fails L4
unchanged), the reference reaches success, every `validation/` variant gets exactly its stated
outcome and flags, the hidden tests give the same result several times in a row, and the
recorded hidden-test mutation score meets the bar for the task's current code and tests.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field

from harness.errors import LiftbenchError
from harness.mutation.record import problems as mutation_problems
from harness.scoring.improvement import target_keys
from harness.scoring.ladder import Scorer
from harness.scoring.languages import checks_for
from harness.scoring.record import Score
from harness.tasks import LoadedTask, Variant
from harness.workspace import copy_tree, diff_folders, overlay


class TaskValidation(BaseModel):
    id: str
    valid: bool
    problems: list[str] = Field(default_factory=list)
    outcomes: dict[str, str] = Field(default_factory=dict, description="Variant -> outcome got.")


def overlay_diff(task: LoadedTask, layer: Path, delete: list[str] | None = None) -> str:
    """The submission that lays `layer` over the task's repo/ (and deletes `delete`)."""
    tmp = Path(tempfile.mkdtemp(prefix="lb-overlay-"))
    try:
        copy_tree(task.repo, tmp)
        overlay(tmp, layer, delete)
        return diff_folders(task.repo, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _check_original(task: LoadedTask, scorer: Scorer, repeat: int) -> list[str]:
    problems = []
    unchanged = scorer.score(task, "")
    if unchanged.first_failure != "L0":
        problems.append(f"original: expected an L0 failure when unchanged, got {unchanged.outcome}")
    results = [scorer.run_tests(task, task.repo) for _ in range(max(repeat, 1))]
    first = results[0]
    for name in ("visible", "hidden"):
        run = first.get(name)
        if run is None or not run.passed:
            tail = run.output_tail[-400:] if run else "not run"
            problems.append(f"original: {name} tests do not pass: {tail}")
    verdicts = {tuple(sorted((k, v.passed) for k, v in r.items())) for r in results}
    if len(verdicts) > 1:
        problems.append(f"original: tests are flaky over {repeat} runs: {sorted(verdicts)}")
    return problems


def _check_targets(task: LoadedTask) -> list[str]:
    """Every target function exists and is complex enough that the original fails L4."""
    measured = checks_for(task.task.language).measure(task.repo, [t.file for t in task.task.targets])
    keys = target_keys(task, measured)
    problems = [f"target {k} not found in repo/" for k in keys if k not in measured.functions]
    found = [measured.functions[k].complexity for k in keys if k in measured.functions]
    if not found or max(found) < 2:
        problems.append(f"targets have no measurable complexity (max {max(found, default=0)})")
    return problems


def _check_variant(task: LoadedTask, scorer: Scorer, variant: Variant) -> tuple[str, list[str]]:
    score = scorer.score(task, overlay_diff(task, variant.files, variant.expect.delete))
    got = score.outcome
    problems = []
    if got != variant.expect.outcome.value:
        problems.append(
            f"variant {variant.name}: expected {variant.expect.outcome}, got {got} ({_why(score)})"
        )
    missing = set(variant.expect.flags) - {f.name for f in score.flags}
    if missing:
        problems.append(f"variant {variant.name}: flags {sorted(missing)} not raised")
    return got, problems


def _why(score: Score) -> str:
    if score.infra_error:
        return score.infra_error
    if score.first_failure:
        return score.reasons.get(score.first_failure, "")[:300]
    return "; ".join(f"{f.name}: {f.evidence[:80]}" for f in score.flags) or "success"


def validate_task(task: LoadedTask, scorer: Scorer, repeat: int = 5, mutation: bool = True) -> TaskValidation:
    """Every check of the module docstring; with `mutation`, also that the recorded hidden-test
    mutation score is present, current and meets the bar (measuring it is `tasks mutate`)."""
    result = TaskValidation(id=task.id, valid=False)
    try:
        if mutation:
            result.problems += mutation_problems(task)
        result.problems += _check_targets(task)
        result.problems += _check_original(task, scorer, repeat)
        if not task.reference.is_dir():
            result.problems.append("reference/ missing")
        else:
            ref = scorer.score(task, overlay_diff(task, task.reference))
            result.outcomes["reference"] = ref.outcome
            if not ref.success:
                result.problems.append(f"reference: expected success, got {ref.outcome} ({_why(ref)})")
        variants = task.variants()
        if len(variants) < 4:
            result.problems.append(f"only {len(variants)} validation variants (at least 4 needed)")
        for variant in variants:
            got, problems = _check_variant(task, scorer, variant)
            result.outcomes[variant.name] = got
            result.problems += problems
    except LiftbenchError as exc:
        result.problems.append(f"{type(exc).__name__}: {exc}")
    result.valid = not result.problems
    return result
