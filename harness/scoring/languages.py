"""Per-language checks behind one small interface, so the ladder stays language-free."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from harness.errors import InfraError
from harness.scoring import gaming, python_interface, python_lang
from harness.scoring.metrics import Measurement, measure_python
from harness.scoring.record import Flag
from harness.tasks import LoadedTask


class LanguageChecks(Protocol):
    """What the ladder needs from a language."""

    suffixes: tuple[str, ...]

    def syntax_errors(self, root: Path, files: list[str]) -> list[str]: ...

    def interface_problems(self, task: LoadedTask, original: Path, candidate: Path) -> list[str]: ...

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

    def interface_problems(self, task: LoadedTask, original: Path, candidate: Path) -> list[str]:
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


def checks_for(language: str) -> LanguageChecks:
    if language == "python":
        return PythonChecks()
    raise InfraError(f"no scorer for {language} tasks in this version of liftbench")
