"""The arms, driven by scripted models through the real litellm path (registered provider and
loopback HTTP server), produce workspaces that the shared scorer judges."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.arms import ArmConfig, load_arm
from agents.models import Model, ModelConfig, RetryPolicy
from agents.scripted import ScriptedServer, ScriptError, clear_scripts, register_script
from agents.trajectory import StopReason, Trajectory
from agents.usage import Budget
from harness.attempt import run_attempt
from harness.tasks import LoadedTask

NO_WAIT = RetryPolicy(max_attempts=3, initial_wait=0, max_wait=0, jitter=0)


@pytest.fixture(autouse=True)
def fresh_scripts() -> Iterator[None]:
    clear_scripts()
    yield
    clear_scripts()


@pytest.fixture(params=["provider", "http"])
def model_for(request) -> Iterator:
    """Build a Model for a script name, through the provider or the loopback server."""
    if request.param == "provider":
        yield lambda name: Model(ModelConfig(name=f"scripted/{name}", retry=NO_WAIT))
        return
    with ScriptedServer() as server:
        yield lambda name: Model(
            ModelConfig(name=f"openai/{name}", api_base=server.api_base, api_key="x", retry=NO_WAIT)
        )


def reference(task: LoadedTask) -> dict[str, str]:
    return {
        p.relative_to(task.reference).as_posix(): p.read_text()
        for p in task.reference.rglob("*")
        if p.is_file()
    }


def whole_answer(files: dict[str, str]) -> str:
    return "Here is the refactoring.\n\n" + "\n\n".join(
        f"{path}\n```python\n{text}```" for path, text in files.items()
    )


BROKEN = "def discount(customer, amount, coupon=None):\n    return 0\n"


def test_raw_refactors_end_to_end(tiny, model_for, scorer) -> None:
    """raw: one call, whole files parsed from the answer, scored a success."""
    register_script("raw-ok", [whole_answer(reference(tiny))])
    result = run_attempt(tiny, load_arm("raw"), model_for("raw-ok"), scorer.sandbox, scorer)
    assert result.trajectory.stop_reason is StopReason.ANSWERED
    assert result.trajectory.model_calls == 1 and result.score.success, result.score.reasons


def test_raw_retry_uses_test_output(tiny, model_for, scorer) -> None:
    """raw-retry: a first answer failing the visible tests earns exactly one more call."""
    register_script("retry", [whole_answer({"pricing.py": BROKEN}), whole_answer(reference(tiny))])
    result = run_attempt(tiny, load_arm("raw-retry"), model_for("retry"), scorer.sandbox, scorer)
    assert result.trajectory.model_calls == 2 and result.score.success
    second_prompt = result.trajectory.messages[-2]["content"]
    assert "visible tests fail" in second_prompt and "assert" in second_prompt


def test_unparsable_raw_answer_is_l0_with_reason(tiny, model_for, scorer) -> None:
    """An answer without usable edits stops with parse_error and the reason; the score is L0."""
    register_script("garbage", ["I would refactor it by simplifying the conditionals."])
    result = run_attempt(tiny, load_arm("raw"), model_for("garbage"), scorer.sandbox, scorer)
    assert result.trajectory.stop_reason is StopReason.PARSE_ERROR
    assert "no fenced files" in (result.trajectory.error or "")
    assert result.score.outcome == "L0"


def agent_script(tiny: LoadedTask) -> list:
    ref = reference(tiny)["pricing.py"]
    return [
        [{"name": "list_files", "arguments": {}}],
        [{"name": "read_file", "arguments": {"path": "pricing.py"}}],
        [{"name": "write_file", "arguments": {"path": "pricing.py", "content": BROKEN}}],
        [{"name": "submit", "arguments": {"summary": "first try"}}],
        [{"name": "replace_in_file", "arguments": {"path": "pricing.py", "old": BROKEN, "new": ref}}],
        [{"name": "run_tests", "arguments": {}}],
        [{"name": "submit", "arguments": {}}],
    ]


def test_agent_retries_after_failing_submit(tiny, model_for, scorer, tmp_path) -> None:
    """agent: a submit with failing visible tests is fed back; the fixed submit is scored a success."""
    register_script("agent", agent_script(tiny))
    path = tmp_path / "traj.json"
    result = run_attempt(tiny, load_arm("agent"), model_for("agent"), scorer.sandbox, scorer, path)
    traj = result.trajectory
    assert traj.stop_reason is StopReason.SUBMITTED, traj.error
    assert traj.tool_counts() == {
        "list_files": 1,
        "read_file": 1,
        "write_file": 1,
        "submit": 2,
        "replace_in_file": 1,
        "run_tests": 1,
    }
    feedback = [s for s in traj.steps if s.tool == "visible_tests"]
    assert [s.error for s in feedback] == [True, False]
    assert result.score.success
    saved = Trajectory.load(path)
    assert saved.stop_reason is StopReason.SUBMITTED and len(saved.steps) == len(traj.steps)


def test_agent_tool_mistakes_return_to_model(tiny, model_for, scorer) -> None:
    """Malformed arguments, unknown tools and path escapes become tool results; the loop goes on."""
    register_script(
        "clumsy",
        [
            [{"name": "read_file", "arguments": "{not json"}],
            [{"name": "delete_everything", "arguments": {}}],
            [{"name": "read_file", "arguments": {"path": "../../etc/passwd"}}],
            [
                {
                    "name": "write_file",
                    "arguments": {"path": "pricing.py", "content": reference(tiny)["pricing.py"]},
                }
            ],
            [{"name": "submit", "arguments": {}}],
        ],
    )
    result = run_attempt(tiny, load_arm("agent"), model_for("clumsy"), scorer.sandbox, scorer)
    tool_steps = [s for s in result.trajectory.steps if s.kind == "tool"]
    assert [s.error for s in tool_steps] == [True, True, True, False, False]
    assert "not valid JSON" in tool_steps[0].result and "unknown tool" in tool_steps[1].result
    assert result.score.success


def test_budget_cap_stops_before_the_call(tiny, scorer) -> None:
    """A token cap that the next call would exceed stops the agent before that call is sent."""
    with ScriptedServer() as server:
        register_script("costly", [[{"name": "list_files", "arguments": {}}]] * 5)
        model = Model(
            ModelConfig(
                name="openai/costly", api_base=server.api_base, api_key="x", max_tokens=50, retry=NO_WAIT
            )
        )
        arm = ArmConfig(name="agent-tight", kind="agent", budget=Budget(max_tokens_total=30))
        result = run_attempt(tiny, arm, model, scorer.sandbox, scorer)
        assert server.requests == []
    assert result.trajectory.stop_reason is StopReason.BUDGET and result.score.outcome == "L0"


def test_auth_error_ends_attempt(tiny, model_for, scorer) -> None:
    """A 401 is not retried: the attempt ends with the error recorded as a model error."""
    register_script("denied", [ScriptError(401, "bad key")])
    result = run_attempt(tiny, load_arm("agent"), model_for("denied"), scorer.sandbox, scorer)
    assert result.trajectory.stop_reason is StopReason.MODEL_ERROR
    assert "401" in (result.trajectory.error or "") and result.score.outcome == "L0"


def test_agent_without_tests_has_no_run_tests(tiny, model_for, scorer) -> None:
    """agent-no-tests: run_tests is not offered and a submit is accepted without test feedback."""
    register_script(
        "blind",
        [
            [{"name": "run_tests", "arguments": {}}],
            [{"name": "write_file", "arguments": {"path": "pricing.py", "content": BROKEN}}],
            [{"name": "submit", "arguments": {}}],
        ],
    )
    result = run_attempt(tiny, load_arm("agent-no-tests"), model_for("blind"), scorer.sandbox, scorer)
    steps = [s for s in result.trajectory.steps if s.kind == "tool"]
    assert steps[0].error and "unknown tool" in steps[0].result
    assert result.trajectory.stop_reason is StopReason.SUBMITTED
    assert result.score.outcome == "L3"
