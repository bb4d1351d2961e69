"""Running a task's commands (build, visible tests, hidden tests) in a sandbox on a fresh copy.

The scorer, the agent's `run_tests` tool and the raw-retry arm all go through here, so the
visible tests a solver sees are run exactly as the scorer runs them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from harness.protocols import WORKDIR, ExecResult, Limits, Mount, Sandbox
from harness.tasks import LoadedTask

HIDDEN_MOUNT = "/hidden"
ORIGINAL_MOUNT = "/original"


def task_limits(task: LoadedTask) -> Limits:
    lim = task.task.limits
    return Limits(
        timeout=task.task.commands.timeout,
        memory_mb=lim.memory_mb,
        cpu_seconds=lim.cpu_seconds,
        processes=lim.processes,
    )


SANDBOX_PLACES = {"{candidate}": WORKDIR, "{hidden}": HIDDEN_MOUNT, "{original}": ORIGINAL_MOUNT}
"""What the placeholders of a task's commands stand for inside the sandbox."""


def fill(cmd: str, places: dict[str, str] = SANDBOX_PLACES) -> str:
    """Fill the placeholders. Plain replacement, so a literal `{` in a command is left alone."""
    for key, value in places.items():
        cmd = cmd.replace(key, value)
    return cmd


def command_text(
    task: LoadedTask, which: str, *, built: bool = False, places: dict[str, str] = SANDBOX_PLACES
) -> str:
    """The shell text of `build`, `test` or `hidden`, filled in. The last two are prefixed by the
    build unless `built` says they run on a tree the build already ran in."""
    cmds = task.task.commands
    if which == "build":
        return fill(cmds.build or "true", places)
    cmd = cmds.test if which == "test" else cmds.hidden
    if cmds.build and not built:
        cmd = f"{cmds.build} && {cmd}"
    return fill(cmd, places)


def run_in(
    sandbox: Sandbox,
    task: LoadedTask,
    work: Path,
    cmd: str,
    *,
    hidden: bool = False,
    limits: Limits | None = None,
) -> ExecResult:
    """Run `cmd` in `work` itself (its changes stay); hidden tests are mounted only when asked.
    The task's limits apply unless `limits` are given."""
    mounts = [Mount(source=task.repo, target=ORIGINAL_MOUNT)]
    if hidden:
        mounts.append(Mount(source=task.hidden, target=HIDDEN_MOUNT))
    return sandbox.run(
        cmd, work, language=task.task.language, limits=limits or task_limits(task), mounts=tuple(mounts)
    )


def run_on_copy(
    sandbox: Sandbox, task: LoadedTask, tree: Path, cmd: str, *, hidden: bool = False
) -> ExecResult:
    """Run `cmd` on a throwaway copy of `tree`; hidden tests are mounted only when asked."""
    work = Path(tempfile.mkdtemp(prefix="lb-run-"))
    try:
        skip = shutil.ignore_patterns(".git")
        shutil.copytree(tree, work, symlinks=True, dirs_exist_ok=True, ignore=skip)
        return run_in(sandbox, task, work, cmd, hidden=hidden)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_visible_tests(sandbox: Sandbox, task: LoadedTask, tree: Path) -> ExecResult:
    return run_on_copy(sandbox, task, tree, command_text(task, "test"))
