"""The report document. `report --format json` is exactly `Report.model_dump_json()`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from harness.stats import LiftEstimate


class ArmSummary(BaseModel):
    n: int = Field(description="Attempts, infrastructure failures included.")
    n_tasks: int
    samples: float
    success_rate: float = Field(description="Task-weighted share of attempts that succeeded.")
    ci: tuple[float, float]
    method: str
    funnel: dict[str, float] = Field(description="Share of attempts reaching L0..L4 and success.")
    outcomes: dict[str, int] = Field(description="Attempts by outcome (success, flagged, L0-L4, infra).")
    infra: int = Field(description="Infrastructure failures: in the denominator, never the model's fault.")


class PairedSummary(BaseModel):
    baseline: str
    lift: float
    ci: tuple[float, float]
    method: str
    bootstrap_ci: tuple[float, float] | None
    mcnemar_p: float = Field(description="Exact McNemar (S=1) or exact sign-flip test (S>1) p-value.")
    mid_p: float
    test: str
    flips: dict[str, int]
    flips_basis: str
    n_tasks: int
    note: str

    @classmethod
    def of(cls, baseline: str, est: LiftEstimate) -> PairedSummary:
        return cls(
            baseline=baseline,
            lift=est.lift,
            ci=est.ci,
            method=est.method,
            bootstrap_ci=est.bootstrap_ci,
            mcnemar_p=est.p_value,
            mid_p=est.mid_p,
            test=est.test,
            flips=est.flips,
            flips_basis=est.flips_basis,
            n_tasks=est.n_tasks,
            note=est.note,
        )


class CostSummary(BaseModel):
    total_cost: float | None = Field(description="Sum over attempts; null when any price is unknown.")
    unpriced_attempts: int
    cost_per_attempt: float | None
    cost_per_success: float | None
    tokens_per_attempt: float
    seconds_per_attempt: float
    model_calls_per_attempt: float
    steps_per_attempt: float
    tool_calls: dict[str, int]


class Group(BaseModel):
    """One value of a breakdown (a language, a scope, ...)."""

    arms: dict[str, ArmSummary]
    paired: dict[str, PairedSummary]


class ModelSection(BaseModel):
    arms: dict[str, ArmSummary]
    paired: dict[str, PairedSummary]
    by: dict[str, dict[str, Group]]
    cost: dict[str, CostSummary]


class PowerNote(BaseModel):
    arm: str
    discordance: float = Field(description="Observed share of tasks where the arms disagree.")
    tasks_for_10_points: int | None
    tasks_for_observed_lift: int | None
    n_tasks: int


class Report(BaseModel):
    run_id: str
    created: float | None = Field(None, description="When the run was started (epoch seconds).")
    simulated: bool = Field(description="True when any model was simulated (sim/...): not a real result.")
    label: str = Field(description="SIMULATED or REAL, for every reader.")
    models: list[str]
    baseline: str
    n_tasks: int
    samples: int
    arms: dict[str, ArmSummary] = Field(description="Per arm, for the first model.")
    paired: dict[str, PairedSummary] = Field(description="Each arm against the baseline, first model.")
    by: dict[str, dict[str, Group]] = Field(description="language, scope, kind, difficulty breakdowns.")
    cost: dict[str, CostSummary]
    power: list[PowerNote]
    per_model: dict[str, ModelSection]
    provenance: dict
    sandbox: str
    isolated: bool
