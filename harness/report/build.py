"""Build the report document from stored attempts, with the statistics of harness.stats."""

from __future__ import annotations

from collections import Counter, defaultdict

from harness.power import tasks_needed
from harness.report.model import (
    ArmSummary,
    CostSummary,
    Group,
    ModelSection,
    PairedSummary,
    PowerNote,
    Report,
)
from harness.report.model import (
    Report as _Report,  # noqa: F401 - re-exported for type checkers
)
from harness.stats import arm_rate, funnel, paired_lift
from harness.store import AttemptRecord, RunRecord

DIMENSIONS = ("language", "scope", "kind", "difficulty")
LEVEL_KEYS = ("L0", "L1", "L2", "L3", "L4")


def per_task(records: list[AttemptRecord]) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        out[r.task].append(r.success)
    return dict(out)


def _levels(r: AttemptRecord) -> dict[str, bool]:
    levels = dict(r.score.levels) if r.score else dict.fromkeys(LEVEL_KEYS, False)
    levels["success"] = r.success
    return levels


def arm_summary(records: list[AttemptRecord]) -> ArmSummary:
    est = arm_rate(per_task(records))
    return ArmSummary(
        n=len(records),
        n_tasks=est.n_tasks,
        samples=est.samples,
        success_rate=est.rate,
        ci=est.ci,
        method=est.method,
        funnel=funnel([_levels(r) for r in records]),
        outcomes=dict(Counter(r.outcome for r in records)),
        infra=sum(r.infra for r in records),
    )


def _section(records: list[AttemptRecord], arms: list[str], n_boot: int) -> tuple[dict, dict]:
    by_arm = {a: [r for r in records if r.arm == a] for a in arms}
    summaries = {a: arm_summary(rs) for a, rs in by_arm.items() if rs}
    base = arms[0]
    paired = {}
    for arm in arms[1:]:
        if by_arm.get(arm) and by_arm.get(base):
            est = paired_lift(per_task(by_arm[arm]), per_task(by_arm[base]), n_boot=n_boot)
            if est.n_tasks:
                paired[arm] = PairedSummary.of(base, est)
    return summaries, paired


def cost_summary(records: list[AttemptRecord]) -> CostSummary:
    n = max(len(records), 1)
    unpriced = sum(r.cost is None for r in records)
    total = None if unpriced else sum(r.cost or 0.0 for r in records)
    successes = sum(r.success for r in records)
    tools: Counter[str] = Counter()
    for r in records:
        tools.update(r.tool_calls)
    return CostSummary(
        total_cost=total,
        unpriced_attempts=unpriced,
        cost_per_attempt=None if total is None else total / n,
        cost_per_success=None if total is None or not successes else total / successes,
        tokens_per_attempt=sum(r.prompt_tokens + r.completion_tokens for r in records) / n,
        seconds_per_attempt=sum(r.wall_seconds for r in records) / n,
        model_calls_per_attempt=sum(r.model_calls for r in records) / n,
        steps_per_attempt=sum(r.steps for r in records) / n,
        tool_calls=dict(tools),
    )


def model_section(records: list[AttemptRecord], arms: list[str]) -> ModelSection:
    summaries, paired = _section(records, arms, n_boot=2000)
    by: dict[str, dict[str, Group]] = {}
    for dim in DIMENSIONS:
        values = sorted({getattr(r, dim) for r in records})
        by[dim] = {}
        for value in values:
            subset = [r for r in records if getattr(r, dim) == value]
            arms_sub, paired_sub = _section(subset, arms, n_boot=500)
            by[dim][value] = Group(arms=arms_sub, paired=paired_sub)
    cost = {
        a: cost_summary([r for r in records if r.arm == a]) for a in arms if any(r.arm == a for r in records)
    }
    return ModelSection(arms=summaries, paired=paired, by=by, cost=cost)


def power_notes(records: list[AttemptRecord], arms: list[str]) -> list[PowerNote]:
    base = per_task([r for r in records if r.arm == arms[0]])
    notes = []
    for arm in arms[1:]:
        other = per_task([r for r in records if r.arm == arm])
        tasks = sorted(set(base) & set(other))
        if not tasks:
            continue
        disagree = sum(_majority(base[t]) != _majority(other[t]) for t in tasks) / len(tasks)
        lift = sum(_share(other[t]) - _share(base[t]) for t in tasks) / len(tasks)
        d = max(disagree, 0.1 + 1e-9)
        notes.append(
            PowerNote(
                arm=arm,
                discordance=round(disagree, 4),
                n_tasks=len(tasks),
                tasks_for_10_points=tasks_needed(0.10, d),
                tasks_for_observed_lift=tasks_needed(abs(lift), max(disagree, abs(lift) + 1e-9))
                if abs(lift) >= 0.02
                else None,
            )
        )
    return notes


def _share(xs: list[bool]) -> float:
    return sum(xs) / len(xs)


def _majority(xs: list[bool]) -> bool:
    return _share(xs) > 0.5


def _arm_names(configured: list[str], records: list[AttemptRecord]) -> list[str]:
    """Arm names in the run's order (the first is the baseline). A config may name an arm by a
    YAML path whose file name differs from the arm's `name`, so stored names are the truth."""
    stored = list(dict.fromkeys(r.arm for r in records))
    ordered = []
    for entry in configured:
        try:
            from agents.arms import load_arm

            name = load_arm(entry).name
        except Exception:  # the YAML may be gone by report time: fall back to its file name
            name = entry.rsplit("/", 1)[-1].removesuffix(".yaml")
        if name in stored or not stored:
            ordered.append(name)
    return list(dict.fromkeys(ordered + stored))


def build_report(run: RunRecord, records: list[AttemptRecord]) -> Report:
    arms = _arm_names(run.config.get("arms") or [], records)
    models = list(dict.fromkeys(r.model for r in records)) or list(run.config.get("models", []))
    sections = {m: model_section([r for r in records if r.model == m], arms) for m in models}
    first = sections[models[0]] if models else ModelSection(arms={}, paired={}, by={}, cost={})
    first_records = [r for r in records if models and r.model == models[0]]
    simulated = run.simulated or any(r.simulated for r in records)
    prov = run.provenance
    return Report(
        run_id=run.run_id,
        created=run.created,
        simulated=simulated,
        label="SIMULATED" if simulated else "REAL",
        models=models,
        baseline=arms[0],
        n_tasks=len({r.task for r in records}),
        samples=int(run.config.get("samples", 1)),
        arms=first.arms,
        paired=first.paired,
        by=first.by,
        cost=first.cost,
        power=power_notes(first_records, arms),
        per_model=sections,
        provenance=prov,
        sandbox=str(prov.get("sandbox", "")),
        isolated=bool(prov.get("isolated", True)),
    )
