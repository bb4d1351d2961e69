"""Small helpers shared by the HTML report's parts: escaping, number formats, outcome chips.

Everything that reaches the page from a model, a task or the store goes through `esc` (or
`clip`): model output is untrusted, and a `<script>` in a diff must stay text.
"""

from __future__ import annotations

import re
from html import escape

from harness.store import AttemptRecord

LEVEL_NAMES = {"L0": "changed", "L1": "valid", "L2": "interface", "L3": "tests", "L4": "improved"}
OUTCOME_RANK = {"success": 7, "flagged": 6, "L4": 5, "L3": 4, "L2": 3, "L1": 2, "L0": 1, "infra": 0}
"""Sort order of outcomes: success first; `L3` means the first failed level was L3."""
ARM_COLORS = ("#6b7a8f", "#d9822b", "#2a9d8f", "#8e5ea2", "#c0392b", "#3b6fb6")
CLIP_CHARS = 20_000
"""Longest text shown in full; longer diffs, prompts and tool results are cut with a note."""


def esc(text: object) -> str:
    """HTML-escape anything (quotes included, so it is safe inside attributes too)."""
    return escape(str(text), quote=True)


def clip(text: str, limit: int = CLIP_CHARS) -> str:
    """`text` escaped for element content (never an attribute: quotes stay as they are, which
    keeps code compact), cut to `limit` characters with a visible note of what was left out."""
    if len(text) <= limit:
        return escape(text, quote=False)
    cut = len(text) - limit
    return (
        f'{escape(text[:limit], quote=False)}\n<span class="muted">… {cut:,} more characters not shown</span>'
    )


def pct(x: float) -> str:
    """A share as a percentage: 0.125 -> `12.5%`."""
    return f"{100 * x:.1f}%"


def pts(x: float) -> str:
    """A lift in percentage points with its sign: 0.125 -> `+12.5`."""
    return f"{100 * x:+.1f}"


def interval(ci: tuple[float, float]) -> str:
    """A lift interval in points: `[-3.1, +27.0]`."""
    return f"[{pts(ci[0])}, {pts(ci[1])}]"


def money(x: float | None) -> str:
    """USD with enough digits for cheap calls; `n/a` when the price is unknown."""
    if x is None:
        return "n/a"
    return f"${x:.4f}" if x < 1 else f"${x:,.2f}"


def outcome_class(outcome: str) -> str:
    """CSS class of an outcome chip (`o-success`, `o-L3`, ...)."""
    return "o-" + re.sub(r"[^A-Za-z0-9_-]", "", outcome or "none")


def chip(outcome: str, title: str = "") -> str:
    """A coloured outcome label; the title explains it on hover."""
    hint = title or describe_outcome(outcome)
    return f'<span class="chip {outcome_class(outcome)}" title="{esc(hint)}">{esc(outcome)}</span>'


def describe_outcome(outcome: str) -> str:
    """What an outcome means, in words."""
    if outcome in LEVEL_NAMES:
        return f"failed at {outcome} ({LEVEL_NAMES[outcome]})"
    return {
        "success": "reached L4 with no gaming flag",
        "flagged": "reached L4 but a gaming flag was raised",
        "infra": "infrastructure failure (counted, not the model's fault)",
    }.get(outcome, outcome)


def arm_color(arms: list[str], arm: str) -> str:
    """A stable colour per arm, by its position in the run (the baseline first)."""
    index = arms.index(arm) if arm in arms else len(arms)
    return ARM_COLORS[index % len(ARM_COLORS)]


ViewKey = tuple[str, str, int]
"""(model, task, sample): one attempt view shows every arm's attempt at this key."""


def group_attempts(records: list[AttemptRecord]) -> dict[ViewKey, dict[str, AttemptRecord]]:
    """Attempts by (model, task, sample) then arm, in a stable order (model, task, sample)."""
    out: dict[ViewKey, dict[str, AttemptRecord]] = {}
    for r in sorted(records, key=lambda r: (r.model, r.task, r.sample)):
        out.setdefault((r.model, r.task, r.sample), {})[r.arm] = r
    return out


def view_ids(groups: dict[ViewKey, dict[str, AttemptRecord]]) -> dict[ViewKey, str]:
    """The element id of each attempt view (`attempt-0`, ...): safe whatever the task is called."""
    return {key: f"attempt-{i}" for i, key in enumerate(groups)}
