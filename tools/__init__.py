"""The agent's tools. `toolset(names)` picks a subset, so ablations are configuration."""

from __future__ import annotations

from tools import edit, files, submit, tests
from tools.base import ToolSpec

ALL: dict[str, ToolSpec] = {spec.name: spec for mod in (files, edit, tests, submit) for spec in mod.TOOLS}


def toolset(names: list[str] | None = None) -> dict[str, ToolSpec]:
    """The named tools (all by default); an unknown name is a configuration error."""
    from harness.errors import ConfigError

    if names is None:
        return dict(ALL)
    unknown = [n for n in names if n not in ALL]
    if unknown:
        raise ConfigError(f"unknown tools {unknown}; known: {', '.join(ALL)}")
    return {n: ALL[n] for n in names}
