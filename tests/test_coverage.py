"""Against a simulated model whose true lift is known, the reported 95% interval of the full
pipeline (runner, arms, scorer, store, report) covers that lift. The benchmark
`python -m harness.bench.sim_coverage` runs 200 seeds; this checks a handful."""

from __future__ import annotations

from harness.bench.sim_coverage import coverage
from tests.conftest import REPO_ROOT


def test_reported_interval_covers_known_lift() -> None:
    """Six seeded runs of sim/plateau, agent vs raw: at least five intervals cover the truth."""
    result = coverage(runs=6, samples=2, profile="plateau", arm="agent", suite=REPO_ROOT / "tasks")
    assert result["true_lift"] > 0.05  # test feedback really helps this profile on these tasks
    assert result["coverage"] >= 5 / 6, result
