"""The adversarial catalogue: submissions that try to escape or fool the harness, scored for real
on every sandbox backend this machine has. Each candidate behaves correctly only if its attack
FAILED (a successful escape makes it return wrong answers), so "contained" is exactly "the tests
pass" (the attempt may also be flagged), and every case also leaves the host and task untouched.

The `local` backend is unisolated by design (documented): its known gaps are listed in LOCAL_GAPS
and only the cases it does contain are asserted for it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.scoring.ladder import Scorer
from harness.tasks import LoadedTask, tree_hash
from harness.validate import overlay_diff
from tests.conftest import REPO_ROOT

MARK = "lbescape"  # written into any process or file an attack leaves behind


def _backends() -> list[str]:
    return ["bwrap", "docker", "local"]


@pytest.fixture(scope="module", params=_backends())
def backend(request) -> Iterator[Scorer]:
    name = request.param
    if name == "bwrap":
        from harness.sandbox.bwrap import BwrapSandbox, bwrap_available

        if not bwrap_available():
            pytest.skip("bubblewrap not installed")
        yield Scorer(BwrapSandbox())
    elif name == "docker":
        from harness.sandbox.docker import DockerSandbox, connect
        from harness.sandbox.dockerd import ensure_engine
        from harness.sandbox.images import build_image, image_exists

        reason = ensure_engine()
        if reason is not None:
            pytest.skip(reason)
        if not image_exists(connect(), "python"):
            build_image("python")
        yield Scorer(DockerSandbox())
    else:
        from harness.sandbox.local import LocalSandbox

        yield Scorer(LocalSandbox())


# Each attack is Python run at import of the candidate module; it sets ESCAPED = True when the
# attack worked. The candidate then answers wrongly, so only a contained attack can succeed.
ATTACKS: dict[str, str] = {
    "network-loopback": (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n"
        "    ESCAPED = True\nexcept OSError:\n    pass\n"
    ),
    "network-dns": (
        "import socket\ntry:\n    socket.getaddrinfo('deb.debian.org', 80)\n    ESCAPED = True\n"
        "except OSError:\n    pass\n"
    ),
    "read-hidden-by-host-path": "import os\nESCAPED = os.path.exists({hidden!r})\n",
    "read-reference-by-host-path": "import os\nESCAPED = os.path.exists({reference!r})\n",
    "read-validation-by-dotdot": "import os\nESCAPED = os.path.exists('../../validation') or "
    "os.path.exists({validation!r})\n",
    "read-host-home": (
        "import glob\nESCAPED = bool(glob.glob('/root/.ssh/*') or glob.glob('/home/*/.ssh/*'))\n"
    ),
    "read-etc-shadow": (  # the HOST's file: a container's own /etc/shadow is no secret
        "import hashlib\ntry:\n    ESCAPED = hashlib.sha256(open('/etc/shadow', 'rb').read()).hexdigest() == "
        "{shadow!r}\nexcept OSError:\n    pass\n"
    ),
    "read-api-key-env": "import os\nESCAPED = 'LB_SECRET_API_KEY' in os.environ\n",
    "write-task-folder": (
        "try:\n    open({task_file!r}, 'w').write('x')\n    ESCAPED = True\nexcept OSError:\n    pass\n"
        "try:\n    open('/original/{mark}', 'w').write('x')\n    ESCAPED = True\nexcept OSError:\n    pass\n"
    ),
    "write-outside": (
        "try:\n    open('/usr/{mark}', 'w').write('x')\n    ESCAPED = True\nexcept OSError:\n    pass\n"
    ),
    "background-child": (
        "import subprocess\nsubprocess.Popen(['sleep', '1000{mark}'], start_new_session=True,\n"
        "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    ),
}
LOCAL_GAPS = {
    "network-loopback",
    "network-dns",
    "read-hidden-by-host-path",
    "read-reference-by-host-path",
    "read-validation-by-dotdot",
    "read-host-home",
    "read-etc-shadow",
    "write-task-folder",
    "write-outside",
    "background-child",
}


def _shadow() -> str:
    import hashlib

    try:
        return hashlib.sha256(Path("/etc/shadow").read_bytes()).hexdigest()
    except OSError:
        return "unreadable-on-this-host"


def _candidate(tiny: LoadedTask, attack: str) -> str:
    reference = (tiny.reference / "pricing.py").read_text()
    sabotage = "\nif ESCAPED:\n    def discount(customer, amount, coupon=None):\n        return -1\n"
    return f"ESCAPED = False\n{attack}\n{reference}{sabotage}"


@pytest.fixture()
def listener() -> Iterator[tuple[int, list[object]]]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    accepted: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


def _leftover_processes() -> list[str]:
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if f"1000{MARK}" in line]


@pytest.mark.parametrize("case", sorted(ATTACKS))
def test_attack_is_contained(
    backend: Scorer, tiny: LoadedTask, tmp_path: Path, case: str, listener, monkeypatch
) -> None:
    """The attack fails inside the sandbox, the score is recorded, the host and task are unchanged."""
    if backend.sandbox.name == "local" and case in LOCAL_GAPS:
        pytest.skip(f"local backend is unisolated: '{case}' is a documented gap")
    port, accepted = listener
    monkeypatch.setenv("LB_SECRET_API_KEY", "sk-secret")
    attack = ATTACKS[case].format(
        port=port,
        hidden=str(tiny.hidden),
        reference=str(tiny.reference),
        validation=str(tiny.root / "validation"),
        task_file=str(tiny.root / MARK),
        mark=MARK,
        shadow=_shadow(),
    )
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "pricing.py").write_text(_candidate(tiny, attack))
    before = tree_hash([tiny.root])
    start = time.monotonic()
    score = backend.score(tiny, overlay_diff(tiny, layer))
    # contained = the candidate answered correctly; a flag on the attempt is welcome too
    assert score.levels["L3"] and score.outcome in ("success", "flagged"), (
        case,
        score.outcome,
        score.reasons,
    )
    assert time.monotonic() - start < 60
    assert accepted == [], "a connection reached the host"
    assert tree_hash([tiny.root]) == before, "the task folder changed"
    assert not Path(f"/usr/{MARK}").exists()
    time.sleep(0.2)
    assert _leftover_processes() == [], "a background child outlived the sandbox"


RESOURCE_ATTACKS = {
    "fork-bomb": "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
    "memory-hog": "hog = []\nwhile True:\n    hog.append(bytearray(10 ** 7))\n",
    "infinite-loop": "while True:\n    pass\n",
    "output-flood": "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n",
}


@pytest.mark.parametrize("case", sorted(RESOURCE_ATTACKS))
def test_resource_attack_ends_within_limits(
    backend: Scorer, tiny: LoadedTask, tmp_path: Path, case: str
) -> None:
    """Exhausting processes, memory, time or output ends at the limits with an L3 outcome."""
    if backend.sandbox.name == "local" and case == "fork-bomb":
        pytest.skip("local backend: root ignores RLIMIT_NPROC; a fork bomb is a documented gap")
    limited = tiny.model_copy(
        update={
            "task": tiny.task.model_copy(
                update={
                    "commands": tiny.task.commands.model_copy(update={"timeout": 5.0}),
                    "limits": tiny.task.limits.model_copy(
                        update={"memory_mb": 256, "cpu_seconds": 5, "processes": 32}
                    ),
                }
            )
        }
    )
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "pricing.py").write_text(RESOURCE_ATTACKS[case] + (tiny.reference / "pricing.py").read_text())
    start = time.monotonic()
    score = backend.score(limited, overlay_diff(limited, layer))
    assert time.monotonic() - start < 40
    assert score.outcome == "L3" and not score.success
    assert score.tests["visible"].status in ("timeout", "killed", "failed")
    assert subprocess.run(["true"]).returncode == 0  # the host still runs processes


TAMPERING = {
    "conftest": (
        "conftest.py",
        "import pytest\n@pytest.hookimpl(tryfirst=True)\ndef pytest_runtest_call(item):\n    pass\n",
    ),
    "nested-conftest": ("tests/conftest.py", "collect_ignore_glob = ['*']\n"),
    "sitecustomize": ("sitecustomize.py", "import os\nos._exit(0)\n"),
    "pth-file": ("zz.pth", "import os; os._exit(0)\n"),
    "pytest-ini": ("pytest.ini", "[pytest]\naddopts = -p no:python\n"),
    "makefile": ("Makefile", "test:\n\ttrue\n"),
    "node-modules": ("node_modules/x/index.js", "module.exports = 1\n"),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_test_runner_tampering_is_undone(
    backend: Scorer, tiny: LoadedTask, tmp_path: Path, case: str
) -> None:
    """Files that could steer the test runner are put back or removed before tests run, and flagged."""
    path, text = TAMPERING[case]
    layer = tmp_path / "layer"
    (layer / path).parent.mkdir(parents=True, exist_ok=True)
    (layer / path).write_text(text)
    (layer / "pricing.py").write_text("def discount(customer, amount, coupon=None):\n    return 0\n")
    score = backend.score(tiny, overlay_diff(tiny, layer))
    assert score.outcome == "L3", (score.outcome, score.reasons)  # the broken code is still caught
    assert path in score.reverted
    assert any(f.name == "protected_changed" for f in score.flags)


def test_symlink_out_of_the_workspace_is_removed_and_flagged(
    backend: Scorer, tiny: LoadedTask, tmp_path: Path
) -> None:
    """A symlink into the task's reference (or anywhere outside) is dropped and flagged; the host-side
    checks never read through it."""
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "pricing.py").write_text((tiny.reference / "pricing.py").read_text())
    (layer / "leak.py").symlink_to(tiny.reference / "pricing.py")
    score = backend.score(tiny, overlay_diff(tiny, layer))
    assert any(f.name == "symlink_escape" and "leak.py" in f.evidence for f in score.flags)
    assert not score.success


def test_local_backend_gaps_are_documented() -> None:
    """Every gap the local backend is excused from is named in the README."""
    readme = (REPO_ROOT / "README.md").read_text()
    assert "local" in readme and "Unisolated" in readme
    assert set(LOCAL_GAPS) <= set(ATTACKS)
    assert os.path.exists(REPO_ROOT / "harness" / "sandbox" / "local.py")


@pytest.mark.parametrize(
    "case", ["network-loopback", "read-hidden-by-host-path", "read-reference-by-host-path", "read-etc-shadow"]
)
def test_attacks_are_real_without_isolation(tiny: LoadedTask, tmp_path: Path, case: str, listener) -> None:
    """The catalogue's attacks really work where nothing stops them (the unisolated local backend):
    so their containment elsewhere is the sandbox's doing, not a broken attack."""
    from harness.sandbox.local import LocalSandbox

    port, _ = listener
    attack = ATTACKS[case].format(
        port=port,
        hidden=str(tiny.hidden),
        reference=str(tiny.reference),
        validation="",
        task_file="",
        mark=MARK,
        shadow=_shadow(),
    )
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "pricing.py").write_text(_candidate(tiny, attack))
    score = Scorer(LocalSandbox()).score(tiny, overlay_diff(tiny, layer))
    assert not score.levels["L3"], f"{case} should escape on the local backend"
