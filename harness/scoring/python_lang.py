"""Python facts for the ladder: parsing, functions with cognitive complexity, readability smells.

Cognitive complexity comes from complexipy (per function, and the file total, which is the only
figure that also counts module-level lambdas). A function is identified by its qualified name
(`func`, `Class.method`); its "shape" is the AST dump without positions, so a function whose
shape differs from the original's is a changed function.
"""

from __future__ import annotations

import ast
import hashlib
import threading
from dataclasses import dataclass

import complexipy


@dataclass(frozen=True)
class FunctionFact:
    qualname: str
    complexity: int
    shape: str  # hash of the AST without line numbers


_PARSE_LOCK = threading.Lock()


def parse(source: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse` under a lock: CPython 3.11's parser is not thread-safe (attempts are scored
    in threads; an unlocked parse crashed with "AST constructor recursion depth mismatch")."""
    with _PARSE_LOCK:
        return ast.parse(source, filename=filename)


def parse_error(source: str, name: str) -> str | None:
    """None when the source parses, else a one-line reason."""
    try:
        parse(source, name)
    except SyntaxError as exc:
        return f"{name}:{exc.lineno}: {exc.msg}"
    except ValueError as exc:  # null bytes
        return f"{name}: {exc}"
    return None


def _shapes(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                dump = ast.dump(node, include_attributes=False)
                out[prefix + node.name] = hashlib.sha1(dump.encode()).hexdigest()[:12]
            elif isinstance(node, ast.ClassDef):
                visit(node.body, f"{prefix}{node.name}.")

    visit(tree.body, "")
    return out


def functions(source: str) -> dict[str, FunctionFact]:
    """Every top-level function and method with its cognitive complexity and shape."""
    tree = parse(source)
    shapes = _shapes(tree)
    measured = {f.name.replace("::", "."): f.complexity for f in complexipy.code_complexity(source).functions}
    return {name: FunctionFact(name, int(measured.get(name, 0)), shape) for name, shape in shapes.items()}


def file_total(source: str) -> int:
    return int(complexipy.code_complexity(source).complexity)


def smells(source: str) -> list[str]:
    """Readability smells: nested conditional expressions and lambdas that branch."""
    found = []
    for node in ast.walk(parse(source)):
        if isinstance(node, ast.IfExp):
            inner = [n for n in ast.walk(node) if isinstance(n, ast.IfExp) and n is not node]
            if inner:
                found.append(f"nested conditional expression at line {node.lineno}")
        elif isinstance(node, ast.Lambda) and any(
            isinstance(n, ast.IfExp | ast.BoolOp) for n in ast.walk(node.body)
        ):
            found.append(f"branching lambda at line {node.lineno}")
    return found


def import_edges(source: str, modules: set[str]) -> set[str]:
    """Project modules (by dotted name) this source imports: the coupling measure."""
    edges = set()
    for node in ast.walk(parse(source)):
        if isinstance(node, ast.Import):
            edges |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module in modules:
            edges.add(node.module)
    return edges
