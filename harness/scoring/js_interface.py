"""L2 for JavaScript: every exported symbol a task names keeps a compatible signature.

Static first (acorn facts from the helper): the export is found through `module.exports = {...}`,
`exports.x =`, `X.prototype.m =`, ESM `export`, local aliases and relative `require`/`import`
re-exports, and its parameters are compared: none removed, no default lost, no new required
parameter, a rest parameter kept. A name kept as an alias counts as kept. Then dynamic: one
`node -e` in the sandbox requires the original (/original) and the candidate (/ws) and reports
`typeof` and `length` of each symbol, which settles what the static look cannot see (exports built
at run time) and confirms the arity. A module that fails to load is left to L3.
"""

from __future__ import annotations

import json
import posixpath
import secrets
import shlex
from pathlib import Path
from typing import Any

from harness.commands import ORIGINAL_MOUNT
from harness.protocols import WORKDIR, ExecResult
from harness.scoring import js_helper
from harness.scoring.languages import RunInSandbox
from harness.tasks import LoadedTask

Def = dict[str, Any]
UNKNOWN: Def = {"kind": "unknown"}
MAX_DEPTH = 8
SUFFIXES = (".js", ".cjs", ".mjs")


class ModuleTree:
    """The JavaScript files of one tree, analysed on demand."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def facts(self, rel: str, names: tuple[str, ...] = ()) -> dict[str, Any] | None:
        path = self.root / rel
        if not path.is_file():
            return None
        result = js_helper.facts(rel, path.read_text(encoding="utf-8", errors="replace"), names)
        return None if result.get("error") else result

    def locate(self, here: str, spec: str) -> str | None:
        """The repo-relative file a relative specifier names, if it is in the tree."""
        if not spec.startswith("."):
            return None
        base = posixpath.normpath(posixpath.join(posixpath.dirname(here), spec))
        if base.startswith(".."):
            return None
        for cand in (base, *(base + s for s in SUFFIXES), base + "/index.js"):
            if (self.root / cand).is_file():
                return cand
        return None

    def sources(self) -> list[str]:
        return sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*")
            if p.suffix in SUFFIXES and p.is_file() and "node_modules" not in p.parts
        )


def find(tree: ModuleTree, file: str, qualname: str, depth: int = 0) -> Def | None:
    """What `file` exports as `qualname` (`name` or `Name.member`); None when not found."""
    facts = tree.facts(file)
    if facts is None or depth > MAX_DEPTH:
        return None
    head, _, rest = qualname.partition(".")
    found = _exported(tree, file, facts, head, depth)
    return _member(tree, found, rest, depth) if found is not None and rest else found


def _exported(tree: ModuleTree, file: str, facts: dict[str, Any], name: str, depth: int) -> Def | None:
    exports = facts["exports"]
    if name in exports:
        return _follow(tree, file, exports[name], depth)
    module = exports.get("<module>")
    if module and module.get("kind") == "local" and module.get("name") == name:
        return _follow(tree, file, module, depth)
    for spread in facts["spreads"] + ([module] if module else []):
        found = _member(tree, _follow(tree, file, spread, depth), name, depth)
        if found is not None:
            return found
    return None


def _follow(tree: ModuleTree, file: str, ref: Def, depth: int) -> Def:
    """Resolve local names, `require`s and `obj.member` references to a definition."""
    if depth > MAX_DEPTH:
        return UNKNOWN
    kind = ref.get("kind")
    if kind == "local":
        facts = tree.facts(file)
        local = facts["defs"].get(ref["name"]) if facts else None
        return _follow(tree, file, local, depth + 1) if local else UNKNOWN
    if kind == "require":
        target = tree.locate(file, ref["spec"])
        if target is None:
            return UNKNOWN
        if ref.get("prop") is None:
            return {"kind": "module", "file": target}
        return find(tree, target, ref["prop"], depth + 1) or UNKNOWN
    if kind == "member":
        owner = _follow(tree, file, {"kind": "local", "name": ref["object"]}, depth + 1)
        return _member(tree, owner, ref["prop"], depth) or UNKNOWN
    return {**ref, "file": file}


def _member(tree: ModuleTree, owner: Def | None, name: str, depth: int) -> Def | None:
    if owner is None:
        return None
    if owner["kind"] == "module":
        return find(tree, owner["file"], name, depth + 1)
    head, _, rest = name.partition(".")
    members = owner.get("members") or {}
    if head in members:
        found = _follow(tree, owner["file"], members[head], depth + 1)
        return _member(tree, found, rest, depth + 1) if rest else found
    return UNKNOWN if owner["kind"] in ("unknown", "value") else None


def compare(old: Def, new: Def) -> str | None:
    """The first incompatibility between two definitions, None when compatible or unknowable."""
    old_kind, new_kind = old["kind"], new["kind"]
    if old_kind == "function" and new_kind == "function":
        return compare_params(old, new)
    if old_kind == "class" and new_kind == "function" and new.get("arrow"):
        return "a class became an arrow function (it can no longer be called with `new`)"
    if old_kind == "function" and new_kind == "class" and not old.get("members"):
        return "a function became a class (calls without `new` throw)"
    if {old_kind, new_kind} <= {"function", "class"}:
        return compare_params(_constructor(old), _constructor(new))
    return None


def _constructor(d: Def) -> Def:
    if d["kind"] == "class":
        return d.get("ctor") or {"params": [], "rest": False}
    return d


def compare_params(old: Def, new: Def) -> str | None:
    """Every call the old parameter list accepted still binds the same way."""
    if old["rest"] and not new["rest"]:
        return "rest parameter removed"
    old_params, new_params = old["params"], new["params"]
    for i, param in enumerate(old_params):
        if i >= len(new_params):
            return None if new["rest"] else f"parameter {i + 1} '{param['name']}' removed"
        if param["default"] and not new_params[i]["default"]:
            return f"parameter '{param['name']}' lost its default"
    required = [p["name"] for p in new_params[len(old_params) :] if not p["default"]]
    return f"new required parameter '{required[0]}'" if required and not old["rest"] else None


PROBE_SECONDS = 15  # a module that hangs when loaded is L3's to judge, not a reason to stall L2
PROBE = (Path(__file__).resolve().parent / "js" / "arity_probe.cjs").read_text(encoding="utf-8")


def probe_command(symbols: list[tuple[str, str]], marker: str) -> str:
    """A `node -e` that requires each file from /original and /ws and prints typeof/length."""
    specs = [[root, file, name] for root in (ORIGINAL_MOUNT, WORKDIR) for file, name in symbols]
    script = PROBE.replace("__SPECS__", json.dumps(specs)).replace("__MARKER__", marker)
    return f"timeout {PROBE_SECONDS} node -e {shlex.quote(script)}"


def probe(run: RunInSandbox, symbols: list[tuple[str, str]]) -> dict[str, Any]:
    """Run-time facts per `root|file|name`; empty when the probe produced nothing usable."""
    if not symbols:
        return {}
    marker = f"LIFTBENCH_ARITY_{secrets.token_hex(8)} "
    result: ExecResult = run(probe_command(symbols, marker))
    for line in reversed(result.output.splitlines()):
        if line.startswith(marker):
            try:
                found = json.loads(line[len(marker) :])
            except ValueError:
                return {}
            return found if isinstance(found, dict) else {}
    return {}


def runtime_problem(old: dict[str, Any] | None, new: dict[str, Any] | None, resolved: bool) -> str | None:
    """What the run-time facts say against the candidate; None when they cannot tell."""
    if not old or not new or "error" in old or "error" in new or old["type"] == "undefined":
        return None
    if new["type"] == "undefined":
        return "missing at run time"
    if old["type"] == "function" and new["type"] != "function":
        return f"is a {new['type']} at run time, was a function"
    # more leading parameters is a new required one; fewer only counts when the static look could
    # not see the definition (defaults and rest parameters also lower `length`)
    if old["type"] != "function":
        return None
    fewer = not resolved and new["length"] < old["length"]
    if new["length"] > old["length"] or fewer:
        return f"takes {new['length']} leading parameters at run time, was {old['length']}"
    return None


def check_symbol(
    trees: tuple[ModuleTree, ModuleTree], file: str, name: str, new_name: str, runtime: dict[str, Any]
) -> str | None:
    """None when `name` in the original is kept compatibly as `new_name` in the candidate."""
    old_tree, new_tree = trees
    old = find(old_tree, file, name)
    new = find(new_tree, file, new_name)
    resolved = new is not None and new["kind"] in ("function", "class")
    if old is not None and resolved and new is not None:
        problem = compare(old, new)
        if problem:
            return f"{file}: {new_name}: {problem}"
    old_rt = runtime.get(f"{ORIGINAL_MOUNT}|{file}|{name}")
    new_rt = runtime.get(f"{WORKDIR}|{file}|{new_name}")
    problem = runtime_problem(old_rt, new_rt, resolved)
    if problem:
        return f"{file}: {new_name}: {problem}"
    if new is None and not (new_rt and new_rt.get("type") not in (None, "undefined")):
        return f"{file}: '{new_name}' is no longer exported"
    return None


def interface_problems(task: LoadedTask, original: Path, candidate: Path, run: RunInSandbox) -> list[str]:
    """Every problem with the task's interface symbols and renames in the candidate."""
    spec = task.task.interface
    trees = (ModuleTree(original), ModuleTree(candidate))
    checks = [(s.file, s.name, spec.renames.get(s.name, s.name)) for s in spec.symbols]
    specs = sorted({(f, n) for f, old, new in checks for n in (old, new)})
    runtime = probe(run, specs)
    problems = [p for f, old, new in checks if (p := check_symbol(trees, f, old, new, runtime))]
    for old in spec.renames:
        uses = old_name_uses(trees[1], old)
        if uses:
            problems.append(f"old name '{old}' still used at {', '.join(uses[:5])}")
    return problems


def old_name_uses(tree: ModuleTree, old: str) -> list[str]:
    """Places in the tree's JavaScript files that still name a renamed symbol's old (last) name."""
    last = old.rsplit(".", 1)[-1]
    uses = []
    for rel in tree.sources():
        facts = tree.facts(rel, (last,))
        uses += [f"{rel}:{line}" for line in (facts or {}).get("uses", {}).get(last, [])]
    return uses
