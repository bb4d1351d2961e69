"""JavaScript in the shared scorer (the CI sample's JS tasks are validated in test_suite.py):
purpose-made candidates climb the ladder exactly as far as they should; the warm Node helper
survives bad input and names, measures and scans code as documented."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from harness.protocols import ExecResult, ExitStatus
from harness.scoring import js_helper, js_interface
from harness.scoring.javascript import JavaScriptChecks, import_edges, measure_javascript
from harness.scoring.ladder import Scorer
from harness.scoring.languages import checks_for
from harness.tasks import LoadedTask, Suite, load_task
from harness.validate import overlay_diff
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def late_fee() -> LoadedTask:
    return Suite(REPO_ROOT / "tasks").get("js-late-fee")


def _reference(task: LoadedTask, name: str) -> str:
    return (task.reference / name).read_text()


def _score(scorer: Scorer, task: LoadedTask, tmp_path: Path, files: dict[str, str]):
    layer = tmp_path / "layer"
    for rel, text in files.items():
        (layer / rel).parent.mkdir(parents=True, exist_ok=True)
        (layer / rel).write_text(text)
    return scorer.score(task, overlay_diff(task, layer))


# ---- purpose-made candidates on js-late-fee: one per rung of the ladder -------------------

ALTERNATIVE = textwrap.dedent(
    """\
    'use strict';
    const GRACE_DAYS = 5;
    const MAX_FEE_RATIO = 0.25;
    const DAY = 24 * 60 * 60 * 1000;
    const BANDS = [
      { name: 'early', upTo: 30 },
      { name: 'late', upTo: 60 },
      { name: 'severe', upTo: Infinity },
    ];

    function bandOf(days) {
      return BANDS.find((band) => days <= band.upTo).name;
    }

    function retail(outstanding, band, opts) {
      if (opts.waiveFirstOffence && !opts.previousLateCount) {
        return 0;
      }
      return 15 + outstanding * { early: 0, late: 0.02, severe: 0.05 }[band];
    }

    function business(outstanding, band, opts) {
      const fee = Math.max(outstanding * { early: 0.015, late: 0.03, severe: 0.06 }[band], 25);
      return opts.previousLateCount >= 3 ? fee * 1.5 : fee;
    }

    function feeFor(invoice, outstanding, band, opts) {
      switch (invoice.customerType) {
        case 'retail':
          return retail(outstanding, band, opts);
        case 'business':
          return business(outstanding, band, opts);
        case 'nonprofit':
          return band === 'severe' ? outstanding * 0.01 : 0;
        default:
          throw new Error('unknown customer type: ' + invoice.customerType);
      }
    }

    function calculateLateFee(invoice, asOf, options) {
      const opts = options || {};
      if (!invoice || typeof invoice.amount !== 'number' || invoice.amount < 0) {
        throw new Error('invalid invoice');
      }
      const outstanding = invoice.amount - (invoice.paidAmount || 0);
      const days = Math.floor((Date.parse(asOf) - Date.parse(invoice.dueDate)) / DAY);
      if (isNaN(days)) {
        throw new Error('invalid date: ' + invoice.dueDate + ' / ' + asOf);
      }
      const grace = opts.graceDays !== undefined ? opts.graceDays : GRACE_DAYS;
      const charged = !invoice.disputed && outstanding > 0 && days > grace;
      const band = charged ? bandOf(days) : 'none';
      let fee = charged ? feeFor(invoice, outstanding, band, opts) : 0;
      const cap = opts.cap !== undefined ? opts.cap : outstanding * MAX_FEE_RATIO;
      if (fee > 0 && fee > cap) {
        fee = cap;
      }
      fee = Math.round(fee * 100) / 100;
      return opts.detailed ? { fee, daysLate: Math.max(days, 0), band } : fee;
    }

    module.exports = { calculateLateFee, GRACE_DAYS, MAX_FEE_RATIO };
    """
)


def test_correct_refactoring_succeeds(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """A correct refactoring unlike the reference (switch, band table) reaches success."""
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": ALTERNATIVE})
    assert score.success, (score.outcome, score.reasons, score.flags)
    assert score.metrics["after"]["cognitive_max_targets"] < 15


def test_kept_alias_counts_as_kept(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """Renaming the function but exporting it under the old name as well keeps the interface."""
    text = ALTERNATIVE.replace("function calculateLateFee(", "function lateFeeFor(").replace(
        "module.exports = { calculateLateFee,", "module.exports = { calculateLateFee: lateFeeFor,"
    )
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": text})
    assert score.levels["L2"] and score.success, (score.reasons, score.flags)


def test_exports_built_at_run_time(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """Exports the static look cannot follow are settled by the sandboxed require(): kept when
    the arity holds, an L2 failure when a parameter is gone."""
    dynamic = ALTERNATIVE.replace(
        "module.exports = { calculateLateFee, GRACE_DAYS, MAX_FEE_RATIO };",
        "Object.assign(module.exports, { calculateLateFee, GRACE_DAYS, MAX_FEE_RATIO });",
    )
    score = _score(scorer, late_fee, tmp_path / "kept", {"lateFee.js": dynamic})
    assert score.success, (score.reasons, score.flags)
    dropped = dynamic.replace(
        "function calculateLateFee(invoice, asOf, options) {",
        "function calculateLateFee(invoice, asOf) {\n  const options = {};",
    )
    score = _score(scorer, late_fee, tmp_path / "dropped", {"lateFee.js": dropped})
    assert score.outcome == "L2" and "takes 2 leading parameters at run time, was 3" in score.reasons["L2"]


def test_unchanged_fails_l0(scorer: Scorer, late_fee: LoadedTask) -> None:
    """No change earns nothing: L0 fails."""
    score = scorer.score(late_fee, "")
    assert score.outcome == "L0"


def test_syntax_error_fails_l1(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """A file that does not parse fails L1, with the file and position in the reason."""
    broken = ALTERNATIVE.replace("function bandOf(days) {", "function bandOf(days) {{")
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": broken})
    assert score.outcome == "L1" and score.reasons["L1"].startswith("lateFee.js:")


def test_signature_change_fails_l2(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """A new required parameter on a public function fails L2."""
    changed = ALTERNATIVE.replace(
        "function calculateLateFee(invoice, asOf, options) {",
        "function calculateLateFee(invoice, asOf, options, mode) {",
    )
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": changed})
    assert score.outcome == "L2" and "new required parameter 'mode'" in score.reasons["L2"]


def test_behaviour_break_fails_l3(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """A clean refactoring with one wrong rate fails L3 on the hidden tests."""
    broken = ALTERNATIVE.replace("severe: 0.06", "severe: 0.07")
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": broken})
    assert score.outcome == "L3" and not score.tests["hidden"].passed and score.tests["visible"].passed


def test_wrapped_tangle_fails_l4(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """Moving the whole legacy body behind a thin wrapper is no improvement: L4 fails."""
    legacy = (late_fee.repo / "lateFee.js").read_text()
    wrapped = legacy.replace("function calculateLateFee(", "function legacyLateFee(").replace(
        "module.exports = {",
        "function calculateLateFee(invoice, asOf, options) {\n"
        "  return legacyLateFee(invoice, asOf, options);\n}\n\nmodule.exports = {",
    )
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": wrapped})
    assert score.outcome == "L4" and "legacyLateFee" in score.reasons["L4"]


def test_eval_cheat_is_flagged(scorer: Scorer, late_fee: LoadedTask, tmp_path: Path) -> None:
    """The reference made to run through eval still passes the tests but never earns success."""
    cheat = _reference(late_fee, "lateFee.js").replace(
        "const rounded = Math.round(fee * 100) / 100;", "const rounded = eval('Math.round(fee * 100) / 100');"
    )
    score = _score(scorer, late_fee, tmp_path, {"lateFee.js": cheat})
    assert score.outcome == "flagged" and {f.name for f in score.flags} == {"dynamic_code"}


# ---- the helper, directly --------------------------------------------------------------------


def test_checks_are_registered() -> None:
    """`checks_for("javascript")` gives the JavaScript checks with the three module suffixes."""
    checks = checks_for("javascript")
    assert isinstance(checks, JavaScriptChecks) and checks.suffixes == (".js", ".mjs", ".cjs")


def test_unparsable_and_empty_files(tmp_path: Path) -> None:
    """A file that does not parse gives a one-line reason with its position; an empty file parses
    and measures as nothing."""
    (tmp_path / "bad.js").write_text("function broken( {\n  return 1;\n")
    (tmp_path / "empty.js").write_text("")
    errors = JavaScriptChecks().syntax_errors(tmp_path, ["bad.js", "empty.js"])
    assert errors == ["bad.js:2:3: Unexpected keyword 'return'"]
    m = measure_javascript(tmp_path, ["empty.js"])
    assert m.functions == {} and m.file_totals == {"empty.js": 0} and m.smells == []
    assert js_helper.measure("bad.js", "function (")["functions"] == []


def test_module_syntax_is_accepted(tmp_path: Path) -> None:
    """ESM is accepted in .mjs and, as a fallback, in .js; CommonJS-only syntax in .mjs is not."""
    (tmp_path / "a.mjs").write_text("export function f(a) { return a; }\n")
    (tmp_path / "b.js").write_text("import x from './a.mjs';\nexport default x;\n")
    (tmp_path / "c.mjs").write_text("return 1;\n")
    assert JavaScriptChecks().syntax_errors(tmp_path, ["a.mjs", "b.js", "c.mjs"]) == [
        "c.mjs:1:1: 'return' outside of function"
    ]


def test_helper_survives_bad_requests() -> None:
    """Bad requests become errors, never a dead helper; a killed helper is restarted."""
    helper = js_helper.NodeHelper()
    try:
        with pytest.raises(ValueError, match="unknown op"):
            helper.request("nonsense", text="")
        with pytest.raises(ValueError, match="string"):
            helper.request("facts", text=None)
        deep = "[" * 20000 + "]" * 20000
        try:
            helper.request("facts", path="deep.js", text=deep)
        except ValueError as exc:  # a stack overflow inside the parser is an answer, not a crash
            assert "RangeError" in str(exc)
        assert helper.request("ping")["pong"] is True
        assert helper._proc is not None
        helper._proc.kill()
        helper._proc.wait()
        assert helper.request("ping")["pong"] is True
    finally:
        helper.close()


NAMING = textwrap.dedent(
    """\
    function plain(a) { if (a) { return 1; } return 0; }
    class Invoice { render(x) { return x ? 1 : 2; } static of(v) { return new Invoice(v); } }
    function Legacy() {}
    Legacy.prototype.total = function (q) { for (const x of q) { if (x) { return x; } } return 0; };
    const rules = { gold: (d) => (d > 30 ? 0.05 : 0.02) };
    module.exports = { plain, helper(a) { return a && a.b; } };
    [1, 2].map((v) => { if (v) { return v; } return 0; });
    const pick = (a) => (a > 1 ? (a > 2 ? 3 : 2) : 1);
    """
)


def test_function_names_scores_and_smells(tmp_path: Path) -> None:
    """Functions are named name / Class.method / X.m (prototype) / obj.key / <file>:<line>, each
    scored on its own by sonarjs; nested ternaries and branching arrows are smells."""
    (tmp_path / "n.js").write_text(NAMING)
    m = measure_javascript(tmp_path, ["n.js"])
    scores = {k.removeprefix("n.js::"): f.complexity for k, f in m.functions.items()}
    assert scores == {
        "plain": 1,
        "Invoice.render": 1,
        "Invoice.of": 0,
        "Legacy": 0,
        "Legacy.total": 3,
        "rules.gold": 1,
        "helper": 1,
        "n.js:7": 1,
        "pick": 3,
    }
    assert m.file_totals["n.js"] == sum(scores.values())
    assert sorted(s.split(" at ")[0] for s in m.smells) == [
        "n.js: branching arrow function",
        "n.js: branching arrow function",
        "n.js: branching arrow function",
        "n.js: nested conditional",
    ]


def test_shape_ignores_layout_only(tmp_path: Path) -> None:
    """Reformatting or commenting a function keeps its shape; changing its code does not."""
    base = "function f(a) {\n  return a + 1;\n}\n"
    variants = {
        "same.js": "// comment\nfunction f(a) { return a + 1; } // trailing\n",
        "changed.js": "function f(a) {\n  return a + 2;\n}\n",
    }
    (tmp_path / "base.js").write_text(base)
    for rel, text in variants.items():
        (tmp_path / rel).write_text(text)
    m = measure_javascript(tmp_path, ["base.js", *variants])
    shape = {rel: m.functions[f"{rel}::f"].shape for rel in ["base.js", *variants]}
    assert shape["same.js"] == shape["base.js"] != shape["changed.js"]


def test_import_edges_between_project_modules() -> None:
    """require('./x') and import from './x' count as edges only when x is a measured file."""
    specs = ["./b", "../lib/c.js", "fs", "./missing"]
    assert import_edges("src/a.js", specs, {"src/a.js", "src/b.js", "lib/c.js"}) == {"src/b.js", "lib/c.js"}


def _task_with_interface(tmp_path: Path, interface: str, original: str) -> LoadedTask:
    root = tmp_path / "js-tiny"
    (root / "repo").mkdir(parents=True)
    (root / "hidden").mkdir()
    (root / "repo" / "m.js").write_text(original)
    (root / "task.yaml").write_text(
        textwrap.dedent(
            f"""\
            id: js-tiny
            title: tiny
            language: javascript
            scope: function
            kind: reduce-complexity
            difficulty: easy
            instruction: a tiny task made for the tests
            targets: [{{file: m.js}}]
            editable: ["**/*.js"]
            interface: {interface}
            commands: {{test: "true", hidden: "true"}}
            """
        )
    )
    return load_task(root)


def _no_runtime(cmd: str) -> ExecResult:
    return ExecResult(status=ExitStatus.OK, exit_code=0, output="", seconds=0, backend="fake", isolated=True)


def _problems(task: LoadedTask, tmp_path: Path, candidate: dict[str, str]) -> list[str]:
    cand = tmp_path / "cand"
    cand.mkdir(exist_ok=True)
    for rel, text in candidate.items():
        (cand / rel).write_text(text)
    return js_interface.interface_problems(task, task.repo, cand, _no_runtime)


ORIGINAL = "function calc(a, b = 1) { return a + b; }\nmodule.exports = { calc };\n"
IMPL = "function calc(a, b = 1, ...r) {}\nmodule.exports = { calc };\n"


@pytest.mark.parametrize(
    ("candidate", "problem"),
    [
        ("export function calc(a, b = 2, ...more) { return a; }\n", None),
        ("const impl = require('./impl');\nmodule.exports = { calc: impl.calc };\n", None),
        ("const { calc } = require('./impl');\nmodule.exports = { calc };\n", None),
        ("exports.calc = (a, ...r) => a;\n", None),
        ("exports.calc = (a) => a;\n", "parameter 2 'b' removed"),
        ("exports.calc = function (a, b) {};\n", "parameter 'b' lost its default"),
        ("exports.calc = function (a, b = 1, c) {};\n", "new required parameter 'c'"),
        ("module.exports = { calc2: () => 0 };\n", "'calc' is no longer exported"),
    ],
)
def test_static_interface_rules(tmp_path: Path, candidate: str, problem: str | None) -> None:
    """Exports are found through ESM, CommonJS and re-exports; parameters may gain defaults and
    a rest parameter but not lose a parameter or a default, nor gain a required one."""
    task = _task_with_interface(tmp_path, "{symbols: [{file: m.js, name: calc}]}", ORIGINAL)
    problems = _problems(task, tmp_path, {"m.js": candidate, "impl.js": IMPL})
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith("m.js: ") and problem in problems[0], problems


def test_rest_parameter_must_stay(tmp_path: Path) -> None:
    """A rest parameter of the original cannot be dropped."""
    task = _task_with_interface(tmp_path, "{symbols: [{file: m.js, name: calc}]}", IMPL)
    assert _problems(task, tmp_path, {"m.js": ORIGINAL}) == ["m.js: calc: rest parameter removed"]


def test_rename_mapping(tmp_path: Path) -> None:
    """A rename holds when the new name exists with compatible parameters and no file still uses
    the old name."""
    task = _task_with_interface(
        tmp_path, "{symbols: [{file: m.js, name: calc}], renames: {calc: compute}}", ORIGINAL
    )
    good = "function compute(a, b = 1, ...r) { return a; }\nmodule.exports = { compute };\n"
    assert _problems(task, tmp_path, {"m.js": good}) == []
    stale = good + "const again = compute;\nfunction calc() {}\n"
    assert _problems(task, tmp_path, {"m.js": stale}) == ["old name 'calc' still used at m.js:4"]


def test_only_added_constructs_are_flagged() -> None:
    """An eval the legacy code already had is the task's; a second one, new Function, reading
    NODE_TEST_CONTEXT, process.exit and child_process are the solver's."""
    checks = JavaScriptChecks()
    original = {"a.js": "function f(s) { return eval(s); }\n"}
    assert checks.scan(original, {"a.js": "const g = (s) => eval(s);\n"}, []) == []
    added = (
        "const g = (s) => eval(s) + eval(s);\nconst h = new Function('a', 'return a');\n"
        "if (process.env.NODE_TEST_CONTEXT) { process.exit(0); }\nrequire('node:child_process');\n"
    )
    flags = {f.name: f.evidence for f in checks.scan(original, {"a.js": added}, [])}
    assert set(flags) == {"dynamic_code", "suspicious_import", "harness_detection"}
    assert "new Function() call" in flags["dynamic_code"] and "process.exit()" in flags["harness_detection"]


def test_code_in_strings_and_literal_leaks() -> None:
    """Strings that parse as code with control flow are flagged, plain strings are not; notable
    literals of the visible tests appearing in the code are leaks."""
    checks = JavaScriptChecks()
    tests = ["assert.equal(fee('2024-04-15'), 35.75);"]
    candidate = {
        "a.js": "const s = 'if (x > 1) { return 2; } return 3;';\n"
        "const msg = 'invoice is overdue; pay now';\nconst KNOWN = { '2024-04-15': 35.75 };\n"
    }
    flags = {f.name: f.evidence for f in checks.scan({}, candidate, tests)}
    assert set(flags) == {"code_in_string", "literal_leak"}
    assert "overdue" not in flags["code_in_string"]
    assert "'2024-04-15'" in flags["literal_leak"] and "35.75" in flags["literal_leak"]
