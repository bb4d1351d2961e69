"""Shared fixtures. Tests are offline: a guard refuses any connection that leaves the machine."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.tasks import LoadedTask, Suite

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_SUITE = FIXTURES / "suite"
REPO_ROOT = Path(__file__).resolve().parent.parent
CI_SAMPLE = [
    # One built-in task per language and scope, validated in full on every test run (the whole
    # suite: `make validate-all`). Fixed, so a run's cost does not grow with the suite.
    "py-shipping-rate",
    "py-invoice-report",
    "py-order-workflow",
    "py-ledger-posting",
    "js-late-fee",
    "js-csv-import",
    "js-inventory-sync",
    "js-order-pricing",
    "c-tariff-calc",
    "c-record-parser",
    "c-order-state",
    "c-ledger-post",
]

_LOCAL_NAMES = {None, "", "localhost"}


def _is_local(host: object) -> bool:
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any socket connection or name lookup beyond loopback raises and fails the test."""
    blocked: list[object] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None) or _is_local(address[0]):
            return
        blocked.append(address)
        raise ConnectionRefusedError(f"network blocked in tests: connect to {address!r}")

    def connect(sock: socket.socket, address: Any) -> None:
        check(sock, address)
        real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host.decode() if isinstance(host, bytes) else host):
            blocked.append(host)
            raise socket.gaierror(f"network blocked in tests: lookup of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield blocked
    assert not blocked, f"test tried to reach the network: {blocked}"


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
