"""`liftbench tasks mutate`: measure one task's hidden-test mutation score and record it."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from harness.errors import TaskError
from harness.mutation import c_mut, js_mut, python_mut
from harness.mutation.record import BARS, MutationRun, prepare, problems, to_record, write
from harness.protocols import Sandbox
from harness.tasks import LoadedTask, load_task


class MutateResult(BaseModel):
    id: str
    tool: str
    score: float
    bar: float
    mutants: int
    killed: int
    survivors: list[str] = Field(default_factory=list)
    equivalent: int = 0
    passed: bool
    problems: list[str] = Field(default_factory=list)
    dropped_equivalent: list[str] = Field(
        default_factory=list, description="Equivalence notes whose mutant no longer survives."
    )
    seconds: float
    written: bool


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def measure(
    task: LoadedTask, sandbox: Sandbox, jobs: int, progress: Callable[[int, int], None] | None = None
) -> MutationRun:
    scratch = Path(tempfile.mkdtemp(prefix=f"lb-mutate-{task.id}-"))
    started = time.monotonic()
    try:
        work = prepare(task, scratch)
        language = task.task.language
        if language == "python":
            run = python_mut.run(task, work, jobs)
        elif language == "javascript":
            run = js_mut.run(task, work, jobs)
        else:
            run = c_mut.run(task, work, jobs, sandbox, progress)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    run.seconds = time.monotonic() - started
    return run


def mutate_task(
    task: LoadedTask,
    sandbox: Sandbox,
    *,
    jobs: int | None = None,
    save: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> MutateResult:
    """Run the language's mutation tool on the reference, judge it against the bar and (unless
    `save` is off) write the result into the task's task.yaml."""
    run = measure(task, sandbox, jobs or default_jobs(), progress)
    record, dropped = to_record(task, run)
    found = problems(task, record)
    if save:
        write(task, record)
        if load_task(task.root).task.mutation != record:
            raise TaskError(f"{task.root / 'task.yaml'}: the mutation block did not read back as written")
    return MutateResult(
        id=task.id,
        tool=run.tool,
        score=record.score or 0.0,
        bar=BARS[task.task.language],
        mutants=run.mutants,
        killed=run.killed,
        survivors=[s.mutant for s in run.survivors],
        equivalent=len(record.equivalent),
        passed=not found,
        problems=found,
        dropped_equivalent=dropped,
        seconds=round(run.seconds, 1),
        written=save,
    )
