"""The report's plots as inline SVG built in Python: no plotting library, no script, no network.

Every plot is an `<svg class="plot">` with a `<title>`, so a browser test can find the plots and
check they have a size. Text in them is escaped like everything else.
"""

from __future__ import annotations

from harness.report.html_base import LEVEL_NAMES, arm_color, esc, pct, pts
from harness.report.model import ArmSummary, CostSummary, Group

FUNNEL_KEYS = ("L0", "L1", "L2", "L3", "L4", "success")
ROW = 22


def _svg(width: int, height: int, label: str, body: list[str], kind: str) -> str:
    return (
        f'<svg class="plot plot-{kind}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}">'
        f"<title>{esc(label)}</title>{''.join(body)}</svg>"
    )


def _text(x: float, y: float, text: str, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{esc(text)}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, cls: str, color: str = "") -> str:
    stroke = f' stroke="{color}"' if color else ""
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{cls}"{stroke}/>'


def funnel_svg(arm: str, summary: ArmSummary, arms: list[str]) -> str:
    """The ladder funnel of one arm: share of attempts reaching L0..L4 and success."""
    width, left, top = 300, 100, 28
    span = width - left - 52
    color = arm_color(arms, arm)
    body = [_text(4, 16, f"{arm}  (n={summary.n}, infra {summary.infra})", cls="ttl")]
    for i, key in enumerate(FUNNEL_KEYS):
        share = summary.funnel.get(key, 0.0)
        y = top + i * ROW
        name = f"{key} {LEVEL_NAMES[key]}" if key in LEVEL_NAMES else "success"
        body += [
            _text(4, y + 14, name),
            f'<rect class="track" x="{left}" y="{y}" width="{span}" height="{ROW - 6}"/>',
            f'<rect class="bar" x="{left}" y="{y}" width="{share * span:.1f}" height="{ROW - 6}" '
            f'fill="{color}"><title>{esc(f"{arm}: {pct(share)} reach {name}")}</title></rect>',
            _text(left + span + 4, y + 14, pct(share), cls="num"),
        ]
    return _svg(width, top + len(FUNNEL_KEYS) * ROW + 4, f"ladder funnel of {arm}", body, "funnel")


def _forest_axis(left: int, span: int, bottom: float, top: int) -> list[str]:
    """Gridlines at -100, -50, 0, +50, +100 points, the zero line stronger."""
    out = []
    for tick in (-1.0, -0.5, 0.0, 0.5, 1.0):
        x = left + (tick + 1) / 2 * span
        out.append(_line(x, top - 4, x, bottom, "zero" if tick == 0 else "grid"))
        out.append(_text(x, bottom + 14, f"{100 * tick:+.0f}" if tick else "0", "middle", "num"))
    return out


def forest_svg(dim: str, groups: dict[str, Group], arms: list[str]) -> str:
    """Lift over the baseline per value of `dim` and arm: a point and its 95% interval."""
    rows = [(value, arm, g) for value, g in groups.items() for arm in arms[1:] if arm in g.paired]
    if not rows:
        return f'<p class="muted">No paired results by {esc(dim)}.</p>'
    labels = [f"{value} · {arm} ({g.paired[arm].n_tasks} tasks)" for value, arm, g in rows]
    left = min(int(max(len(x) for x in labels) * 6.2) + 14, 320)
    span, top = 280, 24
    width, bottom = left + span + 175, top + len(rows) * ROW
    body = [_text(4, 14, f"lift over {arms[0]} by {dim} (points, 95% interval)", cls="ttl")]
    body += _forest_axis(left, span, bottom, top)
    for i, (value, arm, group) in enumerate(rows):
        p = group.paired[arm]
        y = top + i * ROW + ROW / 2
        color = arm_color(arms, arm)
        x_lo, x_hi, x_mid = (left + (v + 1) / 2 * span for v in (p.ci[0], p.ci[1], p.lift))
        body += [
            _text(4, y + 4, labels[i]),
            _line(x_lo, y, x_hi, y, "ci", color),
            f'<circle cx="{x_mid:.1f}" cy="{y:.1f}" r="5" fill="{color}">'
            f"<title>{esc(f'{value}, {arm}: {pts(p.lift)} points')}</title></circle>",
            _text(left + span + 10, y + 4, f"{pts(p.lift)}  [{pts(p.ci[0])}, {pts(p.ci[1])}]", cls="num"),
        ]
    return _svg(width, int(bottom + 22), f"lift by {dim}", body, "forest")


def _cost_x(cost: dict[str, CostSummary]) -> tuple[dict[str, float], str]:
    """Cost per attempt when every arm is priced, else tokens per attempt (with the axis name)."""
    if cost and all(c.cost_per_attempt is not None for c in cost.values()):
        return {a: c.cost_per_attempt or 0.0 for a, c in cost.items()}, "cost per attempt (USD)"
    return {a: c.tokens_per_attempt for a, c in cost.items()}, "tokens per attempt (cost unknown)"


def _fmt(x: float) -> str:
    return f"{x:.4g}" if x < 1000 else f"{x / 1000:.1f}k"


def cost_svg(arms: list[str], summaries: dict[str, ArmSummary], cost: dict[str, CostSummary]) -> str:
    """Success rate (with its 95% interval) against cost or tokens per attempt, one point per arm."""
    xs, axis = _cost_x({a: c for a, c in cost.items() if a in summaries})
    if not xs:
        return '<p class="muted">No cost data.</p>'
    width, height, left, right, top, bottom = 420, 260, 48, 20, 26, 220
    xmax = max(xs.values()) * 1.2 or 1.0
    body = [_text(4, 14, f"success against {axis.split(' (')[0]}", cls="ttl")]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = bottom - tick * (bottom - top)
        body += [_line(left, y, width - right, y, "grid"), _text(left - 6, y + 4, pct(tick), "end", "num")]
    for tick in (0.0, 0.5, 1.0):
        x = left + tick * (width - left - right)
        body.append(_text(x, bottom + 16, _fmt(tick * xmax), "middle", "num"))
    body.append(_text((left + width - right) / 2, bottom + 34, axis, "middle"))
    for i, (arm, value) in enumerate(xs.items()):
        s, color = summaries[arm], arm_color(arms, arm)
        x = left + value / xmax * (width - left - right)
        y_lo, y_hi, y = (bottom - v * (bottom - top) for v in (s.ci[0], s.ci[1], s.success_rate))
        body += [
            _line(x, y_lo, x, y_hi, "ci", color),
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{color}">'
            f"<title>{esc(f'{arm}: {pct(s.success_rate)} at {_fmt(value)}')}</title></circle>",
            _text(x + 9, y - 6 if i % 2 else y + 14, arm, cls="lbl"),  # alternate: close arms stay legible
        ]
    return _svg(width, height + 12, "success against cost per arm", body, "cost")
