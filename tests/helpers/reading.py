"""Proof that rendering untrusted text reads no local file: a 300 MB sparse file (no disk used)
is the bait, and the process's `rchar` (/proc/self/io) must not grow by anything near its size."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

BAIT_SIZE = 300 * 1024 * 1024
READ_LIMIT = 32 * 1024 * 1024  # fonts and the test's own files: far below the 300 MB bait


def bytes_read() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def make_bait(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The file: URL of a 300 MB sparse file; the working folder holds it as bait.bin too."""
    if not sys.platform.startswith("linux") or not Path("/proc/self/io").exists():
        pytest.skip("counting the bytes a process reads needs Linux's /proc/self/io")
    path = folder / "bait.bin"
    with open(path, "wb") as file:
        file.truncate(BAIT_SIZE)
    monkeypatch.chdir(folder)
    return QUrl.fromLocalFile(str(path)).toString()


def assert_reads_nothing(action: Callable[[], Any]) -> Any:
    before = bytes_read()
    result = action()
    QApplication.processEvents()
    read = bytes_read() - before
    assert read < READ_LIMIT, f"{read / 2**20:.0f} MB read from disk while rendering"
    return result
