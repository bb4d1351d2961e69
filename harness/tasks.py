"""The task format: `task.yaml` schema, the loader, content hashes and suites.

A task lives in `<suite>/<language>/<task-id>/` with `task.yaml`, `repo/` (all a solver may see),
`hidden/` (hidden tests, scoring only), `reference/` (an overlay on `repo/`) and `validation/`
(known-bad overlays, each with the outcome the scorer must give it).
"""

from __future__ import annotations

import fnmatch
import hashlib
from enum import StrEnum
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from harness.errors import NotFoundError, TaskError

Language = Literal["python", "javascript", "c"]
Scope = Literal["function", "file", "multi-file", "cross-component"]
Difficulty = Literal["easy", "medium", "hard"]
Kind = Literal[
    "reduce-complexity",
    "remove-duplication",
    "extract-function",
    "extract-class",
    "replace-conditional",  # with polymorphism; in C with function-pointer tables
    "decouple-modules",
    "rename-api",  # rename or restructure an API together with its call sites
]


class Strict(BaseModel):
    """Base for every on-disk record: unknown keys are errors, so a typo fails loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(Strict):
    file: str = Field(description="Path relative to repo/ of a file where improvement is measured.")
    functions: list[str] = Field(
        default_factory=list,
        description="Qualified function names (`Class.method` or `func`) measured in that file.",
    )


class Symbol(Strict):
    file: str = Field(description="Path relative to repo/ that defines the symbol.")
    name: str = Field(description="Qualified name (`func`, `Class`, `Class.method`, `CONSTANT`).")


class Interface(Strict):
    symbols: list[Symbol] = Field(
        default_factory=list, description="Public symbols whose signatures must be kept."
    )
    renames: dict[str, str] = Field(
        default_factory=dict,
        description="Rename tasks: old qualified name -> new; no call site may keep the old.",
    )


class Commands(Strict):
    build: str | None = Field(None, description="Build command, run before tests; none for Python.")
    test: str = Field(description="Visible tests. Placeholders: {candidate} {hidden} {original}.")
    hidden: str = Field(description="Hidden tests, run with the hidden folder mounted at {hidden}.")
    timeout: float = Field(60.0, gt=0, description="Wall-clock seconds per command.")


class Improvement(Strict):
    metric: Literal["cognitive", "cyclomatic", "duplication", "coupling"] = Field(
        "cognitive", description="What L4 measures on the targets."
    )
    reduction: float = Field(0.3, gt=0, lt=1, description="Required relative reduction of the targets' max.")
    function_cap: int | None = Field(
        None, ge=1, description="Optional absolute cap on any new or changed function."
    )
    size_growth: float = Field(1.5, ge=1, description="NLOC may grow at most this factor + 10.")


class Survivor(Strict):
    mutant: str = Field(description="The tool's name for the mutant (stable for the same code).")
    change: str = Field("", description="What the mutant changes, for a reader.")


class Equivalent(Strict):
    mutant: str = Field(description="A survivor's `mutant` exactly as recorded.")
    reason: str = Field(min_length=10, description="Why no input can tell it from the reference.")


class Mutation(Strict):
    """Written by `liftbench tasks mutate`; only `equivalent` is edited by hand."""

    score: float | None = Field(None, ge=0, le=1, description="Killed / mutants, on the reference.")
    tool: str | None = Field(None, description="Tool and version that measured it.")
    mutants: int | None = Field(None, ge=0, description="Mutants run (those that compile).")
    killed: int | None = Field(None, ge=0, description="Mutants the hidden tests failed on (or timed out).")
    digest: str | None = Field(None, description="Hash of repo/, reference/ and hidden/ when measured.")
    survivors: list[Survivor] = Field(default_factory=list, description="Mutants no hidden test killed.")
    equivalent: list[Equivalent] = Field(
        default_factory=list, description="Surviving mutants judged equivalent, each with a reason."
    )


class Limits(Strict):
    memory_mb: int = Field(1024, ge=64, description="Memory cap for each sandboxed command.")
    cpu_seconds: int = Field(60, ge=1, description="CPU-time cap for each sandboxed command.")
    processes: int = Field(128, ge=8, description="Process cap for each sandboxed command.")


class Task(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Unique, lowercase, dashes.")
    title: str
    language: Language
    scope: Scope
    kind: Kind = Field(description="The refactoring asked for; reports break results down by it.")
    difficulty: Difficulty
    instruction: str = Field(min_length=20, description="Identical for every arm.")
    targets: list[Target] = Field(min_length=1)
    editable: list[str] = Field(min_length=1, description="Globs (relative to repo/) a solver may change.")
    protected: list[str] = Field(
        default_factory=list, description="Globs restored from the original before testing."
    )
    interface: Interface = Field(default_factory=Interface)
    commands: Commands
    improvement: Improvement = Field(default_factory=Improvement)
    mutation: Mutation = Field(default_factory=Mutation)
    limits: Limits = Field(default_factory=Limits)
    source: str = Field("written for liftbench", description="Provenance and licence.")

    @field_validator("editable", "protected")
    @classmethod
    def _relative_globs(cls, globs: list[str]) -> list[str]:
        for glob in globs:
            if glob.startswith("/") or ".." in Path(glob).parts:
                raise ValueError(f"glob {glob!r} must be relative to repo/ and stay inside it")
        return globs


class Outcome(StrEnum):
    """What the scorer must say about a validation variant."""

    L0 = "L0"  # first failed level
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    L4 = "L4"
    FLAGGED = "flagged"  # climbs to L4 but a gaming flag denies success
    SUCCESS = "success"


class Expectation(Strict):
    description: str = Field(description="What the variant does wrong, in one sentence.")
    outcome: Outcome = Field(description="First failed level, `flagged` or `success`.")
    flags: list[str] = Field(default_factory=list, description="Gaming flags that must be raised.")
    delete: list[str] = Field(default_factory=list, description="Files (repo-relative) removed.")


class Variant(BaseModel):
    name: str
    files: Path  # overlay folder
    expect: Expectation


class LoadedTask(BaseModel):
    """A task with its folder and content hash."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    task: Task
    root: Path
    content_hash: str

    @property
    def id(self) -> str:
        return self.task.id

    @property
    def repo(self) -> Path:
        return self.root / "repo"

    @property
    def hidden(self) -> Path:
        return self.root / "hidden"

    @property
    def reference(self) -> Path:
        return self.root / "reference"

    def variants(self) -> list[Variant]:
        """The `validation/<name>/` variants: `expect.yaml` beside a `files/` overlay."""
        folder = self.root / "validation"
        if not folder.is_dir():
            return []
        out = []
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            data = _read_yaml(sub / "expect.yaml")
            try:
                expect = Expectation.model_validate(data)
            except ValidationError as exc:
                raise TaskError(_explain(sub / "expect.yaml", exc)) from exc
            out.append(Variant(name=sub.name, files=sub / "files", expect=expect))
        return out

    def is_protected(self, rel: str) -> bool:
        """The task's protected globs plus files that steer test runners or builds anywhere."""
        return matches_any(rel, self.task.protected) or matches_any(rel, ALWAYS_PROTECTED)

    def is_editable(self, rel: str) -> bool:
        return matches_any(rel, self.task.editable) and not self.is_protected(rel)


ALWAYS_PROTECTED = [
    "conftest.py",
    "**/conftest.py",
    "sitecustomize.py",
    "**/sitecustomize.py",
    "usercustomize.py",
    "**/usercustomize.py",
    "*.pth",
    "**/*.pth",
    "pytest.ini",
    "**/pytest.ini",
    "tox.ini",
    "setup.cfg",
    "pyproject.toml",
    "package.json",
    "package-lock.json",
    "**/node_modules/**",
    "node_modules/**",
    "Makefile",
    "**/Makefile",
    ".git/**",
]
"""Never a solver's to change, whatever the task says: they could steer the test runner or build."""


def matches_any(rel: str, globs: list[str]) -> bool:
    """True when a repo-relative POSIX path matches one of the globs (`**` spans folders)."""
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(rel, g.replace("**/", "")) for g in globs)


def _read_yaml(path: Path) -> object:
    if not path.is_file():
        raise TaskError(f"{path}: file missing (every task folder needs it)")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TaskError(f"{path}: not valid YAML: {exc}") from exc


def _explain(path: Path, exc: ValidationError) -> str:
    lines = [f"{path}: invalid"]
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        hint = {
            "extra_forbidden": "unknown field: remove it or fix its spelling",
            "missing": "required field missing: add it",
        }.get(err["type"], err["msg"])
        lines.append(f"  field '{where}': {hint}")
    return "\n".join(lines)


def tree_hash(folders: list[Path]) -> str:
    """SHA-256 over every file's relative path and bytes, in a stable order."""
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder.parent).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def load_task(root: Path) -> LoadedTask:
    """Load and check one task folder; errors name the file, the field and the fix."""
    data = _read_yaml(root / "task.yaml")
    if not isinstance(data, dict):
        raise TaskError(f"{root / 'task.yaml'}: must be a mapping of task fields")
    try:
        task = Task.model_validate(data)
    except ValidationError as exc:
        raise TaskError(_explain(root / "task.yaml", exc)) from exc
    if task.id != root.name:
        raise TaskError(f"{root / 'task.yaml'}: field 'id' is {task.id!r} but the folder is {root.name!r}")
    for needed in ("repo", "hidden"):
        if not (root / needed).is_dir():
            raise TaskError(f"{root}: folder '{needed}/' missing")
    for target in task.targets:
        if not (root / "repo" / target.file).is_file():
            raise TaskError(f"{root / 'task.yaml'}: field 'targets': {target.file} not in repo/")
    parts = [
        root / "task.yaml",
        root / "repo",
        root / "hidden",
        root / "reference",
        root / "validation",
    ]
    digest = tree_hash([p for p in parts if p.is_dir()])
    digest = hashlib.sha256((root / "task.yaml").read_bytes() + digest.encode()).hexdigest()
    return LoadedTask(task=task, root=root, content_hash=digest[:16])


class Suite:
    """All tasks under a suite folder laid out like the built-in `tasks/`."""

    def __init__(self, root: Path) -> None:
        if not root.is_dir():
            raise NotFoundError(f"suite folder {root} does not exist (check --suite or LIFTBENCH_SUITE)")
        self.root = root

    def task_dirs(self) -> list[Path]:
        return sorted(p.parent for p in self.root.glob("*/*/task.yaml"))

    def load_all(self) -> list[LoadedTask]:
        return [load_task(d) for d in self._unique(self.task_dirs())]

    @staticmethod
    def _unique(dirs: list[Path]) -> list[Path]:
        """The folders, refusing two tasks of one id (a folder is named after its task's id)."""
        seen: dict[str, Path] = {}
        for d in dirs:
            if d.name in seen:
                raise TaskError(f"task id {d.name!r} appears twice: {seen[d.name]} and {d}")
            seen[d.name] = d
        return dirs

    def get(self, task_id: str) -> LoadedTask:
        for d in self.task_dirs():
            if d.name == task_id:
                return load_task(d)
        known = ", ".join(d.name for d in self.task_dirs()) or "none"
        raise NotFoundError(f"no task {task_id!r} in {self.root} (known: {known})")

    def select(self, patterns: list[str] | None) -> list[LoadedTask]:
        """Tasks whose id matches any pattern (ids or globs, comma-separated or repeated)."""
        if not patterns:
            return self.load_all()
        pats = [p.strip() for item in patterns for p in item.split(",") if p.strip()]
        dirs = self._unique(self.task_dirs())
        chosen = [d for d in dirs if any(fnmatch.fnmatchcase(d.name, p) for p in pats)]
        if not chosen:
            raise NotFoundError(f"no task matches {', '.join(pats)} in {self.root}")
        # Only the chosen tasks are loaded, so a broken task elsewhere does not block these.
        return [load_task(d) for d in chosen]
