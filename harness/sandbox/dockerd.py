"""Find a running Docker engine, or start a local one with network-safe flags.

A plain `dockerd` rewrites the host's firewall (iptables NAT and FORWARD rules) and turns on IP
forwarding. liftbench containers only ever use `network_mode="none"`, so the engine is started
with its networking switched off (`SAFE_FLAGS`); it must never be started without them.

    python -m harness.sandbox.dockerd      # start (or find) the engine; exit 1 with the reason
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import docker
from docker.errors import DockerException

log = logging.getLogger(__name__)

SOCKET = "unix:///var/run/docker.sock"
PID_FILE = Path("/var/run/docker.pid")
LOG_FILE = Path("/var/log/liftbench-dockerd.log")
SAFE_FLAGS = (
    "--storage-driver=overlay2",
    "--bridge=none",  # no docker0 bridge
    "--iptables=false",  # leave the host firewall alone
    "--ip-masq=false",  # no NAT rules
    "--ip-forward=false",  # without it dockerd sets net.ipv4.ip_forward=1 (measured here)
)
DOCKERD_CANDIDATES = ("/usr/sbin/dockerd", "/usr/bin/dockerd")

_started: list[subprocess.Popen[bytes]] = []  # keeps our child referenced (no ResourceWarning)


def ping(base_url: str | None = None, timeout: float = 3.0) -> bool:
    """True when an engine answers at `base_url` (default: the environment's DOCKER_HOST)."""
    try:
        if base_url is None:
            client = docker.from_env(timeout=int(max(timeout, 1)))
        else:
            client = docker.DockerClient(base_url=base_url, timeout=int(max(timeout, 1)))
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (DockerException, OSError):
        return False


def find_dockerd() -> str | None:
    """The dockerd executable, looked up on PATH and in the usual sbin folders."""
    found = shutil.which("dockerd")
    if found:
        return found
    return next((c for c in DOCKERD_CANDIDATES if os.access(c, os.X_OK)), None)


def dockerd_argv(exe: str) -> list[str]:
    """The exact command line used to start the engine: the safe flags are not optional."""
    return [exe, *SAFE_FLAGS, "--host", SOCKET]


def _pid_alive(pid_file: Path) -> bool:
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


def start_dockerd(exe: str, log_file: Path = LOG_FILE) -> subprocess.Popen[bytes]:
    """Start dockerd in the background, in its own session, logging to `log_file`."""
    argv = dockerd_argv(exe)
    log.info("starting %s (log: %s)", " ".join(argv), log_file)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as sink:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # survives the caller; not killed with a test's group
            close_fds=True,
        )
    _started.append(proc)
    return proc


def _log_tail(log_file: Path, lines: int = 5) -> str:
    try:
        return " | ".join(log_file.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for_engine(
    proc: subprocess.Popen[bytes] | None, wait: float, log_file: Path = LOG_FILE
) -> str | None:
    """Poll the socket for up to `wait` seconds; a reason string if the engine never answers."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if ping(SOCKET, timeout=2.0):
            return None
        if proc is not None and proc.poll() is not None:
            return f"dockerd exited with code {proc.returncode}: {_log_tail(log_file)}"
        time.sleep(0.2)
    return f"dockerd did not answer at {SOCKET} within {wait:.0f} s: {_log_tail(log_file)}"


def ensure_engine(wait: float = 20.0) -> str | None:
    """Make sure an engine answers; None when it does, else the reason none can run here."""
    if ping():
        return None
    host = os.environ.get("DOCKER_HOST")
    if host and host != SOCKET:
        return f"DOCKER_HOST={host} is not reachable; unset it to let liftbench start dockerd"
    exe = find_dockerd()
    if exe is None:
        return "no Docker engine and no dockerd: install it with `apt-get install -y docker.io`"
    if os.geteuid() != 0:
        return f"no Docker engine at {SOCKET}, and starting dockerd needs root"
    proc = None
    if _pid_alive(PID_FILE):
        log.info("dockerd already running (pid file %s); waiting for its socket", PID_FILE)
    else:
        proc = start_dockerd(exe)
    started = time.monotonic()
    reason = wait_for_engine(proc, wait)
    if reason is None:
        log.info("Docker engine ready after %.2f s", time.monotonic() - started)
    return reason


def main() -> int:
    """CLI: start or find the engine; print the reason and exit 1 when none can run."""
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    reason = ensure_engine()
    if reason is not None:
        print(f"no Docker engine: {reason}", file=sys.stderr)
        return 1
    print(f"Docker engine ready at {os.environ.get('DOCKER_HOST', SOCKET)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
