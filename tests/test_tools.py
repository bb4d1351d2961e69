"""Agent tools: they act only inside the workspace, and every mistake becomes an error
observation for the model instead of ending the attempt."""

from __future__ import annotations

import pytest

from harness.tasks import LoadedTask
from harness.workspace import Workspace
from tools import toolset
from tools.base import ToolContext, dispatch


@pytest.fixture()
def ctx(tiny: LoadedTask, scorer) -> ToolContext:
    ws = Workspace.create(tiny.repo)
    yield ToolContext(workspace=ws, task=tiny, sandbox=scorer.sandbox, output_chars=4000)
    ws.cleanup()


def call(ctx: ToolContext, name: str, args) -> tuple[str, bool]:
    result = dispatch(toolset(), ctx, name, args)
    return result.content, result.error


def test_read_list_search(ctx: ToolContext) -> None:
    """Reading tools show workspace content with line numbers; hidden tests are not there."""
    listing, err = call(ctx, "list_files", {})
    assert not err and "pricing.py" in listing and "hidden" not in listing
    text, err = call(ctx, "read_file", '{"path": "pricing.py", "start_line": 2, "end_line": 3}')
    assert not err and " 2| " in text and "lines 2-3" in text
    hits, err = call(ctx, "search", {"pattern": r"return \d+"})
    assert not err and "pricing.py:5:" in hits


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("read_file", {"path": "../task.yaml"}, "'..' is not allowed"),
        ("read_file", {"path": "/etc/passwd"}, "absolute paths"),
        ("write_file", {"path": "../../evil.py", "content": "x"}, "not allowed"),
        ("read_file", '{"path": ', "not valid JSON"),
        ("read_file", {"file": "pricing.py"}, "bad arguments"),
        ("search", {"pattern": "("}, "invalid regular expression"),
        ("replace_in_file", {"path": "pricing.py", "old": "nope", "new": "x"}, "not found"),
        ("replace_in_file", {"path": "pricing.py", "old": "return", "new": "x"}, "occurs"),
        ("write_file", {"path": "tests/test_pricing.py", "content": ""}, "protected"),
        ("rm_rf", {}, "unknown tool"),
    ],
)
def test_mistakes_are_observations(ctx: ToolContext, name: str, args, message: str) -> None:
    """Path escapes, malformed or unknown arguments, unknown tools: an error text, no exception."""
    text, err = call(ctx, name, args)
    assert err and message in text


def test_edit_test_reset(ctx: ToolContext, tiny: LoadedTask) -> None:
    """Edits change the workspace; run_tests runs the visible tests on it; reset undoes all."""
    broken = "def discount(customer, amount, coupon=None):\n    return 0\n"
    _, err = call(ctx, "write_file", {"path": "pricing.py", "content": broken})
    assert not err
    out, err = call(ctx, "run_tests", {})
    assert not err and out.startswith("visible tests FAILED")
    call(ctx, "write_file", {"path": "pricing.py", "content": (tiny.reference / "pricing.py").read_text()})
    out, _ = call(ctx, "run_tests", {})
    assert out.startswith("visible tests PASSED") and ctx.test_runs == 2
    assert "pricing.py" in ctx.workspace.diff()
    call(ctx, "reset_workspace", {})
    assert ctx.workspace.diff() == ""
    out, _ = call(ctx, "submit", {"summary": "done"})
    assert out == "submitted" and ctx.submitted


def test_schemas_are_openai_functions() -> None:
    """Every tool sends a JSON schema in the OpenAI function format."""
    for spec in toolset().values():
        schema = spec.schema()
        assert schema["type"] == "function" and schema["function"]["name"] == spec.name
        assert schema["function"]["parameters"]["type"] == "object"
