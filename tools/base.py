"""What every agent tool shares: the context it acts on, its spec, and the dispatcher.

A tool is a function `(ctx, args) -> str` with a pydantic argument model whose JSON schema is
sent to the model. Bad arguments, unknown tools and refused paths come back to the model as
error observations (`ToolResult.error`); they never end the attempt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.errors import ToolError
from harness.protocols import Sandbox
from harness.tasks import LoadedTask
from harness.workspace import Workspace


class Args(BaseModel):
    """Base for tool arguments: unknown keys are errors the model sees."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class ToolContext:
    """The world a tool may touch: one workspace, its task's public parts, one sandbox."""

    workspace: Workspace
    task: LoadedTask
    sandbox: Sandbox
    output_chars: int = 8000
    submitted: bool = False
    test_runs: int = 0
    notes: list[str] = field(default_factory=list)

    def clip(self, text: str) -> str:
        if len(text) <= self.output_chars:
            return text
        half = self.output_chars // 2
        cut = len(text) - 2 * half
        return f"{text[:half]}\n... [{cut} characters cut] ...\n{text[-half:]}"


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    args: type[Args]
    run: Callable[[ToolContext, Any], str]

    def schema(self) -> dict[str, Any]:
        """The OpenAI function-calling description of this tool."""
        params = self.args.model_json_schema()
        params.pop("title", None)
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": params},
        }


@dataclass(frozen=True)
class ToolResult:
    content: str
    error: bool = False


def parse_arguments(raw: str | dict[str, Any] | None) -> dict[str, Any]:
    if raw is None or raw == "":
        return {}
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ToolError(f"arguments are not valid JSON ({exc.msg} at position {exc.pos})") from exc
    if not isinstance(value, dict):
        raise ToolError("arguments must be a JSON object")
    return value


def dispatch(tools: dict[str, ToolSpec], ctx: ToolContext, name: str, raw: str | dict | None) -> ToolResult:
    """Run one tool call; every mistake becomes an error observation for the model."""
    spec = tools.get(name)
    if spec is None:
        return ToolResult(f"unknown tool {name!r}; available: {', '.join(sorted(tools))}", error=True)
    try:
        args = spec.args.model_validate(parse_arguments(raw))
        return ToolResult(ctx.clip(spec.run(ctx, args)))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'arguments'}: {e['msg']}" for e in exc.errors()
        )
        return ToolResult(f"bad arguments for {name}: {problems}", error=True)
    except ToolError as exc:
        return ToolResult(f"{name} failed: {exc}", error=True)
