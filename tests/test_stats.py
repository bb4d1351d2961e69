"""Statistics: known values for every interval and test, exact tests agreeing with each other,
degenerate inputs handled without crashing, power figures matching the planning table, and a
small seeded coverage check of the t-interval on heterogeneous paired data."""

from __future__ import annotations

import itertools
import random

import pytest

from harness.bench.coverage import simulate
from harness.power import mcnemar_exact, power_exact, sign_flip_test, t_quantile, tasks_needed
from harness.stats import (
    arm_rate,
    bootstrap_ci,
    funnel,
    icc,
    newcombe_paired,
    paired_lift,
    t_interval,
    wilson,
)


def _paired(table: dict[tuple[bool, bool], int]) -> tuple[dict[str, list[bool]], dict[str, list[bool]]]:
    """S == 1 data (arm, base) from counts of (arm outcome, base outcome) pairs."""
    arm: dict[str, list[bool]] = {}
    base: dict[str, list[bool]] = {}
    for (a, b), count in table.items():
        for _ in range(count):
            arm[f"t{len(arm)}"], base[f"t{len(base)}"] = [a], [b]
    return arm, base


def test_wilson_known_values() -> None:
    """Wilson 8/10 is (0.490, 0.943); n = 0 is uninformative; 0/n starts at 0 and n/n ends at 1."""
    assert wilson(8, 10) == pytest.approx((0.490, 0.943), abs=5e-4)
    assert wilson(0, 0) == (0.0, 1.0)
    assert wilson(0, 20)[0] == 0.0 and wilson(20, 20)[1] == 1.0


@pytest.mark.parametrize(("df", "expected"), [(1, 12.706), (10, 2.228), (30, 2.042), (120, 1.980)])
def test_t_quantile_known_values(df: int, expected: float) -> None:
    """The inverse t CDF matches printed tables at 0.975 and is antisymmetric about 0.5."""
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=5e-4)
    assert t_quantile(0.025, df) == pytest.approx(-t_quantile(0.975, df))


def test_mcnemar_known_table() -> None:
    """Exact McNemar for b=10, c=2 is 2*79/4096 (about 0.0386), mid-p 92/4096; b=c gives 1."""
    p, mid = mcnemar_exact(10, 2)
    assert p == pytest.approx(158 / 4096) and mid == pytest.approx(92 / 4096)
    assert mcnemar_exact(2, 10) == (p, mid)
    assert mcnemar_exact(5, 5) == (1.0, 1.0) and mcnemar_exact(0, 0) == (1.0, 1.0)


@pytest.mark.parametrize(("b", "c", "ties"), [(10, 2, 5), (7, 7, 0), (0, 6, 3), (25, 11, 40)])
def test_sign_flip_equals_mcnemar_for_single_samples(b: int, c: int, ties: int) -> None:
    """S == 1 differences are +1/-1/0, so the sign-flip null is McNemar's Binomial(b+c, 1/2)."""
    p, mid, name = sign_flip_test([1.0] * b + [-1.0] * c + [0.0] * ties)
    assert name == "sign-flip-exact"
    assert (p, mid) == pytest.approx(mcnemar_exact(b, c))


def test_sign_flip_matches_brute_force() -> None:
    """On fractional differences the counted distribution equals enumerating all 2^n sign patterns."""
    diffs = [1 / 3, 2 / 3, 1.0, -1 / 3, 0.5, 2 / 3, -0.5, 1 / 3]
    observed = abs(sum(diffs))
    sums = [
        sum(s * d for s, d in zip(signs, diffs, strict=True))
        for signs in itertools.product((1, -1), repeat=8)
    ]
    brute = sum(s >= observed - 1e-9 for s in sums) / len(sums) * 2
    p, _, name = sign_flip_test(diffs)
    assert name == "sign-flip-exact" and p == pytest.approx(brute)


def test_sign_flip_monte_carlo_is_seeded() -> None:
    """Irrational-looking differences fall back to Monte Carlo, reproducible for a seed."""
    diffs = [0.123456789 * (i % 7 + 1) * (-1) ** (i % 3) for i in range(40)]
    first = sign_flip_test(diffs, seed=3, n_mc=2000)
    assert first[2] == "sign-flip-monte-carlo" and first == sign_flip_test(diffs, seed=3, n_mc=2000)


def test_newcombe_known_value() -> None:
    """Newcombe method 10 for a=59, b=6, c=16, d=80 is (-0.1186, -0.0046) (Fagerland et al.)."""
    assert newcombe_paired(59, 6, 16, 80) == pytest.approx((-0.1186, -0.0046), abs=5e-5)


def test_paired_lift_single_sample_uses_newcombe_and_mcnemar() -> None:
    """S == 1: lift is (b - c)/n, interval Newcombe, test exact McNemar, flips per attempt pair."""
    arm, base = _paired({(True, True): 59, (True, False): 6, (False, True): 16, (False, False): 80})
    est = paired_lift(arm, base, n_boot=200)
    assert est.lift == pytest.approx(-10 / 161) and est.n_tasks == 161 and est.samples == 1.0
    assert est.method == "newcombe-paired" and est.ci == pytest.approx(newcombe_paired(59, 6, 16, 80))
    assert est.test == "mcnemar-exact" and (est.p_value, est.mid_p) == mcnemar_exact(6, 16)
    assert est.flips == {"base_fail_arm_pass": 6, "base_pass_arm_fail": 16}
    assert est.flips_basis == "attempt pairs" and "task-weighted" in est.note


def test_paired_lift_clear_case_contains_truth() -> None:
    """A clear synthetic lift of 0.3 (S=3) lies inside a roughly symmetric t-interval and bootstrap."""
    arm, base = simulate(random.Random(7), n_tasks=80, samples=3, lift=0.3, spread=0.05)
    est = paired_lift(arm, base, n_boot=500, seed=1)
    assert est.method == "t-paired-tasks" and est.test == "sign-flip-exact"
    assert est.ci[0] < 0.3 < est.ci[1] and est.p_value < 1e-4 and est.mid_p <= est.p_value
    assert est.lift - est.ci[0] == pytest.approx(est.ci[1] - est.lift, rel=1e-9)
    assert est.bootstrap_ci is not None and est.bootstrap_ci[0] < 0.3 < est.bootstrap_ci[1]
    assert (
        est.flips_basis == "task majority"
        and est.flips["base_fail_arm_pass"] > est.flips["base_pass_arm_fail"]
    )


def test_paired_lift_uses_only_shared_tasks() -> None:
    """Tasks missing from either arm, or with no outcomes, are left out of the paired lift."""
    arm = {"a": [True, True], "b": [False, False], "c": [True, False], "d": []}
    base = {"a": [False, False], "b": [False, True], "d": [True]}
    est = paired_lift(arm, base, n_boot=0)
    assert est.n_tasks == 2 and est.lift == pytest.approx((1.0 - 0.5) / 2) and est.bootstrap_ci is None


@pytest.mark.parametrize("samples", [1, 3])
@pytest.mark.parametrize("value", [True, False])
def test_zero_variance_does_not_crash(samples: int, value: bool) -> None:
    """Identical arms with identical outcomes: lift 0, p = 1, intervals finite and containing 0."""
    data = {f"t{i}": [value] * samples for i in range(12)}
    est = paired_lift(data, data, n_boot=100)
    assert est.lift == 0.0 and est.p_value == 1.0 and est.mid_p == 1.0
    assert -1.0 <= est.ci[0] <= 0.0 <= est.ci[1] <= 1.0
    if samples > 1:
        assert est.ci == (0.0, 0.0)  # the t-interval degenerates to the point
    rate = arm_rate(data)
    assert rate.rate == float(value) and rate.ci[0] <= rate.rate <= rate.ci[1]


def test_empty_and_tiny_inputs() -> None:
    """No shared tasks, or one task, give the widest interval instead of an error."""
    assert paired_lift({}, {}, n_boot=10).ci == (-1.0, 1.0)
    assert paired_lift({"a": [True, False]}, {"a": [False, False]}, n_boot=10).ci == (-1.0, 1.0)
    assert arm_rate({}).ci == (0.0, 1.0) and t_interval([0.2]) == (-1.0, 1.0)
    assert bootstrap_ci([]) == (-1.0, 1.0)


def test_arm_rate_single_sample_is_wilson_on_tasks() -> None:
    """S == 1: the task-weighted rate is the plain rate and its interval is Wilson on N tasks."""
    data = {f"t{i}": [i < 8] for i in range(10)}
    est = arm_rate(data)
    assert est.method == "wilson-tasks" and est.rate == 0.8 and est.ci == pytest.approx(wilson(8, 10))


def test_arm_rate_design_effect_bounds() -> None:
    """S > 1: n_eff is N when tasks are all-or-nothing (ICC 1) and the attempt count with ICC 0."""
    clustered = {f"t{i}": [i % 2 == 0] * 4 for i in range(20)}
    est = arm_rate(clustered)
    assert icc(clustered) == 1.0 and est.n_eff == pytest.approx(20) and est.samples == 4
    assert est.ci == pytest.approx(wilson(10, 20)) and est.method.startswith("wilson-design-effect")
    spread = {f"t{i}": [True, False] for i in range(20)}
    assert icc(spread) == 0.0 and arm_rate(spread).n_eff == pytest.approx(40)
    uneven = {"a": [True], "b": [True, False, True], "c": [False] * 5}
    assert arm_rate(uneven).rate == pytest.approx((1 + 2 / 3 + 0) / 3)


def test_funnel_is_cumulative() -> None:
    """An attempt reaches Lk only with every level up to Lk passed; success counted on its own."""
    attempts = [
        {"L0": True, "L1": True, "L2": False, "L3": True, "success": False},
        {"L0": True, "L1": True, "L2": True, "L3": True, "L4": True, "success": True},
        {"L0": False},
        {},
    ]
    assert funnel(attempts) == {"L0": 0.5, "L1": 0.5, "L2": 0.25, "L3": 0.25, "L4": 0.25, "success": 0.25}
    assert funnel([])["success"] == 0.0


@pytest.mark.parametrize(("discordance", "expected"), [(0.15, 122), (0.20, 168), (0.25, 207), (0.30, 249)])
def test_tasks_needed_matches_planning_table(discordance: float, expected: int) -> None:
    """Exact-binomial search for a 10-point lift at 80% power lands near the STATS.md figures."""
    n = tasks_needed(0.10, discordance)
    assert n is not None and abs(n - expected) <= 0.1 * expected
    assert power_exact(n, 0.10, discordance) >= 0.8 > power_exact(n - 1, 0.10, discordance)


def test_power_edges() -> None:
    """Power at lift 0 stays at or below alpha (exact test); an impossible target returns None."""
    assert power_exact(100, 0.0, 0.3) <= 0.05
    assert tasks_needed(0.01, 0.3, max_n=300) is None
    assert 0.3 < power_exact(30, 0.19, 0.3) < 0.4
    with pytest.raises(ValueError):
        power_exact(50, 0.4, 0.3)


def test_t_interval_coverage_small_simulation() -> None:
    """200 seeded datasets (N=60, S=3, true lift 0.15, heterogeneous tasks): t covers >= 90%."""
    rng = random.Random(2026)
    hits = 0
    for _ in range(200):
        arm, base = simulate(rng, n_tasks=60, samples=3, lift=0.15)
        diffs = [(sum(arm[t]) - sum(base[t])) / 3 for t in arm]
        lo, hi = t_interval(diffs)
        hits += lo <= 0.15 <= hi
    assert hits >= 180
