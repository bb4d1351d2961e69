"""The C checks behind the ladder's language-free interface.

- L1: `syntax_errors` reports nothing: the task's `commands.build` (gcc with -Wall -Wextra -Werror)
  is the syntax check and runs in the sandbox at L1. Compiling on the host would not run
  candidate code, but it would let a candidate `#include` host files into the compiler's messages;
  the sandbox sees only /usr, /etc and the scoring copy. The call starts the candidate's
  clang-tidy measurement in the background instead, so it overlaps the sandboxed build
  (c_prefetch).
- L2: `interface_problems` compiles the original's and the candidate's editable `.c` files side by
  side in the sandbox, each against the ORIGINAL headers force-included (`-include`, so a `.c`
  that does not include its own header is still checked against the prototypes) with -Werror,
  then compares `nm -g --defined-only`: the candidate must export every symbol the original
  exports (functions stay functions) and every symbol named by the task.
- L4: `measure` is clang-tidy's cognitive complexity per function plus lizard (c_metrics).
- Gaming: `scan` (c_gaming).
"""

from __future__ import annotations

import re
import shlex
import uuid
from pathlib import Path

from harness.errors import InfraError
from harness.protocols import ExecResult, ExitStatus
from harness.scoring import c_gaming, c_metrics, c_prefetch, c_source
from harness.scoring.languages import RunInSandbox
from harness.scoring.metrics import Measurement
from harness.scoring.record import Flag
from harness.tasks import LoadedTask

ORIGINAL = "/original"
CANDIDATE = "/ws"
WORK = f"{CANDIDATE}/.lb-iface"  # inside the scoring copy: private to this run on every backend
FUNCTION_KINDS = set("TtWw")
_NM_LINE = re.compile(r"^[0-9a-fA-F]*\s+(?P<kind>[A-Za-z])\s+(?P<name>\S+)$")


class CChecks:
    """C: gcc in the sandbox for L1-L3, clang-tidy and lizard on the host for L4."""

    suffixes: tuple[str, ...] = (".c", ".h")

    def __init__(self) -> None:
        self._prefetch = c_prefetch.Prefetch(c_metrics.measure_c)

    def syntax_errors(self, root: Path, files: list[str]) -> list[str]:
        """Nothing here: the task's sandboxed build is the C syntax check (see the module doc).
        Starts measuring the candidate meanwhile."""
        self._prefetch.start(root, c_prefetch.guess_files(root, files))
        return []

    def interface_problems(
        self, task: LoadedTask, original: Path, candidate: Path, run: RunInSandbox
    ) -> list[str]:
        """Compile errors against the original headers, then missing or changed exports."""
        orig_files = _editable_sources(task, original)
        cand_files = _editable_sources(task, candidate)
        marker = uuid.uuid4().hex
        result = run(interface_script(task, original, orig_files, cand_files, marker))
        if result.status is ExitStatus.TIMEOUT:
            return ["compiling against the original headers timed out"]
        sections = _sections(result, marker)
        if "original-rc" not in sections or "candidate-rc" not in sections:
            return [f"the interface check did not finish ({result.status.value}): {result.tail(300)}"]
        if sections["original-rc"].strip() != "0":
            raise InfraError(
                f"task {task.id}: the original does not compile against its own headers: "
                f"{sections.get('original-log', result.tail(400))[-400:]}"
            )
        if sections["candidate-rc"].strip() != "0":
            errors = _first_errors(sections.get("candidate-log", ""))
            return [f"does not compile against the original headers: {errors}"]
        return symbol_problems(
            task,
            _symbols(sections.get("original-nm", "")),
            _symbols(sections.get("candidate-nm", "")),
            {rel: (candidate / rel).read_text(encoding="utf-8", errors="replace") for rel in cand_files},
        )

    def measure(self, root: Path, files: list[str]) -> Measurement:
        """clang-tidy and lizard figures (prefetched when `syntax_errors` saw the same files)."""
        return self._prefetch.take(root, files)

    def scan(self, original: dict[str, str], candidate: dict[str, str], tests: list[str]) -> list[Flag]:
        """Gaming flags for what the candidate adds (see c_gaming)."""
        return c_gaming.scan_c(original, candidate, tests)


def _editable_sources(task: LoadedTask, root: Path) -> list[str]:
    return [rel for rel in c_source.tree_files(root, ".c") if task.is_editable(rel)]


def public_headers(task: LoadedTask, original: Path) -> list[str]:
    """The headers to compile against: those naming the interface, else every protected header
    outside the test folders."""
    named = sorted({s.file for s in task.task.interface.symbols if s.file.endswith(".h")})
    if named:
        return named
    found = c_source.tree_files(original, ".h")
    return [h for h in found if task.is_protected(h) and not {"test", "tests"} & set(h.split("/"))]


def compile_flags(task: LoadedTask, original: Path) -> list[str]:
    """gcc flags for the L2 compile: the task's -std, -Werror, original include dirs and headers."""
    std = re.search(r"-std=\S+", task.task.commands.build or "")
    dirs = sorted({Path(h).parent.as_posix() for h in c_source.tree_files(original, ".h")})
    flags = [std.group() if std else "-std=gnu11", "-c", "-Wall", "-Wextra", "-Werror"]
    flags += [f"-I{ORIGINAL}/{d}".removesuffix("/.") for d in dirs]
    for header in public_headers(task, original):
        flags += ["-include", f"{ORIGINAL}/{header}"]
    return flags


def interface_script(task: LoadedTask, original: Path, orig: list[str], cand: list[str], marker: str) -> str:
    """One shell script: both trees compiled in parallel, then each tree's log, status and `nm`."""
    flags = " ".join(shlex.quote(f) for f in compile_flags(task, original))
    lines = ["set -u"]
    for name, base, files in (("original", ORIGINAL, orig), ("candidate", CANDIDATE, cand)):
        out = f"{WORK}/{name}"
        sources = " ".join(shlex.quote(f"{base}/{f}") for f in files)
        compile_all = f"gcc {flags} {sources}" if _unique_names(files) else _one_by_one(flags, base, files)
        lines.append(f"mkdir -p {out} && (cd {out} && {compile_all}; echo $? > {out}.rc) > {out}.log 2>&1 &")
    lines.append("wait")
    for name in ("original", "candidate"):
        out = f"{WORK}/{name}"
        lines += [
            f"echo '@@{marker} {name}-rc'; cat {out}.rc",
            f"echo '@@{marker} {name}-log'; cat {out}.log",
            f"echo '@@{marker} {name}-nm'; nm -g --defined-only {out}/*.o 2>/dev/null",
        ]
    return "\n".join(lines)


def _unique_names(files: list[str]) -> bool:
    names = [Path(f).stem for f in files]
    return len(names) == len(set(names))


def _one_by_one(flags: str, base: str, files: list[str]) -> str:
    steps = [f"gcc {flags} {shlex.quote(f'{base}/{f}')} -o {i}.o" for i, f in enumerate(files)]
    return " && ".join(steps) or "true"


def _sections(result: ExecResult, marker: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in result.output.split(f"@@{marker} ")[1:]:
        name, _, body = chunk.partition("\n")
        out[name.strip()] = body
    return out


def _symbols(nm_output: str) -> dict[str, str]:
    """Exported (global, defined) symbols -> nm kind letter."""
    found = {}
    for line in nm_output.splitlines():
        m = _NM_LINE.match(line.strip())
        if m and (m["kind"].isupper() or m["kind"] in "uvw"):
            found[m["name"]] = m["kind"]
    return found


def _first_errors(log: str) -> str:
    errors = [line for line in log.splitlines() if " error: " in line or "error:" in line[:12]]
    text = "; ".join(e.replace(f"{CANDIDATE}/", "") for e in errors[:3]) or log.strip()[-300:]
    return text[:600]


def symbol_problems(
    task: LoadedTask, original: dict[str, str], candidate: dict[str, str], sources: dict[str, str]
) -> list[str]:
    """Missing or changed exports, task symbols not exported, and renames that do not hold."""
    spec = task.task.interface
    problems = []
    where = {s.name: s.file for s in spec.symbols}
    for sym in spec.symbols:
        if sym.name not in original and sym.name not in spec.renames:
            raise InfraError(f"task {task.id}: interface symbol {sym.name} is not exported by the original")
    for name, kind in sorted(original.items()):
        wanted = spec.renames.get(name, name)
        got = candidate.get(wanted)
        label = f"{wanted} ({where[name]})" if name in where else wanted
        if got is None:
            problems.append(f"symbol {label} is no longer exported")
        elif (kind in FUNCTION_KINDS) != (got in FUNCTION_KINDS):
            problems.append(f"symbol {label} changed kind: nm {kind} -> {got}")
    for old in spec.renames:
        uses = sorted(
            {f"{rel}:{t.line}" for rel, src in sources.items() for t in c_source.tokens(src) if t.text == old}
        )
        if uses:
            problems.append(f"old name '{old}' still used at {', '.join(uses[:5])}")
    return problems
