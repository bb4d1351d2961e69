"""C: universalmutator makes the mutants; each runs through the task's own build and hidden
tests in the sandbox (sanitizers included), several at a time.

universalmutator's own `analyze_mutants` runs one mutant at a time and cannot tell a mutant that
does not compile from one the tests kill; here the build runs first, a mutant that does not
build is not counted, and one that builds is killed when the hidden tests fail or time out.
"""

from __future__ import annotations

import difflib
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from harness.commands import command_text, run_in, task_limits
from harness.errors import InfraError, TaskError
from harness.mutation.record import HIDDEN_DIR, MutationRun, mutable_files
from harness.protocols import ExitStatus, Limits, Sandbox
from harness.tasks import LoadedTask, Survivor

SAMPLE = 300
"""universalmutator makes ~1,000 mutants of a 200-line file and each needs a sanitizer build, so
a seeded sample of this many is run: the score is an estimate (about +-2 points at 0.9)."""
BUILD_FAILED = 97
BUILD_MARK = "LB-MUTANT-DOES-NOT-BUILD"


def _generate(work: Path, rel: str, into: Path) -> list[Path]:
    """universalmutator's mutants of one file (compile checks are left to the runs)."""
    exe = Path(sys.executable).with_name("mutate")
    if not exe.exists():
        raise InfraError("universalmutator is not installed in this environment; run `make setup`")
    into.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(exe), str(work / rel), "c", "--mutantDir", str(into), "--noCheck"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise InfraError(f"universalmutator failed on {rel}: {(done.stdout + done.stderr)[-1000:]}")
    return sorted(into.glob("*.mutant.*"))


def _describe(rel: str, original: list[str], mutant: list[str]) -> str:
    """`file:line: old -> new` for the first changed line (universalmutator changes one)."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=original, b=mutant, autojunk=False).get_opcodes():
        if tag != "equal":
            old = " ".join(" ".join(original[i1:i2]).split())
            new = " ".join(" ".join(mutant[j1:j2]).split())
            return f"{rel}:{i1 + 1}: {old[:90]} -> {new[:90]}"
    return f"{rel}: unchanged"


class _Slots:
    """Copies of the work folder, one per worker, each used by one mutant at a time."""

    def __init__(self, work: Path, count: int, root: Path) -> None:
        self._free: list[Path] = []
        self._lock = threading.Lock()
        for i in range(count):
            slot = root / f"slot{i}"
            shutil.copytree(work, slot, symlinks=True)
            self._free.append(slot)

    def take(self) -> Path:
        with self._lock:
            return self._free.pop()

    def give(self, slot: Path) -> None:
        with self._lock:
            self._free.append(slot)


Mutant = tuple[str, Path, str]  # (source file, mutant file, description)


def _collect(task: LoadedTask, work: Path, sources: list[str], into: Path) -> tuple[list[Mutant], int]:
    """Distinct mutants of every source file, and a seeded sample of them when there are many."""
    mutants: list[Mutant] = []
    seen: set[str] = set()
    for rel in sources:
        original = (work / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        for path in _generate(work, rel, into / rel.replace("/", "__")):
            text = path.read_text(encoding="utf-8", errors="replace")
            key = hashlib.sha256((rel + "\0" + text).encode()).hexdigest()
            if key not in seen:
                seen.add(key)
                mutants.append((rel, path, _describe(rel, original, text.splitlines())))
    total = len(mutants)
    if total > SAMPLE:
        mutants = sorted(random.Random(task.id).sample(mutants, SAMPLE), key=lambda m: m[2])
    return mutants, total


class _Trial:
    """Builds and tests one mutant at a time per slot, with the task's commands in the sandbox."""

    def __init__(self, task: LoadedTask, sandbox: Sandbox, slots: _Slots, limits: Limits) -> None:
        build, hidden = command_text(task, "build"), command_text(task, "hidden", built=True)
        self.cmd = f"{{ {build} ; }} || {{ echo {BUILD_MARK}; exit {BUILD_FAILED}; }}; {hidden}"
        self.task = task
        self.sandbox, self.slots, self.limits = sandbox, slots, limits

    def __call__(self, mutant: Mutant) -> str:
        """`survived`, `killed`, `timeout` or `invalid` (does not build)."""
        rel, path, _ = mutant
        slot = self.slots.take()
        keep = (slot / rel).read_bytes()
        try:
            shutil.copyfile(path, slot / rel)
            shutil.rmtree(slot / "build", ignore_errors=True)
            got = run_in(self.sandbox, self.task, slot, self.cmd, hidden=True, limits=self.limits)
        finally:
            (slot / rel).write_bytes(keep)
            self.slots.give(slot)
        if got.ok:
            return "survived"
        if got.status is ExitStatus.TIMEOUT:
            return "timeout"
        return "invalid" if got.exit_code == BUILD_FAILED and BUILD_MARK in got.output else "killed"


def run(
    task: LoadedTask,
    work: Path,
    jobs: int,
    sandbox: Sandbox,
    progress: Callable[[int, int], None] | None = None,
) -> MutationRun:
    sources = mutable_files(task, work, (".c",))
    if not sources:
        raise TaskError(f"{task.id}: no editable C source to mutate")
    shutil.rmtree(work / HIDDEN_DIR)  # the sandbox mounts the task's hidden folder itself
    base_cmd = f"rm -rf build && {command_text(task, 'build')} && {command_text(task, 'hidden', built=True)}"
    base = run_in(sandbox, task, work, base_cmd, hidden=True)
    if not base.ok:
        raise TaskError(f"{task.id}: the reference fails its hidden tests: {base.tail(800)}")
    limits = task_limits(task).model_copy(
        update={"timeout": min(task.task.commands.timeout, max(10.0, 10 * base.seconds))}
    )
    scratch = Path(tempfile.mkdtemp(prefix="lb-cmut-"))
    try:
        mutants, total = _collect(task, work, sources, scratch / "mutants")
        trial = _Trial(task, sandbox, _Slots(work, jobs, scratch), limits)
        verdicts = []
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            for verdict in pool.map(trial, mutants):
                verdicts.append(verdict)
                if progress:
                    progress(len(verdicts), len(mutants))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    counted = [(name, v) for (_, _, name), v in zip(mutants, verdicts, strict=True) if v != "invalid"]
    return MutationRun(
        tool=f"universalmutator {metadata.version('universalmutator')}, a seeded sample of "
        f"{min(SAMPLE, total)} of {total} mutants, each built and tested in the sandbox",
        mutants=len(counted),
        killed=sum(1 for _, v in counted if v in ("killed", "timeout")),
        survivors=[Survivor(mutant=name) for name, v in counted if v == "survived"],
    )
