"""The built-in suite: every task's structure and recorded mutation score are checked on every
run, and a fixed sample (one task per language and scope) is validated in full. `make
validate-all` validates every task in full."""

from __future__ import annotations

from collections import Counter

import pytest

from harness.mutation import record
from harness.scoring.ladder import Scorer
from harness.tasks import LoadedTask, Suite
from harness.validate import validate_task
from tests.conftest import CI_SAMPLE, REPO_ROOT

SUITE = Suite(REPO_ROOT / "tasks")
TASKS = {t.id: t for t in SUITE.load_all()}


def test_suite_size_and_spread() -> None:
    """At least 60 tasks, at least 18 per language, and every scope in every language."""
    per_language = Counter(t.task.language for t in TASKS.values())
    assert len(TASKS) >= 60, per_language
    assert all(per_language[lang] >= 18 for lang in ("python", "javascript", "c")), per_language
    scopes = {(t.task.language, t.task.scope) for t in TASKS.values()}
    for lang in ("python", "javascript", "c"):
        for scope in ("function", "file", "multi-file", "cross-component"):
            assert (lang, scope) in scopes, f"no {scope} task in {lang}"


def test_ci_sample_is_one_task_per_language_and_scope() -> None:
    chosen = [TASKS[i] for i in CI_SAMPLE]
    assert len({(t.task.language, t.task.scope) for t in chosen}) == len(chosen) == 12


@pytest.mark.parametrize("task_id", sorted(TASKS))
def test_task_structure(task_id: str) -> None:
    """What can be checked without running anything: folders, variants, and a current mutation
    score at the bar (`liftbench tasks mutate` measures it)."""
    task: LoadedTask = TASKS[task_id]
    assert any(p.is_file() for p in task.hidden.rglob("*")), "hidden/ has no tests"
    assert task.reference.is_dir() and any(p.is_file() for p in task.reference.rglob("*"))
    variants = task.variants()
    assert len(variants) >= 4, [v.name for v in variants]
    for v in variants:
        assert v.files.is_dir() or v.expect.delete, f"variant {v.name} changes nothing"
        assert v.expect.outcome.value != "flagged" or v.expect.flags, f"{v.name}: flagged without flags"
    outcomes = {v.expect.outcome.value for v in variants}
    assert {"L1", "L3"} <= outcomes, f"variants lack a parse failure or a behaviour break: {outcomes}"
    assert record.problems(task) == []
    assert "written for liftbench" in task.task.source


@pytest.mark.parametrize("task_id", CI_SAMPLE)
def test_sample_task_validates(scorer: Scorer, task_id: str) -> None:
    """The original passes its tests and fails unchanged, the reference succeeds and every
    validation variant gets exactly its stated outcome and flags."""
    result = validate_task(TASKS[task_id], scorer, repeat=1)
    assert result.valid, result.problems
    assert result.outcomes["reference"] == "success"
