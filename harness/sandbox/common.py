"""Pieces shared by the subprocess-based backends: limits, process-group kill, bounded output."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from harness.protocols import ExecResult, ExitStatus, Limits

MB = 1024 * 1024


def rlimit_setter(limits: Limits, *, address_space: bool) -> Callable[[], None]:
    """A preexec function: new session (so the group can be killed) plus rlimits. An address-space
    cap is only a fallback for a missing memory cgroup, and callers skip it for C: sanitizer
    binaries reserve terabytes of address space and cannot start under one."""

    def apply() -> None:
        os.setsid()
        cpu = limits.cpu_seconds
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        size = limits.file_size_mb * MB
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
        if address_space:
            mem = limits.memory_mb * MB
            resource.setrlimit(resource.RLIMIT_AS, (mem, mem))

    return apply


def _read_bounded(stream, budget: int, sink: list[bytes], flags: list[bool]) -> None:
    kept = 0
    while chunk := stream.read(65536):
        room = budget - kept
        sink.append(chunk[:room])
        kept += min(len(chunk), room)
        if len(chunk) > room:
            flags[0] = True  # dropped bytes; keep draining so the child never blocks on a full pipe


def run_process(
    argv: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    limits: Limits,
    preexec: Callable[[], None],
    backend: str,
    isolated: bool,
) -> ExecResult:
    """Run argv in its own process group; kill the whole group at the wall-clock limit."""
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=preexec,
    )
    sink: list[bytes] = []
    truncated = [False]
    reader = threading.Thread(
        target=_read_bounded, args=(proc.stdout, limits.output_bytes, sink, truncated), daemon=True
    )
    reader.start()
    timed_out = False
    try:
        proc.wait(timeout=limits.timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc.pid)
        proc.wait()
    finally:
        kill_group(proc.pid)  # stragglers that left the main process behind
    reader.join(timeout=5)
    return ExecResult(
        status=_status(proc.returncode, timed_out),
        exit_code=proc.returncode if proc.returncode >= 0 else None,
        output=b"".join(sink).decode("utf-8", "replace"),
        truncated=truncated[0],
        seconds=round(time.monotonic() - start, 3),
        backend=backend,
        isolated=isolated,
    )


def kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _status(code: int, timed_out: bool) -> ExitStatus:
    if timed_out:
        return ExitStatus.TIMEOUT
    if code == 0:
        return ExitStatus.OK
    if code < 0 or code == 137:
        return ExitStatus.KILLED
    return ExitStatus.FAILED
