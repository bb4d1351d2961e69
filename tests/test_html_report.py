"""The HTML report: one self-contained file a team can decide from, checked in a real browser.

A small simulated run (three built-in Python tasks, raw / raw-retry / agent) is rendered with
its attempt records; one attempt is given hostile model output. Without a browser: the file
fetches nothing, escapes model output and marks SIMULATED everywhere. With Debian's chromium (installed by
`make setup`; the browser test skips when it is absent): the plots render, a click on a task row
opens its attempt view with both diffs, hostile markup stays text, and the console stays clean.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agents.trajectory import Step, Trajectory
from harness.config import RunSpec
from harness.report.build import build_report
from harness.report.html import render_html
from harness.runner import Runner, plan
from harness.store import AttemptRecord, Store
from tests.conftest import REPO_ROOT

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
FLAGS = [  # what an offline machine needs: no sandbox (root, containers), no GPU, no phoning home
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
    "--remote-debugging-pipe",
]


def find_chromium() -> str | None:
    """Debian's chromium (or a chromium-browser) on PATH, else None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _high(fd: int) -> int:
    """The fd moved to 10 or above, so the child can dup it onto 3 or 4 safely."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    """Headless Chromium over the DevTools protocol on a pipe (the child's fds 3 and 4, messages
    ending in NUL): no port, no websocket, no package. Console and page errors are collected."""

    def __init__(self, binary: str, profile: Path) -> None:
        self.binary, self.profile = binary, profile
        self.events: list[dict[str, Any]] = []
        self._buffer, self._next, self.session = b"", 0, ""

    def __enter__(self) -> Browser:
        to_child, self._out = map(_high, os.pipe())
        self._in, from_child = map(_high, os.pipe())

        def fds() -> None:
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        self.log = open(self.profile.parent / "chromium.log", "wb")
        cmd = [self.binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"]
        self.proc = subprocess.Popen(cmd, pass_fds=(3, 4), preexec_fn=fds, stdout=self.log, stderr=self.log)
        os.close(to_child)
        os.close(from_child)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.session = ""
            self.call("Browser.close", timeout=5)
            self.proc.wait(timeout=10)
        except (RuntimeError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            os.close(self._out)
            os.close(self._in)
            self.log.close()

    def call(self, method: str, params: dict[str, Any] | None = None, timeout: float = 20) -> dict[str, Any]:
        """Send one command (to the page's session once attached) and return its result."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._in], [], [], max(deadline - time.monotonic(), 0))
            chunk = os.read(self._in, 1 << 20) if ready else b""
            if not chunk:
                raise RuntimeError("chromium did not answer (see chromium.log beside the profile)")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10) -> Any:
        """Poll until the expression is truthy; its value."""
        deadline = time.monotonic() + timeout
        while not (value := self.evaluate(expression)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert value, f"timed out waiting for {expression[:80]}"
        return value

    def open(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete'")

    def click(self, x: float, y: float) -> None:
        """A real left click (press and release) at page coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            params = {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}
            self.call("Input.dispatchMouseEvent", params)

    def screenshot(self, path: Path) -> Path:
        shot = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        out = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                out.append(str(params["entry"].get("text"))[:500])
        return out


@pytest.fixture(scope="module")
def sim_run(tmp_path_factory: pytest.TempPathFactory, builtin_suite, scorer) -> tuple[Store, str]:
    """A finished SIMULATED run: three built-in Python tasks through raw, raw-retry and agent, once."""
    folder = tmp_path_factory.mktemp("sim-run")
    store = Store(f"sqlite:///{folder}/results.sqlite")
    tasks = builtin_suite.select(["py-invoice-report", "py-order-workflow", "py-shipping-rate"])
    spec = RunSpec(models=["sim/plateau"], arms=["raw", "raw-retry", "agent"], samples=1, concurrency=6)
    runner = Runner(spec, store, scorer.sandbox, cpu_slots=4)
    run_id, todo = runner.start(plan(spec, tasks), tasks)
    runner.run(run_id, todo, lambda record: None)
    return store, run_id


def hostile_records(records: list[AttemptRecord], folder: Path) -> list[AttemptRecord]:
    """The run's records with model output that tries to run script (in the diff and a tool result
    of the first task's agent attempt); a raw-retry attempt loses its trajectory file."""
    agent = min((r for r in records if r.arm == "agent"), key=lambda r: r.task)  # the first row
    assert agent.trajectory_path is not None
    traj = Trajectory.load(Path(agent.trajectory_path))
    traj.steps.append(Step(kind="tool", started=time.time(), seconds=0.0, tool="read_file", result=HOSTILE))
    path = folder / "hostile.json"
    path.write_text(traj.model_dump_json(), encoding="utf-8")
    evil = agent.model_copy(update={"diff": agent.diff + f"+{HOSTILE}\n", "trajectory_path": str(path)})
    lost = next(r for r in records if r.arm == "raw-retry")
    gone = lost.model_copy(update={"trajectory_path": str(folder / "missing.json")})
    swap = {id(agent): evil, id(lost): gone}
    return [swap.get(id(r), r) for r in records]


@pytest.fixture(scope="module")
def page(sim_run: tuple[Store, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """report.html of the run, written the way `report --format html --out` writes it."""
    store, run_id = sim_run
    folder = tmp_path_factory.mktemp("report")
    records = hostile_records(store.attempts(run_id), folder)
    out = folder / "report.html"
    out.write_text(render_html(build_report(store.run(run_id), records), records), encoding="utf-8")
    return out


def test_file_is_self_contained_and_marked_simulated(page: Path) -> None:
    """Nothing is fetched (no external src/href, a CSP of default-src 'none'); SIMULATED is on
    the page and on every attempt view; plots are inline SVG."""
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)
    assert "default-src 'none'" in text and '<link rel="stylesheet"' not in text
    views = re.findall(r'<section class="attempt" id="attempt-\d+".*?</section>', text, re.S)
    assert len(views) == 3 and all("SIMULATED" in v for v in views)
    assert text.count('<svg class="plot') >= 3 + 3 + 1  # funnels, lift by dimension, cost


def test_model_output_is_escaped(page: Path) -> None:
    """A `<script>` or an `onerror` in a diff or tool result is text on the page, never markup."""
    text = page.read_text(encoding="utf-8")
    assert "window.__pwned" in text
    assert "<script>window.__pwned" not in text and "<img src=x" not in text
    assert text.count("&lt;script&gt;window.__pwned=1&lt;/script&gt;") == 2  # the diff and the result
    assert text.count("<script") == 1  # the page's own


def test_missing_trajectory_and_no_records(sim_run: tuple[Store, str], page: Path) -> None:
    """A missing trajectory file says so; without records the summary still renders, without views."""
    assert "trajectory not available" in page.read_text(encoding="utf-8")
    store, run_id = sim_run
    summary = render_html(build_report(store.run(run_id), store.attempts(run_id)))
    assert 'class="attempt"' not in summary and '<svg class="plot' in summary and "SIMULATED" in summary


def test_cli_writes_html_report(sim_run: tuple[Store, str], tmp_path: Path) -> None:
    """`liftbench report --format html --out PATH` on a finished run writes the file."""
    store, run_id = sim_run
    out = tmp_path / "cli" / "report.html"
    cmd = [sys.executable, "-m", "harness", "report", run_id, "--format", "html", "--out", str(out)]
    done = subprocess.run(
        [*cmd, "--db", store.url], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "SIMULATED" in text and '<svg class="plot' in text
    assert 'class="attempt"' in text  # the CLI passes the attempts: task table and attempt views


PLOTS_JS = """[...document.querySelectorAll('svg.plot')].map(s => {
  const r = s.getBoundingClientRect();
  return [r.width, r.height, s.querySelectorAll('rect, circle, line').length];
})"""
ROW_JS = """(() => { const td = document.querySelector('#tasks tbody tr.task td:nth-child(3)');
  td.scrollIntoView(); const r = td.getBoundingClientRect();
  return [r.x + r.width / 2, r.y + r.height / 2]; })()"""
FILTER_JS = """(q => { const box = document.getElementById('task-filter'); box.value = q;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  return document.getElementById('task-count').textContent; })"""
VIEW_JS = """(() => { const v = document.querySelector('.attempt:target');
  if (!v) return null;
  const shown = e => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0;
  return {
    main: getComputedStyle(document.querySelector('main')).display,
    arms: [...v.querySelectorAll('.panel')].filter(shown).map(p => p.dataset.arm),
    diffs: [...v.querySelectorAll('pre.diff')].filter(shown).map(d => d.textContent),
    simulated: shown(v.querySelector('.sim')),
    steps: v.querySelectorAll('.timeline .ev').length,
  }; })()"""


@pytest.mark.skipif(find_chromium() is None, reason="no chromium: `make setup` installs Debian's chromium")
def test_report_in_headless_chromium(page: Path, tmp_path: Path) -> None:
    """In Chromium: the plots have a size, a click on a task row opens its attempt view with the
    baseline's and the agent's diffs side by side, hostile markup never runs, no console error."""
    binary = find_chromium()
    assert binary is not None
    with Browser(binary, tmp_path / "profile") as browser:
        browser.open(page.as_uri())
        shot = browser.screenshot(tmp_path / "report.png")
        plots = browser.evaluate(PLOTS_JS)
        assert len(plots) >= 7 and all(w > 50 and h > 50 and marks > 0 for w, h, marks in plots), plots
        assert browser.evaluate(FILTER_JS + '("order")') == "1 of 3 tasks"
        assert browser.evaluate(FILTER_JS + '("")') == "3 of 3 tasks"
        browser.click(*browser.evaluate(ROW_JS))
        view = browser.wait_for(VIEW_JS)
        attempt_shot = browser.screenshot(tmp_path / "attempt.png")
        assert browser.evaluate("window.__pwned === undefined")
        errors = browser.errors()
    assert view["main"] == "none" and view["arms"] == ["raw", "agent"], view
    assert len(view["diffs"]) == 2 and all(len(d) > 100 for d in view["diffs"]), view
    assert HOSTILE in view["diffs"][1]  # the agent's diff: shown as text, never run
    assert view["simulated"] and view["steps"] > 0, view
    assert shot.stat().st_size > 20_000 and attempt_shot.stat().st_size > 20_000
    assert errors == [], errors
    print(f"screenshots: {shot} {attempt_shot}")
