"""One attempt end to end: fresh workspace, the arm solves, the submission is scored.

The runner calls this for every planned (model, arm, task, sample); it is also what tests use.
The scorer never learns which arm produced the diff.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agents.arms import ArmConfig, Attempt, ChatModel, make_arm
from agents.trajectory import Trajectory
from agents.usage import BudgetTracker
from harness.protocols import Sandbox
from harness.scoring.ladder import Scorer
from harness.scoring.record import Score
from harness.tasks import LoadedTask
from harness.workspace import Workspace


@dataclass
class AttemptResult:
    trajectory: Trajectory
    diff: str
    score: Score


def run_attempt(
    task: LoadedTask,
    arm: ArmConfig,
    model: ChatModel,
    sandbox: Sandbox,
    scorer: Scorer,
    trajectory_path: Path | None = None,
) -> AttemptResult:
    """Solve in a throwaway workspace, then score the diff on a fresh copy."""
    workspace = Workspace.create(task.repo)
    trajectory = Trajectory(
        arm=arm.name, model=model.name, task=task.id, simulated=model.simulated, path=trajectory_path
    )
    try:
        attempt = Attempt(
            task=task,
            workspace=workspace,
            model=model,
            sandbox=sandbox,
            trajectory=trajectory,
            budget=BudgetTracker(arm.budget),
        )
        make_arm(arm).solve(attempt)
        diff = workspace.diff()
    finally:
        workspace.cleanup()
    return AttemptResult(trajectory=trajectory, diff=diff, score=scorer.score(task, diff))
