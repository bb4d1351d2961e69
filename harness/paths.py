"""Where liftbench finds its data (built-in suite, configs) from a clone or an installed copy."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _data_root() -> Path:
    """The folder holding `tasks/` and `configs/`: the clone root, or the installed data copy."""
    if (_PACKAGE_ROOT / "tasks").is_dir() and (_PACKAGE_ROOT / "configs").is_dir():
        return _PACKAGE_ROOT
    return _PACKAGE_ROOT / "liftbench_data"


DATA_ROOT = _data_root()
BUILTIN_SUITE = DATA_ROOT / "tasks"
CONFIGS = DATA_ROOT / "configs"


def project_root() -> Path:
    """The clone root (where `.runtime/` lives after `make setup`)."""
    return _PACKAGE_ROOT


def runtime_dir() -> Path:
    """The folder with the task runtimes, separate from liftbench's own venv."""
    override = os.environ.get("LIFTBENCH_RUNTIME")
    return Path(override) if override else _PACKAGE_ROOT / ".runtime"
