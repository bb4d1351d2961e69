"""Hidden-test mutation scores: each language's real tool runs on a small task, a thorough hidden
suite meets the bar and a thin one does not; the result is written into task.yaml without
disturbing the rest, and `tasks validate` refuses a missing, stale or failing record."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from harness.mutation import record
from harness.mutation.runner import mutate_task
from harness.sandbox import get_sandbox
from harness.tasks import Equivalent, LoadedTask, Mutation, Survivor, load_task
from tests.conftest import FIXTURE_SUITE, REPO_ROOT

needs_stryker = pytest.mark.skipif(
    not (REPO_ROOT / "harness/mutation/js/node_modules/.bin/stryker").exists(), reason="run make setup"
)
needs_gcc = pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc needed")


def _task(root: Path, files: dict[str, str]) -> LoadedTask:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(textwrap.dedent(text).lstrip())
    return load_task(root)


def _tiny_python(tmp_path: Path) -> LoadedTask:
    root = tmp_path / "tiny-discount"
    shutil.copytree(FIXTURE_SUITE / "python" / "tiny-discount", root)
    return load_task(root)


def test_python_mutmut_thorough_hidden_tests_pass(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    result = mutate_task(task, get_sandbox("auto"), jobs=2)
    assert result.tool.startswith("mutmut ")
    assert result.mutants >= 15 and result.killed <= result.mutants
    assert result.passed and result.score >= 0.9, result
    written = load_task(task.root).task.mutation
    assert written.score == round(result.killed / result.mutants, 3) and written.mutants == result.mutants
    assert record.problems(load_task(task.root)) == []


def test_python_mutmut_thin_hidden_tests_fail(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    (task.hidden / "test_pricing_hidden.py").write_text(
        "from pricing import discount\n\ndef test_gold():\n    assert discount('gold', 150, 'X') == 20\n"
    )
    result = mutate_task(load_task(task.root), get_sandbox("auto"), jobs=2)
    assert not result.passed and result.score < 0.9
    assert result.survivors and "below 0.90" in result.problems[0]
    stored = load_task(task.root).task.mutation.survivors
    assert [s.mutant for s in stored] == result.survivors and all(s.change for s in stored)


JS_FILES = {
    "task.yaml": """
        id: tiny-fee
        title: tiny JavaScript task for the mutation tests
        language: javascript
        scope: function
        kind: reduce-complexity
        difficulty: easy
        instruction: Simplify fee in fee.js without changing what it returns.
        targets: [{file: fee.js, functions: [fee]}]
        editable: ["**/*.js"]
        protected: ["tests/**"]
        commands:
          test: node --test tests/
          hidden: LIFTBENCH_IMPL={candidate} node --test {hidden}
          timeout: 30
    """,
    "repo/fee.js": """
        'use strict';
        function fee(amount, member) {
          if (amount <= 0) { return 0; }
          let f = amount / 10 + 1;
          if (member) { f = f / 2; }
          if (f > 50) { f = 40; }
          return f;
        }
        module.exports = { fee };
    """,
    "repo/tests/fee.test.js": """
        'use strict';
        const test = require('node:test');
        const assert = require('node:assert/strict');
        const { fee } = require('../fee.js');
        test('plain', () => assert.equal(fee(100, false), 11));
    """,
    "reference/.keep": "",
}
JS_THOROUGH = """
    'use strict';
    const test = require('node:test');
    const assert = require('node:assert/strict');
    const path = require('node:path');
    const { fee } = require(path.join(process.env.LIFTBENCH_IMPL, 'fee.js'));
    test('zero and below', () => { assert.equal(fee(0, false), 0); assert.equal(fee(-5, true), 0); });
    test('just above zero', () => assert.equal(fee(1, false), 1.1));
    test('member halves', () => assert.equal(fee(100, true), 5.5));
    test('flat rate above 50', () => { assert.equal(fee(490, false), 50); assert.equal(fee(500, false), 40);
      assert.equal(fee(510, false), 40); assert.equal(fee(1000, true), 40);
      assert.equal(fee(980, true), 49.5); });
"""
JS_THIN = """
    'use strict';
    const test = require('node:test');
    const assert = require('node:assert/strict');
    const path = require('node:path');
    const { fee } = require(path.join(process.env.LIFTBENCH_IMPL, 'fee.js'));
    test('one case', () => assert.equal(fee(100, false), 11));
"""


@needs_stryker
@pytest.mark.parametrize(
    ("hidden", "passes"), [(JS_THOROUGH, True), (JS_THIN, False)], ids=["thorough", "thin"]
)
def test_javascript_stryker(tmp_path: Path, hidden: str, passes: bool) -> None:
    task = _task(tmp_path / "tiny-fee", {**JS_FILES, "hidden/fee.hidden.test.js": hidden})
    result = mutate_task(task, get_sandbox("auto"), jobs=2)
    assert result.tool.startswith("Stryker ") and result.mutants >= 10
    assert result.passed is passes, result
    if not passes:
        assert any(s.startswith("fee.js:") for s in result.survivors)
        changes = [s.change for s in load_task(task.root).task.mutation.survivors]
        assert all(" -> " in c for c in changes)


C_FILES = {
    "task.yaml": """
        id: tiny-clamp
        title: tiny C task for the mutation tests
        language: c
        scope: function
        kind: reduce-complexity
        difficulty: easy
        instruction: Simplify fee in src/fee.c without changing what it returns.
        targets: [{file: src/fee.c, functions: [fee]}]
        editable: ["src/**/*.c"]
        protected: ["include/**", "tests/**"]
        commands:
          build: (mkdir -p build && cd build && gcc -std=c11 -Wall -Wextra -Werror -I../include -c ../src/*.c)
          test: gcc -std=c11 -Iinclude tests/test_fee.c build/*.o -o build/t && ./build/t
          hidden: gcc -I{original}/include {hidden}/test_fee_hidden.c build/*.o -o build/h && ./build/h
          timeout: 30
    """,
    "repo/include/fee.h": "int fee(int amount, int member);\n",
    "repo/src/fee.c": """
        #include "fee.h"
        int fee(int amount, int member) {
            if (amount <= 0) { return 0; }
            int f = amount / 10;
            if (member) { f = f / 2; }
            if (f > 50) { f = 50; }
            return f;
        }
    """,
    "repo/tests/test_fee.c": """
        #include "fee.h"
        int main(void) { return fee(100, 0) == 10 ? 0 : 1; }
    """,
    "reference/.keep": "",
}
C_THOROUGH = """
    #include "fee.h"
    #include <stdio.h>
    #define EXPECT(e) do { if (!(e)) { printf("failed: %s\\n", #e); return 1; } } while (0)
    int main(void) {
        EXPECT(fee(0, 0) == 0); EXPECT(fee(-20, 1) == 0); EXPECT(fee(1, 0) == 0);
        EXPECT(fee(10, 0) == 1); EXPECT(fee(100, 0) == 10); EXPECT(fee(100, 1) == 5);
        EXPECT(fee(500, 0) == 50); EXPECT(fee(510, 0) == 50); EXPECT(fee(490, 0) == 49);
        EXPECT(fee(1020, 1) == 50); EXPECT(fee(990, 1) == 49); EXPECT(fee(20, 1) == 1);
        return 0;
    }
"""
C_THIN = """
    #include "fee.h"
    int main(void) { return fee(100, 0) == 10 ? 0 : 1; }
"""


@needs_gcc
@pytest.mark.parametrize(
    ("hidden", "passes"), [(C_THOROUGH, True), (C_THIN, False)], ids=["thorough", "thin"]
)
def test_c_universalmutator(tmp_path: Path, hidden: str, passes: bool) -> None:
    task = _task(tmp_path / "tiny-clamp", {**C_FILES, "hidden/test_fee_hidden.c": hidden})
    result = mutate_task(task, get_sandbox("auto"), jobs=2)
    assert result.tool.startswith("universalmutator ") and result.mutants >= 10
    assert result.passed is passes, result
    if not passes:
        assert all(s.startswith("src/fee.c:") and " -> " in s for s in result.survivors)


# ---- the record: writing, reading back, the bar ------------------------------------------


def _run(task: LoadedTask, survivors: list[str], mutants: int = 100) -> record.MutationRun:
    return record.MutationRun(
        tool="test",
        mutants=mutants,
        killed=mutants - len(survivors),
        survivors=[Survivor(mutant=s, change="x -> y") for s in survivors],
    )


def test_write_replaces_only_the_mutation_block(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    path = task.root / "task.yaml"
    base = path.read_text().split("mutation:")[0]
    path.write_text(base + "mutation:\n  score: 0.5\n  tool: old\n# a trailing comment\n")
    before = path.read_text().split("mutation:")[0]
    rec, _ = record.to_record(task, _run(task, ["m1"]))
    record.write(task, rec)
    text = path.read_text()
    assert text.startswith(before) and "# a trailing comment" in text and "tool: old" not in text
    assert load_task(task.root).task.mutation == rec


def test_equivalent_survivors_excuse_a_low_score(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    low = _run(task, ["m1", "m2"], mutants=10)  # 0.8
    rec, _ = record.to_record(task, low)
    assert record.problems(task, rec) and "below 0.90" in record.problems(task, rec)[0]
    excused = rec.model_copy(
        update={"equivalent": [Equivalent(mutant=m, reason="no input differs") for m in ("m1", "m2")]}
    )
    assert record.problems(task, excused) == []
    partly = rec.model_copy(update={"equivalent": [Equivalent(mutant="m1", reason="no input differs")]})
    assert "m2" in record.problems(task, partly)[0]


def test_equivalence_notes_survive_a_rerun_only_while_the_mutant_survives(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    rec, _ = record.to_record(task, _run(task, ["m1", "m2"]))
    rec = rec.model_copy(
        update={"equivalent": [Equivalent(mutant=m, reason="no input differs") for m in ("m1", "m2")]}
    )
    record.write(task, rec)
    again, dropped = record.to_record(load_task(task.root), _run(task, ["m1"]))
    assert [e.mutant for e in again.equivalent] == ["m1"] and dropped == ["m2"]


def test_validate_refuses_missing_and_stale_records(tmp_path: Path) -> None:
    task = _tiny_python(tmp_path)
    (task.root / "task.yaml").write_text((task.root / "task.yaml").read_text().split("mutation:")[0])
    assert "no hidden-test mutation score" in record.problems(load_task(task.root))[0]
    rec, _ = record.to_record(task, _run(task, []))
    record.write(task, rec)
    assert record.problems(load_task(task.root)) == []
    (task.hidden / "test_pricing_hidden.py").write_text("def test_nothing():\n    pass\n")
    assert "recorded for other code or hidden tests" in record.problems(load_task(task.root))[0]
    assert Mutation().score is None
