"""The task runtimes: the interpreters and tools task code runs with, apart from liftbench's venv.

Python tasks run in `.runtime/python` (a venv with the pinned test runner, made by `make setup`);
JavaScript and C use the system's node and gcc.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from harness.errors import InfraError
from harness.paths import runtime_dir

SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


def python_runtime() -> Path:
    """The task venv; raises InfraError with the fix when it is missing."""
    venv = runtime_dir() / "python"
    if not (venv / "bin" / "python").exists():
        raise InfraError(f"Python task runtime missing at {venv}: run `make setup`")
    return venv


def python_home(venv: Path) -> Path:
    """The base interpreter's prefix the venv points at (read from pyvenv.cfg)."""
    for line in (venv / "pyvenv.cfg").read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "home":
            return Path(value.strip()).parent
    raise InfraError(f"{venv}/pyvenv.cfg has no 'home' line: recreate it with `make setup`")


def runtime_paths(language: str) -> tuple[list[Path], str]:
    """Folders to expose read-only for a language, and the PATH to use inside the sandbox."""
    if language == "python":
        venv = python_runtime()
        return [venv, python_home(venv)], f"{venv}/bin:{SYSTEM_PATH}"
    tool = {"javascript": "node", "c": "gcc"}.get(language)
    if tool is None:
        raise InfraError(f"no runtime for language {language!r}")
    if shutil.which(tool) is None:
        raise InfraError(f"{tool} is not installed: run `make setup`")
    return [], SYSTEM_PATH


def sandbox_env(path: str, extra: dict[str, str] | None) -> dict[str, str]:
    """A small, fixed environment: nothing from the host leaks into task code."""
    env = {
        "PATH": path,
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    env.update(extra or {})
    return env
