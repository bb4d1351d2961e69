"""JavaScript: Stryker with its command runner, running the task's hidden-test command."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

from harness.commands import command_text
from harness.errors import InfraError, TaskError
from harness.mutation.record import HIDDEN_DIR, MutationRun, mutable_files
from harness.tasks import LoadedTask, Survivor

TOOL_TIMEOUT = 3600.0
PACKAGES = Path(__file__).resolve().parent / "js"
KILLED = {"Killed", "Timeout"}
SURVIVED = {"Survived", "NoCoverage"}  # the rest (compile/runtime errors, ignored) are not mutants run


def _stryker() -> Path:
    exe = PACKAGES / "node_modules" / ".bin" / "stryker"
    if not exe.exists():
        raise InfraError(f"Stryker is not installed ({exe} missing); run `make setup`")
    return exe


def hidden_command(task: LoadedTask) -> str:
    """The task's hidden-test command as Stryker runs it, in its own copy of the work folder."""
    places = {
        "{candidate}": '"$PWD"',
        "{hidden}": f'"$PWD/{HIDDEN_DIR}"',
        "{original}": shlex.quote(str(task.repo.resolve())),
    }
    return command_text(task, "hidden", places=places)


def _version() -> str:
    pkg = PACKAGES / "node_modules" / "@stryker-mutator" / "core" / "package.json"
    return json.loads(pkg.read_text())["version"]


def run(task: LoadedTask, work: Path, jobs: int) -> MutationRun:
    sources = mutable_files(task, work, (".js", ".cjs", ".mjs"))
    if not sources:
        raise TaskError(f"{task.id}: no editable JavaScript source to mutate")
    report = work / "lb-mutation.json"
    config = {
        "testRunner": "command",
        "commandRunner": {"command": hidden_command(task)},
        "mutate": sources,
        "reporters": ["json"],
        "jsonReporter": {"fileName": report.name},
        "concurrency": jobs,
        "cleanTempDir": "always",
        "plugins": [],
    }
    (work / "lb-stryker.config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    done = subprocess.run(
        [str(_stryker()), "run", "lb-stryker.config.json"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT,
        check=False,
    )
    if done.returncode != 0 or not report.is_file():
        raise InfraError(
            f"{task.id}: Stryker failed (exit {done.returncode}): {(done.stdout + done.stderr)[-1500:]}"
        )
    data = json.loads(report.read_text())
    mutants = killed = 0
    survivors = []
    for rel, entry in sorted(data["files"].items()):
        lines = entry["source"].splitlines()
        for m in entry["mutants"]:
            if m["status"] not in KILLED | SURVIVED:
                continue
            mutants += 1
            if m["status"] in KILLED:
                killed += 1
                continue
            start, end = m["location"]["start"], m["location"]["end"]
            original = _snippet(lines, start, end)
            replacement = " ".join(str(m.get("replacement", "")).split())
            survivors.append(
                Survivor(
                    mutant=f"{rel}:{start['line']}:{start['column']} {m['mutatorName']}: {replacement[:60]}",
                    change=f"{original[:140]} -> {replacement[:140]}",
                )
            )
    return MutationRun(
        tool=f"Stryker {_version()} (command runner)", mutants=mutants, killed=killed, survivors=survivors
    )


def _snippet(lines: list[str], start: dict, end: dict) -> str:
    """The source a mutant replaces (Stryker's lines are 1-based, columns 1-based)."""
    first, last = start["line"] - 1, end["line"] - 1
    if first == last:
        text = lines[first][start["column"] - 1 : end["column"] - 1]
    else:
        text = "\n".join(
            [lines[first][start["column"] - 1 :], *lines[first + 1 : last], lines[last][: end["column"] - 1]]
        )
    return " ".join(text.split())
