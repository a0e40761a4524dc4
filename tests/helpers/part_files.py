"""A test double for the file objects of downloads' `.part` files: their writes go through a
function of the test's (slow, failing), the rest to the real file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pytest


def wrap_part_writes(
    monkeypatch: pytest.MonkeyPatch,
    write: Callable[[BinaryIO, bytes], int],
    which: Callable[[Path], bool] = lambda _path: True,
) -> None:
    """`.part` files opened in binary mode (those `which` picks) write through `write(handle, data)`."""
    real_open = Path.open

    class Wrapped:
        def __init__(self, handle: BinaryIO) -> None:
            self.handle = handle

        def write(self, data: bytes) -> int:
            return write(self.handle, data)

        def flush(self) -> None:
            self.handle.flush()

        def close(self) -> None:
            self.handle.close()

        def __enter__(self) -> Wrapped:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def open_(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        return Wrapped(handle) if path.name.endswith(".part") and "b" in mode and which(path) else handle

    monkeypatch.setattr(Path, "open", open_)
