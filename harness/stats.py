"""Success rates and paired lifts with intervals and tests that hold up (see STATS.md).

Input per arm: task id -> outcomes over that task's samples. Every figure is task-weighted (the
mean over tasks of each task's success share) and carries N (tasks) and S (samples). Pure
functions, standard library only; the exact McNemar test and power planning live in harness.power.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from harness.power import mcnemar_exact, sign_flip_test, t_quantile

PerTask = dict[str, list[bool]]
LEVELS = ("L0", "L1", "L2", "L3", "L4")
NOTE = "task-weighted; the lift is the average over the task population the suite samples"


class RateEstimate(BaseModel):
    """One arm's task-weighted success rate with its 95% interval."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)
    rate: float
    """Mean over tasks of the per-task success share."""
    ci: tuple[float, float]
    """95% interval for the rate."""
    n_tasks: int
    """N: tasks with at least one outcome."""
    n_attempts: int
    """All outcomes over all tasks."""
    samples: float
    """S: mean samples per task."""
    samples_max: int
    """Largest S of any task."""
    n_eff: float
    """Effective sample size the Wilson interval used."""
    method: str
    """How the interval was computed."""


class LiftEstimate(BaseModel):
    """The paired lift of one arm over a base arm, over tasks both arms ran."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)
    lift: float
    """Mean over tasks of (arm share - base share)."""
    ci: tuple[float, float]
    """95% interval for the lift, by `method`."""
    method: str
    """Interval method: `newcombe-paired` (S == 1) or `t-paired-tasks` (S > 1)."""
    bootstrap_ci: tuple[float, float] | None
    """Percentile interval from a paired bootstrap over tasks (None when disabled)."""
    p_value: float
    """Two-sided p of `test`."""
    mid_p: float
    """Mid-p of the same test."""
    test: str
    """`mcnemar-exact` (S == 1) or `sign-flip-exact` / `sign-flip-monte-carlo` (S > 1)."""
    n_tasks: int
    """N: tasks present in both arms."""
    samples: float
    """S: mean samples per task and arm."""
    flips: dict[str, int]
    """Tasks that flipped: base_fail_arm_pass and base_pass_arm_fail."""
    flips_basis: str
    """`attempt pairs` (S == 1) or `task majority` (share > 1/2 counts as a pass)."""
    note: str = NOTE
    """How to read the lift."""


def wilson(successes: float, n: float, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion; accepts a fractional n (an effective size)."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _clean(per_task: PerTask) -> PerTask:
    """Drop tasks without outcomes (never run), keeping the order of the rest."""
    return {task: outcomes for task, outcomes in per_task.items() if outcomes}


def _share(outcomes: list[bool]) -> float:
    """Share of successes among one task's samples."""
    return sum(outcomes) / len(outcomes)


def icc(per_task: PerTask) -> float:
    """One-way ANOVA intraclass correlation of outcomes within tasks, clipped to [0, 1].

    rho = (MSB - MSW) / (MSB + (m0 - 1) MSW), with m0 the ANOVA-adjusted mean cluster size. When it
    is undefined (one task, S == 1, or no variation at all) it returns 1.0, the cautious value.
    """
    tasks = list(_clean(per_task).values())
    n_tasks, total = len(tasks), sum(len(o) for o in tasks)
    if n_tasks < 2 or total <= n_tasks:
        return 1.0
    grand = sum(sum(o) for o in tasks) / total
    msb = sum(len(o) * (_share(o) - grand) ** 2 for o in tasks) / (n_tasks - 1)
    msw = sum(len(o) * _share(o) * (1 - _share(o)) for o in tasks) / (total - n_tasks)
    m0 = (total - sum(len(o) ** 2 for o in tasks) / total) / (n_tasks - 1)
    denom = msb + (m0 - 1) * msw
    return 1.0 if denom <= 0 else min(1.0, max(0.0, (msb - msw) / denom))


def arm_rate(per_task: PerTask, z: float = 1.96) -> RateEstimate:
    """Task-weighted success rate with a Wilson interval on the right number of independent units.

    S == 1 everywhere: Wilson on the N tasks. S > 1: Wilson with the cluster-adjusted effective
    sample size (STATS.md: never Wilson on pooled attempts). Samples of one task share its
    difficulty, with intraclass correlation rho (see `icc`); the task-weighted mean then has
    variance p(1-p)/N * (rho + (1 - rho) * mean_i(1/S_i)), so
    n_eff = N / (rho + (1 - rho) * mean_i(1/S_i)). With equal S this is N*S / (1 + (S - 1) rho),
    Kish's design effect 1 + (S - 1) rho; n_eff always lies between N and the attempt count.
    """
    tasks = _clean(per_task)
    sizes = [len(o) for o in tasks.values()]
    n_tasks = len(tasks)
    rate = statistics.fmean(_share(o) for o in tasks.values()) if tasks else 0.0
    if max(sizes, default=1) == 1:
        n_eff, method = float(n_tasks), "wilson-tasks"
    else:
        rho = icc(tasks)
        n_eff = n_tasks / (rho + (1 - rho) * statistics.fmean(1 / s for s in sizes))
        method = f"wilson-design-effect (icc={rho:.2f})"
    return RateEstimate(
        rate=rate,
        ci=wilson(rate * n_eff, n_eff, z) if n_tasks else (0.0, 1.0),
        n_tasks=n_tasks,
        n_attempts=sum(sizes),
        samples=statistics.fmean(sizes) if sizes else 0.0,
        samples_max=max(sizes, default=0),
        n_eff=n_eff,
        method=method,
    )


def t_interval(
    values: Sequence[float], conf: float = 0.95, bounds: tuple[float, float] = (-1.0, 1.0)
) -> tuple[float, float]:
    """Student t interval for the mean, clipped to `bounds`; fewer than 2 values give `bounds`.

    Identical values give a zero-width interval at their common value.
    """
    if len(values) < 2:
        return bounds
    mean = statistics.fmean(values)
    half = t_quantile(0.5 + conf / 2, len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
    return max(bounds[0], mean - half), min(bounds[1], mean + half)


def newcombe_paired(
    both: int, arm_only: int, base_only: int, neither: int, z: float = 1.96
) -> tuple[float, float]:
    """Newcombe's (1998) method 10 interval for the paired difference arm rate - base rate.

    Square-and-add of the marginal Wilson intervals (arm p1 in (l1, u1), base p2 in (l2, u2)),
    corrected by phi, the correlation of the paired outcomes: with ad - bc > n/2 it is shrunk by
    n/2, in [0, n/2] it is 0, and it is 0 when a margin is empty. Then
    lo = D - sqrt((p1-l1)^2 - 2 phi (p1-l1)(u2-p2) + (u2-p2)^2), hi likewise with (u1-p1), (p2-l2).
    """
    n = both + arm_only + base_only + neither
    if n == 0:
        return -1.0, 1.0
    (l1, u1), (l2, u2) = wilson(both + arm_only, n, z), wilson(both + base_only, n, z)
    p1, p2 = (both + arm_only) / n, (both + base_only) / n
    margins = (both + arm_only) * (base_only + neither) * (both + base_only) * (arm_only + neither)
    cross = both * neither - arm_only * base_only
    shrunk = cross - n / 2 if cross > n / 2 else min(cross, 0)
    phi = shrunk / math.sqrt(margins) if margins else 0.0
    lo = p1 - p2 - math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    hi = p1 - p2 + math.sqrt(max(0.0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2))
    return max(-1.0, lo), min(1.0, hi)


def bootstrap_ci(
    diffs: Sequence[float], n_boot: int = 2000, seed: int = 0, conf: float = 0.95
) -> tuple[float, float]:
    """Percentile interval of the mean from a paired bootstrap over tasks (seeded, reproducible)."""
    if not diffs:
        return -1.0, 1.0
    rng, n = random.Random(seed), len(diffs)
    means = sorted(math.fsum(rng.choices(diffs, k=n)) / n for _ in range(n_boot))
    tail = (1 - conf) / 2
    return means[int(tail * n_boot)], means[min(n_boot - 1, math.ceil((1 - tail) * n_boot) - 1)]


def _flips(arm: PerTask, base: PerTask, tasks: list[str]) -> dict[str, int]:
    """Tasks passing in one arm and failing in the other; a task passes when its share > 1/2."""
    won = sum(_share(arm[t]) > 0.5 >= _share(base[t]) for t in tasks)
    lost = sum(_share(base[t]) > 0.5 >= _share(arm[t]) for t in tasks)
    return {"base_fail_arm_pass": won, "base_pass_arm_fail": lost}


def paired_lift(arm: PerTask, base: PerTask, n_boot: int = 2000, seed: int = 0) -> LiftEstimate:
    """Paired lift of `arm` over `base` on the tasks both ran (with outcomes), per STATS.md.

    lift = mean over tasks of (arm share - base share). S == 1 for every task in both arms:
    Newcombe's paired interval and the exact McNemar test (mid-p beside it); flips count attempt
    pairs. Otherwise: a t-interval on per-task differences and the sign-flip permutation test on
    them; flips count tasks by majority outcome. A paired bootstrap over tasks (n_boot resamples,
    seeded; 0 disables it) is reported beside the interval either way.
    """
    arm, base = _clean(arm), _clean(base)
    tasks = [t for t in arm if t in base]
    diffs = [_share(arm[t]) - _share(base[t]) for t in tasks]
    flips = _flips(arm, base, tasks)
    single = all(len(arm[t]) == 1 == len(base[t]) for t in tasks)
    if single:
        won, lost = flips["base_fail_arm_pass"], flips["base_pass_arm_fail"]
        both = sum(arm[t][0] and base[t][0] for t in tasks)
        ci, method = newcombe_paired(both, won, lost, len(tasks) - both - won - lost), "newcombe-paired"
        p_value, mid_p = mcnemar_exact(won, lost)
        test = "mcnemar-exact"
    else:
        ci, method = t_interval(diffs), "t-paired-tasks"
        p_value, mid_p, test = sign_flip_test(diffs, seed=seed)
    sizes = [len(arm[t]) + len(base[t]) for t in tasks]
    return LiftEstimate(
        lift=statistics.fmean(diffs) if diffs else 0.0,
        ci=ci,
        method=method,
        bootstrap_ci=bootstrap_ci(diffs, n_boot, seed) if n_boot > 0 else None,
        p_value=p_value,
        mid_p=mid_p,
        test=test,
        n_tasks=len(tasks),
        samples=statistics.fmean(sizes) / 2 if sizes else 0.0,
        flips=flips,
        flips_basis="attempt pairs" if single else "task majority",
    )


def funnel(levels: list[dict[str, bool]]) -> dict[str, float]:
    """Share of attempts reaching each ladder level L0..L4, and the share that succeeded.

    An attempt reaches Lk when it passed every level up to and including Lk (the ladder is climbed
    in order; a missing key counts as not passed). No attempts: every share is 0.0.
    """
    n = len(levels)
    shares: dict[str, float] = {}
    for depth, level in enumerate(LEVELS):
        reached = sum(all(a.get(lv, False) for lv in LEVELS[: depth + 1]) for a in levels)
        shares[level] = reached / n if n else 0.0
    shares["success"] = sum(a.get("success", False) for a in levels) / n if n else 0.0
    return shares
