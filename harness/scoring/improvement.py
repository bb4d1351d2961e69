"""L4: is the candidate measurably better, honestly?

For a cognitive (or cyclomatic) task, the max over the target functions **and every new or
changed function** must be at most (1 - r) x the targets' original max, so complexity moved into
a new helper still counts. Guards that hold for every task: the total over changed and added
files does not rise; no function kept by name (outside the targets) gets worse; NLOC grows at
most `size_growth`x + 10; duplicated tokens do not rise; no new readability smell. Duplication
and coupling tasks swap the main rule for a reduction of duplicated tokens or import edges.
"""

from __future__ import annotations

from dataclasses import dataclass

from harness.scoring.metrics import Measurement
from harness.tasks import LoadedTask


@dataclass
class Verdict:
    passed: bool
    reasons: list[str]


def target_keys(task: LoadedTask, before: Measurement) -> list[str]:
    keys = []
    for target in task.task.targets:
        if target.functions:
            keys += [f"{target.file}::{fn}" for fn in target.functions]
        else:
            keys += [k for k in before.functions if k.startswith(f"{target.file}::")]
    return keys


def _complexity(m: Measurement, key: str, metric: str) -> int:
    if metric == "cyclomatic":
        return m.cyclomatic.get(key, 0)
    return m.functions[key].complexity


def considered_keys(targets: list[str], before: Measurement, after: Measurement) -> list[str]:
    """Targets still present plus every new or changed function of the candidate."""
    keys = [k for k in targets if k in after.functions]
    for key, fact in after.functions.items():
        old = before.functions.get(key)
        if (old is None or old.shape != fact.shape) and key not in keys:
            keys.append(key)
    return keys


def judge(task: LoadedTask, before: Measurement, after: Measurement, files_changed: list[str]) -> Verdict:
    imp = task.task.improvement
    targets = target_keys(task, before)
    metric = "cyclomatic" if imp.metric == "cyclomatic" else "cognitive"
    orig_max = max((_complexity(before, k, metric) for k in targets if k in before.functions), default=0)
    keys = considered_keys(targets, before, after)
    new_max = max((_complexity(after, k, metric) for k in keys), default=0)
    reasons: list[str] = []
    if imp.metric in ("cognitive", "cyclomatic"):
        bar = (1 - imp.reduction) * orig_max
        if new_max > bar:
            worst = max(keys, key=lambda k: _complexity(after, k, metric))
            reasons.append(f"max {metric} {new_max} ({worst}) above the bar {bar:.1f} (was {orig_max})")
    elif new_max > orig_max:
        reasons.append(f"max {metric} rose {orig_max} -> {new_max}")
    if imp.metric == "duplication":
        bar = (1 - imp.reduction) * before.duplicated_tokens
        if after.duplicated_tokens > bar:
            reasons.append(f"duplicated tokens {after.duplicated_tokens} above the bar {bar:.0f}")
    if imp.metric == "coupling" and after.import_edges > (1 - imp.reduction) * before.import_edges:
        reasons.append(f"import edges {before.import_edges} -> {after.import_edges}: not reduced enough")
    if imp.function_cap is not None:
        over = [k for k in keys if _complexity(after, k, metric) > imp.function_cap]
        if over:
            reasons.append(f"functions over the cap {imp.function_cap}: {', '.join(over)}")
    reasons += _guards(task, targets, before, after, files_changed)
    return Verdict(passed=not reasons, reasons=reasons)


def _anonymous(key: str) -> bool:
    """Anonymous functions are keyed by position (`file:line`): the same key before and after
    need not be the same function, so "got worse" cannot be judged for them."""
    return ":" in key.split("::", 1)[-1]


def _guards(
    task: LoadedTask, targets: list[str], before: Measurement, after: Measurement, files: list[str]
) -> list[str]:
    out = []
    total_before = sum(before.file_totals.get(f, 0) for f in files)
    total_after = sum(after.file_totals.get(f, 0) for f in files)
    if total_after > total_before:
        out.append(f"total cognitive complexity of changed files rose {total_before} -> {total_after}")
    for key, fact in after.functions.items():
        old = before.functions.get(key)
        if old and key not in targets and not _anonymous(key) and fact.complexity > old.complexity:
            out.append(f"{key} got worse {old.complexity} -> {fact.complexity}")
    limit = task.task.improvement.size_growth * before.nloc + 10
    if after.nloc > limit:
        out.append(f"NLOC {before.nloc} -> {after.nloc}, above {limit:.0f}")
    if after.duplicated_tokens > before.duplicated_tokens:
        out.append(f"duplicated tokens rose {before.duplicated_tokens} -> {after.duplicated_tokens}")
    if len(after.smells) > len(before.smells):
        fresh = [smell for smell in after.smells if smell not in before.smells] or after.smells
        out.append(f"readability smells {len(before.smells)} -> {len(after.smells)}: " + "; ".join(fresh[:3]))
    return out
