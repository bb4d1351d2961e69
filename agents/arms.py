"""Arms as configuration: the pydantic model behind `configs/arms/*.yaml`, the attempt context
every arm gets, and `make_arm`. An ablation is a new YAML file, not new code."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agents.trajectory import Step, StopReason, Trajectory
from agents.usage import Budget, BudgetTracker
from harness.errors import BudgetExceeded, ConfigError, InfraError, ModelError
from harness.paths import CONFIGS
from harness.protocols import Sandbox
from harness.tasks import LoadedTask
from harness.workspace import Workspace


class ArmConfig(BaseModel):
    """One arm. Every arm gets the same instruction, model, temperature and seed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="The arm's name in reports.")
    kind: Literal["raw", "agent"] = Field(description="raw: one call (plus retries); agent: tool loop.")
    description: str = Field("", description="What this arm isolates.")
    edit_format: Literal["whole", "search-replace"] = Field(
        "whole", description="raw arms: how the answer carries edits."
    )
    test_retries: int = Field(
        0, ge=0, le=10, description="Extra turns shown the failing visible tests (raw-retry: 1)."
    )
    tools: list[str] | None = Field(None, description="agent: tool names; default all of them.")
    max_steps: int = Field(40, ge=1, description="agent: model calls allowed per attempt.")
    max_nudges: int = Field(2, ge=0, description="agent: replies without a tool call tolerated.")
    output_chars: int = Field(8000, ge=500, description="Cap on a tool result or test output shown.")
    budget: Budget = Field(default_factory=Budget, description="Tokens, cost and wall time caps.")

    def config_hash(self) -> str:
        """Content hash: a changed arm config is a new result key, never a silent reuse."""
        text = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def load_arm(name_or_path: str) -> ArmConfig:
    """An arm by name (configs/arms/NAME.yaml) or by path to a YAML file."""
    path = Path(name_or_path)
    if not path.suffix:
        path = CONFIGS / "arms" / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in (CONFIGS / "arms").glob("*.yaml")))
        raise ConfigError(f"no arm {name_or_path!r} (known: {known})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ArmConfig.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"{path}: invalid arm config: {exc}") from exc


class ChatModel(Protocol):
    """What an arm needs from a model (agents.models.Model and the simulated models)."""

    simulated: bool

    @property
    def name(self) -> str: ...

    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]] | None = None,
        *,
        budget: BudgetTracker | None = None,
    ) -> Any: ...


@dataclass
class Attempt:
    """Everything an arm may use for one attempt. It never sees hidden tests or the reference."""

    task: LoadedTask
    workspace: Workspace
    model: ChatModel
    sandbox: Sandbox
    trajectory: Trajectory
    budget: BudgetTracker


class Arm(Protocol):
    config: ArmConfig

    def solve(self, attempt: Attempt) -> Trajectory: ...


def make_arm(config: ArmConfig) -> Arm:
    if config.kind == "raw":
        from agents.raw import RawArm

        return RawArm(config)
    from agents.graph import AgentArm

    return AgentArm(config)


def call_model(attempt: Attempt, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None):
    """One model call, recorded as a step (with its usage) before anything else happens."""
    started = time.time()
    completion = attempt.model.complete(messages, tools, budget=attempt.budget)
    attempt.trajectory.messages = [*messages, completion.message]
    attempt.trajectory.add(
        Step(
            kind="model",
            started=started,
            seconds=round(time.time() - started, 3),
            usage=completion.usage,
            note=completion.finish_reason,
        )
    )
    return completion


def visible_tests(attempt: Attempt, clip: Callable[[str], str]) -> tuple[bool, str]:
    """Run the visible tests on the workspace for feedback, recorded as a harness step."""
    from harness.commands import run_visible_tests

    started = time.time()
    result = run_visible_tests(attempt.sandbox, attempt.task, attempt.workspace.root)
    output = clip(result.output)
    attempt.trajectory.add(
        Step(
            kind="harness",
            started=started,
            seconds=result.seconds,
            tool="visible_tests",
            result=output,
            error=not result.ok,
        )
    )
    return result.ok, output


def run_guarded(trajectory: Trajectory, body: Callable[[], StopReason]) -> Trajectory:
    """Run an arm's body; budget, model and infrastructure exits become the stop reason."""
    try:
        trajectory.finish(body())
    except BudgetExceeded as exc:
        trajectory.finish(StopReason.BUDGET, str(exc))
    except ModelError as exc:
        trajectory.finish(StopReason.MODEL_ERROR, str(exc))
    except InfraError as exc:
        trajectory.finish(StopReason.INFRA_ERROR, str(exc))
    return trajectory


def files_block(attempt: Attempt) -> str:
    """The editable files of the workspace as it is now, each fenced under its path."""
    parts = []
    root = attempt.workspace.root
    for rel in attempt.workspace.files():
        if attempt.task.is_editable(rel):
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            fence = "````" if "```" in text else "```"
            parts.append(f"{rel}\n{fence}{FENCE_LANG.get(Path(rel).suffix, '')}\n{text}{fence}")
    return "\n\n".join(parts)


FENCE_LANG = {".py": "python", ".js": "javascript", ".mjs": "javascript", ".c": "c", ".h": "c"}
