"""Reading tools: list_files, read_file (line ranges) and search (regex over the workspace)."""

from __future__ import annotations

import re

from pydantic import Field

from harness.errors import ToolError
from tools.base import Args, ToolContext, ToolSpec

MAX_MATCHES = 100


class ListFilesArgs(Args):
    path: str = Field(".", description="Folder inside the workspace to list, relative to its root.")


def list_files(ctx: ToolContext, args: ListFilesArgs) -> str:
    base = ctx.workspace.resolve(args.path)
    if not base.is_dir():
        raise ToolError(f"{args.path} is not a folder")
    root = ctx.workspace.root.resolve()
    prefix = base.relative_to(root).as_posix()
    files = [f for f in ctx.workspace.files() if prefix in ("", ".") or f.startswith(prefix + "/")]
    return "\n".join(files) or "(no files)"


class ReadFileArgs(Args):
    path: str = Field(description="File to read, relative to the workspace root.")
    start_line: int = Field(1, ge=1, description="First line to show (1-based).")
    end_line: int | None = Field(None, ge=1, description="Last line to show; default: end of file.")


def read_file(ctx: ToolContext, args: ReadFileArgs) -> str:
    path = ctx.workspace.resolve(args.path)
    if not path.is_file():
        raise ToolError(f"{args.path} is not a file (use list_files)")
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    end = min(args.end_line or len(lines), len(lines))
    if args.start_line > max(len(lines), 1):
        raise ToolError(f"{args.path} has only {len(lines)} lines")
    width = len(str(len(lines)))
    body = [f"{i:>{width}}| {lines[i - 1]}" for i in range(args.start_line, end + 1)]
    return f"{args.path} (lines {args.start_line}-{end} of {len(lines)})\n" + "\n".join(body)


class SearchArgs(Args):
    pattern: str = Field(description="Python regular expression searched line by line.")
    path: str = Field(".", description="Folder or file to search in, relative to the workspace root.")


def search(ctx: ToolContext, args: SearchArgs) -> str:
    try:
        regex = re.compile(args.pattern)
    except re.error as exc:
        raise ToolError(f"invalid regular expression: {exc}") from exc
    base = ctx.workspace.resolve(args.path)
    root = ctx.workspace.root.resolve()
    rel = base.relative_to(root).as_posix()
    hits: list[str] = []
    for name in ctx.workspace.files():
        if rel not in ("", ".") and name != rel and not name.startswith(rel + "/"):
            continue
        text = (root / name).read_text(encoding="utf-8", errors="replace")
        hits += [
            f"{name}:{n}: {line.strip()}" for n, line in enumerate(text.splitlines(), 1) if regex.search(line)
        ]
        if len(hits) >= MAX_MATCHES:
            return "\n".join(hits[:MAX_MATCHES]) + f"\n(stopped at {MAX_MATCHES} matches)"
    return "\n".join(hits) or "no matches"


TOOLS = [
    ToolSpec(
        "list_files", "List the files of the workspace (or of one folder in it).", ListFilesArgs, list_files
    ),
    ToolSpec(
        "read_file", "Show a file with line numbers, optionally a range of lines.", ReadFileArgs, read_file
    ),
    ToolSpec("search", "Search the workspace files for a regular expression.", SearchArgs, search),
]
