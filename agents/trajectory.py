"""The record of one attempt as it happened: every message, tool call, result, usage and timing.

Saved (atomically, as versioned JSON) after every step, so a crash mid-attempt still leaves
what happened. The runner stores the path beside the attempt.
"""

from __future__ import annotations

import os
import tempfile
import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agents.usage import Usage

TRAJECTORY_VERSION = 1


class StopReason(StrEnum):
    """Why an arm stopped. Budget and error exits are data, not crashes."""

    ANSWERED = "answered"  # raw arms: the (last) answer was applied
    SUBMITTED = "submitted"  # agent: submit accepted
    PARSE_ERROR = "parse_error"  # raw arms: no usable edits in the answer
    MAX_STEPS = "max_steps"
    BUDGET = "budget"  # tokens, cost or wall time
    MODEL_ERROR = "model_error"  # permanent API error
    INFRA_ERROR = "infra_error"  # API down after retries, sandbox failure
    NO_TOOL_CALLS = "no_tool_calls"  # agent kept answering without acting


class Step(BaseModel):
    """One model call or one tool call."""

    kind: str  # "model" | "tool" | "harness"
    started: float
    seconds: float
    usage: Usage | None = None
    tool: str | None = None
    arguments: str | None = None
    result: str | None = None
    error: bool = False
    note: str | None = None


class Trajectory(BaseModel):
    version: int = TRAJECTORY_VERSION
    arm: str
    model: str
    task: str
    simulated: bool = False
    messages: list[dict[str, Any]] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    stop_reason: StopReason | None = None
    error: str | None = None
    started: float = Field(default_factory=time.time)
    seconds: float = 0.0
    path: Path | None = Field(None, exclude=True)

    @property
    def model_calls(self) -> int:
        return sum(1 for s in self.steps if s.kind == "model")

    def tool_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for step in self.steps:
            if step.kind == "tool" and step.tool:
                counts[step.tool] = counts.get(step.tool, 0) + 1
        return counts

    def add(self, step: Step) -> None:
        self.steps.append(step)
        if step.usage is not None:
            self.usage = self.usage + step.usage
        self.save()

    def finish(self, reason: StopReason, error: str | None = None) -> None:
        self.stop_reason = reason
        self.error = error if error is not None else self.error
        self.seconds = round(time.time() - self.started, 3)
        self.save()

    def save(self) -> None:
        """Write atomically to `path` (if set): a reader never sees half a file."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".traj-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(self.model_dump_json(indent=1))
        os.replace(tmp, self.path)

    @classmethod
    def load(cls, path: Path) -> Trajectory:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))
