"""Scoring speed for C tasks: warm time per candidate and where it goes. Prints; asserts nothing.

python -m harness.bench.stages [--repeat N] [--sandbox auto|bwrap|docker|local] [--tasks GLOB]
                                  [--fresh]

Each task's reference is scored once to warm up (the original's measurement is cached by the
ladder), then `--repeat` times; the median wall time is printed with the median seconds of each
stage: scan (gaming scan, host), build (L1, sandbox), measure (the wait for the measurement),
clang_tidy (the measurement itself, clang-tidy + lizard on the host, started in the background
while the sandbox builds), interface (L2 compile + nm, sandbox), tests (visible + hidden,
summed) and tests_wall (the two run side by side). `--fresh` adds a comment naming the run to the
reference each time, so no content-keyed cache (scan, prefetch) can serve a repeat: a candidate
never seen before.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness.paths import BUILTIN_SUITE
from harness.sandbox import get_sandbox
from harness.scoring.ladder import Scorer
from harness.scoring.languages import checks_for
from harness.tasks import LoadedTask, Suite
from harness.validate import overlay_diff
from harness.workspace import copy_tree

STAGES = ("scan", "build", "measure", "clang_tidy", "interface", "tests", "tests_wall")


def _timed(spent: dict[str, float], stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - start

    return wrapper


def instrument(scorer: Scorer, spent: dict[str, float]) -> None:
    """Wrap the C checks and the scorer's stages so each call adds its time to `spent`."""
    checks = checks_for("c")
    for stage, name in (("scan", "scan"), ("measure", "measure"), ("interface", "interface_problems")):
        setattr(checks, name, _timed(spent, stage, getattr(type(checks), name).__get__(checks)))
    prefetch = getattr(checks, "_prefetch", None)
    if prefetch is not None:
        prefetch._measure = _timed(spent, "clang_tidy", prefetch._measure)
    run = scorer._run

    def run_stage(task: Any, cand: Path, name: str, built: bool = False) -> Any:
        return _timed(spent, "tests", run)(task, cand, name, built)

    scorer._run = run_stage  # type: ignore[method-assign,assignment]
    scorer._build = _timed(spent, "build", scorer._build)  # type: ignore[method-assign]
    scorer._test_runs = _timed(spent, "tests_wall", scorer._test_runs)  # type: ignore[method-assign]


def _fresh_candidate(task: LoadedTask, run: int) -> str:
    """The reference with a comment naming the run: new contents, so no content cache hits."""
    layer = Path(tempfile.mkdtemp(prefix="lb-bench-"))
    try:
        copy_tree(task.reference, layer)
        first = sorted(layer.rglob("*.c"))[0]
        first.write_text(first.read_text() + f"\n/* bench run {run} */\n")
        return overlay_diff(task, layer)
    finally:
        shutil.rmtree(layer, ignore_errors=True)


def main() -> None:
    """Score each C reference warm and print the median time and its stages."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sandbox", default="auto")
    parser.add_argument("--tasks", default="c-*")
    parser.add_argument("--fresh", action="store_true", help="score a never-seen candidate each time")
    args = parser.parse_args()
    scorer = Scorer(get_sandbox(args.sandbox))
    spent: dict[str, float] = defaultdict(float)
    instrument(scorer, spent)
    print(f"sandbox={scorer.sandbox.name} repeat={args.repeat} fresh={args.fresh} (seconds)")
    print(f"{'task':16} {'median':>7} {'min':>6} " + " ".join(f"{s:>10}" for s in STAGES))
    for task in Suite(BUILTIN_SUITE).select([args.tasks]):
        diff = overlay_diff(task, task.reference)
        scorer.score(task, diff)  # warm-up
        totals: list[float] = []
        stages: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.repeat):
            if args.fresh:
                diff = _fresh_candidate(task, len(totals))
            spent.clear()
            start = time.perf_counter()
            score = scorer.score(task, diff)
            totals.append(time.perf_counter() - start)
            for stage in STAGES:
                stages[stage].append(spent[stage])
        cells = " ".join(f"{statistics.median(stages[s]):10.3f}" for s in STAGES)
        print(f"{task.id:16} {statistics.median(totals):7.3f} {min(totals):6.3f} {cells}  {score.outcome}")


if __name__ == "__main__":
    main()
