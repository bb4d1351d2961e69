"""A self-contained HTML page of the report (no scripts, no external assets)."""

from __future__ import annotations

from html import escape

from harness.report.model import ModelSection, Report

STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;
margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child
{text-align:left}.sim{background:#b00;color:#fff;padding:6px 12px;font-weight:bold;display:inline-block}
.bar{background:#4a7;height:10px;display:inline-block}.note{color:#666}"""


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _ci(ci: tuple[float, float]) -> str:
    return f"[{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}]"


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _arms(section: ModelSection) -> str:
    head = _row(
        ["arm", "n", "success", "95% CI", "funnel L0→L4", "lift", "95% CI", "p", "flips +/-", "$/attempt"],
        "th",
    )
    rows = []
    for arm, s in section.arms.items():
        p, c = section.paired.get(arm), section.cost.get(arm)
        bars = " ".join(
            f'<span class="bar" style="width:{40 * s.funnel.get(k, 0):.0f}px" title="{k} '
            f'{_pct(s.funnel.get(k, 0))}"></span>'
            for k in ("L0", "L1", "L2", "L3", "L4")
        )
        rows.append(
            _row(
                [
                    escape(arm),
                    str(s.n),
                    _pct(s.success_rate),
                    _ci(s.ci).replace("+", ""),
                    bars,
                    f"{100 * p.lift:+.1f} pts" if p else "baseline",
                    _ci(p.ci) if p else "",
                    f"{p.mcnemar_p:.3g}" if p else "",
                    f"{p.flips.get('base_fail_arm_pass', 0)}/{p.flips.get('base_pass_arm_fail', 0)}"
                    if p
                    else "",
                    "n/a" if c is None or c.cost_per_attempt is None else f"{c.cost_per_attempt:.4f}",
                ]
            )
        )
    return f"<table>{head}{''.join(rows)}</table>"


def _breakdowns(section: ModelSection, arms: list[str]) -> str:
    out = []
    for dim, groups in section.by.items():
        head = _row([escape(dim), *map(escape, arms), *(f"lift {escape(a)}" for a in arms[1:])], "th")
        rows = [
            _row(
                [
                    escape(v),
                    *(_pct(g.arms[a].success_rate) if a in g.arms else "" for a in arms),
                    *(
                        f"{100 * g.paired[a].lift:+.1f} {_ci(g.paired[a].ci)}" if a in g.paired else ""
                        for a in arms[1:]
                    ),
                ]
            )
            for v, g in groups.items()
        ]
        out.append(f"<h3>by {escape(dim)}</h3><table>{head}{''.join(rows)}</table>")
    return "".join(out)


def render_html(report: Report) -> str:
    banner = (
        '<p class="sim">SIMULATED: these are results of a simulated model, not of a real one</p>'
        if report.simulated
        else "<p><b>Real model results</b></p>"
    )
    arms = list(report.arms)
    body = [
        f"<h1>liftbench run {escape(report.run_id)}</h1>",
        banner,
        f"<p>models: {escape(', '.join(report.models))}; tasks: {report.n_tasks}; samples: "
        f"{report.samples}; sandbox: {escape(report.sandbox)}"
        f"{'' if report.isolated else ' (UNISOLATED)'}</p>",
    ]
    for model, section in report.per_model.items():
        tag = " [SIMULATED]" if model.startswith("sim/") else ""
        body += [f"<h2>{escape(model)}{tag}</h2>", _arms(section), _breakdowns(section, arms)]
    note = next(iter(report.paired.values()), None)
    if note:
        body.append(f'<p class="note">{escape(note.note)}; N={report.n_tasks}, S={report.samples}.</p>')
    title = f"liftbench {escape(report.run_id)}{' SIMULATED' if report.simulated else ''}"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>"
    )
