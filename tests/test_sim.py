"""The simulated model family `sim/<profile>` drives the real arms offline with known behaviour;
the shared scorer judges the workspaces it leaves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from agents.arms import ArmConfig, load_arm
from agents.edits import parse_answer
from agents.sim import SCOPES, SimModel, SimProfile, expected_success, load_profile, sim_model
from agents.trajectory import StopReason, Trajectory
from agents.usage import Budget
from harness.attempt import AttemptResult, run_attempt
from harness.errors import ConfigError
from harness.tasks import LoadedTask, load_task

VISIBLE_BREAK = """GOLD = {(True, True): 25, (True, False): 15, (False, True): 10, (False, False): 5}


def discount(customer, amount, coupon=None):
    big = amount > 100
    if customer == "gold":
        return GOLD[(big, bool(coupon))]
    if customer == "silver":
        return 10 if big else 3
    return 2 if coupon else 0
"""


def profile(correct: float = 0.0, broken: float = 0.0, repair: float = 0.0) -> SimProfile:
    return SimProfile(
        description="SIMULATED test profile",
        correct=dict.fromkeys(SCOPES, correct),
        broken=dict.fromkeys(SCOPES, broken),
        repair=dict.fromkeys(SCOPES, repair),
    )


@pytest.fixture(scope="module")
def loud(tmp_path_factory: pytest.TempPathFactory, tiny: LoadedTask) -> LoadedTask:
    """A copy of tiny whose only L3 variant breaks a VISIBLE test (`behaviour-break` breaks a hidden one)."""
    root = tmp_path_factory.mktemp("suite") / tiny.id
    shutil.copytree(tiny.root, root)
    shutil.rmtree(root / "validation" / "behaviour-break")
    assert (root / "validation" / "visible-break" / "files" / "pricing.py").read_text() == VISIBLE_BREAK
    return load_task(root)


def run(task: LoadedTask, arm: str | ArmConfig, model: SimModel, scorer) -> AttemptResult:
    config = load_arm(arm) if isinstance(arm, str) else arm
    return run_attempt(task, config, model, scorer.sandbox, scorer)


def tool_results(traj: Trajectory, tool: str) -> list[str]:
    return [s.result or "" for s in traj.steps if s.kind == "tool" and s.tool == tool]


def test_correct_profile_succeeds_in_both_arms_and_is_labelled(tiny, scorer) -> None:
    """correct=1: raw and agent both reach success through real workspaces; all says simulated."""
    model = SimModel("always", profile(correct=1.0), tiny, seed=7)
    assert model.name == "sim/always" and model.simulated is True
    raw = run(tiny, "raw", model, scorer)
    agent = run(tiny, "agent", model, scorer)
    assert raw.trajectory.stop_reason is StopReason.ANSWERED and raw.score.success, raw.score.reasons
    assert agent.trajectory.stop_reason is StopReason.SUBMITTED and agent.score.success
    assert agent.trajectory.tool_counts() == {
        "list_files": 1,
        "read_file": 1,
        "write_file": 1,
        "run_tests": 1,
        "submit": 1,
    }
    assert tool_results(agent.trajectory, "run_tests")[0].startswith("visible tests PASSED")
    for result in (raw, agent):
        assert result.trajectory.simulated and result.trajectory.model == "sim/always"
        assert result.trajectory.usage.calls == result.trajectory.model_calls
        assert result.trajectory.usage.cost is None and result.trajectory.usage.total_tokens > 0


def test_same_seed_same_first_try_in_both_arms(loud, scorer) -> None:
    """Pairing: for a given seed, raw's answer and the agent's first write carry the same first try."""
    mixed = profile(correct=0.5, broken=0.5)
    labels = {seed: SimModel("mixed", mixed, loud, seed).first_try.label for seed in range(40)}
    for want in ("reference", "broken:visible-break"):
        seed = next(s for s, label in labels.items() if label == want)
        raw = run(loud, "raw", SimModel("mixed", mixed, loud, seed), scorer)
        agent = run(loud, "agent-no-tests", SimModel("mixed", mixed, loud, seed), scorer)
        answered = {e.path: e.content for e in parse_answer(raw.trajectory.messages[-1]["content"], "whole")}
        writes = [json.loads(s.arguments or "") for s in agent.trajectory.steps if s.tool == "write_file"]
        assert answered == {w["path"]: w["content"] for w in writes}
        assert raw.score.outcome == agent.score.outcome == ("success" if want == "reference" else "L3")


def test_broken_then_repair_raw_fails_agent_repairs(loud, scorer) -> None:
    """broken=1, repair=1 with a visible break: raw fails L3; raw-retry and agent repair to success."""
    model = SimModel("fixer", profile(broken=1.0, repair=1.0), loud, seed=3)
    raw = run(loud, "raw", model, scorer)
    assert raw.score.outcome == "L3"
    retry = run(loud, "raw-retry", model, scorer)
    assert retry.trajectory.model_calls == 2 and retry.score.success
    agent = run(loud, "agent", model, scorer)
    runs = tool_results(agent.trajectory, "run_tests")
    assert [r.split("\n")[0].split(" (")[0] for r in runs] == ["visible tests FAILED", "visible tests PASSED"]
    assert agent.trajectory.tool_counts()["write_file"] == 2 and agent.score.success


def test_broken_without_repair_fails_in_both_arms(loud, scorer) -> None:
    """broken=1, repair=0: raw fails L3; the agent sees every failure, never repairs, and fails L3."""
    model = SimModel("stuck", profile(broken=1.0, repair=0.0), loud, seed=3)
    raw = run(loud, "raw", model, scorer)
    agent = run(loud, "agent", model, scorer)
    assert raw.score.outcome == "L3" and agent.score.outcome == "L3"
    assert agent.trajectory.stop_reason is StopReason.SUBMITTED
    assert agent.trajectory.tool_counts() == {
        "list_files": 1,
        "read_file": 1,
        "write_file": 1,
        "run_tests": 1,
        "submit": 3,  # the first submit plus agent.yaml's two test retries
    }


def test_hidden_only_break_is_never_repaired(tiny, scorer) -> None:
    """tiny's L3 variant passes the visible tests: no feedback fires, so even repair=1 fails L3."""
    model = SimModel("fixer", profile(broken=1.0, repair=1.0), tiny, seed=0)
    assert model.first_try.label == "broken:behaviour-break"
    agent = run(tiny, "agent", model, scorer)
    assert tool_results(agent.trajectory, "run_tests")[0].startswith("visible tests PASSED")
    assert agent.score.outcome == "L3"


def test_agent_only_calls_offered_tools(loud, scorer) -> None:
    """agent-no-tests offers no run_tests: the sim never calls it, and submits its first try."""
    model = SimModel("fixer", profile(broken=1.0, repair=1.0), loud, seed=3)
    result = run(loud, "agent-no-tests", model, scorer)
    assert "run_tests" not in result.trajectory.tool_counts()
    assert not any(s.error for s in result.trajectory.steps if s.kind == "tool")
    assert result.score.outcome == "L3"


def test_same_seed_twice_gives_identical_trajectories(loud, scorer) -> None:
    """Determinism: the same seed twice calls the same tools with the same arguments. Seed 0 under
    plateau takes the long path: broken try, FAILED run_tests, no repair, failed submit, repair."""
    plateau = load_profile("plateau")

    def calls(seed: int) -> list[tuple[str | None, str | None]]:
        result = run(loud, "agent", SimModel("plateau", plateau, loud, seed), scorer)
        assert result.score.success
        return [(s.tool, s.arguments) for s in result.trajectory.steps if s.kind in ("tool", "harness")]

    first = calls(0)
    assert first == calls(0)
    assert [tool for tool, _ in first] == [
        "list_files",
        "read_file",
        "write_file",
        "run_tests",
        "submit",
        "visible_tests",
        "write_file",
        "run_tests",
        "submit",
        "visible_tests",
    ]


def test_budget_is_checked_before_the_call(tiny, scorer) -> None:
    """A token cap the first call would exceed stops the attempt with reason budget, no call made."""
    arm = ArmConfig(name="agent-tight", kind="agent", budget=Budget(max_tokens_total=50))
    result = run(tiny, arm, SimModel("always", profile(correct=1.0), tiny, 0), scorer)
    assert result.trajectory.stop_reason is StopReason.BUDGET and result.trajectory.model_calls == 0


def test_search_replace_arm_is_refused_loudly(tiny, scorer) -> None:
    """Sim models only write the `whole` format: a search-replace arm stops with a model error."""
    arm = ArmConfig(name="raw-sr", kind="raw", edit_format="search-replace")
    result = run(tiny, arm, SimModel("always", profile(correct=1.0), tiny, 0), scorer)
    assert result.trajectory.stop_reason is StopReason.MODEL_ERROR
    assert "whole" in (result.trajectory.error or "")


def test_first_try_and_repair_rates_match_profile(tiny) -> None:
    """Over many seeds the first-try shares match the profile, repair draws match `repair`, and
    rebuilding a model with the same seed gives the same first try."""
    plateau = load_profile("plateau")
    models = [SimModel("plateau", plateau, tiny, seed) for seed in range(3000)]
    share = {
        k: sum(m.first_try.label.split(":")[0] == k for m in models) / 3000 for k in ("reference", "broken")
    }
    assert abs(share["reference"] - 0.30) < 0.03 and abs(share["broken"] - 0.40) < 0.03
    assert abs(sum(m.repairs(1) for m in models) / 3000 - 0.35) < 0.03
    again = [SimModel("plateau", plateau, tiny, seed).first_try for seed in range(50)]
    assert again == [m.first_try for m in models[:50]]


def test_pairing_below_one_gives_discordant_pairs_both_ways(tiny) -> None:
    """pairing<1 (as in null): some raw/agent first tries differ, both ways, at equal marginal rates."""
    null = load_profile("null")
    assert null.pairing < 1 and set(null.repair.values()) == {0.0}
    models = [SimModel("null", null, tiny, seed) for seed in range(3000)]
    hit = {mode: [m.first_tries[mode].label == "reference" for m in models] for mode in ("raw", "agent")}
    raw_only = sum(r and not a for r, a in zip(hit["raw"], hit["agent"], strict=True))
    agent_only = sum(a and not r for r, a in zip(hit["raw"], hit["agent"], strict=True))
    expected = 3000 * (1 - null.pairing) * 0.30 * 0.70
    assert abs(raw_only - expected) < 0.25 * expected and abs(agent_only - expected) < 0.25 * expected
    assert abs(sum(hit["raw"]) - sum(hit["agent"])) < 0.03 * 3000


def test_profiles_load_and_unknown_names_fail() -> None:
    """plateau and null load; an unknown profile is a ConfigError naming the known ones."""
    assert load_profile("plateau").pairing == 1.0 and "SIMULATED" in load_profile("null").description
    assert "SIMULATED" in load_profile("plateau").description
    with pytest.raises(ConfigError, match=r"no simulated model profile 'nope'.*null.*plateau"):
        load_profile("nope")
    with pytest.raises(ConfigError, match="not a simulated model"):
        sim_model("openai/gpt-4o", None, 0)  # type: ignore[arg-type]


def test_bad_profiles_are_rejected() -> None:
    """Missing scopes, correct + broken above 1 and unknown keys are validation errors."""
    with pytest.raises(ValueError, match="exceeds 1"):
        profile(correct=0.7, broken=0.5)
    with pytest.raises(ValueError, match="no rate for scope"):
        SimProfile(description="x", correct={"function": 1.0}, broken={}, repair={})
    with pytest.raises(ValueError, match="extra"):
        SimProfile.model_validate({**profile().model_dump(), "sucess": 1})


def test_expected_success_follows_feedback_rounds() -> None:
    """Implied rates: raw = correct; each feedback round adds broken * repair * (1 - repair)^k."""
    p = load_profile("plateau")
    assert expected_success(p, "function", load_arm("raw")) == pytest.approx(0.30)
    assert expected_success(p, "function", load_arm("raw-retry")) == pytest.approx(0.30 + 0.40 * 0.35)
    assert expected_success(p, "function", load_arm("agent")) == pytest.approx(0.30 + 0.40 * (1 - 0.65**3))
    assert expected_success(p, "function", load_arm("agent-no-tests")) == pytest.approx(0.30)
    null = load_profile("null")
    assert {expected_success(null, "file", load_arm(a)) for a in ("raw", "raw-retry", "agent")} == {0.22}


def test_sim_model_from_name(tiny) -> None:
    """`sim/<profile>` builds a SimModel whose name keeps the prefix."""
    model = sim_model("sim/plateau", tiny, 5)
    assert model.name == "sim/plateau" and model.simulated and model.profile == load_profile("plateau")
    assert Path(model.task.root) == tiny.root
