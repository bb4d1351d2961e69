"""The warm Node helper behind the JavaScript checks: one process per Python process.

`harness/scoring/js/helper.mjs` parses (acorn) and lints (ESLint + eslint-plugin-sonarjs) source
*texts* sent as JSON lines; it never loads candidate code, which only runs in the sandbox. The
process starts on first use, is shared by every thread (one request at a time), and is restarted
when it dies or stops answering. Answers are cached by (operation, path, text), so the original
tree is analysed once per process.
"""

from __future__ import annotations

import json
import logging
import os
import select
import shutil
import subprocess
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from harness.errors import InfraError

log = logging.getLogger(__name__)

JS_DIR = Path(__file__).resolve().parent / "js"
HELPER = JS_DIR / "helper.mjs"
SETUP_HINT = "run `make setup` (it runs `npm ci --prefix harness/scoring/js`)"


class HelperFailed(InfraError):
    """The helper process died, answered garbage or did not answer in time."""


class NodeHelper:
    """A lazily started `node helper.mjs` speaking JSON lines over stdin/stdout."""

    def __init__(self, script: Path = HELPER, timeout: float = 30.0) -> None:
        self.script = script
        self.timeout = timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._next_id = 0
        self._buffer = b""

    def request(self, op: str, **payload: Any) -> dict[str, Any]:
        """Send one request and return its `result`; a helper-side error raises ValueError."""
        with self._lock:
            self._next_id += 1
            message = {"id": self._next_id, "op": op, **payload}
            try:
                answer = self._exchange(message)
            except HelperFailed:
                log.warning("JavaScript helper failed; restarting it once")
                self.close()
                try:
                    answer = self._exchange(message)
                except HelperFailed:
                    self.close()
                    raise
        if not answer.get("ok"):
            raise ValueError(str(answer.get("error", "unknown helper error")))
        result: dict[str, Any] = answer["result"]
        return result

    def close(self) -> None:
        """Stop the process (it is started again on the next request)."""
        proc, self._proc = self._proc, None
        self._buffer = b""
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def _start(self) -> subprocess.Popen[bytes]:
        node = shutil.which("node")
        if node is None:
            raise InfraError(f"node is not installed: {SETUP_HINT}")
        if not (JS_DIR / "node_modules" / "eslint-plugin-sonarjs").is_dir():
            raise InfraError(f"the JavaScript scorer's packages are missing in {JS_DIR}: {SETUP_HINT}")
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process
        self._proc = subprocess.Popen(
            [node, str(self.script)],
            cwd=JS_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            bufsize=0,
            env={"PATH": "/usr/local/bin:/usr/bin:/bin", "NODE_ENV": "production"},
        )
        return self._proc

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        proc = self._proc if self._proc is not None and self._proc.poll() is None else self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(json.dumps(message).encode() + b"\n")
            proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise HelperFailed(
                f"JavaScript helper not accepting input: {exc}; {self._stderr_tail()}"
            ) from exc
        while True:
            try:
                answer = json.loads(self._read_line(proc))
            except ValueError as exc:
                raise HelperFailed(f"JavaScript helper answered garbage: {exc}") from exc
            if isinstance(answer, dict) and answer.get("id") == message["id"]:
                return answer

    def _read_line(self, proc: subprocess.Popen[bytes]) -> bytes:
        """One line of output, waiting at most `timeout` seconds for each chunk."""
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], self.timeout)
            chunk = os.read(fd, 1 << 16) if ready else b""
            if not chunk:
                self._buffer = b""
                reason = "exited" if ready else "did not answer in time"
                raise HelperFailed(f"JavaScript helper {reason}: {self._stderr_tail()}")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        text = self._stderr.read().decode(errors="replace").strip()
        return text[-500:] or "(no output)"


_HELPER = NodeHelper()


def helper() -> NodeHelper:
    """The process-wide helper."""
    return _HELPER


EMPTY_MEASURE: dict[str, Any] = {"functions": [], "total": 0, "smells": []}


@lru_cache(maxsize=2048)
def _cached(op: str, path: str, text: str, names: tuple[str, ...]) -> str:
    """The helper's answer as JSON text (immutable, so safe to share from the cache). An input the
    helper could not analyse becomes a result with an `error`, like a file that does not parse."""
    try:
        result = _HELPER.request(op, path=path, text=text, names=list(names))
    except ValueError as exc:
        result = {"error": f"{path}: could not be analysed: {exc}"}
        if op == "measure":
            result.update(EMPTY_MEASURE)
    return json.dumps(result)


def facts(path: str, text: str, names: tuple[str, ...] = ()) -> dict[str, Any]:
    """Parse error, definitions, exports, imports, gaming findings and literals of one file."""
    result: dict[str, Any] = json.loads(_cached("facts", path, text, names))
    return result


def measure(path: str, text: str) -> dict[str, Any]:
    """Per-function cognitive complexity (sonarjs), shapes, file total and smells of one file."""
    result: dict[str, Any] = json.loads(_cached("measure", path, text, ()))
    return result
