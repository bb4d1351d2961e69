"""C measurements for L4: clang-tidy's cognitive complexity per function, lizard for the rest.

clang-tidy (`readability-function-cognitive-complexity`, threshold 0) is the judge because it
works on the AST and so sees through macros. It runs on the host as static analysis (it never
runs candidate code), on comment-free copies of the files (so a `// NOLINT` cannot silence it),
with `#include` operands that are not plain relative names blanked (so a candidate cannot make
the host analyser read other host files), under a timeout. A function clang-tidy does not report
(complexity 0, or code it cannot see, e.g. behind `#ifdef __clang__`) gets lizard's token-level
cognitive complexity instead, and a file clang-tidy cannot compile yields a smell, so analysis
failures fail L4 rather than pass it.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import lizard

from harness.errors import InfraError
from harness.scoring import c_source
from harness.scoring.metrics import Measurement, lizard_measures
from harness.scoring.python_lang import FunctionFact

CLANG_TIDY_TIMEOUT = 60.0
CHECK = "readability-function-cognitive-complexity"
CONFIG = (
    f"{{Checks: '-*,{CHECK}', CheckOptions: ["
    f"{{key: {CHECK}.Threshold, value: 0}}, {{key: {CHECK}.DescribeBasicIncrements, value: false}}]}}"
)
_WARNING = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):\d+: warning: function '(?P<name>[^']+)' has cognitive complexity of "
    r"(?P<value>\d+)"
)
_ERROR = re.compile(r"^(?P<file>.+?):\d+:\d+: (?:fatal )?error: (?P<msg>.*)$")
_SAFE_INCLUDE = re.compile(r'^(?:"[\w.+-]+(?:/[\w.+-]+)*"|<[\w.+-]+(?:/[\w.+-]+)*>)$')

Reported = dict[str, list[tuple[str, int, int]]]  # rel -> [(function, line, complexity)]


def clang_tidy() -> str:
    """The clang-tidy executable; InfraError when it is missing."""
    exe = shutil.which("clang-tidy") or shutil.which("clang-tidy-14")
    if exe is None:
        raise InfraError(
            "clang-tidy is not installed (apt-get install clang-tidy): C tasks cannot be measured"
        )
    return exe


def include_dirs(root: Path, files: list[str]) -> list[Path]:
    """The folders of every header in the tree and of every measured file (quote-include search)."""
    dirs = {(root / f).parent for f in files}
    dirs |= {(root / h).parent for h in c_source.tree_files(root, ".h")}
    return sorted(dirs)


def sanitized(source: str) -> str:
    """The source as clang-tidy sees it: comments blanked, unusual `#include`s blanked."""
    text = c_source.strip_comments(source)
    lines = text.split("\n")
    for d in c_source.directives(text):
        if len(d) >= 2 and d[1].text in ("include", "include_next", "import"):
            operand = "".join(t.text for t in d[2:])
            if not _SAFE_INCLUDE.match(operand) or ".." in operand:
                for number in range(d[0].line, d[-1].line + 1):
                    lines[number - 1] = ""
    return "\n".join(lines)


def run_clang_tidy(root: Path, files: list[str]) -> tuple[Reported, dict[str, str]]:
    """Cognitive complexity per function and the first compiler error per file (if any)."""
    reported: Reported = {f: [] for f in files}
    errors: dict[str, str] = {}
    if not files:
        return reported, errors
    with tempfile.TemporaryDirectory(prefix="lb-tidy-") as tmp:
        copies = {}
        for rel in files:
            copy = Path(tmp) / rel
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(sanitized((root / rel).read_text(encoding="utf-8", errors="replace")))
            copies[str(copy)] = rel
        args = ["-xc", "-std=gnu11"] + [f"-I{d}" for d in include_dirs(root, files)]
        argv = [clang_tidy(), "--quiet", f"--config={CONFIG}", *copies, "--", *args]
        try:
            proc = subprocess.run(
                argv, capture_output=True, text=True, timeout=CLANG_TIDY_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            return reported, dict.fromkeys(files, f"clang-tidy timed out after {CLANG_TIDY_TIMEOUT:.0f} s")
    for line in (proc.stdout + proc.stderr).splitlines():
        if m := _WARNING.match(line):
            if m["file"] in copies:
                reported[copies[m["file"]]].append((m["name"], int(m["line"]), int(m["value"])))
        elif (m := _ERROR.match(line)) and m["file"] in copies:
            errors.setdefault(copies[m["file"]], m["msg"][:160])
    return reported, errors


def _lizard_functions(path: Path) -> list[lizard.FunctionInfo]:
    analyzer = lizard.FileAnalyzer(lizard.get_extensions(["cognitive"]))
    return list(analyzer(str(path)).function_list)


def _shape(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def file_functions(root: Path, rel: str, reported: list[tuple[str, int, int]]) -> dict[str, FunctionFact]:
    """Functions of one file: clang-tidy's figure, lizard's where clang-tidy is silent."""
    source = (root / rel).read_text(encoding="utf-8", errors="replace")
    out: dict[str, FunctionFact] = {}
    found = {name: value for name, _, value in reported}
    for func in _lizard_functions(root / rel):
        text = c_source.function_text(source, func.start_line, func.end_line)
        value = found.pop(func.name, None)
        complexity = value if value is not None else int(getattr(func, "cognitive_complexity", 0))
        out[func.name] = FunctionFact(func.name, complexity, _shape(text))
    for name, line, value in reported:  # seen by clang-tidy only (e.g. defined by a macro)
        if name in found:
            out[name] = FunctionFact(
                name, value, _shape(f"{name}@{c_source.function_text(source, line, line)}")
            )
    return out


def include_edges(root: Path, rel: str) -> int:
    """`#include "x.h"` lines naming a header of the project."""
    headers = {Path(h).name for h in c_source.tree_files(root, ".h")}
    source = (root / rel).read_text(encoding="utf-8", errors="replace")
    named = {inc.strip('"').rsplit("/", 1)[-1] for inc in c_source.includes(source) if inc.startswith('"')}
    return len(named & headers)


def measure_c(root: Path, files: list[str]) -> Measurement:
    """Measure the given repo-relative C files of a tree (missing files are skipped)."""
    present = [
        f for f in files if f.endswith((".c", ".h")) and (root / f).is_file() and not (root / f).is_symlink()
    ]
    reported, errors = run_clang_tidy(root, present)
    m = Measurement()
    for rel in present:
        facts = file_functions(root, rel, reported[rel])
        m.functions.update({f"{rel}::{name}": fact for name, fact in facts.items()})
        m.file_totals[rel] = sum(f.complexity for f in facts.values())
        source = (root / rel).read_text(encoding="utf-8", errors="replace")
        m.smells += [
            f"{rel}:{line}: nested conditional operator" for line in c_source.nested_conditionals(source)
        ]
        if rel in errors:
            m.smells.append(f"{rel}: clang-tidy could not analyse it: {errors[rel]}")
        m.import_edges += include_edges(root, rel)
    m.nloc, m.cyclomatic, m.duplicated_tokens = lizard_measures(root, present)
    return m
