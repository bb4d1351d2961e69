"""Bad input everywhere gets a clear message naming the cause and the fix, and loses nothing
already stored: malformed tasks, failing references, config typos, unknown models, missing keys,
unwritable, corrupt or locked result stores."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from harness.errors import TaskError
from harness.store import AttemptRecord, RunRecord, Store, StoreError
from harness.tasks import Task, load_task
from harness.validate import validate_task
from tests.conftest import FIXTURE_SUITE, REPO_ROOT

TINY = FIXTURE_SUITE / "python" / "tiny-discount"
REQUIRED = [name for name, field in Task.model_fields.items() if field.is_required()]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        env={**base, **(env or {})},
    )


def _task_copy(tmp_path: Path, change) -> Path:
    root = tmp_path / "suite" / "python" / "tiny-discount"
    shutil.copytree(TINY, root)
    data = yaml.safe_load((root / "task.yaml").read_text())
    change(data)
    (root / "task.yaml").write_text(yaml.safe_dump(data))
    return root


@pytest.mark.parametrize("field", REQUIRED)
def test_each_missing_required_field_is_named(tmp_path: Path, field: str) -> None:
    """Removing any required field of task.yaml names that field and says to add it."""
    root = _task_copy(tmp_path, lambda d: d.pop(field))
    with pytest.raises(TaskError) as info:
        load_task(root)
    assert f"field '{field}'" in str(info.value) and "add it" in str(info.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [("targets", "shipping.py"), ("commands", ["pytest"]), ("difficulty", "extreme"), ("scope", 3)],
)
def test_wrong_types_are_named(tmp_path: Path, field: str, value: object) -> None:
    """A wrong type or value names the field and the file."""
    root = _task_copy(tmp_path, lambda d: d.__setitem__(field, value))
    with pytest.raises(TaskError, match=f"field '{field}"):
        load_task(root)


def test_failing_reference_makes_the_task_invalid(tmp_path: Path, scorer) -> None:
    """A task whose reference breaks its own hidden tests is reported invalid, saying why."""
    root = _task_copy(tmp_path, lambda d: None)
    (root / "reference" / "pricing.py").write_text(
        "def discount(customer, amount, coupon=None):\n    return 1\n"
    )
    result = validate_task(load_task(root), scorer, repeat=1)
    assert not result.valid
    assert any(p.startswith("reference: expected success") for p in result.problems)


def test_config_typos_are_named(tmp_path: Path) -> None:
    """A misspelt key in a run config or an arm config names the key; exit 2 before any work."""
    run_yaml = tmp_path / "run.yaml"
    run_yaml.write_text("models: [sim/plateau]\narms: [raw]\nsampels: 3\n")
    out = cli("run", "--config", str(run_yaml), "--db", f"sqlite:///{tmp_path}/r.sqlite")
    assert out.returncode == 2 and "sampels" in out.stderr and "unknown key" in out.stderr
    arm_yaml = tmp_path / "arm.yaml"
    arm_yaml.write_text("name: agentx\nkind: agent\nmax_stepz: 3\n")
    out = cli(
        "run",
        "--arm",
        str(arm_yaml),
        "--tasks",
        "tiny-discount",
        "--suite",
        str(FIXTURE_SUITE),
        "--db",
        f"sqlite:///{tmp_path}/r.sqlite",
    )
    assert out.returncode == 2 and "max_stepz" in out.stderr
    assert not (tmp_path / "r.sqlite").exists()


def test_unknown_model_and_missing_key(tmp_path: Path) -> None:
    """An unknown model name and a missing API key stop the run before it starts, saying what to do."""
    base = [
        "run",
        "--tasks",
        "tiny-discount",
        "--suite",
        str(FIXTURE_SUITE),
        "--db",
        f"sqlite:///{tmp_path}/r.sqlite",
    ]
    out = cli(*base, "--model", "nosuchprovider/model-x")
    assert out.returncode == 2 and "unknown model" in out.stderr
    out = cli(*base, "--model", "openai/gpt-4o-mini")
    assert out.returncode == 2 and "OPENAI_API_KEY" in out.stderr
    out = cli(*base, "--model", "sim/no-such-profile")
    assert out.returncode == 2 and "known: " in out.stderr


def test_unwritable_results_folder(tmp_path: Path) -> None:
    """A results path that cannot be created is a clear error naming the store and the fix."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    out = cli("report", "--db", f"sqlite:///{blocker}/sub/results.sqlite")
    assert out.returncode == 2 and "cannot open the results store" in out.stderr and "--db" in out.stderr


def test_corrupt_store_is_reported_and_left_alone(tmp_path: Path) -> None:
    """A corrupt SQLite file is named, and not overwritten."""
    db = tmp_path / "bad.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    out = cli("report", "--db", f"sqlite:///{db}")
    assert out.returncode == 2 and "cannot open the results store" in out.stderr
    assert db.read_bytes() == before


def _record(run_id: str, key: str) -> AttemptRecord:
    return AttemptRecord(
        run_id=run_id,
        key=key,
        model="sim/x",
        arm="raw",
        arm_hash="a",
        task="t",
        task_hash="h",
        language="python",
        scope="function",
        kind="k",
        difficulty="easy",
        sample=0,
        simulated=True,
        outcome="L0",
        success=False,
        infra=False,
    )


def test_locked_store_spills_instead_of_losing(tmp_path: Path) -> None:
    """While another process holds the database locked, a finished attempt is retried, then written
    to unsaved.jsonl with a clear error; what was stored before is intact."""
    url = f"sqlite:///{tmp_path}/lock.sqlite"
    store = Store(url, lock_timeout=0.2)
    store.start_run(RunRecord(run_id="r", created=0.0, simulated=True, config={}, provenance={}))
    store.save(_record("r", "first"))
    holder = sqlite3.connect(tmp_path / "lock.sqlite", timeout=0.2)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=r"unsaved\.jsonl"):
            store.save(_record("r", "second"))
    finally:
        holder.rollback()
        holder.close()
    spilled = (store.artifacts("r") / "unsaved.jsonl").read_text().splitlines()
    assert len(spilled) == 1 and '"key":"second"' in spilled[0]
    assert [r.key for r in store.attempts("r")] == ["first"]
