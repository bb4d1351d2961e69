"""The `liftbench` command line. Thin: parse, call the harness, print.

`--json` output is one JSON document on stdout; human text and progress go to stderr.
A user error exits 2 with a message naming the cause; an invalid task makes `tasks validate` exit 1.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from harness import cli_runs
from harness.errors import NotFoundError, UserError
from harness.paths import BUILTIN_SUITE

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
tasks_app = typer.Typer(no_args_is_help=True, help="List and validate tasks.")
app.add_typer(tasks_app, name="tasks")
cli_runs.register(app)
err = Console(stderr=True, soft_wrap=True)

SuiteOpt = Annotated[
    Path | None,
    typer.Option("--suite", envvar="LIFTBENCH_SUITE", help="Suite folder laid out like tasks/."),
]
SandboxOpt = Annotated[
    str, typer.Option("--sandbox", help="auto | bwrap | docker | local (local is UNISOLATED).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON document on stdout.")]


def _suite(path: Path | None):
    from harness.tasks import Suite

    return Suite(path or BUILTIN_SUITE)


def _emit(doc: dict) -> None:
    sys.stdout.write(json.dumps(doc, indent=2, default=str) + "\n")


def _scorer(sandbox: str):
    from harness.sandbox import get_sandbox
    from harness.scoring.ladder import Scorer

    box = get_sandbox(sandbox)
    if not box.isolated:
        err.print("[bold red]WARNING[/]: sandbox 'local' is UNISOLATED: task code runs unconfined")
    return Scorer(box)


@tasks_app.command("list")
def tasks_list(suite: SuiteOpt = None, as_json: JsonOpt = False) -> None:
    """List the tasks of the suite with counts by language, scope, kind and difficulty."""
    tasks = _suite(suite).load_all()
    rows = [
        {
            "id": t.id,
            "language": t.task.language,
            "scope": t.task.scope,
            "kind": t.task.kind,
            "difficulty": t.task.difficulty,
        }
        for t in tasks
    ]
    counts = {key: dict(Counter(r[key] for r in rows)) for key in ("language", "scope", "kind", "difficulty")}
    if as_json:
        _emit({"tasks": rows, "counts": counts})
        return
    table = Table("id", "language", "scope", "kind", "difficulty", title=f"{len(rows)} tasks")
    for r in rows:
        table.add_row(r["id"], r["language"], r["scope"], r["kind"], r["difficulty"])
    Console().print(table)
    for key, c in counts.items():
        Console().print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


@tasks_app.command("validate")
def tasks_validate(
    ids: Annotated[list[str] | None, typer.Argument(help="Task ids or globs; all by default.")] = None,
    suite: SuiteOpt = None,
    sandbox: SandboxOpt = "auto",
    repeat: Annotated[int, typer.Option(help="Runs of the original's tests to check determinism.")] = 5,
    as_json: JsonOpt = False,
) -> None:
    """Check that each task can judge: original passes tests, reference succeeds, variants
    get their stated outcomes."""
    from harness.validate import validate_task

    tasks = _suite(suite).select(ids)
    scorer = _scorer(sandbox)
    results = []
    with _progress() as progress:
        bar = progress.add_task("validating", total=len(tasks))
        for task in tasks:
            progress.update(bar, description=f"validating {task.id}")
            results.append(validate_task(task, scorer, repeat=repeat))
            progress.advance(bar)
    if as_json:
        _emit({"tasks": [r.model_dump() for r in results]})
    else:
        for r in results:
            mark = "[green]valid[/]" if r.valid else "[red]INVALID[/]"
            err.print(f"{r.id}: {mark}  " + ", ".join(f"{k}={v}" for k, v in r.outcomes.items()))
            for p in r.problems:
                err.print(f"  - {p}")
    if not all(r.valid for r in results):
        raise typer.Exit(1)


@app.command("score")
def score_cmd(
    directory: Annotated[Path, typer.Argument(help="A final workspace to score.")],
    task_id: Annotated[str, typer.Option("--task", help="The task the directory attempts.")],
    suite: SuiteOpt = None,
    sandbox: SandboxOpt = "auto",
    as_json: JsonOpt = False,
) -> None:
    """Score any directory as if it were an attempt's final workspace."""
    from harness.workspace import diff_folders

    if not directory.is_dir():
        raise NotFoundError(f"directory {directory} does not exist")
    task = _suite(suite).get(task_id)
    score = _scorer(sandbox).score(task, diff_folders(task.repo, directory))
    if as_json:
        _emit(score.model_dump(mode="json"))
    else:
        _print_score(score)


def _print_score(score) -> None:
    out = Console()
    out.print(
        f"[bold]{score.task}[/] ({score.task_hash}) sandbox={score.sandbox}"
        + ("" if score.isolated else " [red]UNISOLATED[/]")
    )
    for level, ok in score.levels.items():
        reason = score.reasons.get(level, "")
        out.print(f"  {level}: {'[green]pass[/]' if ok else '[red]fail[/]'} {reason}")
    for flag in score.flags:
        out.print(f"  [yellow]flag[/] {flag.name}: {flag.evidence}")
    before, after = score.metrics.get("before", {}), score.metrics.get("after", {})
    for key in ("cognitive_max_targets", "cognitive_total", "nloc", "duplicated_tokens"):
        if key in before:
            out.print(f"  {key}: {before[key]} -> {after.get(key)}")
    if score.infra_error:
        out.print(f"  [red]infrastructure failure[/]: {score.infra_error}")
    out.print(f"  outcome: [bold]{score.outcome}[/]")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def main() -> None:
    """Entry point: configure logging once, map user errors to exit 2."""
    import click

    level = os.environ.get("LIFTBENCH_LOG", "WARNING")
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        code = app(standalone_mode=False)
    except UserError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
