"""Workspaces: baseline, diff round trip, reset, and path resolution that never leaves the root."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.errors import PathEscapeError
from harness.workspace import Workspace, apply_diff, copy_tree, diff_folders


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "pkg").mkdir(parents=True)
    (src / "a.py").write_text("x = 1\n")
    (src / "pkg" / "b.py").write_text("y = 2\n")
    return src


def test_diff_applies_to_fresh_copy(source: Path, tmp_path: Path) -> None:
    """The diff of a workspace, applied to a fresh copy of the source, reproduces it exactly."""
    ws = Workspace.create(source)
    (ws.root / "a.py").write_text("x = 3\n")
    (ws.root / "pkg" / "b.py").unlink()
    (ws.root / "new.py").write_text("z = 4\n")
    diff = ws.diff()
    copy = tmp_path / "copy"
    copy_tree(source, copy)
    apply_diff(copy, diff)
    assert (copy / "a.py").read_text() == "x = 3\n"
    assert not (copy / "pkg" / "b.py").exists()
    assert (copy / "new.py").read_text() == "z = 4\n"
    assert diff_folders(source, ws.root) == diff
    ws.cleanup()
    assert not ws.root.exists()


def test_reset_restores_baseline(source: Path) -> None:
    """reset() brings back the baseline: edits undone, new files gone."""
    ws = Workspace.create(source)
    (ws.root / "a.py").write_text("broken")
    (ws.root / "junk.txt").write_text("junk")
    ws.reset()
    assert ws.files() == ["a.py", "pkg/b.py"]
    assert (ws.root / "a.py").read_text() == "x = 1\n"
    assert ws.diff() == ""


@pytest.mark.parametrize("bad", ["../outside.py", "/etc/passwd", "pkg/../../x", ".git/config"])
def test_resolve_refuses_escapes(source: Path, bad: str) -> None:
    """`..`, absolute paths and the .git folder are refused with a PathEscapeError."""
    ws = Workspace.create(source)
    with pytest.raises(PathEscapeError):
        ws.resolve(bad)


def test_resolve_refuses_symlink_out(source: Path, tmp_path: Path) -> None:
    """A symlink inside the workspace that leads outside cannot be used to reach out."""
    ws = Workspace.create(source)
    (ws.root / "link").symlink_to(tmp_path)
    with pytest.raises(PathEscapeError, match="outside"):
        ws.resolve("link/src/a.py")
    assert ws.resolve("pkg/b.py") == (ws.root / "pkg" / "b.py").resolve()
