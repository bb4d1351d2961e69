"""Python: mutmut against the reference, with the hidden tests as the test suite."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from harness.errors import InfraError, TaskError
from harness.mutation.record import HIDDEN_DIR, MutationRun, mutable_files
from harness.tasks import LoadedTask, Survivor

TOOL_TIMEOUT = 1800.0


def _mutmut() -> list[str]:
    exe = Path(sys.executable).with_name("mutmut")
    if not exe.exists():
        raise InfraError("mutmut is not installed in this environment; run `make setup`")
    return [str(exe)]


def _config(sources: list[str]) -> str:
    quoted = ", ".join(json.dumps(s) for s in sources)
    return (
        "[tool.mutmut]\n"
        f"source_paths = [{quoted}]\n"
        f'also_copy = ["{HIDDEN_DIR}"]\n'
        f'pytest_add_cli_args_test_selection = ["{HIDDEN_DIR}"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
    )


def _change(work: Path, name: str) -> str:
    """The mutant's diff, squeezed onto one line: `- old | + new`."""
    shown = subprocess.run(
        [*_mutmut(), "show", name], cwd=work, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [
        line[0] + " " + line[1:].strip()
        for line in shown.stdout.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    return " | ".join(lines)[:300]


def run(task: LoadedTask, work: Path, jobs: int) -> MutationRun:
    sources = mutable_files(task, work, (".py",))
    if not sources:
        raise TaskError(f"{task.id}: no editable Python source to mutate")
    for stray in ("pyproject.toml", "setup.cfg", "pytest.ini", "tox.ini"):
        (work / stray).unlink(missing_ok=True)  # ours is the only configuration mutmut may read
    (work / "pyproject.toml").write_text(_config(sources), encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"}
    done = subprocess.run(
        [*_mutmut(), "run", "--max-children", str(jobs)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT,
        env=env,
        check=False,
    )
    stats_run = subprocess.run(
        [*_mutmut(), "export-cicd-stats"], cwd=work, capture_output=True, text=True, timeout=120, check=False
    )
    stats_file = work / "mutants" / "mutmut-cicd-stats.json"
    if done.returncode != 0 or stats_run.returncode != 0 or not stats_file.is_file():
        tail = (done.stdout + done.stderr)[-1500:]
        raise InfraError(f"{task.id}: mutmut failed (exit {done.returncode}): {tail}")
    stats = json.loads(stats_file.read_text())
    killed = stats["killed"] + stats["timeout"] + stats["segfault"]
    total = stats["total"] - stats["skipped"]
    results = subprocess.run(
        [*_mutmut(), "results", "--all", "true"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    names = []
    for line in results.stdout.splitlines():
        found = re.match(r"\s*(\S+): (survived|no tests|suspicious)\s*$", line)
        if found:
            names.append(found.group(1))
    survivors = [Survivor(mutant=n, change=_change(work, n)) for n in names]
    if len(survivors) != total - killed:
        raise InfraError(f"{task.id}: mutmut reported {total - killed} survivors but listed {len(survivors)}")
    return MutationRun(
        tool=f"mutmut {metadata.version('mutmut')}", mutants=total, killed=killed, survivors=survivors
    )
