"""run_tests: the task's visible tests, in the sandbox, exactly as the scorer runs them."""

from __future__ import annotations

from harness.commands import run_visible_tests
from tools.base import Args, ToolContext, ToolSpec


class RunTestsArgs(Args):
    pass


def run_tests(ctx: ToolContext, args: RunTestsArgs) -> str:
    ctx.test_runs += 1
    result = run_visible_tests(ctx.sandbox, ctx.task, ctx.workspace.root)
    verdict = "PASSED" if result.ok else f"FAILED ({result.status.value}, exit code {result.exit_code})"
    return f"visible tests {verdict}\n{ctx.clip(result.output)}"


TOOLS = [ToolSpec("run_tests", "Run the visible tests on the current workspace.", RunTestsArgs, run_tests)]
