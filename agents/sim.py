"""The simulated model family `sim/<profile>`: offline stand-ins with KNOWN behaviour.

A sim model never calls an LLM. Per task scope, its profile (`configs/sim/<profile>.yaml`) sets
how often the first try is the task's reference (`correct`), a behaviour-breaking validation
variant (`broken`) or no usable change (the rest), and how often seeing failing visible tests
makes the next edit the reference (`repair`). Statistics over sim runs can thus be checked
against a known lift (see `expected_success`).

Every draw is seeded by text: the first try by (seed, task id) only, so the raw and agent arms
of one task and sample get the same first try (concordant pairs; a profile's `pairing` below 1
lets some pairs draw apart); the n-th repair draw by (seed, task id, n). The model is stateless:
it reads what to do next off the conversation, so one instance may serve several arms.
`simulated = True` makes the harness label its outputs SIMULATED.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agents.arms import FENCE_LANG, ArmConfig
from agents.completion import Completion, ToolCall
from agents.usage import BudgetTracker, Usage
from harness.errors import ConfigError, ModelError
from harness.paths import CONFIGS
from harness.tasks import LoadedTask, Scope

__all__ = ["SIM_PREFIX", "SimModel", "SimProfile", "expected_success", "load_profile", "sim_model"]

SIM_PREFIX = "sim/"
SCOPES: tuple[Scope, ...] = ("function", "file", "multi-file", "cross-component")
FAIL_MARK = "the visible tests fail"  # in the raw-retry prompt and the agent's post-submit feedback
TEST_FAILED = "visible tests FAILED"  # how a failing run_tests result starts
MAX_REPAIRS = 5  # feedback rounds after the 5th never repair: a backstop on the agent's steps
STAGE = {"list_files": 0, "read_file": 1, "write_file": 2, "run_tests": 3, "submit": 4}
Rate = Annotated[float, Field(ge=0.0, le=1.0)]
Call = tuple[str, dict[str, Any]]


class SimProfile(BaseModel):
    """How a simulated model behaves, per task scope. Rates are probabilities in [0, 1]."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    description: str = Field(min_length=1)
    """What the profile models; should say it is simulated."""
    correct: dict[Scope, Rate]
    """Per scope: probability that the first try is the task's reference."""
    broken: dict[Scope, Rate]
    """Per scope: probability that the first try is a behaviour-breaking validation variant."""
    repair: dict[Scope, Rate]
    """Per scope: probability, each time failing visible tests are shown, that the next edit is
    the reference."""
    pairing: Rate = 1.0
    """Probability that the raw and agent arms of one (seed, task) share the first try; else each
    draws its own at the same rates (below 1: discordant pairs both ways, e.g. for type-I checks)."""
    broken_outcomes: list[Literal["L1", "L2", "L3"]] = Field(default=["L3"], min_length=1)
    """Expected outcomes of the validation variants a broken try picks from (default: L3)."""
    chars_per_token: float = Field(default=4.0, gt=0)
    """Characters per reported token (prompt and completion tokens are text length / this)."""
    extra_prompt_tokens: int = Field(default=0, ge=0)
    """Added to every call's prompt tokens (e.g. to mimic a long hidden system prompt)."""

    @model_validator(mode="after")
    def _check(self) -> Self:
        for name in ("correct", "broken", "repair"):
            missing = [s for s in SCOPES if s not in getattr(self, name)]
            if missing:
                raise ValueError(f"{name}: no rate for scope(s) {', '.join(missing)}")
        over = [s for s in SCOPES if self.correct[s] + self.broken[s] > 1.0 + 1e-9]
        if over:
            raise ValueError(f"correct + broken exceeds 1 for scope(s) {', '.join(over)}")
        return self


def known_profiles() -> list[str]:
    """Names of the profiles in `configs/sim/`."""
    return sorted(p.stem for p in (CONFIGS / "sim").glob("*.yaml"))


def load_profile(name: str) -> SimProfile:
    """The profile `configs/sim/<name>.yaml`; ConfigError naming the known ones if absent."""
    path = CONFIGS / "sim" / f"{name}.yaml"
    if not name or "/" in name or not path.is_file():
        known = ", ".join(known_profiles()) or "none"
        raise ConfigError(f"no simulated model profile {name!r} (known: {known})")
    try:
        return SimProfile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"{path}: invalid sim profile: {exc}") from exc


def sim_model(model_name: str, task: LoadedTask, seed: int) -> SimModel:
    """A SimModel from a model name such as `sim/plateau`."""
    if not model_name.startswith(SIM_PREFIX):
        raise ConfigError(f"{model_name!r} is not a simulated model (names start with {SIM_PREFIX!r})")
    name = model_name.removeprefix(SIM_PREFIX)
    return SimModel(name, load_profile(name), task, seed)


def expected_success(profile: SimProfile, scope: Scope, arm: ArmConfig, caught: float = 1.0) -> float:
    """Implied success rate of `arm` on tasks of `scope`, assuming the reference succeeds.

    `caught` is the share of broken tries the visible tests catch (only those can be repaired).
    Feedback rounds: raw arms `test_retries`; agents `test_retries` + 1 if run_tests is offered.
    """
    rounds = arm.test_retries
    if arm.kind == "agent" and (arm.tools is None or "run_tests" in arm.tools):
        rounds += 1
    miss = (1.0 - profile.repair[scope]) ** min(rounds, MAX_REPAIRS)
    return profile.correct[scope] + profile.broken[scope] * caught * (1.0 - miss)


@dataclass(frozen=True)
class Try:
    """One candidate solution: a label (`reference`, `broken:<variant>`, `none`) and its files."""

    label: str
    files: dict[str, str] = field(default_factory=dict)


def overlay_files(folder: Path, task: LoadedTask) -> dict[str, str]:
    """The editable files of an overlay folder, by repo-relative path (deletions ignored)."""
    if not folder.is_dir():
        return {}
    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    files = {p.relative_to(folder).as_posix(): p for p in paths}
    return {rel: p.read_text(encoding="utf-8") for rel, p in files.items() if task.is_editable(rel)}


_POOLS: dict[tuple[str, str, tuple[str, ...]], list[Try]] = {}


def broken_pool(task: LoadedTask, outcomes: tuple[str, ...]) -> list[Try]:
    """The task's variants with one of `outcomes` that edit something, cached per task content."""
    key = (str(task.root), task.content_hash, outcomes)
    if key not in _POOLS:
        chosen = [v for v in task.variants() if v.expect.outcome.value in outcomes]
        tries = [Try(f"broken:{v.name}", overlay_files(v.files, task)) for v in chosen]
        _POOLS[key] = [t for t in tries if t.files]
    return _POOLS[key]


def whole_answer(attempt: Try) -> str:
    """A raw answer in the `whole` format; prose only (no usable edit) when the try has no files."""
    if not attempt.files:
        return "(simulated) The code already looks simple enough to me; I would leave it as it is."
    parts = []
    for path, text in attempt.files.items():
        fence = "````" if "```" in text else "```"
        body = text if text.endswith("\n") else text + "\n"
        parts.append(f"{path}\n{fence}{FENCE_LANG.get(Path(path).suffix, '')}\n{body}{fence}")
    return "(simulated) Here is the refactoring.\n\n" + "\n\n".join(parts)


def is_failure(message: dict[str, Any]) -> bool:
    """Whether a message shows failing visible tests (retry prompt or failing run_tests)."""
    text = message.get("content")
    if not isinstance(text, str):
        return False
    role = message.get("role")
    return (role == "user" and FAIL_MARK in text) or (role == "tool" and text.startswith(TEST_FAILED))


def failures_seen(messages: list[dict[str, Any]]) -> int:
    """Failing visible-test outputs shown so far (the task prompt itself never counts)."""
    return sum(1 for m in messages[2:] if is_failure(m))


def _calls_of(message: dict[str, Any]) -> list[Call]:
    out = []
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        try:
            args = json.loads(function.get("arguments") or "{}")
        except json.JSONDecodeError:
            args = {}
        out.append((function.get("name", ""), args if isinstance(args, dict) else {}))
    return out


def _write_calls(attempt: Try) -> list[Call]:
    """One write_file per file of the try (the sim edits only with write_file)."""
    return [("write_file", {"path": path, "content": text}) for path, text in attempt.files.items()]


class SimModel:
    """A simulated chat model for one task and one sample seed (see the module docstring)."""

    simulated = True

    def __init__(self, profile_name: str, profile: SimProfile, task: LoadedTask, seed: int) -> None:
        self.name = f"{SIM_PREFIX}{profile_name}"
        self.profile, self.task, self.seed = profile, task, seed
        self.scope: Scope = task.task.scope
        self.reference = Try("reference", overlay_files(task.reference, task))
        self.first_tries = {mode: self._draw_first_try(mode) for mode in ("raw", "agent")}

    @property
    def first_try(self) -> Try:
        """The raw arm's first try (the agent's too unless the profile's `pairing` is below 1)."""
        return self.first_tries["raw"]

    def _rng(self, what: str, n: int = 0) -> random.Random:
        return random.Random(f"{self.seed}:{what}:{self.task.id}:{n}")

    def _draw_first_try(self, mode: str) -> Try:
        """Reference, broken variant or nothing, from (seed, task id) only (and `mode` if unpaired)."""
        shared = self._rng("pairing").random() < self.profile.pairing
        rng = self._rng("first" if shared else f"first-{mode}")
        draw = rng.random()
        correct, broken = self.profile.correct[self.scope], self.profile.broken[self.scope]
        if draw < correct:
            return self.reference
        if draw < correct + broken:
            pool = broken_pool(self.task, tuple(self.profile.broken_outcomes))
            if pool:
                return rng.choice(pool)
        return Try("none")

    def repairs(self, n: int) -> bool:
        """Whether the n-th failing test output shown (1-based) leads to the reference."""
        return n <= MAX_REPAIRS and self._rng("repair", n).random() < self.profile.repair[self.scope]

    def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]] | None = None,
        *,
        budget: BudgetTracker | None = None,
    ) -> Completion:
        """The next assistant turn: a raw answer without tools, else the agent's next tool calls."""
        offered = {(t.get("function") or {}).get("name", "") for t in tools or []}
        content: str | None
        if offered:
            calls = self._agent_turn(messages, offered)
            content = None if calls else "(simulated) I am done."
        else:
            calls, content = [], self._raw_answer(messages)
        turn = sum(1 for m in messages if m.get("role") == "assistant")
        tool_calls = [
            ToolCall(id=f"sim-{turn}-{i}", name=name, arguments=json.dumps(args))
            for i, (name, args) in enumerate(calls)
        ]
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if tool_calls:
            message["tool_calls"] = [
                {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                for c in tool_calls
            ]
        usage = self._usage(messages, tools, message)
        if budget is not None:
            budget.check(usage.total_tokens)
            budget.record(usage)
        reason = "tool_calls" if tool_calls else "stop"
        return Completion(
            content=content, tool_calls=tool_calls, finish_reason=reason, usage=usage, message=message
        )

    def _usage(self, messages: list[dict[str, Any]], tools: Any, message: dict[str, Any]) -> Usage:
        """Tokens as text length / chars_per_token (JSON of the messages and tools); cost unknown."""
        cpt, extra = self.profile.chars_per_token, self.profile.extra_prompt_tokens
        prompt = extra + int((len(json.dumps(messages)) + len(json.dumps(tools or []))) / cpt)
        completion = max(1, int(len(json.dumps(message)) / cpt))
        return Usage(prompt_tokens=prompt, completion_tokens=completion, cost=None, calls=1, latency=0.0)

    def _raw_answer(self, messages: list[dict[str, Any]]) -> str:
        """First call: the first try. After failing tests: the reference, or the same answer again."""
        if any("<<<<<<< SEARCH" in str(m.get("content")) for m in messages[:2]):
            raise ModelError(f"{self.name} answers only in the `whole` edit format, not search-replace")
        answers = [m.get("content") or "" for m in messages if m.get("role") == "assistant"]
        if not answers:
            return whole_answer(self.first_tries["raw"])
        users = [m for m in messages if m.get("role") == "user"]
        if users and is_failure(users[-1]) and self.repairs(failures_seen(messages)):
            return whole_answer(self.reference)
        return answers[-1]

    def _agent_turn(self, messages: list[dict[str, Any]], offered: set[str]) -> list[Call]:
        """list_files -> read_file -> edits -> run_tests -> submit; a failure shown draws a repair."""
        turns = [i for i, m in enumerate(messages) if m.get("role") == "assistant"]
        if not turns:
            return self._from_stage(0, offered, messages)
        if any(is_failure(m) for m in messages[turns[-1] + 1 :]):
            if self.repairs(failures_seen(messages)):
                edits = [c for c in _write_calls(self.reference) if c[0] in offered]
                if edits:
                    return edits
            return self._from_stage(STAGE["submit"], offered, messages)
        stages = [STAGE[name] for name, _ in _calls_of(messages[turns[-1]]) if name in STAGE]
        after = max(stages, default=STAGE["run_tests"]) + 1
        return self._from_stage(min(after, STAGE["submit"]), offered, messages)

    def _from_stage(self, start: int, offered: set[str], messages: list[dict[str, Any]]) -> list[Call]:
        """The calls of the first stage from `start` on that has something offered to do."""
        first = self.first_tries["agent"]
        edited = any(name == "write_file" for m in messages for name, _ in _calls_of(m))
        stages: list[list[Call]] = [
            [("list_files", {"path": "."})],
            [("read_file", {"path": self.task.task.targets[0].file})],
            _write_calls(first),
            [("run_tests", {})] if edited else [],
            [("submit", {"summary": f"SIMULATED {self.name}: first try {first.label}"})],
        ]
        for calls in stages[start:]:
            usable = [c for c in calls if c[0] in offered]
            if usable:
                return usable
        return []
