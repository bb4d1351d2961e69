"""The Docker backend: one throw-away container per command, from an offline-built image.

Each command runs as `/bin/sh -c CMD` in a fresh container of `liftbench-<language>` (built by
`python -m harness.sandbox.images`) with no network, a read-only root, a tmpfs /tmp, the
workspace bound read-write at /ws, every capability dropped, and memory, process, CPU and file
size caps. Output is streamed from the container (the log driver is off, so an output bomb never
reaches the disk) and kept up to the output budget. The container is always removed.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docker
import requests
from docker.errors import DockerException, ImageNotFound
from docker.models.containers import Container
from docker.types import LogConfig, Ulimit
from docker.types import Mount as DockerMount

from harness.errors import InfraError, SandboxError
from harness.protocols import WORKDIR, ExecResult, ExitStatus, Limits, Mount
from harness.sandbox.dockerd import SAFE_FLAGS
from harness.sandbox.runtime import SYSTEM_PATH, sandbox_env

log = logging.getLogger(__name__)

MB = 1024 * 1024
LANGUAGES = ("python", "javascript", "c")
IMAGE_PREFIX = "liftbench-"
SIGNAL_EXITS = {128 + signal.SIGKILL, 128 + signal.SIGXCPU}  # memory/pids kill, CPU rlimit
READ_CHUNK = 65536


IMAGE_VERSION = "2"  # 2: `python` names python3 (task commands say `python`)


def image_name(language: str) -> str:
    """The image that runs `language`; InfraError for a language we do not have. The tag is the
    image recipe's version, so a changed recipe is a new image, never a stale one reused."""
    if language not in LANGUAGES:
        raise InfraError(f"no Docker image for language {language!r}: use one of {LANGUAGES}")
    return f"{IMAGE_PREFIX}{language}:{IMAGE_VERSION}"


def connect() -> docker.DockerClient:
    """A client for the environment's engine; SandboxError with the fix when it does not answer."""
    where = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    try:
        client = docker.from_env(timeout=30)
        client.ping()
    except (DockerException, requests.RequestException) as exc:
        raise SandboxError(
            f"Docker engine not reachable at {where} ({exc}): start one with "
            f"`python -m harness.sandbox.dockerd` (dockerd {' '.join(SAFE_FLAGS)})"
        ) from exc
    return client


def container_config(
    cmd: str, workspace: Path, limits: Limits, mounts: tuple[Mount, ...], env: dict[str, str]
) -> dict[str, Any]:
    """Keyword arguments for `containers.create`: every isolation and limit in one place."""
    binds = [DockerMount(WORKDIR, str(workspace.resolve()), type="bind", read_only=False)]
    binds += [
        DockerMount(m.target, str(m.source.resolve()), type="bind", read_only=not m.writable) for m in mounts
    ]
    fsize = limits.file_size_mb * MB
    return {
        "command": ["/bin/sh", "-c", cmd],
        "working_dir": WORKDIR,
        "environment": env,
        "user": f"{os.getuid()}:{os.getgid()}",  # files in /ws stay owned by the caller
        "network_mode": "none",
        "read_only": True,
        "tmpfs": {"/tmp": f"rw,exec,nosuid,nodev,size={limits.memory_mb}m"},
        "mounts": binds,
        "mem_limit": f"{limits.memory_mb}m",
        "memswap_limit": f"{limits.memory_mb}m",
        "pids_limit": limits.processes,
        "nano_cpus": 1_000_000_000,
        "ulimits": [
            Ulimit(name="nofile", soft=1024, hard=1024),
            Ulimit(name="fsize", soft=fsize, hard=fsize),
            Ulimit(name="cpu", soft=limits.cpu_seconds, hard=limits.cpu_seconds + 1),
            Ulimit(name="core", soft=0, hard=0),
        ],
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "log_config": LogConfig(type=LogConfig.types.NONE),
        "stdin_open": False,
        "tty": False,
        "detach": True,
    }


class _Collector:
    """Reads the attached output stream in a thread; keeps the first `budget` bytes."""

    def __init__(self, stream: Iterator[bytes], budget: int) -> None:
        self.budget = budget
        self.chunks: list[bytes] = []
        self.kept = 0
        self.truncated = False
        self.thread = threading.Thread(target=self._drain, args=(stream,), daemon=True)
        self.thread.start()

    def _drain(self, stream: Iterator[bytes]) -> None:
        try:
            for chunk in stream:
                room = self.budget - self.kept
                if len(chunk) > room:
                    self.truncated = True  # keep draining so the container never blocks
                if room > 0:
                    self.chunks.append(chunk[:room])
                    self.kept += min(len(chunk), room)
        except (DockerException, requests.RequestException, OSError) as exc:
            log.debug("output stream ended: %s", exc)

    def text(self, join_timeout: float = 5.0) -> str:
        """The kept output, once the stream has ended (the container has exited)."""
        self.thread.join(timeout=join_timeout)
        return b"".join(self.chunks).decode("utf-8", "replace")


def _status(code: int | None, oom_killed: bool, timed_out: bool) -> ExitStatus:
    if timed_out:
        return ExitStatus.TIMEOUT
    if oom_killed or code in SIGNAL_EXITS:
        return ExitStatus.KILLED
    return ExitStatus.OK if code == 0 else ExitStatus.FAILED


class DockerSandbox:
    """Runs each command in a fresh, removed-afterwards container with `workspace` at /ws."""

    name = "docker"
    isolated = True

    def __init__(self, client: docker.DockerClient | None = None) -> None:
        self.client = client if client is not None else connect()

    def _check_image(self, language: str) -> str:
        image = image_name(language)
        try:
            self.client.images.get(image)
        except ImageNotFound as exc:
            raise SandboxError(
                f"image {image.removesuffix(':latest')} missing: run `make docker-images` "
                f"(python -m harness.sandbox.images --language {language})"
            ) from exc
        except (DockerException, requests.RequestException) as exc:
            raise SandboxError(f"Docker engine failed while looking up {image}: {exc}") from exc
        return image

    def run(
        self,
        cmd: str,
        workspace: Path,
        *,
        language: str,
        limits: Limits,
        mounts: tuple[Mount, ...] = (),
        env: dict[str, str] | None = None,
    ) -> ExecResult:
        """Run `cmd` with `/bin/sh -c` in a fresh container; see the module docstring."""
        image = self._check_image(language)
        config = container_config(cmd, workspace, limits, mounts, sandbox_env(SYSTEM_PATH, env))
        start = time.monotonic()
        try:
            container = self.client.containers.create(image, **config)
        except (DockerException, requests.RequestException) as exc:
            raise SandboxError(f"could not create a {image} container: {exc}") from exc
        try:
            return self._execute(container, limits, start)
        finally:
            _remove(container)

    def _execute(self, container: Container, limits: Limits, start: float) -> ExecResult:
        try:
            stream = container.attach(stdout=True, stderr=True, stream=True, logs=False)
            collector = _Collector(stream, limits.output_bytes)
            container.start()
        except (DockerException, requests.RequestException) as exc:
            raise SandboxError(f"could not start container {container.short_id}: {exc}") from exc
        code, timed_out = _wait(container, limits.timeout - (time.monotonic() - start))
        state = _state(container)
        output = collector.text()
        return ExecResult(
            status=_status(code, bool(state.get("OOMKilled")), timed_out),
            exit_code=None if timed_out else code,
            output=output,
            truncated=collector.truncated,
            seconds=round(time.monotonic() - start, 3),
            backend=self.name,
            isolated=self.isolated,
        )


def _wait(container: Container, timeout: float) -> tuple[int | None, bool]:
    """The exit code, or (None, True) after killing a container that outlived `timeout`."""
    deadline = time.monotonic() + timeout
    try:
        result = container.wait(timeout=max(timeout, 0.01))
        return int(result["StatusCode"]), False
    except requests.RequestException as exc:
        if time.monotonic() < deadline - 0.5:  # failed early: the engine, not the command
            raise SandboxError(f"lost the Docker engine while waiting: {exc}") from exc
        log.info("container %s hit the wall-clock limit; killing it", container.short_id)
    try:
        container.kill()
        container.wait(timeout=30)
    except (DockerException, requests.RequestException) as exc:
        log.debug("kill after timeout: %s", exc)  # it may have just exited on its own
    return None, True


def _state(container: Container) -> dict[str, Any]:
    try:
        container.reload()
    except (DockerException, requests.RequestException) as exc:
        log.warning("could not inspect container %s: %s", container.short_id, exc)
        return {}
    return dict(container.attrs.get("State", {}))


def _remove(container: Container) -> None:
    try:
        container.remove(force=True, v=True)
    except (DockerException, requests.RequestException) as exc:
        log.warning("could not remove container %s: %s", container.short_id, exc)
