"""A loopback HTTP server speaking the OpenAI chat-completions shape, answering from scripts.

Tests point litellm's real HTTP path at it::

    register_script("demo", ["hello"])
    with ScriptedServer() as srv:
        litellm.completion(model="openai/demo", api_base=srv.api_base, api_key="x", messages=...)

The request's `model` field names the script (`agents.scripts`). A `ScriptError(status)` entry is
answered with that HTTP status and an OpenAI-style error body, so retries can be tested over HTTP.
Only non-streaming `POST .../chat/completions` is served. This module does not import litellm.
"""

from __future__ import annotations

import itertools
import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from agents.scripts import Fault, Reply, ScriptError, get_script, openai_message, usage_of

__all__ = ["ScriptedServer"]

logger = logging.getLogger(__name__)

_response_ids = itertools.count(1)


def _error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "scripted_error", "code": status}}


def _completion_body(model: str, messages: list[dict[str, Any]], reply: Reply) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-scripted-{next(_response_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": openai_message(reply), "finish_reason": reply.finish_reason}],
        "usage": usage_of(messages, reply),
    }


def answer(body: dict[str, Any]) -> tuple[int, dict[str, Any], Fault | ScriptError | None]:
    """The HTTP status and JSON body answering one request, plus the fault or error behind it."""
    if body.get("stream"):
        return 400, _error_body(400, "ScriptedServer does not stream"), None
    model = str(body.get("model", ""))
    messages = body.get("messages", [])
    try:
        reply = get_script(model).next_reply(messages, body.get("tools"))
    except KeyError as err:
        return 404, _error_body(404, str(err)), None
    except LookupError as err:
        return 400, _error_body(400, str(err)), None
    if isinstance(reply, ScriptError):
        return reply.status, _error_body(reply.status, reply.message), reply
    if isinstance(reply, Fault):
        normal = Reply(content="(answer after a delay)") if reply.kind == "hang" else Reply(content="")
        return 200, _completion_body(model, messages, normal), reply
    return 200, _completion_body(model, messages, reply), None


class _Handler(BaseHTTPRequestHandler):
    """Serves one request; the owning `ScriptedServer` is reachable as `self.server.owner`."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError as err:
            self._send(400, _error_body(400, f"invalid JSON: {err}"))
            return
        owner: ScriptedServer = self.server.owner  # type: ignore[attr-defined]
        owner.record(self.path, body)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, _error_body(404, f"no route {self.path}"))
            return
        status, payload, cause = answer(body)
        if isinstance(cause, Fault):
            self._fault(cause, payload)
            return
        retry_after = cause.retry_after if isinstance(cause, ScriptError) else None
        self._send(status, payload, retry_after=retry_after)

    def _fault(self, fault: Fault, payload: dict[str, Any]) -> None:
        """Misbehave as the fault says (used to test that no fault loses an attempt)."""
        if fault.kind == "reset":
            self.close_connection = True
            self.connection.close()
        elif fault.kind == "cut":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(json.dumps(payload).encode()[:40])
            self.close_connection = True
        elif fault.kind == "invalid_json":
            self._send_raw(200, b'{"id": "x", "choices": [ this is not json')
        elif fault.kind == "empty_choices":
            self._send(200, {**payload, "choices": []})
        else:  # hang, then answer: the client's timeout should fire first
            time.sleep(fault.seconds)
            self._send(200, payload)

    def _send(self, status: int, payload: dict[str, Any], retry_after: float | None = None) -> None:
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        self._send_raw(status, json.dumps(payload).encode(), headers)

    def _send_raw(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            logger.debug("ScriptedServer: client went away")

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("ScriptedServer: " + format, *args)


class ScriptedServer:
    """OpenAI-compatible server on 127.0.0.1 and a free port, answering from registered scripts.

    `requests` lists the JSON bodies received (every POST, in order), so a test can assert what
    was sent (tools, temperature) or that nothing was sent at all.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._httpd = ThreadingHTTPServer((host, 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.owner = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        return int(self._httpd.server_address[1])

    @property
    def api_base(self) -> str:
        """The base URL to pass as litellm's `api_base`, e.g. `http://127.0.0.1:PORT/v1`."""
        return f"http://127.0.0.1:{self.port}/v1"

    def record(self, path: str, body: dict[str, Any]) -> None:
        """Remember one received request (called from handler threads)."""
        with self._lock:
            self.paths.append(path)
            self.requests.append(body)

    def start(self) -> ScriptedServer:
        """Serve in a daemon thread until `stop()`."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="ScriptedServer",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
