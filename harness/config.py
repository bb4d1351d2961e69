"""Run configuration: `configs/runs/*.yaml` and `configs/models.yaml`, validated once at the CLI
edge. Command-line flags override fields; a bad config names the key and the fix."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agents.retry import RetryPolicy
from harness.errors import ConfigError
from harness.paths import CONFIGS

DEFAULT_RUN = CONFIGS / "runs" / "default.yaml"


class RunSpec(BaseModel):
    """What to run: every (model, arm, task, sample) combination."""

    model_config = ConfigDict(extra="forbid")

    models: list[str] = Field(
        min_length=1, description="Model profile names (configs/models.yaml) or litellm strings."
    )
    arms: list[str] = Field(
        min_length=1, description="Arm names (configs/arms) or YAML paths; the first is the baseline."
    )
    tasks: list[str] | None = Field(None, description="Task ids or globs; all tasks when empty.")
    samples: int = Field(1, ge=1, le=100, description="Attempts per (model, arm, task).")
    concurrency: int = Field(2, ge=1, le=64, description="Attempts in flight at once.")
    sandbox: str = Field("auto", pattern="^(auto|bwrap|docker|local)$", description="Sandbox backend.")
    seed: int = Field(0, description="Base seed (simulated models; passed to real models as `seed`).")
    run_id: str | None = Field(
        None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="Resume this run id."
    )
    cache: bool = Field(False, description="Cache model responses on disk (runs/cache).")

    def config_hash(self) -> str:
        text = json.dumps(self.model_dump(mode="json", exclude={"run_id", "concurrency"}), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


class ModelProfile(BaseModel):
    """A named model: litellm parameters; the API key stays in the environment."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="litellm model string.")
    api_base: str | None = None
    api_key_env: str | None = Field(None, description="Environment variable that holds the API key.")
    temperature: float = 0.0
    max_tokens: int | None = None
    timeout: float = 120.0
    input_cost_per_token: float | None = None
    output_cost_per_token: float | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    retry: RetryPolicy = Field(default_factory=RetryPolicy, description="Retries of transient API errors.")


def _read(path: Path) -> Any:
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def _explain(path: Path | str, exc: ValidationError) -> ConfigError:
    lines = [f"{path}: invalid"]
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        hint = (
            "unknown key: remove it or fix its spelling" if err["type"] == "extra_forbidden" else err["msg"]
        )
        lines.append(f"  key '{where}': {hint}")
    return ConfigError("\n".join(lines))


def load_run_spec(path: Path | None, overrides: dict[str, Any]) -> RunSpec:
    """The run config file (default: configs/runs/default.yaml) with flags laid over it."""
    source = path or DEFAULT_RUN
    data = _read(source)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: must be a mapping of run settings")
    data.update({k: v for k, v in overrides.items() if v not in (None, [], ())})
    try:
        return RunSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain(f"{source} (with command-line overrides)", exc) from exc


def model_profiles() -> dict[str, ModelProfile]:
    path = CONFIGS / "models.yaml"
    data = _read(path)
    try:
        return {name: ModelProfile.model_validate(v) for name, v in (data or {}).items()}
    except ValidationError as exc:
        raise _explain(path, exc) from exc


def resolve_model(name: str, api_base: str | None = None) -> ModelProfile:
    """A profile by name, or a bare litellm model string (with an optional --api-base)."""
    profile = model_profiles().get(name) or ModelProfile(name=name)
    return profile.model_copy(update={"api_base": api_base}) if api_base else profile
