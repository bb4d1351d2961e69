"""Scoring speed: how long the shared scorer takes per candidate. Prints figures; asserts nothing.

python -m harness.bench.scoring [--repeat N] [--sandbox auto|bwrap|docker|local] [--suite DIR]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from harness.paths import BUILTIN_SUITE
from harness.sandbox import get_sandbox
from harness.scoring.ladder import Scorer
from harness.tasks import Suite
from harness.validate import overlay_diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sandbox", default="auto")
    parser.add_argument("--suite", type=Path, default=BUILTIN_SUITE)
    parser.add_argument("--tasks", nargs="*", help="Task ids or globs (default: all).")
    args = parser.parse_args()
    scorer = Scorer(get_sandbox(args.sandbox))
    print(f"sandbox={scorer.sandbox.name} repeat={args.repeat}")
    print(f"{'task':28} {'candidate':10} {'median s':>9} {'min s':>7} {'tests s':>8} outcome")
    for task in Suite(args.suite).select(args.tasks):
        diff = overlay_diff(task, task.reference)
        scorer.score(task, diff)  # warm the original's measurement cache
        times, test_times, outcome = [], [], ""
        for _ in range(args.repeat):
            start = time.perf_counter()
            score = scorer.score(task, diff)
            times.append(time.perf_counter() - start)
            test_times.append(sum(t.seconds for t in score.tests.values()))
            outcome = score.outcome
        print(
            f"{task.id:28} {'reference':10} {statistics.median(times):9.3f} {min(times):7.3f} "
            f"{statistics.median(test_times):8.3f} {outcome}"
        )


if __name__ == "__main__":
    main()
