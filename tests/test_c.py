"""The C scorer (the CI sample's C tasks are validated in test_suite.py): purpose-made candidates
climb the ladder exactly as far as they should; the static C checks (tokenizer, gaming scan,
clang-tidy measurement, symbol comparison) hold on their own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harness.scoring import c_gaming, c_lang, c_metrics, c_source
from harness.scoring.ladder import Scorer
from harness.scoring.record import Score
from harness.tasks import Interface, LoadedTask, Suite, Symbol
from harness.validate import overlay_diff

needs_c = pytest.mark.skipif(
    shutil.which("gcc") is None or shutil.which("clang-tidy") is None, reason="gcc and clang-tidy needed"
)
# --- purpose-made candidates on the tariff task -------------------------------------------------


@pytest.fixture(scope="module")
def tariff(builtin_suite: Suite) -> LoadedTask:
    return builtin_suite.get("c-tariff-calc")


def _reference(task: LoadedTask) -> str:
    return (task.reference / "src/tariff.c").read_text()


def _score(scorer: Scorer, task: LoadedTask, tmp_path: Path, source: str, **extra: str) -> Score:
    """Score the candidate whose src/tariff.c is `source` (plus src/<name>.c for each extra)."""
    layer = tmp_path / "layer"
    (layer / "src").mkdir(parents=True)
    (layer / "src/tariff.c").write_text(source)
    for name, text in extra.items():
        (layer / f"src/{name}.c").write_text(text)
    return scorer.score(task, overlay_diff(task, layer))


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


@needs_c
def test_correct_refactoring_succeeds(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """A behaviour-preserving refactoring written differently from the reference succeeds."""
    source = _replace(_reference(tariff), "residential_blocks", "block_price")
    source = _replace(
        source, "static long late_fee(long subtotal)", "static long late_payment_fee(long subtotal)"
    )
    source = _replace(source, "subtotal += late_fee(subtotal);", "subtotal += late_payment_fee(subtotal);")
    score = _score(scorer, tariff, tmp_path, source)
    assert score.success, (score.reasons, score.flags)
    assert score.metrics["after"]["cognitive_max_targets"] <= 10


@needs_c
def test_new_source_file_is_built_and_measured(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """Helpers moved into a new src/*.c file are compiled, linked, measured and judged."""
    reference = _reference(tariff)
    start, end = reference.index("static long demand_charge"), reference.index("long tariff_monthly_charge")
    defines = reference[
        reference.index("#define DEMAND_THRESHOLD_KW") : reference.index("static long percent_of")
    ]
    rules = "long percent_of(long amount, long percent);\n\n" + defines + reference[start:end]
    rules = rules.replace("static long", "long")
    main = reference[:start] + "long demand_charge(long demand_kw);\nlong late_fee(long subtotal);\n\n"
    main = _replace(main + reference[end:], "static long percent_of", "long percent_of")
    score = _score(scorer, tariff, tmp_path, main, tariff_rules=rules)
    assert score.success, (score.reasons, score.flags)
    assert "src/tariff_rules.c" in score.changed_files
    assert "src/tariff_rules.c::late_fee" in score.metrics["after"]["cognitive_by_function"]


@needs_c
def test_unchanged_fails_l0(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """Resubmitting the legacy file unchanged earns nothing: L0 fails."""
    score = _score(scorer, tariff, tmp_path, (tariff.repo / "src/tariff.c").read_text())
    assert score.outcome == "L0"


@needs_c
def test_syntax_error_fails_l1(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """A file that does not compile fails L1 with the compiler's message."""
    source = _replace(_reference(tariff), "    return kwh * 18;", "    return kwh * 18")
    score = _score(scorer, tariff, tmp_path, source)
    assert score.outcome == "L1" and "expected" in score.reasons["L1"]


@needs_c
def test_signature_change_fails_l2(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """A return type changed in the .c builds on its own but not against the original header."""
    source = _replace(
        _reference(tariff),
        "const char *tariff_class_code(int customer_class)",
        "char *tariff_class_code(int customer_class)",
    )
    source = source.replace('return "', 'return (char *)"')
    score = _score(scorer, tariff, tmp_path, source)
    assert score.outcome == "L2" and "conflicting types" in score.reasons["L2"]


@needs_c
def test_removed_function_fails_l2(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """Dropping an exported function compiles (no link at L1) but the symbol check names it."""
    source = _reference(tariff)
    source = source[: source.index("const char *tariff_class_code")]
    score = _score(scorer, tariff, tmp_path, source)
    assert (
        score.outcome == "L2"
        and "tariff_class_code (include/tariff.h) is no longer exported" in score.reasons["L2"]
    )


@needs_c
def test_behaviour_break_fails_l3(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """A clean refactoring that changes a price fails L3."""
    source = _replace(
        _reference(tariff),
        "{27, 16, 22, 60, 2, TARIFF_FLAG_SENIOR}",
        "{27, 16, 21, 60, 2, TARIFF_FLAG_SENIOR}",
    )
    score = _score(scorer, tariff, tmp_path, source)
    assert score.outcome == "L3"


@needs_c
def test_macro_hiding_is_flagged_and_not_improved(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """Moving the whole tangle into a macro fools lizard, not clang-tidy: L4 fails and it is flagged."""
    legacy = (tariff.repo / "src/tariff.c").read_text()
    start = legacy.index("long tariff_monthly_charge")
    body_start = legacy.index("{", start) + 1
    body_end = legacy.index("\nconst char *tariff_class_code")
    body = legacy[body_start : legacy.rindex("}", 0, body_end)]
    macro = "#define TARIFF_BODY(r, customer_class, flags) \\\n" + " \\\n".join(
        line for line in body.strip("\n").splitlines()
    )
    source = (
        legacy[:start]
        + macro
        + "\n\nlong tariff_monthly_charge(const struct meter_reading *r, int customer_class, unsigned flags)"
        + "\n{\n    TARIFF_BODY(r, customer_class, flags)\n}\n"
        + legacy[body_end:]
    )
    score = _score(scorer, tariff, tmp_path, source)
    assert not score.success
    assert score.outcome == "L4", (score.reasons, score.flags)
    assert any(f.name == "macro_control_flow" for f in score.flags)


@needs_c
def test_overflow_only_asan_sees_fails_l3(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """Reading one element past a table (through a pointer, so UBSan's bounds check cannot see it)
    changes no result, but AddressSanitizer stops the tests."""
    source = _replace(
        _reference(tariff),
        "static long residential_blocks(long kwh)\n{",
        "static const long BLOCK_LIMITS[2] = {100, 300};\n\n"
        "static long residential_blocks(long kwh)\n{\n"
        "    long limit_sum = 0;\n    int i;\n"
        "    const long *limit = BLOCK_LIMITS;\n\n"
        "    for (i = 0; i <= 2; i++) {\n        limit_sum += limit[i] * (kwh < 0);\n    }\n"
        "    kwh += limit_sum;",
    )
    score = _score(scorer, tariff, tmp_path, source)
    assert score.outcome == "L3"
    failed = [run for run in score.tests.values() if not run.passed]
    assert failed and all("AddressSanitizer" in run.output_tail for run in failed)


@needs_c
def test_exit_hook_is_flagged(scorer: Scorer, tariff: LoadedTask, tmp_path: Path) -> None:
    """A constructor that ends the process with status 0 before main never earns success."""
    source = (
        "#include <stdlib.h>\n"
        + _reference(tariff)
        + ("\n__attribute__((constructor)) static void early_exit(void)\n{\n    exit(0);\n}\n")
    )
    score = _score(scorer, tariff, tmp_path, source)
    assert not score.success
    evidence = " ".join(f.evidence for f in score.flags if f.name == "harness_detection")
    assert "exit() call" in evidence and "constructor" in evidence


# --- static checks, no sandbox ----------------------------------------------------------------


def test_comments_and_strings_are_not_code() -> None:
    """Calls named in comments or inside string literals are not findings; real ones are."""
    original = {"a.c": "int f(void) { return 0; }\n"}
    quiet = {
        "a.c": '/* system("x"); */\nconst char *m = "popen(cmd)";\nint f(void) { return 0; } // exit(1)\n'
    }
    assert c_gaming.scan_c(original, quiet, []) == []
    loud = {"a.c": '#include <stdlib.h>\nint f(void) { return system("rm -rf /tmp/x"); }\n'}
    assert {f.name for f in c_gaming.scan_c(original, loud, [])} == {"dynamic_code"}


def test_only_additions_are_flagged() -> None:
    """A construct already in the original is the task's, not the solver's."""
    original = {"a.c": "#define MAX(a, b) ((a) > (b) ? (a) : (b))\nint f(int x) { return MAX(x, 1); }\n"}
    same = {"a.c": "#define MAX(a, b) ((a) > (b) ? (a) : (b))\nint g(int x) { return MAX(x, 2); }\n"}
    assert c_gaming.scan_c(original, same, []) == []
    more = {"a.c": same["a.c"] + "#define MIN(a, b) ((a) < (b) ? (a) : (b))\n"}
    assert [f.name for f in c_gaming.scan_c(original, more, [])] == ["macro_control_flow"]


def test_token_pasting_is_seen_through() -> None:
    """Branching assembled by token pasting (`i ## f`) still shows up once macros are expanded."""
    pasted = (
        "#define CAT(a, b) a##b\n"
        "int f(int x) {\n    CAT(i, f) (x > 1) { CAT(i, f) (x > 2) { return 1; } }\n    return 0;\n}\n"
    )
    flags = c_gaming.scan_c({"a.c": "int f(int x) { return x; }\n"}, {"a.c": pasted}, [])
    assert [f.name for f in flags] == ["macro_control_flow"] and "f() branches" in flags[0].evidence


def test_literal_leak_ignores_header_constants() -> None:
    """Numbers from the visible test programs leak; those the headers also define do not."""
    tests = ["int main(void) { return check(4523) + check(500); }\n", "#define LATE_FEE_MIN 500\n"]
    flags = c_gaming.scan_c(
        {"a.c": "long f(void) { return 0; }\n"}, {"a.c": "long f(void) { return 4523 + 500; }\n"}, tests
    )
    assert [f.name for f in flags] == ["literal_leak"] and "4523" in flags[0].evidence
    assert "500 " not in flags[0].evidence


def test_nested_conditionals_are_counted() -> None:
    """`?:` inside another `?:` is a smell; a chain of separate ones in calls is not."""
    assert c_source.nested_conditionals("int a = x ? 1 : y ? 2 : 3;\n") == [1]
    assert c_source.nested_conditionals("int a = f(x ? 1 : 2, y ? 3 : 4);\nint b = (c ? d : e);\n") == []
    assert c_source.nested_conditionals("int a = x ? (y ? 1 : 2) : 3;\n") == [1]


@needs_c
def test_nolint_and_host_includes_do_not_reach_clang_tidy(tmp_path: Path) -> None:
    """A NOLINT comment cannot hide a function, and a host-path #include is blanked before analysis."""
    source = (
        '#include "/etc/hostname"\n#define POSITIVE(x) ((x) > 0 ? 1 : 0)\n'
        "int f(int x) // NOLINT\n{\n    if (x) {\n        if (x > 1) {\n            return POSITIVE(x);\n"
        "        }\n    }\n    return 0;\n}\n"
    )
    (tmp_path / "a.c").write_text(source)
    measured = c_metrics.measure_c(tmp_path, ["a.c"])
    assert measured.functions["a.c::f"].complexity == 6  # clang-tidy's figure: lizard would say 3
    assert measured.smells == []
    assert "/etc/hostname" not in c_metrics.sanitized((tmp_path / "a.c").read_text())


@needs_c
def test_code_clang_cannot_compile_is_a_smell(tmp_path: Path) -> None:
    """A gcc-only construct clang-tidy cannot analyse fails L4 (a smell), never passes it silently."""
    (tmp_path / "a.c").write_text(
        "int f(int x)\n{\n    int g(int y) { return y ? 1 : 2; }\n    return g(x);\n}\n"
    )
    measured = c_metrics.measure_c(tmp_path, ["a.c"])
    assert any("clang-tidy could not analyse it" in s for s in measured.smells)


def test_symbol_problems_and_renames(tariff: LoadedTask) -> None:
    """Every original export must stay (as a function); a rename needs the new name and no old use."""
    spec = Interface(
        symbols=[Symbol(file="include/tariff.h", name="tariff_class_code")],
        renames={"tariff_class_code": "tariff_class_label"},
    )
    renamed = LoadedTask(
        task=tariff.task.model_copy(update={"interface": spec}), root=tariff.root, content_hash="x"
    )
    original = {"tariff_monthly_charge": "T", "tariff_class_code": "T"}
    ok = c_lang.symbol_problems(
        renamed, original, {"tariff_monthly_charge": "T", "tariff_class_label": "T"}, {}
    )
    assert ok == []
    sources = {"src/tariff.c": "const char *x(void) { return tariff_class_code(1); }\n"}
    bad = c_lang.symbol_problems(renamed, original, {"tariff_monthly_charge": "D"}, sources)
    assert any("changed kind" in p for p in bad) and any("tariff_class_label" in p for p in bad)
    assert any("old name 'tariff_class_code' still used at src/tariff.c:1" in p for p in bad)
