"""Shared fixtures: the local Replicate-compatible server, an in-memory keyring, a qasync loop."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from tests.local_replicate.predictions import Pace
from tests.local_replicate.server import DEFAULT_TOKEN, LocalReplicate

FAST = Pace(start_delay=0.05, token_delay=0.005, step_delay=0.01, image_steps=3)


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for unit tests (the real one is tested in test_secret_service)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers by folder: `-m "not gui"` runs core alone, `-m "not slow"` skips the sweeps."""
    for item in items:
        parts = item.path.parts
        if "gui" in parts:
            item.add_marker(pytest.mark.gui)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)
        if "sweep" in item.path.name:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No test sees the developer's token, server or data folder."""
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)
    monkeypatch.setenv("REPLIDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def server():
    with LocalReplicate(pace=dataclasses.replace(FAST)) as running:  # tests may change their copy
        yield running


@pytest.fixture
def token() -> str:
    return DEFAULT_TOKEN


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture(scope="session")
def _session_qloop(qapp):
    from gui.event_loop import EventLoop

    loop = EventLoop(qapp, already_running=True)  # also marks it as the running loop
    yield loop
    loop.stop()  # only marks it stopped: Qt itself is not in exec()
    loop.close()  # stops its worker threads


@pytest.fixture
def qloop(_session_qloop, qapp):
    """A qasync loop that counts as running while pytest-qt spins Qt (qtbot.waitUntil),
    so that asyncSlots, tasks and httpx work inside GUI tests. Tasks a test leaves are
    cancelled and allowed to unwind before the next test."""
    loop = _session_qloop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    leftover = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in leftover:
        task.cancel()
    deadline = time.monotonic() + 5
    while any(not task.done() for task in leftover) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    asyncio.set_event_loop(None)
    asyncio.events._set_running_loop(None)  # later plain-asyncio tests start their own loops


def run_async(coro, timeout: float = 30.0):
    """Run a coroutine to completion on a fresh plain asyncio loop (core tests)."""
    return asyncio.run(asyncio.wait_for(coro, timeout))
