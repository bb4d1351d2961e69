"""The headline of a run in plain words: the lift of each arm over the baseline, its interval, the
paired test's p-value and the flips, said so a team can decide from them."""

from __future__ import annotations

from harness.report.html_base import esc, pct, pts
from harness.report.model import ArmSummary, PairedSummary, PowerNote

TESTS = {
    "mcnemar-exact": "McNemar's exact test",
    "sign-flip-exact": "An exact sign-flip test on per-task differences",
    "sign-flip-monte-carlo": "A sign-flip permutation test on per-task differences",
}


def interval_words(arm: str, base: str, p: PairedSummary) -> str:
    """What the 95% interval says about the lift."""
    lo, hi = p.ci
    span = f"The 95% interval, {pts(lo)} to {pts(hi)} points,"
    if lo > 0:
        return f"{span} lies above zero: {arm} beats {base} on tasks like these, beyond chance alone."
    if hi < 0:
        return f"{span} lies below zero: {arm} does worse than {base} on tasks like these."
    return f"{span} includes zero: this run cannot tell {arm} and {base} apart."


def _chance(p: float) -> str:
    if p < 0.001:
        return "less than 0.1% of the time"
    if p >= 0.995:
        return "almost every time"
    return f"about {100 * p:.0f}% of the time" if p >= 0.02 else f"about {100 * p:.1f}% of the time"


def p_words(p: PairedSummary) -> str:
    """The paired test's p-value, with what it means."""
    test = TESTS.get(p.test, f"The {p.test} test")
    verdict = "significant" if p.mcnemar_p < 0.05 else "not significant"
    return (
        f"{test} gives p = {p.mcnemar_p:.3g} ({verdict} at the 5% level): if the two arms were equally "
        f"good, a result at least this lopsided would happen by chance {_chance(p.mcnemar_p)}."
    )


def flip_words(arm: str, base: str, p: PairedSummary) -> str:
    """How many tasks flipped each way."""
    won, lost = p.flips.get("base_fail_arm_pass", 0), p.flips.get("base_pass_arm_fail", 0)
    same = max(p.n_tasks - won - lost, 0)
    return (
        f"{arm} passed {won} task(s) {base} failed and failed {lost} task(s) {base} passed "
        f"(counted by {p.flips_basis}); on the other {same} the arms agreed."
    )


def headline_card(
    arm: str, base: str, p: PairedSummary, arm_s: ArmSummary | None, base_s: ArmSummary | None
) -> str:
    """One arm's lift over the baseline, as a number and in sentences."""
    rates = ""
    if arm_s and base_s:
        rates = f"{arm} succeeds on {pct(arm_s.success_rate)}, {base} on {pct(base_s.success_rate)}. "
    sentences = [
        f"{rates}Over {p.n_tasks} paired tasks, {arm} changes the success rate by {pts(p.lift)} points.",
        interval_words(arm, base, p),
        p_words(p),
        flip_words(arm, base, p),
    ]
    small = (
        '<p class="warn">Few tasks: the interval is wide; treat this as a smoke test.</p>'
        if p.n_tasks < 20
        else ""
    )
    return (
        f'<div class="card headline" data-arm="{esc(arm)}"><div class="muted">{esc(arm)} over {esc(base)}'
        f'</div><div class="big">{pts(p.lift)} points</div>'
        f'<div class="muted">95% CI {pts(p.ci[0])} to {pts(p.ci[1])} · p = {p.mcnemar_p:.3g}</div>'
        f"{''.join(f'<p>{esc(s)}</p>' for s in sentences)}{small}</div>"
    )


def power_words(notes: list[PowerNote], base: str) -> str:
    """How many tasks it would take to see a 10-point lift, per arm."""
    items = []
    for note in notes:
        need = f"about {note.tasks_for_10_points}" if note.tasks_for_10_points else "more than 2,000"
        observed = (
            f"; to confirm the observed lift, about {note.tasks_for_observed_lift}"
            if note.tasks_for_observed_lift
            else ""
        )
        items.append(
            f"<li>{esc(note.arm)} vs {esc(base)}: the arms disagreed on {pct(note.discordance)} of tasks; "
            f"detecting a 10-point lift with 80% power takes {need} tasks{observed}. "
            f"This run has {note.n_tasks}.</li>"
        )
    return f"<ul class='power'>{''.join(items)}</ul>" if items else ""
