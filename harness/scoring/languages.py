"""Per-language checks behind one small interface, so the ladder stays language-free."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Protocol

from harness.errors import InfraError
from harness.protocols import ExecResult
from harness.scoring import gaming, python_interface, python_lang
from harness.scoring.metrics import Measurement, measure_python
from harness.scoring.record import Flag
from harness.tasks import LoadedTask

RunInSandbox = Callable[[str], ExecResult]
"""Runs a shell command in the sandbox on a fresh copy of the candidate (cwd /ws), with the
original tree mounted read-only at /original. Checks that must execute candidate code use it."""


class LanguageChecks(Protocol):
    """What the ladder needs from a language. Instances are cached (one per language per
    process), so a check may keep a warm helper process."""

    suffixes: tuple[str, ...]

    def syntax_errors(self, root: Path, files: list[str]) -> list[str]: ...

    def interface_problems(
        self, task: LoadedTask, original: Path, candidate: Path, run: RunInSandbox
    ) -> list[str]: ...

    def measure(self, root: Path, files: list[str]) -> Measurement: ...

    def scan(self, original: dict[str, str], candidate: dict[str, str], tests: list[str]) -> list[Flag]: ...


class PythonChecks:
    suffixes: tuple[str, ...] = (".py",)

    def syntax_errors(self, root: Path, files: list[str]) -> list[str]:
        errors = []
        for rel in files:
            problem = python_lang.parse_error((root / rel).read_text(encoding="utf-8", errors="replace"), rel)
            if problem:
                errors.append(problem)
        return errors

    def interface_problems(
        self, task: LoadedTask, original: Path, candidate: Path, run: RunInSandbox
    ) -> list[str]:
        spec = task.task.interface
        problems = []
        for sym in spec.symbols:
            if sym.name in spec.renames:
                continue  # checked under its new name below
            problem = python_interface.check_symbol(original, candidate, sym.file, sym.name)
            if problem:
                problems.append(problem)
        sources = [p.relative_to(candidate).as_posix() for p in candidate.rglob("*.py")]
        for old, new in spec.renames.items():
            file = next((s.file for s in spec.symbols if s.name == old), None)
            if file:
                problem = python_interface.check_symbol(original, candidate, file, old, new_name=new)
                if problem:
                    problems.append(problem)
            uses = python_interface.old_name_uses(candidate, sources, old)
            if uses:
                problems.append(f"old name '{old}' still used at {', '.join(uses[:5])}")
        return problems

    def measure(self, root: Path, files: list[str]) -> Measurement:
        return measure_python(root, files)

    def scan(self, original: dict[str, str], candidate: dict[str, str], tests: list[str]) -> list[Flag]:
        return gaming.scan_python(original, candidate, tests)


@cache
def checks_for(language: str) -> LanguageChecks:
    """The checks of a language (cached). JavaScript and C live in their own modules."""
    if language == "python":
        return PythonChecks()
    try:
        if language == "javascript":
            from harness.scoring.javascript import JavaScriptChecks

            return JavaScriptChecks()
        if language == "c":
            from harness.scoring.c_lang import CChecks

            return CChecks()
    except ImportError as exc:
        raise InfraError(f"the {language} scorer could not be loaded: {exc}") from exc
    raise InfraError(f"no scorer for {language} tasks in this version of liftbench")
