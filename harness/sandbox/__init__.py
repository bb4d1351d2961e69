"""Sandbox backends and the `auto` choice (bwrap, then docker, then unisolated local)."""

from __future__ import annotations

import logging
from typing import Literal

from harness.errors import ConfigError, SandboxError
from harness.protocols import Sandbox

log = logging.getLogger(__name__)

BackendName = Literal["auto", "bwrap", "docker", "local"]


def get_sandbox(name: str = "auto") -> Sandbox:
    """Return the named backend; `auto` picks the strongest one that works here."""
    if name == "bwrap":
        from harness.sandbox.bwrap import BwrapSandbox

        return BwrapSandbox()
    if name == "docker":
        from harness.sandbox.docker import DockerSandbox

        return DockerSandbox()
    if name == "local":
        from harness.sandbox.local import LocalSandbox

        return LocalSandbox()
    if name == "auto":
        return _auto()
    raise ConfigError(f"unknown sandbox {name!r}: use auto, bwrap, docker or local")


def _auto() -> Sandbox:
    from harness.sandbox.bwrap import BwrapSandbox, bwrap_available

    if bwrap_available():
        return BwrapSandbox()
    try:
        from harness.sandbox.docker import DockerSandbox

        return DockerSandbox()
    except (SandboxError, ImportError) as exc:
        log.warning("neither bwrap nor docker usable (%s); falling back to UNISOLATED local", exc)
    from harness.sandbox.local import LocalSandbox

    return LocalSandbox()
