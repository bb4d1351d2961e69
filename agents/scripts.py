"""Scripts for the offline `scripted` model family: what a fake model answers, by name.

A script is registered under a name with `register_script(name, replies_or_fn)` and then answers
both `model="scripted/<name>"` (the litellm provider in `agents.scripted`) and
`model="openai/<name>"` sent to a `ScriptedServer` (the loopback HTTP server).

A script is either

* a list of replies replayed in order, one per request; each reply is a text (`str`), a list of
  tool calls (`[{"name": ..., "arguments": {...}}]`), a `Reply` (text and tool calls together) or
  a `ScriptError` (e.g. `ScriptError(429)`) that the provider or server turns into that API error,
  so "429 then success" is `[ScriptError(429), "ok"]`; or
* a callable `fn(messages, tools) -> reply` deciding from the conversation.

This module does not import litellm.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Fault",
    "Reply",
    "ReplyLike",
    "Script",
    "ScriptError",
    "ScriptFn",
    "clear_scripts",
    "get_script",
    "register_script",
]


@dataclass(frozen=True)
class ScriptError:
    """A scripted API failure: the provider raises it, the server answers with this HTTP status."""

    status: int
    message: str = "scripted error"
    retry_after: float | None = None  # sent as a Retry-After header by the loopback server


@dataclass(frozen=True)
class Fault:
    """A transport fault the loopback server injects instead of a normal answer.

    `reset`: close the connection without answering; `cut`: announce a longer body than is sent,
    then close; `hang`: wait `seconds` before answering normally (a client timeout); `invalid_json`:
    a 200 whose body is not JSON; `empty_choices`: a 200 with no choices. The in-process provider
    has no transport, so it raises a transient HTTP 503 for every fault.
    """

    kind: str
    seconds: float = 0.0


@dataclass(frozen=True)
class Reply:
    """One assistant turn: text, tool calls (`{"name", "arguments": dict | str, "id"?}`) or both."""

    content: str | None = None
    tool_calls: tuple[dict[str, Any], ...] = ()

    @property
    def finish_reason(self) -> str:
        """`tool_calls` when the turn calls tools, else `stop`."""
        return "tool_calls" if self.tool_calls else "stop"


ReplyLike = str | Sequence[dict[str, Any]] | Reply | ScriptError | Fault
ScriptFn = Callable[[list[dict[str, Any]], list[dict[str, Any]] | None], ReplyLike]

_call_ids = itertools.count(1)


def to_reply(item: ReplyLike) -> Reply | ScriptError | Fault:
    """Normalise a script entry into a `Reply`, a `ScriptError` or a `Fault`."""
    if isinstance(item, Reply | ScriptError | Fault):
        return item
    if isinstance(item, str):
        return Reply(content=item)
    return Reply(tool_calls=tuple(dict(call) for call in item))


def openai_message(reply: Reply) -> dict[str, Any]:
    """The reply as an OpenAI-format assistant message (tool arguments as JSON strings)."""
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.tool_calls:
        message["tool_calls"] = [_openai_tool_call(call) for call in reply.tool_calls]
    return message


def _openai_tool_call(call: dict[str, Any]) -> dict[str, Any]:
    arguments = call.get("arguments", {})
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments)
    call_id = call.get("id") or f"call_{next(_call_ids)}"
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": call["name"], "arguments": arguments},
    }


def count_tokens(value: object) -> int:
    """A deliberately simple token count: characters of the JSON text over four, at least 1."""
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
    return max(1, len(text) // 4)


def usage_of(messages: list[dict[str, Any]], reply: Reply) -> dict[str, int]:
    """OpenAI-style usage numbers for one scripted turn."""
    prompt = count_tokens(messages)
    completion = count_tokens((reply.content or "") + json.dumps(list(reply.tool_calls)))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


@dataclass
class Script:
    """A named script plus the requests it has answered (for asserting what was sent)."""

    name: str
    replies: list[ReplyLike] | None = None
    fn: ScriptFn | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def next_reply(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None
    ) -> Reply | ScriptError | Fault:
        """Record the request and return the next reply; raises `LookupError` when exhausted."""
        with self._lock:
            self.requests.append({"messages": messages, "tools": tools})
            if self.fn is not None:
                return to_reply(self.fn(messages, tools))
            assert self.replies is not None
            index = len(self.requests) - 1
            if index >= len(self.replies):
                raise LookupError(
                    f"script {self.name!r} is exhausted: request {index + 1} but only "
                    f"{len(self.replies)} replies"
                )
            return to_reply(self.replies[index])


_SCRIPTS: dict[str, Script] = {}
_REGISTRY_LOCK = threading.Lock()


def register_script(name: str, replies_or_fn: Sequence[ReplyLike] | ScriptFn) -> Script:
    """Register (or replace) the script answering model `scripted/<name>` and `openai/<name>`."""
    if callable(replies_or_fn):
        script = Script(name=name, fn=replies_or_fn)
    else:
        script = Script(name=name, replies=list(replies_or_fn))
    with _REGISTRY_LOCK:
        _SCRIPTS[name] = script
    return script


def get_script(name: str) -> Script:
    """The script registered under `name`; raises `KeyError` with the known names otherwise."""
    with _REGISTRY_LOCK:
        try:
            return _SCRIPTS[name]
        except KeyError:
            raise KeyError(f"no script named {name!r}; registered: {sorted(_SCRIPTS)}") from None


def clear_scripts() -> None:
    """Forget every registered script (tests call this between cases)."""
    with _REGISTRY_LOCK:
        _SCRIPTS.clear()
