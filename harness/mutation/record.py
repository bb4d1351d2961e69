"""What a mutation run found, the bar it must meet, and writing it into `task.yaml`."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from harness.tasks import Equivalent, LoadedTask, Mutation, Survivor, tree_hash
from harness.workspace import copy_tree, overlay

BARS = {"python": 0.90, "javascript": 0.90, "c": 0.85}
"""Least hidden-test mutation score per language, unless every survivor is equivalent."""

HIDDEN_DIR = "lb_hidden"
"""Where the hidden tests are put inside a mutation work folder."""


@dataclass
class MutationRun:
    tool: str
    mutants: int
    killed: int
    survivors: list[Survivor] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return self.killed / self.mutants if self.mutants else 0.0


def digest(task: LoadedTask) -> str:
    """What a recorded score describes: the code, the reference and the hidden tests."""
    return tree_hash([task.repo, task.reference, task.hidden])[:16]


def problems(task: LoadedTask, mutation: Mutation | None = None) -> list[str]:
    """Why the recorded mutation result does not meet the bar (empty when it does)."""
    m = mutation if mutation is not None else task.task.mutation
    bar = BARS[task.task.language]
    hint = f"run `liftbench tasks mutate {task.id}`"
    if m.score is None or m.mutants is None or m.digest is None:
        return [f"mutation: no hidden-test mutation score recorded; {hint}"]
    out = []
    if m.digest != digest(task):
        out.append(f"mutation: recorded for other code or hidden tests than the task's now; {hint}")
    if m.mutants == 0:
        out.append("mutation: the tool made no mutants, so the score says nothing")
    equivalent = {e.mutant for e in m.equivalent}
    unexplained = [s.mutant for s in m.survivors if s.mutant not in equivalent]
    if m.score < bar and unexplained:
        out.append(
            f"mutation: score {m.score:.3f} below {bar:.2f} with {len(unexplained)} survivor(s) not "
            f"listed as equivalent (e.g. {unexplained[0]}); add hidden tests that kill them, or list "
            "truly equivalent ones under mutation.equivalent with a reason"
        )
    return out


def to_record(task: LoadedTask, run: MutationRun) -> tuple[Mutation, list[str]]:
    """The `mutation` block for `run`; keeps equivalence notes whose mutant still survives and
    returns the ones dropped because it no longer does."""
    alive = {s.mutant for s in run.survivors}
    kept: list[Equivalent] = [e for e in task.task.mutation.equivalent if e.mutant in alive]
    dropped = [e.mutant for e in task.task.mutation.equivalent if e.mutant not in alive]
    record = Mutation(
        score=round(run.score, 3),
        tool=run.tool,
        mutants=run.mutants,
        killed=run.killed,
        digest=digest(task),
        survivors=run.survivors,
        equivalent=kept,
    )
    return record, dropped


_BLOCK_END = re.compile(r"^[^\s]")
"""The block ends at the next line starting in column 0: another key or a comment."""


def write(task: LoadedTask, record: Mutation) -> None:
    """Replace the top-level `mutation:` block of task.yaml, leaving every other line as it is."""
    path = task.root / "task.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("mutation:")), None)
    if start is None:
        head, tail = lines, []
    else:
        end = next((i for i in range(start + 1, len(lines)) if _BLOCK_END.match(lines[i])), len(lines))
        head, tail = lines[:start], lines[end:]
    if head and not head[-1].endswith("\n"):
        head[-1] += "\n"
    data = record.model_dump(mode="json")
    data["survivors"] = [{k: v for k, v in s.items() if v} for s in data["survivors"]]
    block = yaml.safe_dump({"mutation": data}, sort_keys=False, width=110, allow_unicode=True)
    path.write_text("".join(head) + block + "".join(tail), encoding="utf-8")


def prepare(task: LoadedTask, into: Path) -> Path:
    """A work folder: repo/ with the reference laid over it and the hidden tests in `lb_hidden/`."""
    work = into / "work"
    copy_tree(task.repo, work)
    if task.reference.is_dir():
        overlay(work, task.reference)
    shutil.copytree(task.hidden, work / HIDDEN_DIR)
    return work


def mutable_files(task: LoadedTask, work: Path, suffixes: tuple[str, ...]) -> list[str]:
    """Source files a solver may edit (tests and protected files excluded), relative to `work`."""
    out = []
    for path in sorted(work.rglob("*")):
        rel = path.relative_to(work).as_posix()
        if not path.is_file() or not rel.endswith(suffixes) or rel.startswith(HIDDEN_DIR + "/"):
            continue
        if task.is_editable(rel):  # node_modules and test-runner files are never editable
            out.append(rel)
    return out
