"""The reliability scorecard: runs the adversarial catalogue on every backend, every gaming case
of the suites, and a run against a faulty model API, then prints five figures.

    python -m harness.bench.scorecard        (or: make scorecard)

escapes tried / contained per backend, gaming cases tried / caught, faults injected / survived,
attempts lost (must be 0), caps exceeded (must be 0). Prints; asserts nothing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from harness.bench.faultrun import run_under_faults
from harness.paths import BUILTIN_SUITE, project_root
from harness.sandbox import get_sandbox
from harness.scoring.ladder import Scorer
from harness.tasks import Suite
from harness.validate import overlay_diff

ESCAPE_TESTS = (
    "test_attack_is_contained",
    "test_resource_attack_ends_within_limits",
    "test_test_runner_tampering_is_undone",
    "test_symlink_out_of_the_workspace_is_removed_and_flagged",
)
FIXTURES = project_root() / "tests" / "fixtures" / "suite"


def escapes(folder: Path) -> dict[str, Counter[str]]:
    """Run the adversarial catalogue under pytest; per backend: tried, contained, skipped."""
    report = folder / "adversarial.xml"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            "tests/test_adversarial.py",
        ],
        cwd=project_root(),
        capture_output=True,
        text=True,
    )
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("name", "")
        match = re.match(r"(\w+)\[(bwrap|docker|local)[-\]]", name)
        if not match or match.group(1) not in ESCAPE_TESTS:
            continue
        backend = match.group(2)
        if case.find("skipped") is not None:
            counts[backend]["skipped"] += 1
            continue
        counts[backend]["tried"] += 1
        failed = case.find("failure") is not None or case.find("error") is not None
        counts[backend]["contained"] += 0 if failed else 1
    return counts


def gaming() -> tuple[int, int, list[str]]:
    """Every validation variant that games (flags expected, or outcome `flagged`): is it caught?"""
    scorer = Scorer(get_sandbox("auto"))
    tried = caught = 0
    missed = []
    for suite in (BUILTIN_SUITE, FIXTURES):
        for task in Suite(suite).load_all():
            for variant in task.variants():
                if not (variant.expect.flags or variant.expect.outcome.value == "flagged"):
                    continue
                tried += 1
                score = scorer.score(task, overlay_diff(task, variant.files, variant.expect.delete))
                ok = score.outcome == variant.expect.outcome.value and set(variant.expect.flags) <= {
                    f.name for f in score.flags
                }
                caught += ok
                if not ok:
                    missed.append(f"{task.id}/{variant.name}: got {score.outcome}")
    return tried, caught, missed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        per_backend = escapes(folder)
        tried, caught, missed = gaming()
        tiny = Suite(FIXTURES).get("tiny-discount")
        faults = run_under_faults(tiny, get_sandbox("auto"), folder, samples=10)
    print("liftbench reliability scorecard")
    for backend, c in sorted(per_backend.items()):
        note = f" ({c['skipped']} documented gaps skipped)" if c["skipped"] else ""
        print(f"  escapes tried / contained [{backend}]: {c['tried']} / {c['contained']}{note}")
    print(f"  gaming cases tried / caught: {tried} / {caught}" + (f"  missed: {missed}" if missed else ""))
    injected = sum(faults["injected"].values())
    survived = injected if faults["lost"] == 0 else 0
    print(
        f"  faults injected / survived: {injected} / {survived}  ({dict(sorted(faults['injected'].items()))})"
    )
    print(f"  attempts lost: {faults['lost']} (of {faults['planned']}; outcomes {faults['outcomes']})")
    print(f"  caps exceeded: {faults['caps_exceeded']}")


if __name__ == "__main__":
    main()
