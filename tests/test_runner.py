"""The runner and store: every planned attempt is stored once, the same run id resumes, a changed
config is a new key, one failing attempt never kills the run, a SIGKILL loses nothing finished,
and the report and rescore work from the store alone."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.scripted import ScriptedServer, clear_scripts, register_script
from harness import runner as runner_mod
from harness.config import RunSpec
from harness.report.build import build_report
from harness.report.model import Report
from harness.rescore import rescore_run
from harness.runner import Runner, plan
from harness.store import Store
from harness.tasks import LoadedTask, Suite
from tests.conftest import FIXTURE_SUITE, REPO_ROOT


@pytest.fixture(autouse=True)
def fresh_scripts() -> Iterator[None]:
    clear_scripts()
    yield
    clear_scripts()


def solver(task: LoadedTask, delay: float = 0.0):
    """A scripted model that refactors the fixture correctly in both arms."""
    ref = (task.reference / "pricing.py").read_text()

    def reply(messages, tools):
        time.sleep(delay)
        if not tools:
            return f"pricing.py\n```python\n{ref}```"
        acted = any(m.get("role") == "tool" for m in messages)
        name, args = ("submit", {}) if acted else ("write_file", {"path": "pricing.py", "content": ref})
        return [{"name": name, "arguments": args}]

    return reply


def run_once(tmp_path: Path, spec: RunSpec, scorer) -> tuple[Store, str, Runner]:
    store = Store(f"sqlite:///{tmp_path}/results.sqlite")
    tasks = Suite(FIXTURE_SUITE).load_all()
    runner = Runner(spec, store, scorer.sandbox)
    run_id, todo = runner.start(plan(spec, tasks), tasks)
    runner.run(run_id, todo, lambda record: None)
    return store, run_id, runner


def test_resume_skips_finished_and_new_config_is_new_key(tmp_path, tiny, scorer) -> None:
    """Re-running a run id does nothing new; changing an arm's config plans fresh attempts."""
    register_script("solver", solver(tiny))
    spec = RunSpec(models=["scripted/solver"], arms=["raw", "agent"], samples=2, run_id="r1")
    store, run_id, _ = run_once(tmp_path, spec, scorer)
    records = store.attempts(run_id)
    assert len(records) == 4 and all(r.success for r in records)
    tasks = Suite(FIXTURE_SUITE).load_all()
    again = Runner(spec, store, scorer.sandbox)
    _, todo = again.start(plan(spec, tasks), tasks)
    assert todo == []
    changed = RunSpec(models=["scripted/solver"], arms=["raw", "raw-retry"], samples=2, run_id="r1")
    _, todo = Runner(changed, store, scorer.sandbox).start(plan(changed, tasks), tasks)
    assert {p.arm.name for p in todo} == {"raw-retry"} and len(todo) == 2


def test_one_failing_attempt_never_kills_the_run(tmp_path, tiny, scorer, monkeypatch) -> None:
    """An exception inside one attempt becomes an infra record; the others finish normally."""
    register_script("solver", solver(tiny))
    real = runner_mod.run_attempt
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)

    monkeypatch.setattr(runner_mod, "run_attempt", flaky)
    spec = RunSpec(models=["scripted/solver"], arms=["raw"], samples=3, concurrency=1)
    store, run_id, _ = run_once(tmp_path, spec, scorer)
    outcomes = sorted(r.outcome for r in store.attempts(run_id))
    assert outcomes == ["infra", "success", "success"]
    infra = next(r for r in store.attempts(run_id) if r.infra)
    assert "disk on fire" in (infra.error or "")


def test_report_json_and_rescore(tmp_path, tiny, scorer) -> None:
    """The report validates against its pydantic model; rescoring unchanged diffs changes nothing."""
    register_script("solver", solver(tiny))
    spec = RunSpec(models=["scripted/solver"], arms=["raw", "agent"], samples=1)
    store, run_id, _ = run_once(tmp_path, spec, scorer)
    doc = build_report(store.run(run_id), store.attempts(run_id))
    again = Report.model_validate_json(doc.model_dump_json())
    assert again.run_id == run_id and set(again.arms) == {"raw", "agent"}
    assert again.paired["agent"].lift == 0.0 and again.arms["raw"].success_rate == 1.0
    assert set(again.by) == {"language", "scope", "kind", "difficulty"}
    from rich.console import Console

    changed, total = rescore_run(store, run_id, FIXTURE_SUITE, "auto", Console(quiet=True))
    assert (changed, total) == (0, 2)
    assert [r.outcome for r in store.attempts(run_id)] == ["success", "success"]


def _rows(db: Path) -> list[tuple[int, str]]:
    if not db.exists():
        return []
    with sqlite3.connect(db, timeout=30) as conn:
        try:
            return conn.execute("select id, key from attempts order by id").fetchall()
        except sqlite3.OperationalError:
            return []


def test_sigkill_mid_run_loses_and_duplicates_nothing(tmp_path, tiny) -> None:
    """A run killed with SIGKILL and re-run with the same id ends with every planned attempt
    stored exactly once, and every attempt finished before the kill kept as it was."""
    db = tmp_path / "kill.sqlite"
    with ScriptedServer() as server:
        register_script("slow", solver(tiny, delay=0.4))
        cmd = [
            sys.executable,
            "-m",
            "harness",
            "run",
            "--model",
            "openai/slow",
            "--api-base",
            server.api_base,
            "--arm",
            "raw",
            "--tasks",
            "tiny-discount",
            "--samples",
            "8",
            "--concurrency",
            "1",
            "--suite",
            str(FIXTURE_SUITE),
            "--db",
            f"sqlite:///{db}",
            "--run-id",
            "killme",
        ]
        env = {"OPENAI_API_KEY": "x", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        proc = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 120
        while len(_rows(db)) < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        before = _rows(db)
        assert 3 <= len(before) < 8, "the kill should land mid-run"
        done = subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    after = _rows(db)
    assert len(after) == 8 and len({key for _, key in after}) == 8
    assert after[: len(before)] == before


def test_ctrl_c_lets_in_flight_attempts_finish(tmp_path, tiny) -> None:
    """SIGINT mid-run: the attempt in flight is finished and stored, no new one starts, the run
    exits 130 saying how to resume, and resuming completes the plan."""
    db = tmp_path / "int.sqlite"
    with ScriptedServer() as server:
        register_script("slow", solver(tiny, delay=0.4))
        cmd = [
            sys.executable,
            "-m",
            "harness",
            "run",
            "--model",
            "openai/slow",
            "--api-base",
            server.api_base,
            "--arm",
            "raw",
            "--tasks",
            "tiny-discount",
            "--samples",
            "8",
            "--concurrency",
            "1",
            "--suite",
            str(FIXTURE_SUITE),
            "--db",
            f"sqlite:///{db}",
            "--run-id",
            "intme",
        ]
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        proc = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 120
        while len(_rows(db)) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
        stored = _rows(db)
        assert proc.returncode == 130, stderr[-2000:]
        assert "resume with --run-id intme" in stderr
        assert 2 <= len(stored) < 8
        done = subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    assert len(_rows(db)) == 8


def test_report_names_arms_given_by_yaml_path(tmp_path, tiny, scorer) -> None:
    """An ablation given as a YAML file whose file name differs from its arm name is still
    reported and paired against the baseline under its own name."""
    register_script("solver", solver(tiny))
    arm = tmp_path / "my-ablation.yaml"
    arm.write_text("name: agent-lite\nkind: agent\nmax_steps: 6\n")
    spec = RunSpec(models=["scripted/solver"], arms=["raw", str(arm)], samples=1)
    store, run_id, _ = run_once(tmp_path, spec, scorer)
    doc = build_report(store.run(run_id), store.attempts(run_id))
    assert list(doc.arms) == ["raw", "agent-lite"] and "agent-lite" in doc.paired
