"""The Docker backend keeps task code in its box: exit codes, no network, one writable folder,
memory, process, time and output caps. Starts a network-safe dockerd and builds the python image
when they are missing (about a minute, once); skips only when no engine can run here."""

from __future__ import annotations

import os
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.errors import SandboxError
from harness.paths import CONFIGS
from harness.protocols import ExecResult, ExitStatus, Limits, Mount
from harness.sandbox import docker as docker_backend
from harness.sandbox.docker import DockerSandbox, connect
from harness.sandbox.dockerd import ensure_engine
from harness.sandbox.images import build_image, image_exists

pytestmark = pytest.mark.docker

QUICK = Limits(timeout=20, memory_mb=256, processes=64, output_bytes=64_000)


@pytest.fixture(scope="module")
def sandbox() -> DockerSandbox:
    """A Docker backend, starting the engine and building the python image when needed."""
    reason = ensure_engine()
    if reason is not None:
        pytest.skip(reason)
    if not image_exists(connect(), "python"):
        build_image("python")
    return DockerSandbox()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """An empty workspace folder on the host."""
    workspace = tmp_path / "ws"
    workspace.mkdir()
    return workspace


def run(
    sb: DockerSandbox,
    cmd: str,
    ws: Path,
    limits: Limits = QUICK,
    *,
    mounts: tuple[Mount, ...] = (),
    env: dict[str, str] | None = None,
) -> ExecResult:
    """Run `cmd` in the python image."""
    return sb.run(cmd, ws, language="python", limits=limits, mounts=mounts, env=env)


def test_exit_codes_decide_status(sandbox: DockerSandbox, ws: Path) -> None:
    """Exit 0 is OK, any other code is FAILED with that code; results say docker and isolated."""
    ok = run(sandbox, "echo hello", ws)
    bad = run(sandbox, "echo oops >&2; exit 3", ws)
    assert (ok.status, ok.exit_code, ok.output) == (ExitStatus.OK, 0, "hello\n")
    assert (bad.status, bad.exit_code, bad.output) == (ExitStatus.FAILED, 3, "oops\n")
    assert ok.backend == "docker" and ok.isolated


def test_pinned_pytest_runs_in_workspace(sandbox: DockerSandbox, ws: Path) -> None:
    """The image carries the pinned test runner and runs a test file found in /ws."""
    (ws / "test_x.py").write_text("def test_x():\n    assert True\n")
    result = run(sandbox, "python3 -m pytest --version && python3 -m pytest -q", ws)
    assert result.status is ExitStatus.OK, result.output
    lock = (CONFIGS / "runtimes" / "python.lock").read_text()
    pin = re.search(r"^pytest==(\S+)", lock, re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert f"pytest {pin}" in result.output and "1 passed" in result.output


def test_fixed_environment(sandbox: DockerSandbox, ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the small fixed env plus the caller's extras reach task code; host variables do not."""
    monkeypatch.setenv("LIFTBENCH_HOST_SECRET", "leak")
    result = run(sandbox, "env", ws, env={"EXTRA": "yes"})
    assert "EXTRA=yes" in result.output and "HOME=/tmp" in result.output
    assert "LIFTBENCH_HOST_SECRET" not in result.output


def host_addresses() -> list[str]:
    """The host's global IPv4 addresses (read with `ip`; no socket leaves the machine)."""
    try:
        out = subprocess.run(
            ["ip", "-o", "-4", "addr", "show", "scope", "global"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except FileNotFoundError:
        return []
    return [line.split()[3].split("/")[0] for line in out.splitlines() if len(line.split()) > 3]


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, list[str]]]:
    """A TCP listener on every host address, and the addresses to try from inside."""
    server = socket.create_server(("0.0.0.0", 0))
    server.settimeout(0.2)
    addresses = ["127.0.0.1", *host_addresses()]
    yield server, addresses
    server.close()


def test_no_network(sandbox: DockerSandbox, ws: Path, listener: tuple[socket.socket, list[str]]) -> None:
    """Task code sees only a loopback device: host listeners and DNS are unreachable."""
    server, addresses = listener
    port = server.getsockname()[1]
    probe = (
        "import os, socket\n"
        "print('ifaces', sorted(os.listdir('/sys/class/net')))\n"
        f"for ip in {addresses!r}:\n"
        "    try:\n"
        f"        socket.create_connection((ip, {port}), timeout=2); print('CONNECTED', ip)\n"
        "    except OSError as e: print('refused', ip, e)\n"
        "try:\n"
        "    socket.getaddrinfo('deb.debian.org', 80); print('RESOLVED')\n"
        "except OSError as e: print('no dns', e)\n"
    )
    (ws / "probe.py").write_text(probe)
    result = run(sandbox, "python3 probe.py", ws)
    assert "ifaces ['lo']" in result.output, result.output
    assert "CONNECTED" not in result.output and "RESOLVED" not in result.output
    with pytest.raises(TimeoutError):
        server.accept()


def test_cannot_write_outside_workspace(sandbox: DockerSandbox, ws: Path) -> None:
    """The root filesystem is read-only: /usr, /etc and / refuse writes; /tmp is scratch."""
    cmd = "for p in /usr/x /etc/x /x; do touch $p 2>/dev/null && echo WROTE $p; done; touch /tmp/t"
    result = run(sandbox, cmd, ws)
    assert result.status is ExitStatus.OK, result.output
    assert "WROTE" not in result.output


def test_workspace_writes_reach_host(sandbox: DockerSandbox, ws: Path) -> None:
    """A file written under /ws appears in the host workspace, owned by the caller."""
    result = run(sandbox, "echo made > /ws/out.txt", ws)
    assert result.ok, result.output
    assert (ws / "out.txt").read_text() == "made\n"
    assert (ws / "out.txt").stat().st_uid == os.getuid()


def test_unmounted_folders_are_invisible(sandbox: DockerSandbox, ws: Path, tmp_path: Path) -> None:
    """Host folders that are not mounted (hidden tests, the harness itself) do not exist inside."""
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "secret.txt").write_text("answer")
    here = Path(__file__).resolve()
    result = run(sandbox, f"cat {hidden}/secret.txt; test -e {here} && echo SEEN", ws)
    assert result.status is ExitStatus.FAILED
    assert "answer" not in result.output and "SEEN" not in result.output


def test_mounts_read_only_unless_writable(sandbox: DockerSandbox, ws: Path, tmp_path: Path) -> None:
    """A Mount is readable at its target; it is writable only when it says so."""
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "t.txt").write_text("hidden test")
    ro = run(sandbox, "cat /h/t.txt && touch /h/new", ws, mounts=(Mount(source=hidden, target="/h"),))
    assert ro.status is ExitStatus.FAILED and "hidden test" in ro.output
    assert not (hidden / "new").exists()
    rw = Mount(source=hidden, target="/h", writable=True)
    assert run(sandbox, "touch /h/new", ws, mounts=(rw,)).ok
    assert (hidden / "new").exists()


def test_memory_hog_is_killed(sandbox: DockerSandbox, ws: Path) -> None:
    """Allocating past memory_mb ends the command KILLED, well before the wall-clock limit."""
    hog = "python3 -c 'x = []\nwhile True: x.append(bytearray(1 << 20))'"
    result = run(sandbox, hog, ws, Limits(timeout=20, memory_mb=64))
    assert result.status is ExitStatus.KILLED, result.output
    assert result.seconds < 10


def test_fork_bomb_is_contained(sandbox: DockerSandbox, ws: Path) -> None:
    """A fork bomb hits the process cap and is torn down; the host and engine keep working."""
    bomb = "bomb() { bomb | bomb & }; bomb; sleep 60"
    result = run(sandbox, bomb, ws, Limits(timeout=2, processes=32))
    assert result.status in {ExitStatus.TIMEOUT, ExitStatus.FAILED, ExitStatus.KILLED}
    assert result.seconds < 10
    assert run(sandbox, "echo alive", ws).output == "alive\n"
    assert subprocess.run(["true"], check=False).returncode == 0


def test_infinite_loop_times_out(sandbox: DockerSandbox, ws: Path) -> None:
    """A command that never ends is killed at the wall-clock limit and reported TIMEOUT."""
    result = run(sandbox, "while :; do :; done", ws, Limits(timeout=1.5))
    assert (result.status, result.exit_code) == (ExitStatus.TIMEOUT, None)
    assert 1.5 <= result.seconds < 4.5


def test_output_is_truncated(sandbox: DockerSandbox, ws: Path) -> None:
    """Output beyond output_bytes is dropped and flagged; the command still completes."""
    result = run(sandbox, "head -c 100000 /dev/zero | tr '\\0' a", ws, Limits(output_bytes=1000))
    assert result.ok and result.truncated
    assert result.output == "a" * 1000


def test_missing_image_says_how_to_build(
    sandbox: DockerSandbox, ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing image is a SandboxError that names the build command, not a Docker traceback."""
    monkeypatch.setattr(docker_backend, "IMAGE_PREFIX", "liftbench-absent-")
    with pytest.raises(SandboxError, match="make docker-images"):
        run(sandbox, "true", ws)


def test_unreachable_engine_says_how_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine that does not answer is a SandboxError naming the safe way to start one."""
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(SandboxError, match=r"harness\.sandbox\.dockerd"):
        DockerSandbox()
