"""Shared fixtures. Tests are offline: a guard refuses any connection that leaves the machine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from harness.tasks import LoadedTask, Suite

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_SUITE = FIXTURES / "suite"
REPO_ROOT = Path(__file__).resolve().parent.parent

_LOCAL = ("127.", "::1", "localhost")
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0]) if isinstance(address, tuple) else str(address)
        if not host.startswith(_LOCAL):
            raise RuntimeError(f"tests must stay offline: connection to {host} refused by the guard")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any real network request inside the test suite fails loudly."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(scope="session")
def fixture_suite() -> Suite:
    return Suite(FIXTURE_SUITE)


@pytest.fixture(scope="session")
def tiny(fixture_suite: Suite) -> LoadedTask:
    return fixture_suite.get("tiny-discount")


@pytest.fixture(scope="session")
def builtin_suite() -> Suite:
    return Suite(REPO_ROOT / "tasks")


@pytest.fixture(scope="session")
def scorer():
    from harness.sandbox import get_sandbox
    from harness.scoring.ladder import Scorer

    return Scorer(get_sandbox("auto"))
