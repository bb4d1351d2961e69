"""L2 for Python: which signature changes break callers and which do not."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from harness.scoring.python_interface import check_symbol, compare_functions


def _fn(src: str) -> ast.FunctionDef:
    node = ast.parse(src).body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


OLD = "def f(a, b, c=1, *, d=2, **kw): pass"


@pytest.mark.parametrize(
    ("new", "problem"),
    [
        ("def f(a, b, c=1, *, d=2, **kw): pass", None),
        ("def f(a, b, c=1, e=5, *, d=2, **kw): pass", None),  # new optional parameter
        ("def f(a, b, c=9, *, d=2, **kw): pass", None),  # default value is behaviour (L3)
        ("def f(a, b, c=1, d=2, **kw): pass", None),  # keyword-only became positional-or-keyword
        ("def f(a, x, c=1, *, d=2, **kw): pass", "renamed"),
        ("def f(a, b, c, *, d=2, **kw): pass", "lost its default"),
        ("def f(a, b, c=1, *, d=2, e, **kw): pass", "new required keyword-only"),
        ("def f(a, b, *, d=2, **kw): pass", "removed"),
        ("def f(a, b, c=1, *, d=2): pass", "**kwargs removed"),
        ("async def f(a, b, c=1, *, d=2, **kw): pass", "async"),
    ],
)
def test_compare_functions(new: str, problem: str | None) -> None:
    """Each incompatible change is named; compatible ones pass."""
    tree = ast.parse(new).body[0]
    result = compare_functions(_fn(OLD), tree)  # type: ignore[arg-type]
    if problem is None:
        assert result is None
    else:
        assert result is not None and problem in result


def test_alias_counts_as_kept(tmp_path: Path) -> None:
    """A public name kept as an alias of a new function is kept; its signature still counts."""
    orig, good, bad = (tmp_path / n for n in ("orig", "good", "bad"))
    for d in (orig, good, bad):
        d.mkdir()
    (orig / "m.py").write_text("def total(items, tax=0.2):\n    return 1\n")
    (good / "impl.py").write_text("def compute(items, tax=0.2):\n    return 1\n")
    (good / "m.py").write_text("from impl import compute as total\n")
    (bad / "m.py").write_text("def compute(items):\n    return 1\n\ntotal = compute\n")
    assert check_symbol(orig, good, "m.py", "total") is None
    problem = check_symbol(orig, bad, "m.py", "total")
    assert problem is not None and "removed" in problem


def test_methods_and_missing(tmp_path: Path) -> None:
    """Methods are found through their class; a vanished symbol is reported."""
    orig, new = tmp_path / "o", tmp_path / "n"
    orig.mkdir()
    new.mkdir()
    (orig / "m.py").write_text("class A:\n    def run(self, x):\n        pass\n")
    (new / "m.py").write_text("class A:\n    def run(self, y):\n        pass\n")
    assert "renamed" in (check_symbol(orig, new, "m.py", "A.run") or "")
    (new / "m.py").write_text("class B:\n    pass\n")
    assert "no longer defined" in (check_symbol(orig, new, "m.py", "A") or "")
