"""Provenance recorded with every run: code version, package versions, machine, task hashes."""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from importlib import metadata
from typing import Any

from harness.paths import project_root
from harness.scoring.record import SCORER_VERSION

PACKAGES = ("liftbench", "litellm", "langgraph", "pydantic", "complexipy", "lizard", "gitpython", "docker")


def git_state() -> dict[str, Any]:
    """Commit and dirty flag of the liftbench checkout (None outside a git clone)."""
    try:
        import git

        repo = git.Repo(project_root(), search_parent_directories=False)
        return {"commit": repo.head.commit.hexsha, "dirty": repo.is_dirty(untracked_files=False)}
    except Exception:  # not a clone, or git missing: provenance says so
        return {"commit": None, "dirty": None}


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def provenance(task_hashes: dict[str, str], sandbox: str, isolated: bool) -> dict[str, Any]:
    return {
        "git": git_state(),
        "packages": versions(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "scorer_version": SCORER_VERSION,
        "sandbox": sandbox,
        "isolated": isolated,
        "task_hashes": task_hashes,
        "suite_version": hashlib.sha256(json.dumps(task_hashes, sort_keys=True).encode()).hexdigest()[:12],
    }
