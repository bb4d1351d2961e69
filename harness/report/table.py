"""The terminal comparison table (rich), marked SIMULATED when any model was simulated."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from harness.report.model import ModelSection, Report


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _ci(ci: tuple[float, float], signed: bool = False) -> str:
    fmt = "{:+.1f}" if signed else "{:.1f}"
    return f"[{fmt.format(100 * ci[0])}, {fmt.format(100 * ci[1])}]"


def _funnel(shares: dict[str, float]) -> str:
    return "/".join(f"{100 * shares.get(k, 0):.0f}" for k in ("L0", "L1", "L2", "L3", "L4"))


def arms_table(section: ModelSection, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for col in (
        "arm",
        "n",
        "success (95% CI)",
        "L0/L1/L2/L3/L4 %",
        "flag",
        "infra",
        "lift (95% CI)",
        "p",
        "flips +/-",
        "$/try",
        "s/try",
    ):
        table.add_column(col, justify="left" if col == "arm" else "right", no_wrap=True)
    for arm, s in section.arms.items():
        p = section.paired.get(arm)
        c = section.cost.get(arm)
        cost = "n/a" if c is None or c.cost_per_attempt is None else f"{c.cost_per_attempt:.4f}"
        table.add_row(
            arm,
            str(s.n),
            f"{_pct(s.success_rate)} {_ci(s.ci)}",
            _funnel(s.funnel),
            str(s.outcomes.get("flagged", 0)),
            str(s.infra),
            f"{100 * p.lift:+.1f} {_ci(p.ci, signed=True)}" if p else "(baseline)",
            f"{p.mcnemar_p:.3g}" if p else "",
            f"{p.flips.get('base_fail_arm_pass', 0)}/{p.flips.get('base_pass_arm_fail', 0)}" if p else "",
            cost,
            f"{c.seconds_per_attempt:.1f}" if c else "",
        )
    return table


def breakdown_table(section: ModelSection, dim: str, arms: list[str]) -> Table:
    table = Table(title=f"success by {dim}", title_justify="left")
    table.add_column(dim)
    for arm in arms:
        table.add_column(arm, justify="right")
    for arm in arms[1:]:
        table.add_column(f"lift {arm}", justify="right", no_wrap=True)
    for value, group in section.by.get(dim, {}).items():
        rates = [_pct(group.arms[a].success_rate) if a in group.arms else "" for a in arms]
        lifts = [
            f"{100 * group.paired[a].lift:+.1f} {_ci(group.paired[a].ci, True)}" if a in group.paired else ""
            for a in arms[1:]
        ]
        n = next(iter(group.arms.values())).n_tasks if group.arms else 0
        table.add_row(f"{value} (N={n})", *rates, *lifts)
    return table


def render(report: Report, console: Console) -> None:
    if not console.is_terminal and console.width < 150:
        console.width = 150  # piped output: keep the table readable instead of squeezed to 80
    banner = (
        "[bold white on red] SIMULATED [/] results of a simulated model, not of a real one"
        if report.simulated
        else "[bold]REAL model results[/]"
    )
    head = (
        f"run {report.run_id}  models: {', '.join(report.models)}  tasks: {report.n_tasks}  "
        f"samples: {report.samples}  sandbox: {report.sandbox}"
        + ("" if report.isolated else " [red](UNISOLATED)[/]")
    )
    console.print(Panel(Group(banner, head), expand=False))
    arms = list(report.arms)
    for model, section in report.per_model.items():
        label = " [SIMULATED]" if model.startswith("sim/") else ""
        console.print(arms_table(section, f"{model}{label}: success and paired lift vs {report.baseline}"))
        for dim in ("language", "scope"):
            console.print(breakdown_table(section, dim, arms))
    for note in report.power:
        console.print(
            f"power ({note.arm} vs {report.baseline}): observed discordance {note.discordance:.2f} over "
            f"{note.n_tasks} tasks; a 10-point lift needs ~{note.tasks_for_10_points or '>2000'} tasks "
            f"for 80% power (exact McNemar)."
        )
    paired = next(iter(report.paired.values()), None)
    if paired:
        console.print(f"[dim]{paired.note}; N={report.n_tasks} tasks, S={report.samples} samples.[/]")
