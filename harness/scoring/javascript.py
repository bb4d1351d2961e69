"""JavaScript checks for the ladder: parse (L1), exports and arity (L2), measurements (L4), scans.

Everything static goes through one warm Node helper (`js_helper`): acorn for parsing, exports
and gaming scans; ESLint with eslint-plugin-sonarjs for cognitive complexity. Candidate code
runs only through the sandbox runner the ladder passes to `interface_problems`.

Functions are named `name`, `Class.method` (also `X.prototype.m = function`), `obj.key` for an
object literal's functions (`key` for `module.exports = {...}`), `outer.inner` for named nested
ones, and `<file>:<line>` when anonymous. Their complexity is sonarjs' own score for each function
(a nested function is scored on its own, so logic moved into callbacks or a table of arrows still
counts); a function's shape is a hash of its tokens, so a change of whitespace or comments only
does not make it "changed".
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from harness.scoring import js_gaming, js_helper, js_interface
from harness.scoring.languages import RunInSandbox
from harness.scoring.metrics import Measurement, lizard_measures
from harness.scoring.python_lang import FunctionFact
from harness.scoring.record import Flag
from harness.tasks import LoadedTask

SUFFIXES = (".js", ".mjs", ".cjs")


def _read(root: Path, rel: str) -> str:
    return (root / rel).read_text(encoding="utf-8", errors="replace")


def import_edges(rel: str, specs: list[str], modules: set[str]) -> set[str]:
    """Project modules (repo-relative paths) that `rel` loads through relative specifiers."""
    edges = set()
    for spec in specs:
        if not spec.startswith("."):
            continue
        base = posixpath.normpath(posixpath.join(posixpath.dirname(rel), spec))
        for cand in (base, *(base + s for s in SUFFIXES), base + "/index.js"):
            if cand in modules and cand != rel:
                edges.add(cand)
                break
    return edges


def measure_javascript(root: Path, files: list[str]) -> Measurement:
    """Measure the given repo-relative JavaScript files of a tree (missing files are skipped)."""
    m = Measurement()
    present = [f for f in files if (root / f).is_file()]
    for rel in present:
        text = _read(root, rel)
        result = js_helper.measure(rel, text)
        for fn in result["functions"]:
            m.functions[f"{rel}::{fn['qual']}"] = FunctionFact(fn["qual"], int(fn["complexity"]), fn["shape"])
        m.file_totals[rel] = int(result["total"])
        m.smells += [f"{rel}: {smell}" for smell in result["smells"]]
        facts = js_helper.facts(rel, text)
        m.import_edges += len(import_edges(rel, facts.get("imports", []), set(present)))
    m.nloc, m.cyclomatic, m.duplicated_tokens = lizard_measures(root, present)
    return m


class JavaScriptChecks:
    """The LanguageChecks of JavaScript (CommonJS and ESM)."""

    suffixes: tuple[str, ...] = SUFFIXES

    def syntax_errors(self, root: Path, files: list[str]) -> list[str]:
        """One line per changed file that acorn cannot parse (as CommonJS, then as ESM)."""
        errors = []
        for rel in files:
            error = js_helper.facts(rel, _read(root, rel)).get("error")
            if error:
                errors.append(str(error))
        return errors

    def interface_problems(
        self, task: LoadedTask, original: Path, candidate: Path, run: RunInSandbox
    ) -> list[str]:
        return js_interface.interface_problems(task, original, candidate, run)

    def measure(self, root: Path, files: list[str]) -> Measurement:
        return measure_javascript(root, files)

    def scan(self, original: dict[str, str], candidate: dict[str, str], tests: list[str]) -> list[Flag]:
        return js_gaming.scan_javascript(original, candidate, tests)
