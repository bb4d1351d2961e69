"""Start the candidate's C measurement early, so clang-tidy runs on the host while the sandbox
builds (L1) instead of after it.

The ladder asks for `syntax_errors(root, changed)` just before the L1 build and for
`measure(root, files)` just after it. `CChecks.syntax_errors` calls `start` with a guess of the
files `measure` will want (every `.c` file in the folders of the changed ones); `take` hands the
result over only when `measure` asks for exactly those files with exactly the same contents,
otherwise the measurement is simply done again. A result is used once; at most `KEEP` are held.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from harness.scoring.metrics import Measurement

KEEP = 8

Key = tuple[str, str]


def content_key(root: Path, files: list[str]) -> Key:
    """The tree and a digest of the files' names and bytes (missing files count as empty)."""
    digest = hashlib.sha256()
    for rel in sorted(files):
        path = root / rel
        digest.update(rel.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
        digest.update(b"\0")
    return str(root.resolve()), digest.hexdigest()


def guess_files(root: Path, changed: list[str]) -> list[str]:
    """Every `.c` file in the folders of the changed `.c` files: what a C task measures."""
    folders = {(root / rel).parent for rel in changed if rel.endswith(".c")}
    found = {
        p.relative_to(root).as_posix()
        for d in folders
        if d.is_dir() and not d.is_symlink()
        for p in d.glob("*.c")
        if p.is_file() and not p.is_symlink()
    }
    return sorted(found)


class Prefetch:
    """Measurements started ahead of time, keyed by tree and contents."""

    def __init__(self, measure: Callable[[Path, list[str]], Measurement]) -> None:
        self._measure = measure
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="c-measure")
        self._pending: OrderedDict[Key, Future[Measurement]] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, root: Path, files: list[str]) -> None:
        """Begin measuring these files of the tree in the background (once per content)."""
        if not files:
            return
        key = content_key(root, files)
        with self._lock:
            if key in self._pending:
                return
            self._pending[key] = self._pool.submit(self._measure, root, files)
            while len(self._pending) > KEEP:
                self._pending.popitem(last=False)

    def take(self, root: Path, files: list[str]) -> Measurement:
        """The prefetched measurement of exactly these files, else a fresh one."""
        with self._lock:
            future = self._pending.pop(content_key(root, files), None)
        if future is not None:
            return future.result()
        return self._measure(root, files)
