"""The `local` backend: a plain subprocess with rlimits. NOT isolated: every result says so.

Use it only where neither bubblewrap nor Docker can run. Task code can read and write anything
the user can, and reach the network. The workspace path is substituted for /ws in the command.
"""

from __future__ import annotations

import logging
from pathlib import Path

from harness.protocols import WORKDIR, ExecResult, Limits, Mount
from harness.sandbox.common import rlimit_setter, run_process
from harness.sandbox.runtime import runtime_paths, sandbox_env

log = logging.getLogger(__name__)


class LocalSandbox:
    name = "local"
    isolated = False

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
        log.warning("local sandbox: task code runs UNISOLATED (no filesystem or network isolation)")
        _, path = runtime_paths(language)
        ws = str(workspace.resolve())
        for m in sorted(mounts, key=lambda m: -len(m.target)):
            cmd = cmd.replace(m.target, str(m.source.resolve()))
        cmd = cmd.replace(WORKDIR, ws)
        environment = sandbox_env(path, env)
        return run_process(
            ["/bin/sh", "-c", cmd],
            cwd=workspace,
            env=environment,
            limits=limits,
            preexec=rlimit_setter(limits, address_space=language != "c"),
            backend=self.name,
            isolated=False,
        )
