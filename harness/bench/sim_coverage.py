"""Does the reported 95% interval cover a known lift? Runs the real pipeline (runner, arms, scorer,
store, report) with a simulated model many times and prints the coverage. Asserts nothing.

    python -m harness.bench.sim_coverage [--runs 200] [--tasks 60] [--samples 1] [--profile plateau]

The suite is the built-in Python tasks copied under new ids up to `--tasks` tasks (the sim draws
independently per task id), so the interval is judged at a realistic suite size rather than at
the handful of starter tasks. The true lift is what the sim profile implies on these tasks
(agents.sim.expected_success), with the share of each task's broken variants that its visible
tests catch measured once by the scorer. The sim only ever produces a handful of distinct
workspaces per task, so sandboxed commands and scores are memoised by content: that is what
makes hundreds of runs affordable.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from agents.arms import load_arm
from agents.sim import expected_success, load_profile
from harness.config import RunSpec
from harness.paths import BUILTIN_SUITE
from harness.protocols import ExecResult, Sandbox
from harness.report.build import build_report
from harness.runner import Runner, plan
from harness.sandbox import get_sandbox
from harness.scoring.ladder import Scorer
from harness.scoring.record import Score
from harness.store import Store
from harness.tasks import LoadedTask, Suite, load_task, tree_hash
from harness.validate import overlay_diff


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class MemoSandbox:
    """Runs each distinct (command, tree, mounts) once; deterministic task tests make this safe."""

    def __init__(self, inner: Sandbox) -> None:
        self.inner, self.name, self.isolated = inner, inner.name, inner.isolated
        self.cache: dict[str, ExecResult] = {}
        self.lock = threading.Lock()

    def run(self, cmd, workspace, **kwargs):  # type: ignore[no-untyped-def]
        key = hashlib.sha256(f"{cmd}|{tree_digest(workspace)}|{kwargs.get('mounts')}".encode()).hexdigest()
        with self.lock:
            if key in self.cache:
                return self.cache[key]
        result = self.inner.run(cmd, workspace, **kwargs)
        with self.lock:
            self.cache[key] = result
        return result


class MemoScorer(Scorer):
    """Scores each distinct (task code and tests, diff) once; copies of a task share scores."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox)
        self.memo: dict[tuple[str, str], Score] = {}
        self.code: dict[Path, str] = {}
        self.lock = threading.Lock()

    def score(self, task: LoadedTask, diff: str) -> Score:
        if task.root not in self.code:
            self.code[task.root] = tree_hash([task.repo, task.hidden])
        key = (self.code[task.root], hashlib.sha256(diff.encode()).hexdigest())
        with self.lock:
            cached = self.memo.get(key)
        if cached is None:
            cached = super().score(task, diff)
            with self.lock:
                self.memo[key] = cached
        return cached.model_copy(update={"task": task.id, "task_hash": task.content_hash})


def replicate(tasks: list[LoadedTask], total: int, folder: Path) -> list[LoadedTask]:
    """`total` tasks: copies of `tasks` under new ids, round robin, in a suite under `folder`."""
    out = []
    for i in range(total):
        source = tasks[i % len(tasks)]
        new_id = f"{source.id}-c{i:03d}"
        dest = folder / source.task.language / new_id
        shutil.copytree(source.root, dest)
        text = (dest / "task.yaml").read_text(encoding="utf-8")
        (dest / "task.yaml").write_text(re.sub(r"(?m)^id: .*$", f"id: {new_id}", text, count=1))
        out.append(load_task(dest))
    return out


def caught_share(task: LoadedTask, scorer: Scorer, outcomes: list[str]) -> float:
    """Share of the task's breaking variants that the visible tests catch."""
    broken = [v for v in task.variants() if v.expect.outcome.value in outcomes]
    if not broken:
        return 0.0
    caught = []
    for v in broken:
        visible = scorer.score(task, overlay_diff(task, v.files, v.expect.delete)).tests.get("visible")
        caught.append(visible is not None and not visible.passed)
    return sum(caught) / len(caught)


def true_lift(tasks: list[LoadedTask], profile_name: str, arm: str, scorer: Scorer) -> float:
    profile = load_profile(profile_name)
    outcomes = [str(o) for o in profile.broken_outcomes]
    base, other = load_arm("raw"), load_arm(arm)
    lifts = []
    for task in tasks:
        caught = caught_share(task, scorer, outcomes)
        scope = task.task.scope
        lifts.append(
            expected_success(profile, scope, other, caught) - expected_success(profile, scope, base, caught)
        )
    return sum(lifts) / len(lifts)


def coverage(
    runs: int,
    samples: int,
    profile: str,
    arm: str,
    suite: Path,
    n_tasks: int = 60,
    sandbox: str = "auto",
    starters: list[str] | None = None,
) -> dict:
    """Run the pipeline `runs` times with different seeds; count intervals covering the truth.
    The `n_tasks` are copies of the `starters` (task ids; every Python task by default)."""
    chosen = Suite(suite).select(starters) if starters else Suite(suite).load_all()
    pool = [t for t in chosen if t.task.language == "python"]
    box = MemoSandbox(get_sandbox(sandbox))
    scorer = MemoScorer(box)
    hits, lifts, widths = 0, [], []
    with tempfile.TemporaryDirectory() as tmp:
        tasks = replicate(pool, n_tasks, Path(tmp) / "suite")
        truth = true_lift(tasks, profile, arm, scorer)
        store = Store(f"sqlite:///{tmp}/coverage.sqlite")
        for seed in range(runs):
            spec = RunSpec(
                models=[f"sim/{profile}"],
                arms=["raw", arm],
                samples=samples,
                seed=seed,
                run_id=f"cov-{seed}",
                concurrency=2,
            )
            runner = Runner(spec, store, box)
            runner.scorer = scorer
            run_id, todo = runner.start(plan(spec, tasks), tasks)
            runner.run(run_id, todo, lambda record: None)
            paired = build_report(store.run(run_id), store.attempts(run_id)).paired[arm]
            hits += paired.ci[0] <= truth <= paired.ci[1]
            lifts.append(paired.lift)
            widths.append(paired.ci[1] - paired.ci[0])
    return {
        "runs": runs,
        "tasks": len(tasks),
        "samples": samples,
        "true_lift": truth,
        "coverage": hits / runs,
        "mean_lift": statistics.fmean(lifts),
        "mean_width": statistics.fmean(widths),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--samples", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--profile", default="plateau")
    parser.add_argument("--arm", default="agent")
    parser.add_argument("--suite", type=Path, default=BUILTIN_SUITE)
    args = parser.parse_args()
    started = time.perf_counter()
    result = coverage(args.runs, args.samples, args.profile, args.arm, args.suite, args.tasks)
    print(
        f"sim/{args.profile}, {args.arm} vs raw: {result['tasks']} tasks x {result['samples']} samples, "
        f"{result['runs']} seeded runs of the full pipeline"
    )
    print(
        f"true lift {100 * result['true_lift']:+.1f} pts; "
        f"mean reported lift {100 * result['mean_lift']:+.1f}; "
        f"mean 95% CI width {100 * result['mean_width']:.1f} pts"
    )
    print(
        f"coverage of the reported 95% interval: {100 * result['coverage']:.1f}%  "
        f"({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
