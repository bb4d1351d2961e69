"""Measurements behind L4: per-function complexity, file totals, size, duplication, smells.

lizard gives NLOC, cyclomatic complexity and duplicated tokens for every language; the
language module gives cognitive complexity (complexipy for Python).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import lizard
from lizard_ext.lizardduplicate import DuplicateFinder, NestingStackWithUnifiedTokens
from lizard_ext.lizardduplicate import LizardExtension as DuplicateExtension

from harness.scoring import python_lang

MIN_DUPLICATE_TOKENS = 30


@dataclass
class Measurement:
    """Everything L4 compares, for one tree restricted to the files of interest."""

    functions: dict[str, python_lang.FunctionFact] = field(default_factory=dict)  # "file::qual"
    file_totals: dict[str, int] = field(default_factory=dict)
    cyclomatic: dict[str, int] = field(default_factory=dict)  # "file::qual" -> CCN
    nloc: int = 0
    duplicated_tokens: int = 0
    smells: list[str] = field(default_factory=list)
    import_edges: int = 0

    def summary(self, targets: list[str]) -> dict[str, object]:
        picked = [self.functions[k].complexity for k in targets if k in self.functions]
        return {
            "cognitive_max_targets": max(picked, default=None),
            "cognitive_total": sum(self.file_totals.values()),
            "cognitive_by_function": {k: f.complexity for k, f in sorted(self.functions.items())},
            "cyclomatic_max": max(self.cyclomatic.values(), default=0),
            "nloc": self.nloc,
            "duplicated_tokens": self.duplicated_tokens,
            "smells": len(self.smells),
            "import_edges": self.import_edges,
        }


def lizard_measures(root: Path, files: list[str]) -> tuple[int, dict[str, int], int]:
    """Total NLOC, CCN per "relative/path::qual" and duplicated tokens over `files` (any language
    lizard reads)."""
    if not files:
        return 0, {}, 0
    dup = DuplicateExtension()
    paths = [str(root / f) for f in files]
    results = list(lizard.analyze_files(paths, exts=lizard.get_extensions([dup])))
    nloc = sum(r.nloc for r in results)
    rel = dict(zip(paths, files, strict=True))
    ccn = {
        f"{rel.get(r.filename, r.filename)}::{f.name.replace('::', '.')}": f.cyclomatic_complexity
        for r in results
        for f in r.function_list
    }
    finder = DuplicateFinder(
        dup.nodes,
        [start for start, _ in dup.fileinfos],
        min_duplicate_tokens=MIN_DUPLICATE_TOKENS,
        sample_size=NestingStackWithUnifiedTokens.SAMPLE_SIZE,
    )
    list(finder.find_start_and_ends())
    return nloc, ccn, int(finder.duplicate_token_count)


def measure_python(root: Path, files: list[str]) -> Measurement:
    """Measure the given repo-relative Python files of a tree (missing files are skipped)."""
    m = Measurement()
    present = [f for f in files if (root / f).is_file()]
    modules = {f.removesuffix(".py").replace("/", ".") for f in present}
    for rel in present:
        source = (root / rel).read_text(encoding="utf-8")
        for qual, fact in python_lang.functions(source).items():
            m.functions[f"{rel}::{qual}"] = fact
        m.file_totals[rel] = python_lang.file_total(source)
        m.smells += [f"{rel}: {s}" for s in python_lang.smells(source)]
        m.import_edges += len(python_lang.import_edges(source, modules - {rel.removesuffix(".py")}))
    m.nloc, m.cyclomatic, m.duplicated_tokens = lizard_measures(root, present)
    return m
