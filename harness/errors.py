"""Every error liftbench raises on purpose, grouped by who has to act.

    LiftbenchError
    ├── UserError                 the person running liftbench must fix something; CLI exits 2
    │   ├── ConfigError           a YAML config or a command-line flag is wrong
    │   ├── TaskError             a task folder or task.yaml is malformed
    │   └── NotFoundError         a task id, run id, attempt id or directory does not exist
    ├── ToolError                 a tool call the model got wrong; becomes an observation
    │   └── WorkspaceError        an edit or path would leave the workspace
    │       └── PathEscapeError   `..`, an absolute path or a symlink that leads outside
    ├── BudgetExceeded            a step, token, cost or time budget would be exceeded (stop reason)
    ├── ModelError                the model API failed for good (auth, bad request, context length)
    └── InfraError                the machine failed, not the model: no sandbox, missing toolchain,
        └── SandboxError          a sandbox that could not start; recorded in its own column

A failure inside one attempt becomes data on that attempt (see the runner); only `UserError`
stops a command.
"""

from __future__ import annotations


class LiftbenchError(Exception):
    """Base of every deliberate liftbench error."""


class UserError(LiftbenchError):
    """Something the user must fix; the message says what and how."""


class ConfigError(UserError):
    """A configuration file or flag is invalid."""


class TaskError(UserError):
    """A task on disk is malformed."""


class NotFoundError(UserError):
    """A named thing (task, run, attempt, directory) does not exist."""


class ToolError(LiftbenchError):
    """A tool call failed because of its arguments; the message goes back to the model."""


class WorkspaceError(ToolError):
    """An operation on a workspace was refused; safe to show to the model."""


class PathEscapeError(WorkspaceError):
    """A path resolves outside the workspace root."""


class BudgetExceeded(LiftbenchError):
    """A budget (steps, tokens, cost, wall time) would be exceeded by the next action."""


class ModelError(LiftbenchError):
    """The model API failed permanently for this attempt."""


class InfraError(LiftbenchError):
    """The infrastructure failed; counted apart from model failures."""


class SandboxError(InfraError):
    """A sandbox backend could not run a command at all."""
