"""Interval coverage and test type-I error on simulated paired runs. Prints figures; asserts nothing.

python -m harness.bench.coverage [--reps 200] [--tasks 30 60 120] [--samples 1 3] [--boot 2000]

Each simulated task has its own difficulty (base success probability uniform on [0.05, 0.70])
and its own lift (uniform on [lift - 0.15, lift + 0.15]), so the true lift over the task
population is exactly `lift` and the base arm's true rate is 0.375. Coverage is measured at lift
0.15; type-I error at lift 0 with the arms identical on every task (a true null).
"""

from __future__ import annotations

import argparse
import random
import time

from harness.stats import PerTask, arm_rate, paired_lift, t_interval, wilson

BASE_LO, BASE_HI, SPREAD = 0.05, 0.70, 0.15
TRUE_BASE_RATE = (BASE_LO + BASE_HI) / 2


def simulate(
    rng: random.Random, n_tasks: int, samples: int, lift: float, spread: float = SPREAD
) -> tuple[PerTask, PerTask]:
    """One paired dataset (arm, base): heterogeneous task difficulty and task-varying lift."""
    arm: PerTask = {}
    base: PerTask = {}
    for i in range(n_tasks):
        p_base = rng.uniform(BASE_LO, BASE_HI)
        p_arm = p_base + (rng.uniform(lift - spread, lift + spread) if lift else 0.0)
        arm[f"t{i}"] = [rng.random() < p_arm for _ in range(samples)]
        base[f"t{i}"] = [rng.random() < p_base for _ in range(samples)]
    return arm, base


def _covers(ci: tuple[float, float] | None, truth: float) -> float:
    """1.0 when the interval contains the truth, else 0.0 (NaN when there is no interval)."""
    return float("nan") if ci is None else float(ci[0] <= truth <= ci[1])


def _pooled_wilson(per_task: PerTask) -> tuple[float, float]:
    """The interval STATS.md forbids at S > 1: Wilson on all attempts as if independent."""
    outcomes = [o for task in per_task.values() for o in task]
    return wilson(sum(outcomes), len(outcomes))


def _cell(rng: random.Random, n_tasks: int, samples: int, reps: int, boot: int) -> dict[str, float]:
    """Coverage (lift 0.15) and rejection rates (lift 0 and 0.15) for one (N, S) setting."""
    sums: dict[str, float] = {}
    for _ in range(reps):
        arm, base = simulate(rng, n_tasks, samples, 0.15)
        est = paired_lift(arm, base, n_boot=boot, seed=rng.randrange(2**31))
        null = paired_lift(*simulate(rng, n_tasks, samples, 0.0), n_boot=0)
        diffs = [sum(arm[t]) / samples - sum(base[t]) / samples for t in arm]
        row = {
            "newcombe": _covers(est.ci if samples == 1 else None, 0.15),
            "t ci": _covers(t_interval(diffs), 0.15),
            "boot ci": _covers(est.bootstrap_ci, 0.15),
            "rate ci": _covers(arm_rate(base).ci, TRUE_BASE_RATE),
            "pooled": _covers(_pooled_wilson(base), TRUE_BASE_RATE),
            "type-I p": float(null.p_value <= 0.05),
            "type-I mid": float(null.mid_p <= 0.05),
            "power p": float(est.p_value <= 0.05),
        }
        for key, value in row.items():
            sums[key] = sums.get(key, 0.0) + value
    return {key: value / reps for key, value in sums.items()}


def _fmt(value: float) -> str:
    """A table cell: three decimals, or a dash for a method that does not apply."""
    return f"{'-':>10}" if value != value else f"{value:>10.3f}"


def main() -> None:
    """Print one row per (N, S): interval coverage at lift 0.15 and test rejection rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--tasks", type=int, nargs="+", default=[30, 60, 120])
    parser.add_argument("--samples", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--boot", type=int, default=2000, help="bootstrap resamples per dataset")
    parser.add_argument("--seed", type=int, default=20261)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = time.perf_counter()
    print(f"SIMULATED reps={args.reps} boot={args.boot} seed={args.seed}; nominal 95% / alpha 0.05")
    print("coverage of the lift (true 0.15): newcombe (S=1 only), t on per-task differences, paired")
    print("bootstrap; of the base rate (true 0.375): arm_rate, and Wilson on pooled attempts (never use).")
    print("rejections at alpha 0.05: exact McNemar (S=1) / exact sign-flip (S>1), p and mid-p, at lift 0")
    print("(type-I) and at lift 0.15 (power p).")
    keys = ["newcombe", "t ci", "boot ci", "rate ci", "pooled", "type-I p", "type-I mid", "power p"]
    print(f"{'N':>4} {'S':>2} " + " ".join(f"{k:>10}" for k in keys))
    for samples in args.samples:
        for n_tasks in args.tasks:
            cell = _cell(rng, n_tasks, samples, args.reps, args.boot)
            print(f"{n_tasks:>4} {samples:>2} " + " ".join(_fmt(cell[k]) for k in keys))
    print(f"elapsed {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
