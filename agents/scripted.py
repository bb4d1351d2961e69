"""The `scripted` model family: a litellm provider and a loopback server answering from scripts.

Shipped in the package so tests and a keyless CLI run use the same code path as real models::

    from agents.scripted import register_script, register_scripted, ScriptError
    register_scripted()
    register_script("demo", [ScriptError(429), [{"name": "read_file", "arguments": {"path": "a"}}]])
    litellm.completion(model="scripted/demo", messages=[...], tools=[...])

`ScriptedLLM` goes through the real `litellm.completion` path (parameter mapping, exception
mapping, response objects); `ScriptedServer` goes through litellm's real OpenAI HTTP client. Both
read the same script registry (`agents.scripts`). Importing this module imports litellm (after
`configure_offline()`); `agents.models` imports it lazily, only when a model is called.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from agents.models import configure_offline

configure_offline()

import litellm  # noqa: E402  (must follow configure_offline)
from litellm.llms.custom_llm import CustomLLM, CustomLLMError  # noqa: E402

from agents.scripted_server import ScriptedServer  # noqa: E402
from agents.scripts import (  # noqa: E402
    Fault,
    Reply,
    Script,
    ScriptError,
    clear_scripts,
    get_script,
    openai_message,
    register_script,
    usage_of,
)

__all__ = [
    "PROVIDER",
    "Reply",
    "Script",
    "ScriptError",
    "ScriptedLLM",
    "ScriptedServer",
    "clear_scripts",
    "get_script",
    "register_script",
    "register_scripted",
]

logger = logging.getLogger(__name__)

PROVIDER = "scripted"
"""The litellm provider prefix: `model="scripted/<script name>"`."""

_response_ids = itertools.count(1)


class ScriptedLLM(CustomLLM):
    """A litellm custom provider whose answers come from the script named by the model string.

    A `ScriptError(status)` entry is raised as `CustomLLMError(status)`, which litellm maps to its
    own exception for that status (429 -> RateLimitError, 401 -> AuthenticationError, ...).
    """

    def completion(self, *args: Any, **kwargs: Any) -> litellm.ModelResponse:
        """Answer one request: litellm passes `model` (without the prefix), `messages`, params."""
        model: str = kwargs["model"]
        messages: list[dict[str, Any]] = kwargs["messages"]
        tools = (kwargs.get("optional_params") or {}).get("tools")
        reply = _next_reply(model, messages, tools)
        return litellm.ModelResponse(
            id=f"chatcmpl-scripted-{next(_response_ids)}",
            model=model,
            choices=[
                {
                    "index": 0,
                    "message": openai_message(reply),
                    "finish_reason": reply.finish_reason,
                }
            ],
            usage=usage_of(messages, reply),
        )

    async def acompletion(self, *args: Any, **kwargs: Any) -> litellm.ModelResponse:
        """The async path: the same answer, computed synchronously (scripts are instant)."""
        return self.completion(*args, **kwargs)


def _next_reply(model: str, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> Reply:
    """The script's next reply, with registry and script failures raised as API errors."""
    try:
        reply = get_script(model).next_reply(messages, tools)
    except KeyError as err:
        raise CustomLLMError(status_code=404, message=str(err)) from err
    except LookupError as err:
        raise CustomLLMError(status_code=400, message=str(err)) from err
    if isinstance(reply, ScriptError):
        logger.debug("script %s raises scripted HTTP %s", model, reply.status)
        raise CustomLLMError(status_code=reply.status, message=reply.message)
    if isinstance(reply, Fault):
        raise CustomLLMError(status_code=503, message=f"scripted transport fault: {reply.kind}")
    return reply


def register_scripted() -> None:
    """Register the `scripted` provider in `litellm.custom_provider_map` (idempotent)."""
    if any(item.get("provider") == PROVIDER for item in litellm.custom_provider_map):
        return
    litellm.custom_provider_map = [
        *litellm.custom_provider_map,
        {"provider": PROVIDER, "custom_handler": ScriptedLLM()},
    ]
