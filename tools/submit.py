"""submit: the agent says it is done; the harness then checks the visible tests."""

from __future__ import annotations

from pydantic import Field

from tools.base import Args, ToolContext, ToolSpec


class SubmitArgs(Args):
    summary: str = Field("", description="One or two sentences on what was changed.")


def submit(ctx: ToolContext, args: SubmitArgs) -> str:
    ctx.submitted = True
    return "submitted"


TOOLS = [ToolSpec("submit", "Finish: submit the workspace as it is now.", SubmitArgs, submit)]
