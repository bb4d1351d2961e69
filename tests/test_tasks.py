"""The task format: schema, loader errors, content hashes, selection."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harness.errors import NotFoundError, TaskError
from harness.tasks import Suite, load_task, matches_any
from tests.conftest import FIXTURE_SUITE

TINY = FIXTURE_SUITE / "python" / "tiny-discount"


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "suite" / "python" / "tiny-discount"
    shutil.copytree(TINY, dst)
    return dst


def test_fixture_loads_with_variants() -> None:
    """A well-formed task loads, with its validation variants and their expectations."""
    task = load_task(TINY)
    assert task.task.language == "python"
    names = {v.name: v.expect.outcome.value for v in task.variants()}
    assert names["behaviour-break"] == "L3"
    assert names["exec-string"] == "flagged"


def test_unknown_field_names_file_and_field(tmp_path: Path) -> None:
    """A typo in task.yaml fails loudly, naming the file, the field and the fix."""
    root = _copy(tmp_path)
    text = (root / "task.yaml").read_text().replace("difficulty: easy", "dificulty: easy")
    (root / "task.yaml").write_text(text)
    with pytest.raises(TaskError) as info:
        load_task(root)
    message = str(info.value)
    assert "task.yaml" in message
    assert "dificulty" in message and "spelling" in message
    assert "difficulty" in message  # the missing required field is named too


def test_bad_language_and_missing_folder(tmp_path: Path) -> None:
    """A wrong enum value and a missing hidden/ folder are both reported by name."""
    root = _copy(tmp_path)
    (root / "task.yaml").write_text((root / "task.yaml").read_text().replace("python\n", "cobol\n", 1))
    with pytest.raises(TaskError, match="language"):
        load_task(root)
    root2 = _copy(tmp_path / "b")
    shutil.rmtree(root2 / "hidden")
    with pytest.raises(TaskError, match="hidden/"):
        load_task(root2)


def test_id_must_match_folder(tmp_path: Path) -> None:
    """The folder name and the id agree, so ids are unique on disk."""
    root = _copy(tmp_path)
    moved = root.rename(root.parent / "other-name")
    with pytest.raises(TaskError, match="folder"):
        load_task(moved)


def test_content_hash_tracks_every_part(tmp_path: Path) -> None:
    """Changing any file of the task (here a hidden test) changes its version hash."""
    root = _copy(tmp_path)
    before = load_task(root).content_hash
    assert load_task(root).content_hash == before
    hidden = root / "hidden" / "test_pricing_hidden.py"
    hidden.write_text(hidden.read_text() + "\n# changed\n")
    assert load_task(root).content_hash != before


def test_select_by_id_and_glob() -> None:
    """--tasks takes ids or globs, comma-separated; no match is a clear error."""
    suite = Suite(FIXTURE_SUITE)
    assert [t.id for t in suite.select(["tiny-*"])] == ["tiny-discount"]
    assert [t.id for t in suite.select(["nope,tiny-discount"])] == ["tiny-discount"]
    with pytest.raises(NotFoundError, match="no task matches"):
        suite.select(["nothing-*"])
    with pytest.raises(NotFoundError, match="known: tiny-discount"):
        suite.get("missing")


def test_globs() -> None:
    """Protected globs cover nested test files and top-level config files."""
    assert matches_any("tests/test_a.py", ["tests/**"])
    assert matches_any("tests/sub/test_b.py", ["tests/**"])
    assert matches_any("pkg/mod.py", ["**/*.py"]) and matches_any("mod.py", ["**/*.py"])
    assert not matches_any("mod.py", ["tests/**", "conftest.py"])
