"""The shared scorer: one judge for every arm.

It sees only the task and the submission (a diff against the task's `repo/`), applies it to a
fresh copy, restores protected and non-editable files, and climbs L0 -> L4. Tests run in the
sandbox on their own fresh copies; hidden tests are mounted only for their own run. Exit codes
decide. Gaming flags are computed whenever the submission changed something, and deny success.
"""

from __future__ import annotations

import filecmp
import logging
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from harness.commands import command_text, run_in, run_on_copy
from harness.errors import InfraError, WorkspaceError
from harness.protocols import ExecResult, Limits, Sandbox
from harness.scoring.improvement import judge, target_keys
from harness.scoring.languages import LanguageChecks, checks_for
from harness.scoring.metrics import Measurement
from harness.scoring.record import Flag, Level, Score, TestRun
from harness.tasks import LoadedTask
from harness.workspace import apply_diff, copy_tree

log = logging.getLogger(__name__)


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def _differs(a: Path, b: Path) -> bool:
    if a.is_symlink() or b.is_symlink():
        return not (a.is_symlink() and b.is_symlink() and a.readlink() == b.readlink())
    return not filecmp.cmp(a, b, shallow=False)


def changed_files(original: Path, candidate: Path) -> list[str]:
    """Repo-relative paths added, deleted or modified in `candidate`."""
    old, new = _files(original), _files(candidate)
    both = {f for f in old & new if _differs(original / f, candidate / f)}
    return sorted(both | (old ^ new))


def remove_escaping_symlinks(root: Path) -> list[str]:
    """Delete symlinks that lead outside the candidate (or nowhere): the host-side checks must
    never read through them. Returns `path -> target` for each one removed."""
    removed = []
    base = root.resolve()
    for path in sorted(root.rglob("*")):
        if not path.is_symlink():
            continue
        target = path.resolve()
        if (target != base and base not in target.parents) or not target.exists():
            removed.append(f"{path.relative_to(root).as_posix()} -> {path.readlink()}")
            path.unlink()
    return removed


def restore(task: LoadedTask, candidate: Path, changed: list[str]) -> list[str]:
    """Put back every changed file a solver may not change; return those paths."""
    restored = []
    for rel in changed:
        if task.is_editable(rel):
            continue
        restored.append(rel)
        src, dst = task.repo / rel, candidate / rel
        if dst.is_symlink() or dst.is_file():
            dst.unlink()
        elif dst.is_dir():
            shutil.rmtree(dst)
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst, follow_symlinks=False)
    return restored


def _sources(root: Path, files: list[str], checks: LanguageChecks) -> dict[str, str]:
    return {
        f: (root / f).read_text(encoding="utf-8", errors="replace")
        for f in files
        if f.endswith(checks.suffixes) and (root / f).is_file() and not (root / f).is_symlink()
    }


@lru_cache(maxsize=256)
def _measure_original(repo: Path, content_hash: str, language: str, files: tuple[str, ...]) -> Measurement:
    """The original's measurement, computed once per task version."""
    return checks_for(language).measure(repo, list(files))


RUNTIME_PROBES = {
    "python": "python -c pass",
    "javascript": "node --version",
    # the sanitizers must start too: an address-space cap, for one, stops every ASan binary
    "c": "printf 'int main(void){return 0;}' > /tmp/p.c && gcc -fsanitize=address,undefined /tmp/p.c "
    "-o /tmp/p && /tmp/p",
}


def _test_run(cmd: str, result: ExecResult) -> TestRun:
    return TestRun(
        command=cmd,
        status=result.status.value,
        exit_code=result.exit_code,
        seconds=result.seconds,
        passed=result.ok,
        output_tail=result.tail(),
    )


class Scorer:
    """Scores submissions for any task with one sandbox backend."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._runtimes_ok: set[str] = set()

    def check_runtime(self, language: str) -> None:
        """Fail as infrastructure, not as the model, when the task runtime cannot run at all."""
        if language in self._runtimes_ok:
            return
        with tempfile.TemporaryDirectory(prefix="lb-probe-") as empty:
            probe = RUNTIME_PROBES.get(language, "true")
            result = self.sandbox.run(probe, Path(empty), language=language, limits=Limits(timeout=30))
        if not result.ok:
            raise InfraError(
                f"the {language} runtime does not run in the {self.sandbox.name} sandbox "
                f"(`{probe}` exited {result.exit_code}): {result.tail(300)}; run `make setup`"
            )
        self._runtimes_ok.add(language)

    def score(self, task: LoadedTask, diff: str) -> Score:
        score = Score(
            task=task.id,
            task_hash=task.content_hash,
            sandbox=self.sandbox.name,
            isolated=self.sandbox.isolated,
        )
        tmp = Path(tempfile.mkdtemp(prefix="lb-score-"))
        try:
            self._climb(task, diff, tmp, score)
        except InfraError as exc:
            score.infra_error = str(exc)
            log.warning("infrastructure failure scoring %s: %s", task.id, exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        score.success = score.levels[Level.L4.value] and not score.flags and not score.infra_error
        return score

    def run_tests(self, task: LoadedTask, tree: Path) -> dict[str, TestRun]:
        """Visible and hidden tests on a tree as it stands (task validation uses this)."""
        return self._test_runs(task, tree)

    def _climb(self, task: LoadedTask, diff: str, tmp: Path, score: Score) -> None:
        checks = checks_for(task.task.language)
        self.check_runtime(task.task.language)
        cand = tmp / "candidate"
        copy_tree(task.repo, cand)
        try:
            apply_diff(cand, diff)
        except WorkspaceError as exc:
            score.fail(Level.L0, str(exc))
            return
        escapes = remove_escaping_symlinks(cand)
        if escapes:
            score.flags.append(Flag(name="symlink_escape", evidence=", ".join(escapes[:10])))
        changed = changed_files(task.repo, cand)
        restored = restore(task, cand, changed)
        protected = [f for f in restored if task.is_protected(f)]
        if protected:
            score.flags.append(Flag(name="protected_changed", evidence=", ".join(protected[:10])))
        score.reverted = restored
        edited = [f for f in changed if f not in restored]
        score.changed_files = edited
        if not edited:
            score.fail(Level.L0, "no editable file differs from the original")
            return
        score.passed(Level.L0)
        self._scan(task, checks, cand, edited, score)
        self._from_l1(task, checks, cand, tmp, edited, score)

    def _scan(
        self, task: LoadedTask, checks: LanguageChecks, cand: Path, edited: list[str], score: Score
    ) -> None:
        editable = [f for f in _files(task.repo) if task.is_editable(f)]
        tests = [f for f in _files(task.repo) if task.is_protected(f)]
        original = _sources(task.repo, editable, checks)
        candidate = _sources(cand, [f for f in _files(cand) if task.is_editable(f)], checks)
        score.flags += checks.scan(original, candidate, list(_sources(task.repo, tests, checks).values()))

    def _from_l1(
        self, task: LoadedTask, checks: LanguageChecks, cand: Path, tmp: Path, edited: list[str], score: Score
    ) -> None:
        changed = [f for f in edited if f.endswith(checks.suffixes) and (cand / f).exists()]
        errors = checks.syntax_errors(cand, changed)
        if errors:
            score.fail(Level.L1, "; ".join(errors))
            return
        built = self._build(task, cand, tmp, score)
        if built is None:
            return
        before, after = self._measure(task, checks, cand, score)
        with ThreadPoolExecutor(max_workers=1) as pool:
            # the tests run beside the interface check; their verdict counts only if L2 holds
            runs = pool.submit(self._test_runs, task, built, task.task.commands.build is not None)
            if not self._interface(task, checks, cand, score):
                return
            if not self._judge_tests(runs.result(), score):
                return
        score.passed(Level.L3)
        verdict = judge(task, before, after, edited)
        if verdict.passed:
            score.passed(Level.L4)
        else:
            score.fail(Level.L4, "; ".join(verdict.reasons))

    def _build(self, task: LoadedTask, cand: Path, tmp: Path, score: Score) -> Path | None:
        """L1, second half: the task's build (C) in the sandbox, in a copy kept for the tests
        (each test run gets its own copy of the built tree). None when the build fails."""
        if not task.task.commands.build:
            score.passed(Level.L1)
            return cand
        built = tmp / "built"
        copy_tree(cand, built)
        cmd = command_text(task, "build")
        build = _test_run(cmd, run_in(self.sandbox, task, built, cmd))
        score.tests["build"] = build
        if not build.passed:
            score.fail(Level.L1, f"build failed (exit {build.exit_code}): {build.output_tail[-500:]}")
            return None
        score.passed(Level.L1)
        return built

    def _interface(self, task: LoadedTask, checks: LanguageChecks, cand: Path, score: Score) -> bool:
        """L2: the language's interface check (it may run commands in the sandbox)."""
        problems = checks.interface_problems(
            task, task.repo, cand, lambda cmd: run_on_copy(self.sandbox, task, cand, cmd)
        )
        if problems:
            score.fail(Level.L2, "; ".join(problems))
            return False
        score.passed(Level.L2)
        return True

    def _test_runs(self, task: LoadedTask, tree: Path, built: bool = False) -> dict[str, TestRun]:
        """Visible and hidden tests, each in its own fresh copy and process, run side by side."""
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {
                name: pool.submit(self._run, task, tree, name, built) for name in ("visible", "hidden")
            }
            return {name: future.result() for name, future in futures.items()}

    def _judge_tests(self, runs: dict[str, TestRun], score: Score) -> bool:
        """L3: every run exited 0 (exit codes decide, never printed text)."""
        score.tests.update(runs)
        for name, run in runs.items():
            if not run.passed:
                score.fail(Level.L3, f"{name} tests failed ({run.status}, exit {run.exit_code})")
                return False
        return True

    def _run(self, task: LoadedTask, tree: Path, name: str, built: bool = False) -> TestRun:
        """`visible` or `hidden` on a fresh copy; only `hidden` sees the hidden tests."""
        cmd = command_text(task, {"visible": "test"}.get(name, name), built=built)
        return _test_run(cmd, run_on_copy(self.sandbox, task, tree, cmd, hidden=name == "hidden"))

    def _measure(
        self, task: LoadedTask, checks: LanguageChecks, cand: Path, score: Score
    ) -> tuple[Measurement, Measurement]:
        def sources(root: Path) -> list[str]:
            return sorted(f for f in _files(root) if task.is_editable(f) and f.endswith(checks.suffixes))

        before = _measure_original(
            task.repo, task.content_hash, task.task.language, tuple(sources(task.repo))
        )
        after = checks.measure(cand, sources(cand))
        targets = target_keys(task, before)
        score.metrics = {"before": before.summary(targets), "after": after.summary(targets)}
        return before, after
