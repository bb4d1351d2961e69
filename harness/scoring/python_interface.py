"""L2 for Python: every public symbol named by the task keeps a compatible signature.

Compatible means every call that worked before still binds the same way: positional parameters
keep their names and order, a parameter that had a default still has one, new parameters have
defaults, `*args`/`**kwargs` stay, keyword-only parameters stay keyword-accessible. A default's
value is behaviour (judged at L3). A name kept as an alias (`old = new`, `from m import new as
old`) counts as kept and is checked through to what it names.
"""

from __future__ import annotations

import ast
from pathlib import Path

from harness.scoring.python_lang import parse

Node = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.expr | None


def _module_file(root: Path, module: str, here: Path, level: int) -> Path | None:
    base = root if level == 0 else here.parent
    for _ in range(max(level - 1, 0)):
        base = base.parent
    rel = Path(*module.split(".")) if module else Path()
    for cand in (base / rel.with_suffix(".py"), base / rel / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def find(root: Path, file: Path, qualname: str, depth: int = 0) -> Node | bool:
    """The definition bound to `qualname` in `file`; True when bound but not resolvable."""
    if depth > 5 or not file.is_file():
        return None
    try:
        body = parse(file.read_text(encoding="utf-8")).body
    except SyntaxError:
        return None
    head, _, rest = qualname.partition(".")
    for node in body:
        found = _binding(root, file, node, head, depth)
        if found is None:
            continue
        if not rest:
            return found
        if isinstance(found, ast.ClassDef):
            return _member(found, rest)
        return True
    return None


def _binding(root: Path, file: Path, node: ast.stmt, name: str, depth: int) -> Node | bool:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == name:
        return node
    if isinstance(node, ast.Assign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if isinstance(node.value, ast.Name) and node.value.id != name:
                return find(root, file, node.value.id, depth + 1) or True
            return node.value or True
    if isinstance(node, ast.ImportFrom):
        for alias in node.names:
            if (alias.asname or alias.name) == name:
                target = _module_file(root, node.module or "", file, node.level)
                return (find(root, target, alias.name, depth + 1) if target else None) or True
    return None


def _member(cls: ast.ClassDef, rest: str) -> Node | bool:
    head, _, tail = rest.partition(".")
    for node in cls.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == head:
            return node if not tail else (_member(node, tail) if isinstance(node, ast.ClassDef) else None)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == head for t in node.targets
        ):
            if isinstance(node.value, ast.Name):
                return _member(cls, node.value.id) or True
            return True
    return None


def _params(
    fn: ast.FunctionDef | ast.AsyncFunctionDef,
) -> tuple[list[tuple[str, bool]], dict[str, bool]]:
    a = fn.args
    positional = a.posonlyargs + a.args
    n_defaults = len(a.defaults)
    pos = [(p.arg, i >= len(positional) - n_defaults) for i, p in enumerate(positional)]
    kwonly = {p.arg: d is not None for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)}
    return pos, kwonly


FnDef = ast.FunctionDef | ast.AsyncFunctionDef


def compare_functions(old: FnDef, new: FnDef) -> str | None:
    """None when `new` accepts every call `old` accepted; else the first incompatibility."""
    if isinstance(old, ast.AsyncFunctionDef) != isinstance(new, ast.AsyncFunctionDef):
        return "async-ness changed"
    if old.args.vararg and not new.args.vararg:
        return "*args removed"
    if old.args.kwarg and not new.args.kwarg:
        return "**kwargs removed"
    return _positional(old, new) or _keyword_only(old, new) or _decorators(old, new)


def _positional(old: FnDef, new: FnDef) -> str | None:
    old_pos, _ = _params(old)
    new_pos, _ = _params(new)
    for i, (name, had_default) in enumerate(old_pos):
        if i >= len(new_pos):
            return None if new.args.vararg else f"positional parameter '{name}' removed"
        new_name, has_default = new_pos[i]
        if new_name != name:
            return f"parameter {i + 1} renamed '{name}' -> '{new_name}'"
        if had_default and not has_default:
            return f"parameter '{name}' lost its default"
    required = [name for name, has_default in new_pos[len(old_pos) :] if not has_default]
    return f"new required parameter '{required[0]}'" if required else None


def _keyword_only(old: FnDef, new: FnDef) -> str | None:
    _, old_kw = _params(old)
    new_pos, new_kw = _params(new)
    reachable = dict(new_kw) | dict(new_pos)
    for name, had_default in old_kw.items():
        if name not in reachable and new.args.kwarg is None:
            return f"keyword-only parameter '{name}' removed"
        if had_default and not reachable.get(name, True):
            return f"keyword-only parameter '{name}' lost its default"
    added = [n for n, has_default in new_kw.items() if n not in old_kw and not has_default]
    return f"new required keyword-only parameter '{added[0]}'" if added else None


def _decorators(
    old: ast.FunctionDef | ast.AsyncFunctionDef, new: ast.FunctionDef | ast.AsyncFunctionDef
) -> str | None:
    kinds = {"staticmethod", "classmethod", "property"}

    def names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
        return {d.id for d in fn.decorator_list if isinstance(d, ast.Name)} & kinds

    if names(old) != names(new):
        return f"decorators changed {sorted(names(old))} -> {sorted(names(new))}"
    return None


def check_symbol(
    orig_root: Path, cand_root: Path, file: str, qualname: str, new_name: str | None = None
) -> str | None:
    """None when the symbol is kept compatibly; else the reason it is not."""
    old = find(orig_root, orig_root / file, qualname)
    new = find(cand_root, cand_root / file, new_name or qualname)
    if new is None:
        return f"{file}: '{new_name or qualname}' no longer defined"
    if isinstance(old, ast.FunctionDef | ast.AsyncFunctionDef):
        if isinstance(new, ast.FunctionDef | ast.AsyncFunctionDef):
            problem = compare_functions(old, new)
            return f"{file}: {qualname}: {problem}" if problem else None
        if isinstance(new, ast.ClassDef) or new is True or isinstance(new, ast.expr):
            return None  # an alias or callable object we cannot see through; L3 judges it
    if isinstance(old, ast.ClassDef) and isinstance(new, ast.FunctionDef | ast.AsyncFunctionDef):
        return f"{file}: class {qualname} became a function"
    return None


def old_name_uses(root: Path, files: list[str], old: str) -> list[str]:
    """Places in `files` that still refer to a renamed symbol's old (last) name."""
    last = old.rsplit(".", 1)[-1]
    uses = []
    for rel in files:
        try:
            tree = parse((root / rel).read_text(encoding="utf-8"))
        except (SyntaxError, OSError):
            continue
        for node in ast.walk(tree):
            name = (
                node.id
                if isinstance(node, ast.Name)
                else node.attr
                if isinstance(node, ast.Attribute)
                else None
            )
            if name == last:
                uses.append(f"{rel}:{getattr(node, 'lineno', 0)}")
    return uses
