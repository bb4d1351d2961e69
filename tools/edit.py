"""Editing tools: replace_in_file (exact, unique match), write_file and reset_workspace.

Files the task protects (tests, configs) cannot be edited: the scorer would put them back anyway.
"""

from __future__ import annotations

from pydantic import Field

from harness.errors import ToolError
from tools.base import Args, ToolContext, ToolSpec


def _editable(ctx: ToolContext, rel: str) -> None:
    path = ctx.workspace.resolve(rel)
    name = path.relative_to(ctx.workspace.root.resolve()).as_posix()
    if ctx.task.is_protected(name):
        raise ToolError(f"{rel} is protected by the task (tests and configs stay as they are)")


class ReplaceArgs(Args):
    path: str = Field(description="File to edit, relative to the workspace root.")
    old: str = Field(min_length=1, description="Exact text to replace; must occur exactly once.")
    new: str = Field(description="Replacement text.")


def replace_in_file(ctx: ToolContext, args: ReplaceArgs) -> str:
    _editable(ctx, args.path)
    path = ctx.workspace.resolve(args.path)
    if not path.is_file():
        raise ToolError(f"{args.path} does not exist (use write_file to create it)")
    text = path.read_text(encoding="utf-8")
    count = text.count(args.old)
    if count == 0:
        raise ToolError(
            f"the text to replace was not found in {args.path}; read the file and copy it exactly"
        )
    if count > 1:
        raise ToolError(f"the text to replace occurs {count} times in {args.path}; include more context")
    path.write_text(text.replace(args.old, args.new, 1), encoding="utf-8")
    return f"replaced 1 occurrence in {args.path}"


class WriteArgs(Args):
    path: str = Field(description="File to create or overwrite, relative to the workspace root.")
    content: str = Field(description="The whole new content of the file.")


def write_file(ctx: ToolContext, args: WriteArgs) -> str:
    _editable(ctx, args.path)
    path = ctx.workspace.resolve(args.path)
    if path.is_dir():
        raise ToolError(f"{args.path} is a folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(args.content, encoding="utf-8")
    return f"wrote {args.path} ({len(args.content.splitlines())} lines)"


class ResetArgs(Args):
    pass


def reset_workspace(ctx: ToolContext, args: ResetArgs) -> str:
    ctx.workspace.reset()
    return "workspace reset to the original code"


TOOLS = [
    ToolSpec(
        "replace_in_file", "Replace one exact, unique piece of text in a file.", ReplaceArgs, replace_in_file
    ),
    ToolSpec("write_file", "Create or overwrite a whole file.", WriteArgs, write_file),
    ToolSpec("reset_workspace", "Undo every change: back to the original code.", ResetArgs, reset_workspace),
]
