"""An on-disk cache of model responses, keyed by the sha256 of the full request.

One JSON file per request under `<folder>/<key[:2]>/<key>.json`, written atomically, so several
processes may share a folder. The key covers what decides the answer (model, messages, tools,
temperature, seed, max_tokens and extra params), never transport details (api_base, key, timeout).

A hit comes back with `usage.cached` true, zero latency and zero retries, but keeps the stored token
counts and cost: a replay then makes the same budget decisions as the original run, and a report
can tell money spent from money saved by `cached_calls`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agents.completion import Completion

__all__ = ["ResponseCache", "request_key"]

logger = logging.getLogger(__name__)


def request_key(request: dict[str, Any]) -> str:
    """sha256 hex digest of the request as canonical JSON (sorted keys, compact)."""
    text = json.dumps(request, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class ResponseCache:
    """Stores completions by request key; a hit is marked cached with zero latency on read."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        """Where the entry for `key` lives."""
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Completion | None:
        """The stored completion for `key`, or None (missing or unreadable entries are misses)."""
        path = self.path(key)
        try:
            completion = Completion.model_validate_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValidationError) as err:
            logger.warning("ignoring unreadable cache entry %s: %s", path, err)
            return None
        usage = completion.usage.model_copy(
            update={"latency": 0.0, "retries": 0, "calls": 1, "cached_calls": 1}
        )
        return completion.model_copy(update={"usage": usage})

    def put(self, key: str, completion: Completion) -> None:
        """Store `completion` under `key` (atomic replace)."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(completion.model_dump_json(indent=1))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
