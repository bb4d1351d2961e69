"""The shared scorer: on the fixture task the reference succeeds and every validation variant gets
exactly its stated outcome (the built-in CI sample: test_suite.py); every built-in task fails L0
unchanged;
purpose-made candidates climb the ladder exactly as far as they should."""

from __future__ import annotations

import pytest

from harness.scoring.ladder import Scorer
from harness.tasks import LoadedTask, Suite
from harness.validate import overlay_diff
from tests.conftest import FIXTURE_SUITE, REPO_ROOT


def _cases() -> list[tuple[str, str, str]]:
    """The fixture's variants, one case each (the built-in CI sample is validated in test_suite.py)."""
    cases = []
    for task in Suite(FIXTURE_SUITE).load_all():
        cases.append((str(FIXTURE_SUITE), task.id, "reference"))
        cases += [(str(FIXTURE_SUITE), task.id, v.name) for v in task.variants()]
    return cases


def _load(suite_root: str, task_id: str) -> LoadedTask:
    from pathlib import Path

    return Suite(Path(suite_root)).get(task_id)


@pytest.mark.parametrize(
    ("suite_root", "task_id", "variant"), _cases(), ids=lambda v: v if "/" not in str(v) else ""
)
def test_stated_outcome(scorer: Scorer, suite_root: str, task_id: str, variant: str) -> None:
    """The reference reaches success; each variant gets its stated outcome and flags."""
    task = _load(suite_root, task_id)
    if variant == "reference":
        score = scorer.score(task, overlay_diff(task, task.reference))
        assert score.success, (score.outcome, score.reasons, score.flags)
        return
    spec = next(v for v in task.variants() if v.name == variant)
    score = scorer.score(task, overlay_diff(task, spec.files, spec.expect.delete))
    assert score.outcome == spec.expect.outcome.value, (score.reasons, score.flags)
    assert set(spec.expect.flags) <= {f.name for f in score.flags}


@pytest.mark.parametrize("task_id", [t.id for t in Suite(REPO_ROOT / "tasks").load_all()] + ["tiny"])
def test_unchanged_fails_l0(scorer: Scorer, task_id: str, tiny: LoadedTask) -> None:
    """A submission that changes nothing fails L0 (no credit for the legacy code)."""
    task = tiny if task_id == "tiny" else Suite(REPO_ROOT / "tasks").get(task_id)
    score = scorer.score(task, "")
    assert score.outcome == "L0" and not score.levels["L0"]


def _edit(tiny: LoadedTask, tmp_path, files: dict[str, str]) -> str:
    layer = tmp_path / "layer"
    for rel, text in files.items():
        (layer / rel).parent.mkdir(parents=True, exist_ok=True)
        (layer / rel).write_text(text)
    return overlay_diff(tiny, layer)


def test_protected_edit_is_restored_and_flagged(scorer: Scorer, tiny: LoadedTask, tmp_path) -> None:
    """Editing a visible test cannot help: it is restored before testing and flagged."""
    broken = "def discount(customer, amount, coupon=None):\n    return 0\n"
    diff = _edit(
        tiny,
        tmp_path,
        {
            "pricing.py": broken,
            "tests/test_pricing.py": "def test_ok():\n    assert True\n",
            "conftest.py": "collect_ignore = ['tests']\n",
        },
    )
    score = scorer.score(tiny, diff)
    assert score.outcome == "L3"  # the restored tests catch the broken code
    assert any(f.name == "protected_changed" for f in score.flags)
    assert "conftest.py" in score.reverted


def test_exit_zero_at_import_is_flagged(scorer: Scorer, tiny: LoadedTask, tmp_path) -> None:
    """Ending the test process with exit code 0 at import never earns success."""
    cheat = "import os\nos._exit(0)\n\ndef discount(customer, amount, coupon=None):\n    return 0\n"
    score = scorer.score(tiny, _edit(tiny, tmp_path, {"pricing.py": cheat}))
    assert not score.success
    assert any(f.name == "harness_detection" and "_exit" in f.evidence for f in score.flags)


def test_hidden_tests_unreadable_during_visible_run(scorer: Scorer, tiny: LoadedTask, tmp_path) -> None:
    """Code run by the visible tests cannot see the hidden tests or the task folder."""
    spy = (
        "import os\n"
        f"SEEN = [p for p in ('/hidden', {str(tiny.hidden)!r}, {str(tiny.root)!r}) if os.path.exists(p)]\n"
        "assert not SEEN, SEEN\n\n"
    ) + (tiny.reference / "pricing.py").read_text()
    score = scorer.score(tiny, _edit(tiny, tmp_path, {"pricing.py": spy}))
    assert score.tests["visible"].passed, score.tests["visible"].output_tail


def test_score_record_shape(scorer: Scorer, tiny: LoadedTask) -> None:
    """A score carries levels L0-L4, metrics before/after, test runs and the sandbox used."""
    score = scorer.score(tiny, overlay_diff(tiny, tiny.reference))
    assert list(score.levels) == ["L0", "L1", "L2", "L3", "L4"] and all(score.levels.values())
    assert score.metrics["before"]["cognitive_max_targets"] == 23
    assert score.metrics["after"]["cognitive_max_targets"] == 5
    assert set(score.tests) == {"visible", "hidden"} and score.sandbox in (
        "bwrap",
        "docker",
        "local",
    )
    assert score.changed_files == ["pricing.py"]


def test_broken_runtime_is_infra_not_model_failure(tiny: LoadedTask) -> None:
    """When the task runtime cannot run in the sandbox, the score is an infrastructure failure."""
    from harness.protocols import ExecResult, ExitStatus

    class NoPython:
        name, isolated = "broken", True

        def run(self, cmd, workspace, **kwargs):
            return ExecResult(
                status=ExitStatus.FAILED,
                exit_code=127,
                output="sh: python: not found",
                seconds=0.0,
                backend="broken",
                isolated=True,
            )

    score = Scorer(NoPython()).score(tiny, overlay_diff(tiny, tiny.reference))
    assert score.outcome == "infra" and "python: not found" in (score.infra_error or "")
    assert not score.success


def test_runtime_under_tmp_is_visible(tmp_path, tiny: LoadedTask, monkeypatch) -> None:
    """A clone kept under /tmp still works: the sandbox's own /tmp must not hide its runtime."""
    import shutil

    from harness.paths import runtime_dir
    from harness.sandbox.bwrap import BwrapSandbox, bwrap_available

    if not bwrap_available():
        pytest.skip("bubblewrap not installed")
    moved = tmp_path / "runtime"
    shutil.copytree(runtime_dir(), moved, symlinks=True)
    monkeypatch.setenv("LIFTBENCH_RUNTIME", str(moved))
    score = Scorer(BwrapSandbox()).score(tiny, overlay_diff(tiny, tiny.reference))
    assert score.success, (score.infra_error, score.reasons)
