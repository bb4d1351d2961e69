"""The agent arm: a LangGraph loop of a model node, a tool node and a router.

    START -> model -> (tools | model | END)        tools -> (model | END)

The model node checks the step budget (tokens, cost and time are checked by the model layer
before each call) and asks the model for its next turn with the tool schemas. The tool node
runs every requested call; mistakes come back to the model as tool results. After `submit`,
the harness runs the visible tests; if they fail and test retries remain, the failure is fed
back and the loop goes on. `recursion_limit` is set only as a backstop.
"""

from __future__ import annotations

import operator
import time
from typing import Annotated, Any, Literal, TypedDict

from langgraph.graph import END, START, StateGraph

from agents.arms import ArmConfig, Attempt, call_model, run_guarded, visible_tests
from agents.prompts import prompt
from agents.trajectory import Step, StopReason, Trajectory
from tools import toolset
from tools.base import ToolContext, dispatch


class AgentState(TypedDict):
    messages: Annotated[list[dict[str, Any]], operator.add]
    steps: int
    nudges: int
    retries_left: int
    pending_tools: bool
    stop: str | None


class AgentArm:
    def __init__(self, config: ArmConfig) -> None:
        self.config = config
        self.tools = toolset(config.tools)

    def solve(self, attempt: Attempt) -> Trajectory:
        ctx = ToolContext(attempt.workspace, attempt.task, attempt.sandbox, self.config.output_chars)
        graph = self.build(attempt, ctx)
        user = prompt("agent_user").format(
            instruction=attempt.task.task.instruction.strip(),
            tools=", ".join(self.tools),
            editable=", ".join(attempt.task.task.editable),
        )
        start: AgentState = {
            "messages": [{"role": "system", "content": prompt("system")}, {"role": "user", "content": user}],
            "steps": 0,
            "nudges": 0,
            "retries_left": self.config.test_retries,
            "pending_tools": False,
            "stop": None,
        }
        limit = {"recursion_limit": 4 * self.config.max_steps + 10}
        return run_guarded(attempt.trajectory, lambda: StopReason(graph.invoke(start, limit)["stop"]))

    def build(self, attempt: Attempt, ctx: ToolContext):
        schemas = [spec.schema() for spec in self.tools.values()]
        cfg = self.config

        def model_node(state: AgentState) -> dict[str, Any]:
            if state["steps"] >= cfg.max_steps:
                return {"stop": StopReason.MAX_STEPS.value}
            completion = call_model(attempt, state["messages"], schemas)
            update: dict[str, Any] = {"messages": [completion.message], "steps": state["steps"] + 1}
            update["pending_tools"] = bool(completion.tool_calls)
            if not completion.tool_calls:
                if state["nudges"] >= cfg.max_nudges:
                    update["stop"] = StopReason.NO_TOOL_CALLS.value
                else:
                    update["messages"].append({"role": "user", "content": prompt("agent_nudge")})
                    update["nudges"] = state["nudges"] + 1
            return update

        def tool_node(state: AgentState) -> dict[str, Any]:
            calls = state["messages"][-1].get("tool_calls") or []
            results = [self._run_tool(attempt, ctx, call) for call in calls]
            update: dict[str, Any] = {"messages": results, "pending_tools": False}
            if ctx.submitted:
                verdict, feedback = self._after_submit(attempt, ctx, state["retries_left"])
                update |= verdict
                update["messages"] = [*results, *feedback]
            attempt.trajectory.messages = [*state["messages"], *update["messages"]]
            attempt.trajectory.save()
            return update

        def route(state: AgentState) -> Literal["tools", "model", "end"]:
            if state.get("stop"):
                return "end"
            return "tools" if state["pending_tools"] else "model"

        graph = StateGraph(AgentState)
        graph.add_node("model", model_node)
        graph.add_node("tools", tool_node)
        graph.add_edge(START, "model")
        graph.add_conditional_edges("model", route, {"tools": "tools", "model": "model", "end": END})
        graph.add_conditional_edges("tools", route, {"tools": "tools", "model": "model", "end": END})
        return graph.compile()

    def _run_tool(self, attempt: Attempt, ctx: ToolContext, call: dict[str, Any]) -> dict[str, Any]:
        function = call.get("function") or {}
        name, arguments = function.get("name", ""), function.get("arguments", "")
        started = time.time()
        result = dispatch(self.tools, ctx, name, arguments)
        attempt.trajectory.add(
            Step(
                kind="tool",
                started=started,
                seconds=round(time.time() - started, 3),
                tool=name,
                arguments=str(arguments),
                result=result.content,
                error=result.error,
            )
        )
        return {"role": "tool", "tool_call_id": call.get("id", ""), "content": result.content}

    def _after_submit(
        self, attempt: Attempt, ctx: ToolContext, retries_left: int
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Accept the submit, or feed the failing visible tests back while retries remain."""
        if retries_left <= 0:
            return {"stop": StopReason.SUBMITTED.value}, []
        passed, output = visible_tests(attempt, ctx.clip)
        if passed:
            return {"stop": StopReason.SUBMITTED.value}, []
        ctx.submitted = False
        feedback = {"role": "user", "content": prompt("agent_retry").format(output=output)}
        return {"retries_left": retries_left - 1}, [feedback]
