"""The CLI contract: JSON shapes on stdout, human text on stderr, exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harness.workspace import copy_tree, overlay
from tests.conftest import FIXTURE_SUITE


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harness", *args], capture_output=True, text=True, timeout=120
    )


def test_tasks_list_json() -> None:
    """`tasks list --json` prints one document with id, language, scope, kind, difficulty, mutation."""
    out = cli("tasks", "list", "--json", "--suite", str(FIXTURE_SUITE))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["tasks"] == [
        {
            "id": "tiny-discount",
            "language": "python",
            "scope": "function",
            "kind": "reduce-complexity",
            "difficulty": "easy",
            "mutation_score": 1.0,
        }
    ]


def test_tasks_validate_json() -> None:
    """`tasks validate --json` reports each task valid with no problems, exit 0."""
    out = cli("tasks", "validate", "--json", "--suite", str(FIXTURE_SUITE), "--repeat", "1")
    assert out.returncode == 0, out.stdout + out.stderr
    doc = json.loads(out.stdout)
    assert doc["tasks"][0]["id"] == "tiny-discount" and doc["tasks"][0]["valid"] is True
    assert doc["tasks"][0]["problems"] == []


def test_score_directory_json(tmp_path: Path) -> None:
    """`score DIR --task ID --json` judges a plain folder; the reference there is a success."""
    task_dir = FIXTURE_SUITE / "python" / "tiny-discount"
    work = tmp_path / "final"
    copy_tree(task_dir / "repo", work)
    overlay(work, task_dir / "reference")
    out = cli("score", str(work), "--task", "tiny-discount", "--json", "--suite", str(FIXTURE_SUITE))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert {"task", "levels", "success", "flags", "metrics", "tests", "infra_error"} <= set(doc)
    assert doc["success"] is True and doc["levels"] == {f"L{i}": True for i in range(5)}
    assert doc["metrics"]["before"]["cognitive_max_targets"] == 23
    assert doc["tests"]["hidden"]["exit_code"] == 0 and doc["infra_error"] is None


def test_user_errors_exit_2(tmp_path: Path) -> None:
    """A wrong task id or a missing directory is a clear error with exit code 2."""
    out = cli("score", str(tmp_path), "--task", "no-such-task", "--suite", str(FIXTURE_SUITE))
    assert out.returncode == 2 and "no task 'no-such-task'" in out.stderr
    out = cli("score", str(tmp_path / "missing"), "--task", "tiny-discount", "--suite", str(FIXTURE_SUITE))
    assert out.returncode == 2 and "does not exist" in out.stderr
    bad = tmp_path / "suite" / "python" / "broken"
    bad.mkdir(parents=True)
    (bad / "task.yaml").write_text("id: broken\nlanguage: python\n")
    out = cli("tasks", "list", "--suite", str(tmp_path / "suite"))
    assert out.returncode == 2 and "task.yaml" in out.stderr and "title" in out.stderr


def test_commands_without_a_model_do_not_import_litellm() -> None:
    """litellm costs seconds to import: the CLI and everything behind tasks, score, report, show
    and rescore must not pull it in (it loads only when a model is called)."""
    code = (
        "import sys\n"
        "import harness.cli, harness.report.build, harness.report.html, harness.rescore, harness.show\n"
        "import harness.validate, harness.runner, agents.graph, agents.raw, agents.sim\n"
        "sys.exit(1 if 'litellm' in sys.modules else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, "litellm was imported"


def test_usage_errors_are_short() -> None:
    """An unknown command or a bad option value is a two-line usage error with exit 2, not a
    traceback."""
    for args in (("tasks", "no-such-command"), ("run", "--samples", "abc")):
        out = cli(*args)
        assert out.returncode == 2, out.stderr
        assert "Traceback" not in out.stderr and "Error:" in out.stderr
