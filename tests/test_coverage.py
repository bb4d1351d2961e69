"""Against a simulated model whose true lift is known, the reported 95% interval of the full
pipeline (runner, arms, scorer, store, report) covers that lift. The benchmark
`python -m harness.bench.sim_coverage` runs 200 seeds; this checks a handful."""

from __future__ import annotations

from harness.bench.sim_coverage import coverage
from tests.conftest import REPO_ROOT


def test_reported_interval_covers_known_lift() -> None:
    """Five seeded runs of sim/plateau over 9 tasks, agent vs raw: at least four intervals cover
    the truth, and the reported lifts centre near it."""
    starters = ["py-invoice-report", "py-order-workflow", "py-shipping-rate"]
    result = coverage(
        runs=5,
        samples=1,
        profile="plateau",
        arm="agent",
        suite=REPO_ROOT / "tasks",
        n_tasks=9,
        starters=starters,
    )
    assert result["true_lift"] > 0.05  # test feedback really helps this profile on these tasks
    assert result["coverage"] >= 4 / 5, result
