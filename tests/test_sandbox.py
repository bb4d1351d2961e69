"""The bubblewrap sandbox holds: no network, nothing writable but the workspace, hidden files
unreachable, and a fork bomb, a memory hog and an infinite loop all end within their limits."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from harness.protocols import ExitStatus, Limits, Mount
from harness.sandbox.bwrap import BwrapSandbox, bwrap_available
from harness.sandbox.local import LocalSandbox

pytestmark = pytest.mark.skipif(not bwrap_available(), reason="bubblewrap not installed")

FAST = Limits(timeout=10, memory_mb=256, cpu_seconds=10, processes=64)


@pytest.fixture(scope="module")
def box() -> BwrapSandbox:
    return BwrapSandbox()


def run(box, cmd: str, ws: Path, limits: Limits = FAST, **kw):
    return box.run(cmd, ws, language="python", limits=limits, **kw)


def test_exit_codes_decide(box, tmp_path: Path) -> None:
    """A zero exit is OK, a non-zero exit is FAILED with its code; output is captured."""
    ok = run(box, "echo hello", tmp_path)
    assert ok.status is ExitStatus.OK and ok.output.strip() == "hello" and ok.isolated
    bad = run(box, "echo PASSED; exit 3", tmp_path)
    assert bad.status is ExitStatus.FAILED and bad.exit_code == 3


def test_no_network(box, tmp_path: Path) -> None:
    """A listener on the host's loopback is unreachable from inside the sandbox."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    threading.Thread(target=lambda: server.accept(), daemon=True).start()
    code = f"import socket; socket.create_connection(('127.0.0.1', {port}), timeout=2)"
    result = run(box, f'python -c "{code}"', tmp_path)
    server.close()
    assert result.status is ExitStatus.FAILED
    assert "refused" in result.output.lower() or "unreachable" in result.output.lower()


def test_only_workspace_writable(box, tmp_path: Path) -> None:
    """Writes land in the workspace; the system, /etc and the host's other folders are closed."""
    outside = tmp_path / "outside"
    outside.mkdir()
    ws = tmp_path / "ws"
    ws.mkdir()
    result = run(box, f"echo x > /ws/made.txt; touch /usr/evil; touch /etc/evil; ls {outside}", ws)
    assert (ws / "made.txt").read_text() == "x\n"
    assert "Read-only file system" in result.output
    assert not Path("/usr/evil").exists() and not Path("/etc/evil").exists()
    assert "No such file or directory" in result.output  # the host's folder is not there


def test_hidden_only_when_mounted(box, tmp_path: Path) -> None:
    """Hidden tests are visible only in the run that mounts them, and read-only there."""
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "secret.py").write_text("ANSWER = 42\n")
    ws = tmp_path / "ws"
    ws.mkdir()
    without = run(box, f"cat /hidden/secret.py; cat {hidden}/secret.py", ws)
    assert "ANSWER" not in without.output
    mounted = run(
        box,
        "cat /hidden/secret.py; echo y > /hidden/secret.py",
        ws,
        mounts=(Mount(source=hidden, target="/hidden"),),
    )
    assert "ANSWER = 42" in mounted.output and "Read-only" in mounted.output
    assert (hidden / "secret.py").read_text() == "ANSWER = 42\n"


def test_infinite_loop_times_out(box, tmp_path: Path) -> None:
    """A busy loop is killed at the wall-clock limit, with its whole process group."""
    start = time.monotonic()
    result = run(
        box,
        "sleep 100 & python -c 'while True: pass'",
        tmp_path,
        Limits(timeout=1.5, memory_mb=256, cpu_seconds=30, processes=64),
    )
    assert result.status is ExitStatus.TIMEOUT
    assert time.monotonic() - start < 6


def test_memory_hog_is_killed(box, tmp_path: Path) -> None:
    """Allocating without end is stopped by the memory cap, not by the host running out."""
    hog = "python -c 'a=[]\nwhile True: a.append(bytearray(10**7))'"
    result = run(box, hog, tmp_path, Limits(timeout=20, memory_mb=200, cpu_seconds=20, processes=64))
    assert result.status in (ExitStatus.KILLED, ExitStatus.FAILED)
    assert result.seconds < 20


def test_fork_bomb_is_contained(box, tmp_path: Path) -> None:
    """A fork bomb hits the process cap and ends; the host keeps working afterwards."""
    bomb = "python -c 'import os\nwhile True:\n  try: os.fork()\n  except OSError: pass'"
    result = run(box, bomb, tmp_path, Limits(timeout=3, memory_mb=256, cpu_seconds=5, processes=32))
    assert result.status in (ExitStatus.TIMEOUT, ExitStatus.KILLED)
    assert run(box, "echo alive", tmp_path).output.strip() == "alive"


def test_output_is_bounded(box, tmp_path: Path) -> None:
    """A flood of output is cut at the output budget and marked truncated."""
    limits = Limits(timeout=10, memory_mb=256, cpu_seconds=10, processes=64, output_bytes=1000)
    result = run(box, "yes flood | head -c 100000", tmp_path, limits)
    assert result.truncated and len(result.output) <= 1000


def test_local_backend_says_unisolated(tmp_path: Path) -> None:
    """The local backend runs commands but every result says it was not isolated."""
    result = LocalSandbox().run("echo hi > /ws/x.txt && cat x.txt", tmp_path, language="python", limits=FAST)
    assert result.ok and not result.isolated and result.backend == "local"
    assert (tmp_path / "x.txt").exists()
