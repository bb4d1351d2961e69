"""The seams of liftbench, named once. Fakes satisfy these without inheriting from them."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field


class ExitStatus(StrEnum):
    """How a sandboxed command ended."""

    OK = "ok"  # exited with code 0
    FAILED = "failed"  # exited with a non-zero code
    TIMEOUT = "timeout"  # wall-clock limit hit; whole process group killed
    KILLED = "killed"  # killed by a signal (memory or CPU limit, usually)


class ExecResult(BaseModel):
    """The outcome of one sandboxed command. Exit codes decide; output is kept for people."""

    model_config = ConfigDict(frozen=True)

    status: ExitStatus
    exit_code: int | None = Field(
        description="Exit code (137 for a kill by the memory cap), or None when killed by another signal."
    )
    output: str = Field(description="Combined stdout and stderr, truncated to the output budget.")
    truncated: bool = False
    seconds: float
    backend: str = Field(description="bwrap, docker or local.")
    isolated: bool = Field(description="False for the `local` backend: no filesystem/network isolation.")

    @property
    def ok(self) -> bool:
        return self.status is ExitStatus.OK

    def tail(self, chars: int = 2000) -> str:
        return self.output[-chars:]


class Mount(BaseModel):
    """An extra folder shown inside the sandbox (hidden tests, the original tree)."""

    model_config = ConfigDict(frozen=True)

    source: Path
    target: str  # absolute path inside the sandbox
    writable: bool = False


class Limits(BaseModel):
    """Resource limits for one command."""

    model_config = ConfigDict(frozen=True)

    timeout: float = 60.0
    memory_mb: int = 1024
    cpu_seconds: int = 60
    processes: int = 128
    file_size_mb: int = 64
    output_bytes: int = 256_000


@runtime_checkable
class Sandbox(Protocol):
    """Runs a command with a workspace folder mounted writable at `WORKDIR`.

    Nothing else on the host is writable; there is no network; the limits hold; on timeout the
    whole process tree is killed. `language` picks the runtime (python, javascript, c).
    """

    name: str
    isolated: bool

    def run(
        self,
        cmd: str,
        workspace: Path,
        *,
        language: str,
        limits: Limits,
        mounts: tuple[Mount, ...] = (),
        env: dict[str, str] | None = None,
    ) -> ExecResult: ...


WORKDIR = "/ws"
"""Where the workspace appears inside every sandbox backend."""
