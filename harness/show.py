"""`liftbench show`: one attempt's trajectory, tool calls, diff and score, for a person."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.syntax import Syntax

from agents.trajectory import Trajectory
from harness.store import AttemptRecord


def render_attempt(record: AttemptRecord, console: Console) -> None:
    tag = " [bold white on red] SIMULATED [/]" if record.simulated else ""
    console.print(
        f"[bold]attempt {record.id}[/]{tag}  run {record.run_id}  model {record.model}  "
        f"arm {record.arm}  task {record.task}  sample {record.sample}"
    )
    console.print(
        f"outcome: [bold]{record.outcome}[/]  stop: {record.stop_reason}  "
        f"calls: {record.model_calls}  tokens: {record.prompt_tokens}+{record.completion_tokens}  "
        f"cost: {'n/a' if record.cost is None else f'{record.cost:.4f}'}  time: {record.wall_seconds}s"
    )
    if record.error:
        console.print(f"[red]error:[/] {record.error}")
    if record.score:
        for level, ok in record.score.levels.items():
            console.print(f"  {level}: {'pass' if ok else 'fail'} {record.score.reasons.get(level, '')}")
        for flag in record.score.flags:
            console.print(f"  [yellow]flag[/] {flag.name}: {flag.evidence}")
    _trajectory(record.trajectory_path, console)
    console.rule("diff")
    console.print(Syntax(record.diff or "(no change)", "diff", word_wrap=True))


def _trajectory(path: str | None, console: Console) -> None:
    if not path or not Path(path).is_file():
        console.print("(no trajectory file)")
        return
    traj = Trajectory.load(Path(path))
    console.rule(f"trajectory ({len(traj.steps)} steps)")
    for i, step in enumerate(traj.steps, 1):
        if step.kind == "model":
            console.print(
                f"{i:3} model  {step.seconds:.2f}s {step.usage.total_tokens if step.usage else 0} tokens"
            )
        else:
            mark = "[red]✗[/]" if step.error else "✓"
            what = step.tool or step.note or step.kind
            console.print(f"{i:3} {step.kind:7} {mark} {what} {(step.arguments or '')[:80]}")
            if step.result:
                console.print(f"      [dim]{step.result[:300]}[/]")
