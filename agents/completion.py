"""The typed result of one model call, independent of litellm's response classes."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agents.usage import Usage

__all__ = ["Completion", "ToolCall", "to_completion"]


class ToolCall(BaseModel):
    """One tool call requested by the model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="The call id; the tool result message must quote it.")
    name: str = Field(description="The tool (function) name.")
    arguments: str = Field(description="The raw JSON arguments string, exactly as the model sent it.")

    def parsed_arguments(self) -> Any:
        """The arguments decoded from JSON; raises `json.JSONDecodeError` on malformed ones."""
        return json.loads(self.arguments) if self.arguments.strip() else {}


class Completion(BaseModel):
    """One assistant turn plus what it cost."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    content: str | None = Field(default=None, description="The text of the reply, if any.")
    tool_calls: list[ToolCall] = Field(default_factory=list, description="Requested tool calls.")
    finish_reason: str | None = Field(
        default=None, description="Why generation stopped: stop, tool_calls, length, ..."
    )
    usage: Usage = Field(default_factory=Usage, description="Usage of this call alone.")
    message: dict[str, Any] = Field(
        description="The assistant message in OpenAI format, ready to append to the history."
    )


def to_completion(response: Any, usage: Usage) -> Completion:
    """A litellm `ModelResponse` as our `Completion` (tool arguments kept as raw JSON)."""
    if not getattr(response, "choices", None):
        from harness.errors import ModelError

        raise ModelError("the model API answered with no choices")
    choice = response.choices[0]
    message = choice.message
    calls = [
        ToolCall(
            id=call.id or f"call_{index}",
            name=call.function.name or "",
            arguments=call.function.arguments or "",
        )
        for index, call in enumerate(message.tool_calls or [])
    ]
    history: dict[str, Any] = {"role": "assistant", "content": message.content}
    if calls:
        history["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in calls
        ]
    return Completion(
        content=message.content,
        tool_calls=calls,
        finish_reason=choice.finish_reason,
        usage=usage,
        message=history,
    )
