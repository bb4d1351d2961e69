"""Prompt texts, kept as files so they can be read and diffed apart from the code."""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def prompt(name: str) -> str:
    """The text of `agents/prompts/<name>.md`."""
    return (HERE / f"{name}.md").read_text(encoding="utf-8")
