"""What the scorer returns: ladder levels, flags, metrics and the raw test runs."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

SCORER_VERSION = "1"
"""Bump when a change to the scorer could change a verdict; stored with every score."""


class Level(StrEnum):
    L0 = "L0"  # changed
    L1 = "L1"  # valid: parses and builds
    L2 = "L2"  # interface kept
    L3 = "L3"  # visible and hidden tests pass
    L4 = "L4"  # measurably less complex


LEVELS: tuple[Level, ...] = tuple(Level)


class Flag(BaseModel):
    """A gaming signal with the evidence that raised it."""

    name: str
    evidence: str


class TestRun(BaseModel):
    """One test command as the scorer ran it. The exit code decides; the tail is for people."""

    __test__ = False  # not a pytest class

    command: str
    status: str
    exit_code: int | None
    seconds: float
    passed: bool
    output_tail: str


class Score(BaseModel):
    """The verdict on one submission. `success` = L4 reached and no gaming flag."""

    task: str
    task_hash: str
    levels: dict[str, bool] = Field(default_factory=lambda: {lv.value: False for lv in LEVELS})
    success: bool = False
    first_failure: str | None = Field(None, description="First failed level, or None.")
    reasons: dict[str, str] = Field(default_factory=dict, description="Why a level failed.")
    flags: list[Flag] = Field(default_factory=list)
    metrics: dict[str, dict] = Field(default_factory=lambda: {"before": {}, "after": {}})
    tests: dict[str, TestRun] = Field(default_factory=dict)
    changed_files: list[str] = Field(default_factory=list)
    reverted: list[str] = Field(
        default_factory=list, description="Changed files a solver may not change, put back."
    )
    infra_error: str | None = None
    sandbox: str = ""
    isolated: bool = True
    scorer_version: str = SCORER_VERSION

    @property
    def outcome(self) -> str:
        """`success`, `infra`, `flagged` (reached L4 but gamed) or the first failed level."""
        if self.infra_error:
            return "infra"
        if self.success:
            return "success"
        if self.first_failure is None:
            return "flagged"
        return self.first_failure

    def passed(self, level: Level) -> None:
        self.levels[level.value] = True

    def fail(self, level: Level, reason: str) -> Score:
        self.first_failure = level.value
        self.reasons[level.value] = reason
        return self
