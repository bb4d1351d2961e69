"""HTML report size for a big run: a synthetic N-task x 3-arm run rendered with its attempt views.
Prints figures; asserts nothing.

python -m harness.bench.report_size [--tasks 60] [--samples 1] [--seed 0] [--out report.html]

The attempts are made up but shaped like real ones: each synthetic task borrows a built-in
task's real source and reference files (so diffs, read_file results, write_file arguments and raw
answers have real sizes), outcomes are drawn per arm with a plausible lift, and every attempt has
a trajectory file (raw: one call; raw-retry: a retry after failing tests; agent: list, read,
write, test, submit, with repair rounds). Marked SIMULATED like any run of made-up results.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import tempfile
import time
from pathlib import Path

from agents.trajectory import Step, StopReason, Trajectory
from agents.usage import Usage
from harness.paths import BUILTIN_SUITE
from harness.report.build import build_report
from harness.report.html import render_html
from harness.scoring.record import LEVELS, Flag, Score, TestRun
from harness.store import AttemptRecord, RunRecord
from harness.tasks import LoadedTask, Suite

ARMS = ("raw", "raw-retry", "agent")
LIFT = {"raw": 0.0, "raw-retry": 0.08, "agent": 0.18}
FAILURES = ("L3", "L3", "L3", "L4", "L2", "L1", "L0", "flagged")
TEST_TAIL = "F....  [100%]\n" + "E   AssertionError: totals differ\n" * 30 + "1 failed, 4 passed in 0.31s"
SYSTEM = "You are a senior software engineer maintaining a legacy code base. " * 20


def _sources(task: LoadedTask) -> tuple[str, str, str]:
    """The first target file's path, its source and its reference refactoring."""
    rel = task.task.targets[0].file
    return (
        rel,
        (task.repo / rel).read_text(encoding="utf-8"),
        (task.reference / rel).read_text(encoding="utf-8"),
    )


def _diff(rel: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{rel}", f"b/{rel}"
    )
    return f"diff --git a/{rel} b/{rel}\n" + "".join(lines)


def _score(task: LoadedTask, outcome: str) -> Score:
    """A score whose levels, reasons, flags, metrics and test runs fit the outcome."""
    score = Score(task=task.id, task_hash=task.content_hash)
    failed = outcome if outcome in {lv.value for lv in LEVELS} else None
    for level in LEVELS:
        if level.value == failed:
            score.fail(level, f"{level.value} failed (synthetic)")
            break
        score.passed(level)
    if outcome == "flagged":
        score.flags.append(Flag(name="tests-edited", evidence="tests/test_x.py: assert removed\n" * 3))
    score.success = outcome == "success"
    score.metrics = {
        "before": {"cognitive_max_targets": 43, "cognitive_total": 118, "nloc": 182},
        "after": {"cognitive_max_targets": 8, "cognitive_total": 40, "nloc": 138},
    }
    ok = outcome not in {"L3", "L2", "L1", "L0"}
    for name in ("visible", "hidden"):
        tail = "....  [100%]\n5 passed in 0.30s" if ok else TEST_TAIL
        score.tests[name] = TestRun(
            command="python -m pytest -q", status="ok" if ok else "failed", exit_code=0 if ok else 1,
            seconds=0.4, passed=ok, output_tail=tail,
        )  # fmt: skip
    return score


def _model_step(prompt_chars: int, answer_chars: int) -> Step:
    usage = Usage(prompt_tokens=prompt_chars // 4, completion_tokens=answer_chars // 4, cost=None, calls=1)
    return Step(kind="model", started=time.time(), seconds=1.5, usage=usage, note="stop")


def _raw_trajectory(arm: str, task: LoadedTask, source: str, answer: str, retry: bool) -> Trajectory:
    traj = Trajectory(arm=arm, model="sim/synthetic", task=task.id, simulated=True)
    reply = f"Here is the refactoring.\n\n```python\n{answer}```"
    traj.messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": task.task.instruction + f"\n\n```python\n{source}```"},
        {"role": "assistant", "content": reply},
    ]
    traj.add(_model_step(len(source) + len(SYSTEM), len(reply)))
    if retry:
        traj.add(
            Step(
                kind="harness",
                started=time.time(),
                seconds=0.4,
                tool="visible_tests",
                result=TEST_TAIL,
                error=True,
            )
        )
        traj.messages += [
            {
                "role": "user",
                "content": f"Your changes were applied, but the visible tests fail:\n{TEST_TAIL}",
            },
            {"role": "assistant", "content": reply},
        ]
        traj.add(_model_step(2 * len(source) + len(SYSTEM), len(reply)))
    traj.finish(StopReason.ANSWERED)
    return traj


def _tool(traj: Trajectory, name: str, args: str, result: str, context: int) -> None:
    """One model call asking for a tool, then the tool step, in messages and steps."""
    call = {"id": f"c{len(traj.steps)}", "type": "function", "function": {"name": name, "arguments": args}}
    traj.messages += [
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": result},
    ]
    traj.add(_model_step(context, len(args) + 40))
    traj.add(Step(kind="tool", started=time.time(), seconds=0.3, tool=name, arguments=args, result=result))


def _agent_trajectory(task: LoadedTask, rel: str, source: str, answer: str, rounds: int) -> Trajectory:
    traj = Trajectory(arm="agent", model="sim/synthetic", task=task.id, simulated=True)
    traj.messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": task.task.instruction},
    ]
    numbered = "\n".join(f"{i:4}| {line}" for i, line in enumerate(source.splitlines(), 1))
    context = len(SYSTEM)
    _tool(traj, "list_files", '{"path": "."}', f"{rel}\npytest.ini\ntests/test_x.py", context)
    _tool(traj, "read_file", f'{{"path": "{rel}"}}', numbered, context)
    for i in range(rounds):
        context += len(numbered) + len(answer)
        _tool(traj, "write_file", json.dumps({"path": rel, "content": answer}), f"wrote {rel}", context)
        failed = i < rounds - 1
        result = f"visible tests FAILED\n{TEST_TAIL}" if failed else "visible tests PASSED\n5 passed"
        _tool(traj, "run_tests", "{}", result, context)
    _tool(traj, "submit", '{"summary": "refactored"}', "submitted", context)
    traj.finish(StopReason.SUBMITTED)
    return traj


def _outcomes(rng: random.Random) -> dict[str, str]:
    """Each arm's outcome on one task: a shared difficulty, the arm's lift, a failure level."""
    base = rng.uniform(0.15, 0.65)
    draw = rng.random()  # shared: concordant pairs are the common case
    return {arm: "success" if draw < base + LIFT[arm] else rng.choice(FAILURES) for arm in ARMS}


def synthetic_records(n_tasks: int, samples: int, seed: int, folder: Path) -> list[AttemptRecord]:
    """N tasks x 3 arms x S samples of plausible attempts, trajectories written under `folder`."""
    rng, real = random.Random(seed), Suite(BUILTIN_SUITE).load_all()
    records = []
    for i in range(n_tasks):
        task = real[i % len(real)]
        rel, source, answer = _sources(task)
        for sample in range(samples):
            for arm, outcome in _outcomes(rng).items():
                if arm == "agent":
                    traj = _agent_trajectory(task, rel, source, answer, rounds=rng.choice((1, 1, 2, 3)))
                else:
                    traj = _raw_trajectory(
                        arm, task, source, answer, arm == "raw-retry" and outcome != "success"
                    )
                path = folder / f"t{i}-{arm}-{sample}.json"
                path.write_text(traj.model_dump_json(), encoding="utf-8")
                records.append(_record(f"{task.id}-{i:02d}", task, arm, sample, outcome, traj, path))
                records[-1].diff = "" if outcome == "L0" else _diff(rel, source, answer)
    return records


def _record(
    name: str, task: LoadedTask, arm: str, sample: int, outcome: str, traj: Trajectory, path: Path
) -> AttemptRecord:
    t = task.task
    return AttemptRecord(
        run_id="synthetic", key=f"{name}-{arm}-{sample}", model="sim/synthetic", arm=arm, arm_hash=arm,
        task=name, task_hash=task.content_hash, language=t.language, scope=t.scope, kind=t.kind,
        difficulty=t.difficulty, sample=sample, simulated=True, outcome=outcome,
        success=outcome == "success", infra=False, score=_score(task, outcome),
        stop_reason=traj.stop_reason, prompt_tokens=traj.usage.prompt_tokens,
        completion_tokens=traj.usage.completion_tokens, cost=None, model_calls=traj.model_calls,
        steps=len(traj.steps), tool_calls=traj.tool_counts(), wall_seconds=traj.seconds + 2.0,
        trajectory_path=str(path),
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--samples", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="Keep the HTML here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="liftbench-size-") as tmp:
        records = synthetic_records(args.tasks, args.samples, args.seed, Path(tmp))
        config = {"models": ["sim/synthetic"], "arms": list(ARMS), "samples": args.samples}
        hashes = {r.task: r.task_hash for r in records}
        run = RunRecord(run_id="synthetic", created=time.time(), simulated=True, config=config,
                        provenance={"task_hashes": hashes, "sandbox": "none", "isolated": True})  # fmt: skip
        started = time.perf_counter()
        page = render_html(build_report(run, records), records)
        seconds = time.perf_counter() - started
    size = len(page.encode("utf-8"))
    summary = len(render_html(build_report(run, records)).encode("utf-8"))
    print(f"{args.tasks} tasks x {len(ARMS)} arms x {args.samples} samples = {len(records)} attempts")
    print(f"HTML with attempt views: {size:,} bytes ({size / 2**20:.2f} MiB), built in {seconds:.1f}s")
    print(f"HTML summary only (no records): {summary:,} bytes ({summary / 2**10:.0f} KiB)")
    if args.out:
        args.out.write_text(page, encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
