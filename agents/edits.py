"""Turning a raw model answer into file edits, and applying them to a workspace.

Two formats (chosen per arm):
- `whole`: for each changed file, its path on its own line, then the complete new content in a
  fenced code block;
- `search-replace`: the path on its own line, then blocks of
  `<<<<<<< SEARCH` / old text / `=======` / new text / `>>>>>>> REPLACE`.
An answer with no usable edit, or an edit that cannot be applied, raises `EditError` with the
reason; the raw arm records it and the attempt fails L0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.errors import LiftbenchError, ToolError
from harness.tasks import LoadedTask
from harness.workspace import Workspace


class EditError(LiftbenchError):
    """The answer holds no edit we can apply; the message says why."""


@dataclass(frozen=True)
class Edit:
    path: str
    content: str | None = None  # whole-file content
    search: str | None = None
    replace: str | None = None


FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)
SR_BLOCK = re.compile(
    r"^<{5,9} SEARCH[ \t]*\n(?P<search>.*?)^={5,9}[ \t]*\n(?P<replace>.*?)^>{5,9} REPLACE[ \t]*$", re.M | re.S
)
PATH_CHARS = re.compile(r"^[\w./-]+\.\w+$")


def _clean_path(line: str) -> str | None:
    text = line.strip().strip("*#`:> ").removeprefix("File:").removeprefix("file:").strip().strip("`*")
    return text if PATH_CHARS.match(text) and not text.startswith("/") else None


def _path_before(answer: str, start: int, info: str) -> str | None:
    for word in info.split():
        candidate = _clean_path(word.split("=", 1)[-1].split(":", 1)[-1])
        if candidate:
            return candidate
    lines = answer[:start].rstrip("\n").splitlines()
    for line in reversed(lines[-3:]):
        if line.strip():
            return _clean_path(line)
    return None


def parse_whole_files(answer: str) -> list[Edit]:
    edits = []
    for match in FENCE.finditer(answer):
        path = _path_before(answer, match.start(), match.group("info"))
        if path:
            edits.append(Edit(path=path, content=match.group("body")))
    return edits


def parse_search_replace(answer: str) -> list[Edit]:
    edits = []
    for match in SR_BLOCK.finditer(answer):
        path = _path_before(answer, match.start(), "")
        if path is None:
            raise EditError(f"a SEARCH/REPLACE block at offset {match.start()} has no file path before it")
        edits.append(Edit(path=path, search=match.group("search"), replace=match.group("replace")))
    return edits


def parse_answer(answer: str | None, edit_format: str) -> list[Edit]:
    """All edits in the answer; EditError when there are none."""
    if not answer or not answer.strip():
        raise EditError("the answer is empty")
    text = answer.replace("\r\n", "\n")
    edits = parse_search_replace(text) if edit_format == "search-replace" else parse_whole_files(text)
    if not edits:
        kind = "SEARCH/REPLACE blocks" if edit_format == "search-replace" else "fenced files with paths"
        raise EditError(f"no {kind} found in the answer")
    return edits


def apply_edits(workspace: Workspace, task: LoadedTask, edits: list[Edit]) -> list[str]:
    """Apply edits in order; returns notes on skipped protected files. EditError on failure."""
    notes = []
    for edit in edits:
        try:
            path = workspace.resolve(edit.path)
        except ToolError as exc:
            raise EditError(f"{edit.path}: {exc}") from exc
        if task.is_protected(edit.path):
            notes.append(f"{edit.path}: protected by the task, edit ignored")
            continue
        if edit.content is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(edit.content, encoding="utf-8")
            continue
        _apply_replace(path, edit)
    return notes


def _apply_replace(path, edit: Edit) -> None:
    search, replace = edit.search or "", edit.replace or ""
    if not path.exists():
        if search.strip():
            raise EditError(f"{edit.path}: file does not exist, cannot search in it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(replace, encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    count = text.count(search) if search else 0
    if count != 1:
        raise EditError(f"{edit.path}: SEARCH text found {count} times (must be exactly once)")
    path.write_text(text.replace(search, replace, 1), encoding="utf-8")
