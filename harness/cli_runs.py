"""CLI commands over runs: run, report, show, rescore, power. Registered on the main app."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from harness.errors import UserError

err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[
    str | None, typer.Option("--db", envvar="LIFTBENCH_DB", help="SQLAlchemy URL of the store.")
]
SuiteOpt = Annotated[
    Path | None, typer.Option("--suite", envvar="LIFTBENCH_SUITE", help="Suite folder laid out like tasks/.")
]


def _store(db: str | None):
    from harness.store import Store, default_url

    return Store(db or default_url())


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("report")(report)
    app.command("show")(show)
    app.command("rescore")(rescore)
    app.command("power")(power)


def run(
    config: Annotated[
        Path | None, typer.Option("--config", help="Run YAML (default configs/runs/default.yaml).")
    ] = None,
    model: Annotated[
        list[str] | None, typer.Option("--model", help="Model profile or litellm string.")
    ] = None,
    arm: Annotated[
        list[str] | None, typer.Option("--arm", help="Arm name or YAML; first is the baseline.")
    ] = None,
    tasks: Annotated[list[str] | None, typer.Option("--tasks", help="Task ids or globs.")] = None,
    samples: Annotated[int | None, typer.Option("--samples", help="Attempts per task and arm.")] = None,
    concurrency: Annotated[int | None, typer.Option("--concurrency", help="Attempts in flight.")] = None,
    sandbox: Annotated[str | None, typer.Option("--sandbox", help="auto | bwrap | docker | local.")] = None,
    run_id: Annotated[str | None, typer.Option("--run-id", help="Resume (or name) this run.")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Base seed.")] = None,
    api_base: Annotated[
        str | None, typer.Option("--api-base", help="Server URL for openai/<name> models.")
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write the HTML report here.")] = None,
    suite: SuiteOpt = None,
    db: DbOpt = None,
) -> None:
    """Run models x arms x tasks x samples; resumable; ends with the paired comparison."""
    from harness.config import load_run_spec
    from harness.paths import BUILTIN_SUITE
    from harness.runner import Runner, plan, preflight
    from harness.sandbox import get_sandbox
    from harness.tasks import Suite

    overrides = {
        "models": model,
        "arms": arm,
        "tasks": tasks,
        "samples": samples,
        "concurrency": concurrency,
        "sandbox": sandbox,
        "run_id": run_id,
        "seed": seed,
    }
    spec = load_run_spec(config, overrides)
    chosen = Suite(suite or BUILTIN_SUITE).select(spec.tasks)
    planned = plan(spec, chosen, api_base)
    preflight(list({p.model.name: p.model for p in planned}.values()))
    box = get_sandbox(spec.sandbox)
    if not box.isolated:
        err.print("[bold red]WARNING[/]: sandbox 'local' is UNISOLATED: task code runs unconfined")
    store = _store(db)
    runner = Runner(spec, store, box, cpu_slots=os.cpu_count() or 2)
    rid, todo = runner.start(planned, chosen)
    if any(m.startswith("sim/") for m in spec.models):
        err.print(
            "[bold white on red] SIMULATED [/] a simulated model is in this run: "
            "its results are not a real model's"
        )
    err.print(f"run {rid}: {len(planned)} attempts planned, {len(planned) - len(todo)} already finished")
    with _progress() as progress:
        bar = progress.add_task("attempts", total=len(todo))

        def done(record) -> None:
            counts = " ".join(f"{k} {v}" for k, v in sorted(runner.counts.items()))
            progress.update(bar, advance=1, description=counts)

        runner.run(rid, todo, done)
    if runner.unsaved:
        spill = store.artifacts(rid) / "unsaved.jsonl"
        err.print(f"[red]{len(runner.unsaved)} attempts could not be stored[/]; they are in {spill}")
    _finish(store, rid, html, interrupted=runner.interrupted)
    if runner.unsaved:
        raise typer.Exit(1)


def _finish(store, rid: str, html: Path | None, interrupted: bool) -> None:
    from harness.report.build import build_report
    from harness.report.table import render

    records = store.attempts(rid)
    doc = build_report(store.run(rid), records)
    render(doc, Console())
    if html:
        from harness.report.html import render_html

        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render_html(doc, records), encoding="utf-8")
        err.print(f"HTML report: {html}")
    if interrupted:
        err.print(f"interrupted: finished attempts are saved; resume with --run-id {rid}")
        raise typer.Exit(130)


def report(
    run_id: Annotated[str | None, typer.Argument(help="Run id; the latest run by default.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json | html")] = "table",
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
    db: DbOpt = None,
) -> None:
    """The paired comparison of a stored run."""
    from harness.report.build import build_report

    store = _store(db)
    run = store.run(run_id)
    records = store.attempts(run.run_id)
    doc = build_report(run, records)
    if fmt == "json":
        text = doc.model_dump_json(indent=2)
    elif fmt == "html":
        from harness.report.html import render_html

        text = render_html(doc, records)
    elif fmt == "table":
        from harness.report.table import render

        if out is None:
            render(doc, Console())
            return
        console = Console(record=True, width=160, file=open(os.devnull, "w"))  # noqa: SIM115
        render(doc, console)
        text = console.export_text()
    else:
        raise UserError(f"unknown format {fmt!r}: use table, json or html")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        err.print(f"wrote {out}")
    else:
        sys.stdout.write(text + "\n")


def show(
    attempt_id: Annotated[int, typer.Argument(help="Attempt id (see report --format json).")],
    db: DbOpt = None,
) -> None:
    """One attempt: its trajectory (messages, tool calls), diff and score."""
    from harness.show import render_attempt

    render_attempt(_store(db).attempt(attempt_id), Console())


def rescore(
    run_id: Annotated[str | None, typer.Argument(help="Run id; the latest by default.")] = None,
    sandbox: Annotated[str, typer.Option("--sandbox")] = "auto",
    suite: SuiteOpt = None,
    db: DbOpt = None,
) -> None:
    """Score a run's stored submissions again with the current scorer (no model calls)."""
    from harness.rescore import rescore_run

    store = _store(db)
    run = store.run(run_id)
    changed, total = rescore_run(store, run.run_id, suite, sandbox, err)
    err.print(f"rescored {total} attempts of {run.run_id}: {changed} changed outcome")


def power(
    lift: Annotated[float, typer.Option(help="Lift to detect (0.10 = 10 points).")] = 0.10,
    discordance: Annotated[float, typer.Option(help="Share of tasks where the arms disagree.")] = 0.20,
    alpha: Annotated[float, typer.Option()] = 0.05,
    target: Annotated[float, typer.Option("--power", help="Wanted power.")] = 0.80,
) -> None:
    """How many tasks a paired comparison needs (exact McNemar, exact binomial search)."""
    from harness.power import tasks_needed

    if not 0 < lift <= discordance <= 1:
        raise UserError("need 0 < lift <= discordance <= 1")
    n = tasks_needed(lift, discordance, alpha=alpha, power=target)
    Console().print(
        f"{n if n else '> 2000'} tasks detect a {100 * lift:.0f}-point lift at discordance "
        f"{discordance:.2f} with {100 * target:.0f}% power (alpha {alpha})."
    )


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err
    )
