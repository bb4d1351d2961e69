"""Per-command cgroups for the process and memory caps (rlimits cannot cap processes for root).

cgroup v1 (separate `pids` and `memory` hierarchies) and v2 (one unified tree) are both handled.
When neither is writable, `CgroupLimits.available` is False and callers fall back to rlimits.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


def _v2() -> bool:
    return (ROOT / "cgroup.controllers").is_file()


def _writable(path: Path) -> bool:
    return path.is_dir() and os.access(path, os.W_OK)


def available() -> bool:
    if _v2():
        return _writable(ROOT)
    return _writable(ROOT / "pids") and _writable(ROOT / "memory")


class CgroupLimits:
    """Creates cgroups for one command; `join()` runs in the child before exec."""

    def __init__(self, processes: int, memory_mb: int) -> None:
        self.name = f"liftbench-{uuid.uuid4().hex[:12]}"
        self.dirs: list[Path] = []
        mem = str(memory_mb * 1024 * 1024)
        if _v2():
            d = ROOT / self.name
            d.mkdir()
            self.dirs.append(d)
            _try_write(ROOT / "cgroup.subtree_control", "+pids +memory")
            _try_write(d / "pids.max", str(processes))
            _try_write(d / "memory.max", mem)
            _try_write(d / "memory.swap.max", "0")
        else:
            pids, memory = ROOT / "pids" / self.name, ROOT / "memory" / self.name
            pids.mkdir()
            memory.mkdir()
            self.dirs += [pids, memory]
            (pids / "pids.max").write_text(str(processes))
            (memory / "memory.limit_in_bytes").write_text(mem)
            _try_write(memory / "memory.memsw.limit_in_bytes", mem)

    def join(self) -> None:
        for d in self.dirs:
            (d / "cgroup.procs").write_text("0")

    def remove(self) -> None:
        for d in self.dirs:
            for pid in _read_procs(d):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, 9)
            with contextlib.suppress(OSError):
                d.rmdir()


def _read_procs(d: Path) -> list[int]:
    try:
        return [int(x) for x in (d / "cgroup.procs").read_text().split()]
    except OSError:
        return []


def _try_write(path: Path, value: str) -> None:
    with contextlib.suppress(OSError):
        path.write_text(value)


@contextlib.contextmanager
def cgroup_limits(processes: int, memory_mb: int) -> Iterator[CgroupLimits | None]:
    """Yield a fresh cgroup, or None when cgroups cannot be used here."""
    if not available():
        yield None
        return
    try:
        group = CgroupLimits(processes, memory_mb)
    except OSError:
        yield None
        return
    try:
        yield group
    finally:
        group.remove()
