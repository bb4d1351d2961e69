"""One self-contained HTML file per run: provenance, the headline lift per arm in plain words,
plots as inline SVG, the task table and, given the attempt records, an attempt view per task.

No network is needed to view it: the CSS and the one small script are inline, and a Content
Security Policy allows only that script (by hash) and inline styles, so nothing is fetched and
no markup smuggled in through model output could run even if it escaped the escaping.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from typing import Any

from harness.report.html_assets import CSS, JS
from harness.report.html_attempt import SIM_BANNER, attempt_views
from harness.report.html_base import esc, money
from harness.report.html_svg import cost_svg, forest_svg, funnel_svg
from harness.report.html_tasks import flip_summary, flip_table, task_table
from harness.report.html_timeline import load_trajectory
from harness.report.html_words import headline_card, power_words
from harness.report.model import ModelSection, Report
from harness.store import AttemptRecord

PLOT_DIMENSIONS = ("language", "scope", "kind")


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def _arms(report: Report) -> list[str]:
    """Arms in run order, the baseline first, over every model."""
    seen = [a for section in report.per_model.values() for a in section.arms] + list(report.arms)
    return [report.baseline, *(a for a in dict.fromkeys(seen) if a != report.baseline)]


def suite_version(prov: dict[str, Any]) -> str:
    """The suite's version: as recorded, else a content hash over the task hashes of the run."""
    if prov.get("suite_version"):
        return str(prov["suite_version"])
    hashes = prov.get("task_hashes") or {}
    if not hashes:
        return "unknown"
    digest = hashlib.sha256(json.dumps(sorted(hashes.items())).encode()).hexdigest()[:12]
    return f"content {digest} ({len(hashes)} tasks)"


def run_date(report: Report, records: list[AttemptRecord] | None) -> str:
    """When the run started: from the report if it says, else the earliest trajectory found."""
    created = getattr(report, "created", None) or report.provenance.get("created")
    if created is None and records:
        found = (load_trajectory(r.trajectory_path) for r in records[:50])
        created = min((t.started for t in found if not isinstance(t, str)), default=None)
    if created is None:
        return "unknown"
    return dt.datetime.fromtimestamp(float(created), dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def header(report: Report, records: list[AttemptRecord] | None) -> str:
    """Title, the SIMULATED banner when it applies, and the run's provenance."""
    prov = report.provenance
    git = prov.get("git") or {}
    commit = f"{str(git.get('commit') or 'unknown')[:12]}{' (dirty)' if git.get('dirty') else ''}"
    facts = {
        "models": ", ".join(report.models) or "none",
        "arms": f"{', '.join(_arms(report))} (baseline {report.baseline})",
        "tasks x samples": f"{report.n_tasks} x {report.samples}",
        "suite version": suite_version(prov),
        "run started": run_date(report, records),
        "report rendered": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "liftbench commit": commit,
        "scorer version": prov.get("scorer_version", "unknown"),
        "sandbox": f"{report.sandbox or 'unknown'}{'' if report.isolated else ' (UNISOLATED)'}",
        "python / platform": f"{prov.get('python', '?')} / {prov.get('platform', '?')}",
    }
    label = SIM_BANNER if report.simulated else '<p class="real">REAL model results</p>'
    unisolated = "" if report.isolated else '<p class="warn">Task code ran UNISOLATED (sandbox "local").</p>'
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts.items())
    return f'<h1>liftbench run {esc(report.run_id)}</h1>{label}{unisolated}<dl class="prov">{rows}</dl>'


def _cost_table(section: ModelSection) -> str:
    head = (
        "<tr><th>arm</th><th>$/attempt</th><th>$/success</th><th>tokens/attempt</th><th>s/attempt</th>"
        "<th>calls/attempt</th><th>steps/attempt</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{esc(a)}</td><td>{money(c.cost_per_attempt)}</td><td>{money(c.cost_per_success)}</td>"
        f"<td>{c.tokens_per_attempt:,.0f}</td><td>{c.seconds_per_attempt:.1f}</td>"
        f"<td>{c.model_calls_per_attempt:.1f}</td><td>{c.steps_per_attempt:.1f}</td></tr>"
        for a, c in section.cost.items()
    )
    return f'<table class="cost">{head}{rows}</table>'


def model_html(
    model: str, section: ModelSection, report: Report, arms: list[str], records: list[AttemptRecord] | None
) -> str:
    """One model's headline, plots and flip table."""
    base = report.baseline
    simulated = any(r.simulated for r in records if r.model == model) if records else model.startswith("sim/")
    tag = ' <span class="sim-tag">SIMULATED</span>' if simulated else ""
    cards = [
        headline_card(arm, base, p, section.arms.get(arm), section.arms.get(base))
        for arm, p in section.paired.items()
    ] or ['<p class="muted">No paired comparison (a single arm, or no shared tasks).</p>']
    funnels = [funnel_svg(a, section.arms[a], arms) for a in arms if a in section.arms]
    forests = [forest_svg(d, section.by[d], arms) for d in PLOT_DIMENSIONS if d in section.by]
    flips = flip_table(records, arms, model) if records else flip_summary(section.paired, base)
    power = power_words(report.power, base) if report.models and model == report.models[0] else ""
    return (
        f'<section class="model"><h2>{esc(model)}{tag}</h2><div class="cards">{"".join(cards)}</div>{power}'
        f'<h3>Ladder funnel per arm</h3><div class="plots">{"".join(funnels)}</div>'
        f'<h3>Lift by language, scope and kind</h3><div class="plots">{"".join(forests)}</div>'
        f'<h3>Cost against success</h3><div class="plots">{cost_svg(arms, section.arms, section.cost)}'
        f"{_cost_table(section)}</div><h3>Flips against {esc(base)}</h3>{flips}</section>"
    )


def render_html(report: Report, records: list[AttemptRecord] | None = None) -> str:
    """The whole page. Without `records`, no task table and no attempt views (the report lacks them)."""
    arms = _arms(report)
    body = [header(report, records)]
    body += [model_html(m, s, report, arms, records) for m, s in report.per_model.items()]
    if records:
        body.append(f'<h2 id="tasks">Tasks</h2>{task_table(records, arms)}')
    else:
        body.append(
            '<h2 id="tasks">Tasks</h2><p class="muted">Render with the attempt records for the '
            "task table and attempt views.</p>"
        )
    note = next(iter(report.paired.values()), None)
    if note:
        body.append(f'<p class="muted">{esc(note.note)}; N={report.n_tasks}, S={report.samples}.</p>')
    views = attempt_views(records, arms) if records else ""
    title = f"liftbench {esc(report.run_id)}{' SIMULATED' if report.simulated else ''}"
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">'
        f'<link rel="icon" href="data:,"><title>{title}</title><style>{CSS}</style></head><body>'
        f'<div id="js-errors" hidden></div><main>{"".join(body)}</main>{views}'
        f"<script>{JS}</script></body></html>"
    )
