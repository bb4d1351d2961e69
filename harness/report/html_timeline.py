"""An attempt's trajectory as a readable timeline: messages, tool calls with arguments and results,
test runs, feedback and retries, with tokens and cost per step.

The trajectory file keeps messages and steps apart; the timeline walks the steps in order and
pairs each model step with the next assistant message (and the feedback shown before it).
Tool messages are not repeated: the tool step already holds the arguments and the result.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agents.trajectory import Step, Trajectory
from harness.report.html_base import clip, esc, money

SHORT = 800
"""Texts up to this length are shown open; longer ones fold into a <details> with a summary."""
TEST_TOOLS = {"run_tests", "visible_tests"}


def load_trajectory(path: str | None) -> Trajectory | str:
    """The trajectory at `path`, or a sentence saying why there is none."""
    if not path or not Path(path).is_file():
        return "trajectory not available"
    try:
        return Trajectory.load(Path(path))
    except (OSError, ValueError, ValidationError) as exc:
        return f"trajectory not readable: {type(exc).__name__}"


def block(text: str, label: str = "", cls: str = "") -> str:
    """A preformatted text, folded with a one-line summary when long."""
    pre = f'<pre class="{cls}">{clip(text)}</pre>'
    if len(text) <= SHORT:
        return pre
    first = text.strip().splitlines()[0][:100] if text.strip() else ""
    summary = f"{esc(label)} {esc(first)} <span class='muted'>({len(text):,} chars)</span>"
    return f"<details><summary>{summary}</summary>{pre}</details>"


def _args(arguments: str | None) -> str:
    """Tool arguments: short ones as JSON, multi-line strings (file contents) as text blocks."""
    if not arguments:
        return ""
    try:
        parsed = json.loads(arguments)
    except ValueError:
        return block(arguments, "arguments", "args")
    if not isinstance(parsed, dict):
        return block(json.dumps(parsed, ensure_ascii=False), "arguments", "args")
    texts = {k: v for k, v in parsed.items() if isinstance(v, str) and "\n" in v}
    short = {k: v for k, v in parsed.items() if k not in texts}
    out = [block(json.dumps(short, ensure_ascii=False), "arguments", "args")] if short or not texts else []
    out += [f'<div class="muted">{esc(k)}:</div>{block(v, k, "args")}' for k, v in texts.items()]
    return "".join(out)


def _usage(step: Step, total: int) -> str:
    u = step.usage
    if u is None:
        return ""
    retried = f" · retried {u.retries} times (transient API errors)" if u.retries else ""
    cached = " · cached" if u.cached else ""
    return (
        f" · {u.prompt_tokens:,}+{u.completion_tokens:,} tokens · {money(u.cost)}"
        f" · running total {total:,} tokens{retried}{cached}"
    )


def _head(n: int, kind: str, title: str, step: Step, extra: str = "", mark: str = "") -> str:
    return (
        f'<div class="ev-head"><span class="badge {kind}">#{n} {esc(kind)}</span> <b>{esc(title)}</b>'
        f' <span class="muted">{step.seconds:.2f}s{extra}</span>{mark}</div>'
    )


def _model(n: int, step: Step, message: dict[str, Any] | None, total: int) -> str:
    body = []
    content = (message or {}).get("content")
    if isinstance(content, str) and content:
        body.append(block(content, "answer", "msg"))
    calls = [(c.get("function") or {}).get("name", "?") for c in (message or {}).get("tool_calls") or []]
    if calls:
        body.append(f'<p class="calls">calls {", ".join(f"<code>{esc(c)}</code>" for c in calls)}</p>')
    title = f"model ({step.note})" if step.note else "model"
    head = _head(n, "model", title, step, _usage(step, total))
    return f'<li class="ev ev-model">{head}{"".join(body)}</li>'


def _tool(n: int, step: Step) -> str:
    """A tool call, a harness test run or a harness note, with its arguments and result."""
    name = step.tool or step.note or step.kind
    result = step.result or ""
    if name in TEST_TOOLS:
        failed = step.error or "tests FAILED" in result.split("\n", 1)[0]
        kind, cls = "test", f"ev ev-test {'t-failed' if failed else 't-passed'}"
        mark = (
            f' <span class="chip o-{"L3" if failed else "success"}">{"failed" if failed else "passed"}</span>'
        )
    else:
        kind, cls = step.kind, f"ev ev-{step.kind}{' ev-error' if step.error else ''}"
        mark = ' <span class="chip o-L0">error</span>' if step.error else ""
    title = f"{name}{' (harness)' if step.kind == 'harness' else ''}"
    body = _args(step.arguments) + (block(result, "result", "result") if result else "")
    return f'<li class="{cls}">{_head(n, kind, title, step, mark=mark)}{body}</li>'


def _user(message: dict[str, Any]) -> str:
    text = message.get("content")
    shown = text if isinstance(text, str) else json.dumps(text)
    head = '<div class="ev-head"><b>feedback to the model</b></div>'
    return f'<li class="ev ev-user">{head}{block(shown)}</li>'


def _next_assistant(messages: list[dict[str, Any]], i: int) -> tuple[int, list[str], dict[str, Any] | None]:
    """From index i: the user messages met (rendered) and the next assistant message."""
    users: list[str] = []
    while i < len(messages):
        message = messages[i]
        i += 1
        if message.get("role") == "assistant":
            return i, users, message
        if message.get("role") == "user":
            users.append(_user(message))
    return i, users, None


def _prompt(messages: list[dict[str, Any]]) -> tuple[int, str]:
    """The messages before the first answer (system prompt and task), folded."""
    end = next((i for i, m in enumerate(messages) if m.get("role") == "assistant"), len(messages))
    parts = [
        f"<h5>{esc(m.get('role', '?'))}</h5>{block(str(m.get('content') or ''))}" for m in messages[:end]
    ]
    summary = f"<summary>prompt ({end} messages: system and task)</summary>"
    return end, f"<details class='prompt'>{summary}{''.join(parts)}</details>"


def timeline_html(path: str | None) -> str:
    """The whole trajectory at `path` as a timeline (or why it is not available)."""
    traj = load_trajectory(path)
    if isinstance(traj, str):
        return f'<p class="muted no-traj">{esc(traj)}</p>'
    i, prompt = _prompt(traj.messages)
    items, total = [], 0
    for n, step in enumerate(traj.steps, 1):
        if step.kind == "model":
            total += step.usage.total_tokens if step.usage else 0
            i, users, message = _next_assistant(traj.messages, i)
            items += [*users, _model(n, step, message, total)]
        else:
            items.append(_tool(n, step))
    items += [_user(m) for m in traj.messages[i:] if m.get("role") == "user"]
    sim = ' <span class="sim-tag">SIMULATED</span>' if traj.simulated else ""
    head = (
        f'<p class="muted">{len(traj.steps)} steps · {traj.model_calls} model calls · '
        f"{traj.usage.total_tokens:,} tokens · {money(traj.usage.cost)} · {traj.seconds:.1f}s · "
        f"stopped: {esc(traj.stop_reason or 'unknown')}{sim}</p>"
    )
    error = f'<p class="err">error: {esc(traj.error)}</p>' if traj.error else ""
    return f'{head}{error}{prompt}<ol class="timeline">{"".join(items)}</ol>'
