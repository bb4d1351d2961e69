"""Throwaway git workspaces: one per attempt, a baseline commit, the submission as a diff.

Paths given by a solver are resolved with `Workspace.resolve`, which refuses `..`, absolute
paths and symlinks leading outside the root.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import git

from harness.errors import PathEscapeError, WorkspaceError

_AUTHOR = git.Actor("liftbench", "liftbench@localhost")


def copy_tree(src: Path, dst: Path) -> None:
    """Copy a folder's contents into dst (created), without following symlinks out of it."""
    shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=True)


def overlay(dst: Path, layer: Path, delete: list[str] | None = None) -> None:
    """Lay the files of `layer` over `dst`, then remove the repo-relative paths in `delete`."""
    if layer.is_dir():
        copy_tree(layer, dst)
    for rel in delete or []:
        target = resolve_inside(dst, rel)
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def resolve_inside(root: Path, rel: str | Path) -> Path:
    """Resolve `rel` under `root`, refusing anything that would lead outside it."""
    raw = Path(rel)
    if raw.is_absolute():
        raise PathEscapeError(f"absolute paths are not allowed: {rel}")
    if ".." in raw.parts:
        raise PathEscapeError(f"'..' is not allowed in paths: {rel}")
    root_real = root.resolve()
    candidate = (root_real / raw).resolve()
    if candidate != root_real and root_real not in candidate.parents:
        raise PathEscapeError(f"path leads outside the workspace (symlink?): {rel}")
    return candidate


class Workspace:
    """A git repository holding a task's `repo/`, committed as the baseline."""

    def __init__(self, root: Path, repo: git.Repo, baseline: str, owned: bool) -> None:
        self.root = root
        self.repo = repo
        self.baseline = baseline
        self._owned = owned

    @classmethod
    def create(cls, source: Path, parent: Path | None = None) -> Workspace:
        """A fresh workspace in a new temporary folder from the files of `source`."""
        root = Path(tempfile.mkdtemp(prefix="lb-ws-", dir=parent))
        copy_tree(source, root)
        return cls._init(root, owned=True)

    @classmethod
    def adopt(cls, root: Path) -> Workspace:
        """Turn an existing folder into a workspace (baseline = its current content)."""
        return cls._init(root, owned=False)

    @classmethod
    def _init(cls, root: Path, owned: bool) -> Workspace:
        repo = git.Repo.init(root)
        with repo.config_writer() as cfg:
            cfg.set_value("core", "autocrlf", "false")
            cfg.set_value("commit", "gpgsign", "false")
        repo.git.add(A=True, force=True)
        commit = repo.index.commit("baseline", author=_AUTHOR, committer=_AUTHOR)
        return cls(root, repo, commit.hexsha, owned)

    def resolve(self, rel: str | Path) -> Path:
        path = resolve_inside(self.root, rel)
        if ".git" in path.relative_to(self.root.resolve()).parts:
            raise PathEscapeError(f"the .git folder is not part of the workspace: {rel}")
        return path

    def files(self) -> list[str]:
        """Repo-relative POSIX paths of every file in the workspace (not .git)."""
        root = self.root.resolve()
        out = []
        for path in root.rglob("*"):
            rel = path.relative_to(root)
            if rel.parts[0] != ".git" and (path.is_file() or path.is_symlink()):
                out.append(rel.as_posix())
        return sorted(out)

    def diff(self) -> str:
        """The submission: a git diff (binary-safe) of the working tree against the baseline."""
        self.repo.git.add(A=True, force=True)
        return self.repo.git.diff(self.baseline, "--cached", "--binary", "--no-color", "--no-renames")

    def reset(self) -> None:
        """Back to the baseline: tracked files restored, new files removed."""
        self.repo.git.reset("--hard", self.baseline)
        self.repo.git.clean("-fdx")

    def cleanup(self) -> None:
        if self._owned:
            shutil.rmtree(self.root, ignore_errors=True)


def apply_diff(root: Path, diff: str) -> None:
    """Apply a submission diff to a plain folder (a fresh copy of the task's repo/)."""
    if not diff.strip():
        return
    repo = git.Repo.init(root)
    patch = root / ".git" / "submission.diff"
    patch.write_text(diff if diff.endswith("\n") else diff + "\n", encoding="utf-8")
    try:
        repo.git.apply("--binary", "--whitespace=nowarn", str(patch))
    except git.GitCommandError as exc:
        raise WorkspaceError(f"submission diff does not apply: {exc.stderr.strip()}") from exc
    finally:
        shutil.rmtree(root / ".git", ignore_errors=True)


def diff_folders(original: Path, candidate: Path) -> str:
    """The diff that turns `original` into `candidate` (used by `liftbench score DIR`)."""
    tmp = Path(tempfile.mkdtemp(prefix="lb-diff-"))
    try:
        copy_tree(original, tmp)
        ws = Workspace._init(tmp, owned=True)
        for child in tmp.iterdir():
            if child.name != ".git":
                _remove(child)
        for child in candidate.iterdir():
            if child.name != ".git":
                _copy_entry(child, tmp / child.name)
        return ws.diff()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _copy_entry(src: Path, dst: Path) -> None:
    if src.is_dir() and not src.is_symlink():
        shutil.copytree(src, dst, symlinks=True)
    else:
        shutil.copy2(src, dst, follow_symlinks=False)
