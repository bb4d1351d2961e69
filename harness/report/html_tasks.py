"""The task table (sortable, filterable, one row per model and task) and the flip table."""

from __future__ import annotations

from collections import defaultdict

from harness.report.html_base import (
    OUTCOME_RANK,
    ViewKey,
    chip,
    esc,
    group_attempts,
    view_ids,
)
from harness.report.model import PairedSummary
from harness.store import AttemptRecord

FILTERS = ("language", "scope", "kind", "difficulty")


def _passes(records: list[AttemptRecord]) -> bool:
    """A task passes in an arm when more than half its attempts succeeded (as harness.stats)."""
    return bool(records) and sum(r.success for r in records) / len(records) > 0.5


def _by_task(records: list[AttemptRecord]) -> dict[tuple[str, str], dict[str, list[AttemptRecord]]]:
    """Attempts by (model, task) then arm, samples in order."""
    out: dict[tuple[str, str], dict[str, list[AttemptRecord]]] = defaultdict(lambda: defaultdict(list))
    for r in sorted(records, key=lambda r: (r.model, r.task, r.sample)):
        out[(r.model, r.task)][r.arm].append(r)
    return out


def _flip(arms: list[str], by_arm: dict[str, list[AttemptRecord]]) -> tuple[str, int]:
    """Flip marks against the baseline (`agent +`, `raw-retry -`) and a sort value."""
    base = _passes(by_arm.get(arms[0], []))
    marks, score = [], 0
    for arm in arms[1:]:
        if not by_arm.get(arm) or not by_arm.get(arms[0]):
            continue
        other = _passes(by_arm[arm])
        if other != base:
            marks.append(
                f'<span class="{"won" if other else "lost"}">{esc(arm)} {"+" if other else "&minus;"}</span>'
            )
            score += 1 if other else -1
    return " ".join(marks), score


def _row(
    key: tuple[str, str], by_arm: dict[str, list[AttemptRecord]], arms: list[str], ids: dict[ViewKey, str]
) -> str:
    model, task = key
    first = next(iter(by_arm.values()))[0]
    view = ids.get((model, task, first.sample), "")
    attrs = "".join(f' data-{f}="{esc(getattr(first, f))}"' for f in FILTERS)
    cells = [f'<td><a href="#{view}">{esc(task)}</a></td>', f"<td>{esc(model)}</td>"]
    cells += [f"<td>{esc(getattr(first, f))}</td>" for f in FILTERS]
    for arm in arms:
        rs = by_arm.get(arm, [])
        rank = sum(OUTCOME_RANK.get(r.outcome, 0) for r in rs) / len(rs) if rs else -1
        chips = " ".join(chip(r.outcome) for r in rs) or '<span class="muted">—</span>'
        cells.append(f'<td data-sort="{rank:.3f}">{chips}</td>')
    marks, score = _flip(arms, by_arm)
    cells.append(f'<td data-sort="{score}">{marks}</td>')
    flipped = ' data-flipped="1"' if marks else ""
    return f'<tr class="task" data-view="{view}"{attrs}{flipped}>{"".join(cells)}</tr>'


def _select(field: str, values: list[str]) -> str:
    options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return (
        f'<label>{field} <select data-filter="{field}"><option value="">all</option>{options}</select>'
        "</label>"
    )


def task_table(records: list[AttemptRecord], arms: list[str]) -> str:
    """Every task with each arm's outcomes; a click on a row opens its attempt view."""
    ids = view_ids(group_attempts(records))
    tasks = _by_task(records)
    head = ["task", "model", *FILTERS, *arms, f"flip vs {arms[0]}"]
    numeric = set(arms) | {head[-1]}
    ths = "".join(
        f'<th data-col="{i}"{" data-num=1" if h in numeric else ""}>{esc(h)}</th>' for i, h in enumerate(head)
    )
    rows = [_row(key, by_arm, arms, ids) for key, by_arm in tasks.items()]
    controls = [
        '<input type="search" id="task-filter" placeholder="filter tasks…" aria-label="filter tasks">',
        *(_select(f, sorted({str(getattr(r, f)) for r in records})) for f in FILTERS),
        '<label><input type="checkbox" id="only-flipped"> only flipped</label>',
        f'<span id="task-count" class="muted">{len(rows)} of {len(rows)} tasks</span>',
    ]
    return (
        f'<div class="controls">{"".join(controls)}</div>'
        f'<table id="tasks" class="sortable"><thead><tr>{ths}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        '<p class="muted">Click a column to sort, a row to open its attempts. Chips: one per sample.</p>'
    )


def _task_links(tasks: list[str], model: str, ids: dict[ViewKey, str]) -> str:
    links = [f'<a href="#{ids.get((model, t, 0), "")}">{esc(t)}</a>' for t in tasks]
    return ", ".join(links) or '<span class="muted">none</span>'


def flip_table(records: list[AttemptRecord], arms: list[str], model: str) -> str:
    """Per arm, tasks by (baseline passes?, arm passes?), with the flipped tasks named."""
    ids = view_ids(group_attempts(records))
    tasks = {task: by_arm for (m, task), by_arm in _by_task(records).items() if m == model}
    base = arms[0]
    rows = []
    for arm in arms[1:]:
        cell: dict[tuple[bool, bool], list[str]] = defaultdict(list)
        for task, by_arm in tasks.items():
            if by_arm.get(arm) and by_arm.get(base):
                cell[(_passes(by_arm[base]), _passes(by_arm[arm]))].append(task)
        rows.append(
            f"<tr><td>{esc(arm)}</td><td>{len(cell[(True, True)])}</td>"
            f'<td class="won">{len(cell[(False, True)])}</td><td class="lost">{len(cell[(True, False)])}</td>'
            f"<td>{len(cell[(False, False)])}</td>"
            f"<td>{_task_links(cell[(False, True)], model, ids)}</td>"
            f"<td>{_task_links(cell[(True, False)], model, ids)}</td></tr>"
        )
    b = esc(base)
    head = (
        f"<tr><th>arm</th><th>both pass</th><th>{b} fails, arm passes</th><th>{b} passes, arm fails</th>"
        "<th>both fail</th><th>won tasks</th><th>lost tasks</th></tr>"
    )
    return f'<table class="flips">{head}{"".join(rows)}</table>'


def flip_summary(paired: dict[str, PairedSummary], base: str) -> str:
    """The flip counts from the report alone (when the attempt records are not given)."""
    rows = "".join(
        f"<tr><td>{esc(arm)}</td><td class='won'>{p.flips.get('base_fail_arm_pass', 0)}</td>"
        f"<td class='lost'>{p.flips.get('base_pass_arm_fail', 0)}</td><td>{esc(p.flips_basis)}</td></tr>"
        for arm, p in paired.items()
    )
    b = esc(base)
    head = f"<tr><th>arm</th><th>{b} fails, arm passes</th><th>{b} passes, arm fails</th><th>basis</th></tr>"
    return f'<table class="flips">{head}{rows}</table>'
