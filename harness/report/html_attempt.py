"""Attempt views: for one (model, task, sample), the baseline arm beside another arm (agent by
default, the others a click away): diffs side by side, the score ladder with flags and evidence,
and each trajectory as a timeline. One hidden `<section>` per view, shown by its URL fragment.
"""

from __future__ import annotations

from harness.report.html_base import (
    LEVEL_NAMES,
    ViewKey,
    chip,
    clip,
    esc,
    group_attempts,
    money,
    view_ids,
)
from harness.report.html_timeline import block, timeline_html
from harness.store import AttemptRecord

SIM_BANNER = '<p class="sim">SIMULATED: a simulated model made these attempts; they are not a real result</p>'


def _diff_class(line: str) -> str:
    if line.startswith(("+++", "---", "diff ", "index ")):
        return "dh"
    if line.startswith("@@"):
        return "dk"
    return {"+": "da", "-": "dd"}.get(line[:1], "dc")


def diff_html(diff: str) -> str:
    """A unified diff, coloured by line, every line escaped."""
    if not diff.strip():
        return '<pre class="diff empty">(no change)</pre>'
    lines = diff.splitlines()
    added = sum(1 for x in lines if x.startswith("+") and not x.startswith("+++"))
    removed = sum(1 for x in lines if x.startswith("-") and not x.startswith("---"))
    files = sum(1 for x in lines if x.startswith("diff "))
    body = "".join(f'<span class="{_diff_class(x)}">{clip(x, 2000)}\n</span>' for x in lines[:4000])
    more = f"\n<span class='muted'>… {len(lines) - 4000:,} more lines</span>" if len(lines) > 4000 else ""
    return (
        f'<p class="muted">{files} file(s), <span class="won">+{added}</span> '
        f'<span class="lost">&minus;{removed}</span></p><pre class="diff">{body}{more}</pre>'
    )


def _levels(record: AttemptRecord) -> str:
    score = record.score
    assert score is not None
    rows = []
    for level, name in LEVEL_NAMES.items():
        if score.levels.get(level):
            state, cls = "pass", "o-success"
        elif level == score.first_failure:
            state, cls = "fail", "o-L0"
        else:
            state, cls = "not reached", "o-none"
        reason = esc(score.reasons.get(level, ""))
        badge = f'<span class="chip {cls}">{state}</span>'
        rows.append(f"<tr><td>{level} {name}</td><td>{badge}</td><td>{reason}</td></tr>")
    verdict = "success" if record.success else record.outcome
    rows.append(f"<tr><td>success</td><td>{chip(verdict)}</td><td>L4 and no gaming flag</td></tr>")
    return f'<table class="ladder">{"".join(rows)}</table>'


def _metrics(record: AttemptRecord) -> str:
    assert record.score is not None
    before, after = record.score.metrics.get("before", {}), record.score.metrics.get("after", {})
    keys = [k for k in {**before, **after} if isinstance(before.get(k, after.get(k)), int | float)]
    if not keys:
        return ""
    rows = "".join(
        f"<tr><td>{esc(k)}</td><td>{esc(before.get(k, '—'))}</td><td>{esc(after.get(k, '—'))}</td></tr>"
        for k in keys
    )
    return f'<table class="metrics"><tr><th>metric</th><th>before</th><th>after</th></tr>{rows}</table>'


def ladder_html(record: AttemptRecord) -> str:
    """The score ladder, gaming flags with evidence, metrics before/after and the scorer's test runs."""
    if record.score is None:
        return f'<p class="err">not scored: {esc(record.error or record.outcome)}</p>'
    score = record.score
    parts = [_levels(record)]
    if score.infra_error:
        parts.append(f'<p class="err">infrastructure error: {esc(score.infra_error)}</p>')
    for flag in score.flags:
        evidence = block(flag.evidence, "evidence")
        parts.append(f'<div class="flag"><b>gaming flag: {esc(flag.name)}</b>{evidence}</div>')
    parts.append(_metrics(record))
    for name, run in score.tests.items():
        head = (
            f"{esc(name)} tests: {esc(run.status)}, exit {esc(run.exit_code)}, {run.seconds:.2f}s "
            f"<code>{esc(run.command)}</code>"
        )
        parts.append(f'<details class="testrun"><summary>{head}</summary>{block(run.output_tail)}</details>')
    if score.reverted:
        parts.append(f'<p class="muted">put back (not editable): {esc(", ".join(score.reverted))}</p>')
    return "".join(parts)


def _panel(record: AttemptRecord, side: str, hidden: bool) -> str:
    r = record
    shown = f"attempt {r.id} (liftbench show {r.id}) · " if r.id is not None else ""
    facts = (
        f"{shown}stop: {esc(r.stop_reason or '—')} · {r.model_calls} calls · {r.steps} steps · "
        f"{r.prompt_tokens + r.completion_tokens:,} tokens · {money(r.cost)} · {r.wall_seconds:.1f}s"
    )
    error = f'<p class="err">error: {clip(r.error, 2000)}</p>' if r.error else ""
    return (
        f'<div class="panel {side}" data-arm="{esc(r.arm)}"{" hidden" if hidden else ""}>'
        f"<h3>{esc(r.arm)} {chip(r.outcome)}</h3><p class='muted'>{facts}</p>{error}"
        f"<h4>diff</h4>{diff_html(r.diff)}<h4>score ladder</h4>{ladder_html(r)}"
        f"<h4>trajectory</h4>{timeline_html(r.trajectory_path)}</div>"
    )


def _default_other(arms: list[str]) -> str | None:
    others = arms[1:]
    return "agent" if "agent" in others else (others[-1] if others else None)


def _samples(key: ViewKey, ids: dict[ViewKey, str]) -> str:
    model, task, sample = key
    links = [
        f'<a href="#{vid}"{" class=on" if k[2] == sample else ""}>{k[2]}</a>'
        for k, vid in ids.items()
        if k[:2] == (model, task)
    ]
    return f" · sample {' '.join(links)}" if len(links) > 1 else ""


def attempt_view(key: ViewKey, by_arm: dict[str, AttemptRecord], arms: list[str], vid: str, nav: str) -> str:
    """One view: the baseline's panel beside the chosen arm's (tabs switch between the others)."""
    model, task, sample = key
    present = [a for a in arms if a in by_arm] + [a for a in by_arm if a not in arms]
    base, other = present[0], _default_other(present)
    tabs = "".join(
        f'<button type="button" data-arm="{esc(a)}"{" class=on" if a == other else ""}>{esc(a)}</button>'
        for a in present[1:]
    )
    first = by_arm[base]
    panels = [_panel(by_arm[base], "base", False)]
    panels += [_panel(by_arm[a], "other", a != other) for a in present[1:]]
    return (
        f'<section class="attempt" id="{vid}" data-task="{esc(task)}">'
        f'<p class="nav"><a href="#tasks">← back to the tasks</a>{nav}</p>'
        f"{SIM_BANNER if any(r.simulated for r in by_arm.values()) else ''}"
        f"<h2>{esc(task)} <span class='muted'>· {esc(model)} · sample {sample}</span></h2>"
        f"<p class='muted'>{esc(first.language)} · {esc(first.scope)} · {esc(first.kind)} · "
        f"{esc(first.difficulty)}</p>"
        f'<p class="tabs">{esc(base)} beside: {tabs}</p><div class="cols">{"".join(panels)}</div></section>'
    )


def attempt_views(records: list[AttemptRecord], arms: list[str]) -> str:
    """Every attempt view of the run, hidden until its fragment (`#attempt-N`) is opened."""
    groups = group_attempts(records)
    ids = view_ids(groups)
    return "".join(
        attempt_view(key, by_arm, arms, ids[key], _samples(key, ids)) for key, by_arm in groups.items()
    )
