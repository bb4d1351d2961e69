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
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
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
            "mutation_score": t.task.mutation.score,
        }
        for t in tasks
    ]
    keys = ("language", "scope", "kind", "difficulty")
    counts = {key: dict(Counter(str(r[key]) for r in rows)) for key in keys}
    if as_json:
        _emit({"tasks": rows, "counts": counts})
        return
    out = Console(width=max(Console().width, 100))
    table = Table("id", "language", "scope", "kind", "difficulty", "mutation", title=f"{len(rows)} tasks")
    for r in rows:
        score = r["mutation_score"]
        table.add_row(*(str(r[k]) for k in ("id", *keys)), "-" if score is None else f"{score:.3f}")
    out.print(table)
    for key, c in counts.items():
        out.print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


@tasks_app.command("validate")
def tasks_validate(
    ids: Annotated[list[str] | None, typer.Argument(help="Task ids or globs; all by default.")] = None,
    suite: SuiteOpt = None,
    sandbox: SandboxOpt = "auto",
    repeat: Annotated[int, typer.Option(help="Runs of the original's tests to check determinism.")] = 5,
    mutation: Annotated[
        bool, typer.Option(help="Also require a current hidden-test mutation score at the bar.")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Check that each task can judge: original passes tests, reference succeeds, variants
    get their stated outcomes, the recorded mutation score meets the bar."""
    from harness.validate import validate_task

    tasks = _suite(suite).select(ids)
    scorer = _scorer(sandbox)
    results = []
    with _progress() as progress:
        bar = progress.add_task("validating", total=len(tasks))
        for task in tasks:
            progress.update(bar, description=f"validating {task.id}")
            results.append(validate_task(task, scorer, repeat=repeat, mutation=mutation))
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


@tasks_app.command("mutate")
def tasks_mutate(
    ids: Annotated[list[str] | None, typer.Argument(help="Task ids or globs; all by default.")] = None,
    suite: SuiteOpt = None,
    sandbox: SandboxOpt = "auto",
    jobs: Annotated[int | None, typer.Option(help="Mutants run at once (default: CPUs, at most 4).")] = None,
    write: Annotated[bool, typer.Option(help="Record the result in each task.yaml.")] = True,
    as_json: JsonOpt = False,
) -> None:
    """Measure the hidden tests' mutation score on the reference (mutmut, Stryker,
    universalmutator) and record it with the survivors in task.yaml; exit 1 below the bar."""
    from harness.mutation.runner import mutate_task

    tasks = _suite(suite).select(ids)
    box = _scorer(sandbox).sandbox
    results = []
    with _progress() as progress:
        bar = progress.add_task("mutating", total=len(tasks))
        for task in tasks:
            progress.update(bar, description=f"mutating {task.id} ({task.task.language})")
            sub = progress.add_task("  mutants", total=None)

            def step(done: int, total: int, sub: TaskID = sub) -> None:
                progress.update(sub, completed=done, total=total)

            results.append(mutate_task(task, box, jobs=jobs, save=write, progress=step))
            progress.remove_task(sub)
            progress.advance(bar)
    if as_json:
        _emit({"tasks": [r.model_dump() for r in results]})
    else:
        for r in results:
            mark = "[green]ok[/]" if r.passed else "[red]BELOW BAR[/]"
            err.print(
                f"{r.id}: {mark} score {r.score:.3f} (bar {r.bar:.2f}), {r.killed}/{r.mutants} killed, "
                f"{len(r.survivors)} survivors ({r.equivalent} marked equivalent), {r.seconds:.0f} s, "
                f"{r.tool}" + ("" if r.written else " [not written]")
            )
            for problem in r.problems:
                err.print(f"  - {problem}")
            for gone in r.dropped_equivalent:
                err.print(f"  - dropped equivalence note for {gone}: it no longer survives")
    if not all(r.passed for r in results):
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
    level = os.environ.get("LIFTBENCH_LOG", "WARNING")
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        code = app(standalone_mode=False)
    except UserError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(2)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors from typer's own copy of click
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)
