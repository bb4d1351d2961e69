"""The bubblewrap backend: read-only system, one writable folder, no network, capped resources.

Run as root, bwrap drops every capability for the child, so task code cannot remount anything;
the process and memory caps come from a per-command cgroup (rlimits cannot cap root's processes),
with an address-space rlimit as the fallback where cgroups are not writable.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from harness.errors import SandboxError
from harness.protocols import WORKDIR, ExecResult, Limits, Mount
from harness.sandbox import cgroup
from harness.sandbox.common import rlimit_setter, run_process
from harness.sandbox.runtime import runtime_paths, sandbox_env

SYSTEM_BINDS = ("/usr", "/etc")
SECRET_FILES = ("/etc/shadow", "/etc/shadow-", "/etc/gshadow", "/etc/gshadow-", "/etc/sudoers")
SECRET_DIRS = ("/etc/ssh", "/etc/sudoers.d", "/etc/ssl/private")
SYSTEM_LINKS = (
    ("usr/bin", "/bin"),
    ("usr/sbin", "/sbin"),
    ("usr/lib", "/lib"),
    ("usr/lib64", "/lib64"),
)


def _mask_secrets() -> list[str]:
    """Hide host secrets under /etc: the child runs as uid 0 (without capabilities), so a file
    readable by its owner, like /etc/shadow, would otherwise be readable."""
    argv: list[str] = []
    for path in SECRET_FILES:
        if Path(path).exists():
            argv += ["--ro-bind", "/dev/null", path]
    for path in SECRET_DIRS:
        if Path(path).is_dir():
            argv += ["--tmpfs", path]
    return argv


def bwrap_available() -> bool:
    return shutil.which("bwrap") is not None


class BwrapSandbox:
    """Runs each command in a fresh bubblewrap namespace with `workspace` at /ws."""

    name = "bwrap"
    isolated = True

    def __init__(self) -> None:
        exe = shutil.which("bwrap")
        if exe is None:
            raise SandboxError("bubblewrap is not installed: run `make setup` (apt-get install bubblewrap)")
        self.exe = exe

    def argv(
        self, cmd: str, workspace: Path, language: str, mounts: tuple[Mount, ...]
    ) -> tuple[list[str], str]:
        ro_paths, path = runtime_paths(language)
        argv = [self.exe, "--unshare-all", "--die-with-parent", "--cap-drop", "ALL"]
        for src in SYSTEM_BINDS:
            argv += ["--ro-bind", src, src]
        for rel, link in SYSTEM_LINKS:
            argv += ["--symlink", rel, link]
        argv += _mask_secrets()
        # /tmp first: a tmpfs mounted after the runtime binds would hide a runtime kept under /tmp
        argv += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        for ro in ro_paths:
            argv += ["--ro-bind", str(ro), str(ro)]
        argv += ["--bind", str(workspace.resolve()), WORKDIR]
        for m in mounts:
            argv += ["--bind" if m.writable else "--ro-bind", str(m.source.resolve()), m.target]
        argv += ["--chdir", WORKDIR, "--", "/bin/sh", "-c", cmd]
        return argv, path

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
        argv, path = self.argv(cmd, workspace, language, mounts)
        environment = sandbox_env(path, env)
        with cgroup.cgroup_limits(limits.processes, limits.memory_mb) as group:
            base = rlimit_setter(limits, address_space=group is None and language != "c")

            def preexec() -> None:
                base()
                if group is not None:
                    group.join()

            return run_process(
                argv,
                cwd=Path("/"),
                env=environment,
                limits=limits,
                preexec=preexec,
                backend=self.name,
                isolated=True,
            )
