"""A download's bytes written to its `.part` file from a worker thread, never the event loop's.

The event loop is the window's thread: a write that blocks there (a USB stick, a network share, a
disk busy flushing) freezes the window for as long. Here the chunks read from the network are
gathered into writes of about `BATCH` bytes, each done by a worker thread while the next chunks
arrive. At most one write is in flight and one batch waits, so memory stays bounded (about twice
`BATCH`) when the disk is slower than the network: the reader then waits for the disk, and TCP
slows the host down. The first chunk is written at once, so a full disk is said from the first
bytes; an error of a write is raised by the next call (`write` or `finish`).

A fast host (a loopback server, a LAN) has its next chunk buffered before it is asked for, so the
reader never waits and never lets the loop run: `write` gives the loop a turn every `SLICE`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

BATCH = 1024 * 1024  # bytes per write: thread hops stay rare (500 per 500 MB), memory small
T = TypeVar("T")
SLICE = 0.008  # seconds of reading before the event loop is given a turn (as following.py does)


class PartWriter:
    """Appends to (or truncates, with `append=False`) one file. Call `finish` at the end (the
    bytes all written, the file closed), or `discard` when the bytes not yet written no longer
    matter (the file closed all the same, once the write in flight is done)."""

    def __init__(self, path: Path, append: bool, batch: int = BATCH) -> None:
        self.path, self.batch = path, batch
        self._mode = "ab" if append else "wb"
        self._buffer = bytearray()
        self._file: IO[bytes] | None = None  # opened by the worker thread, with the first write
        self._pending: asyncio.Future[None] | None = None  # the write in flight
        self._begun = False
        self._turn = time.perf_counter()  # when the loop last had a turn

    async def write(self, chunk: bytes) -> bool:
        """Queue `chunk`; True when the disk was slower than the network and this call waited
        for it (the time was the disk's, not the host's)."""
        self._buffer += chunk
        if self._begun and len(self._buffer) < self.batch:
            if time.perf_counter() - self._turn > SLICE:
                await asyncio.sleep(0)  # the window paints and reacts between slices
                self._turn = time.perf_counter()
            return False
        waited = self._pending is not None and not self._pending.done()
        await self._flush()
        self._turn = time.perf_counter()
        return waited

    async def finish(self) -> None:
        """Every byte written and the file closed; raises the OSError of any write."""
        try:
            if self._buffer or not self._begun:  # an empty answer still makes its (empty) file
                await self._flush()
            await self._settle()
        except BaseException:
            await self.discard()
            raise
        await self._close()

    async def discard(self) -> None:
        """The file closed once the write in flight is done (its error, if any, dropped); the bytes
        not yet written are dropped."""
        self._buffer = bytearray()
        pending = self._pending
        if pending is not None:
            await asyncio.wait([pending])  # never cancels the write; a cancel of ours leaves it going
            if not pending.cancelled():
                pending.exception()  # seen: not logged as "never retrieved"
        with contextlib.suppress(OSError):
            await self._close()

    async def _flush(self) -> None:
        await self._settle()
        data, self._buffer = self._buffer, bytearray()
        self._begun = True
        self._pending = asyncio.get_running_loop().run_in_executor(None, self._write, data)

    async def _settle(self) -> None:
        """Wait for the write in flight and raise its error. Shielded: a cancel of the reader
        leaves the thread's write going, and `discard` waits for it before closing the file."""
        if self._pending is not None:
            await asyncio.shield(self._pending)
            self._pending = None

    async def _close(self) -> None:
        if self._file is not None:
            handle, self._file = self._file, None
            await asyncio.to_thread(handle.close)

    def _write(self, data: bytearray) -> None:  # on the worker thread
        if self._file is None:
            self._file = self.path.open(self._mode)
        if data:
            self._file.write(data)
            self._file.flush()  # on disk now, not in the file object's buffer: ENOSPC is said here


def size_of(path: Path) -> int:
    """The bytes a `.part` already holds (0: none yet). Blocking: for a worker thread."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


async def on_thread(fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)` on a worker thread, run to its end even if the task is canceled meanwhile: a
    name it reserved or a file it moved is then returned all the same, for the caller to undo,
    and the cancel comes at the caller's next await."""
    job = asyncio.ensure_future(asyncio.to_thread(fn, *args))
    try:
        return await asyncio.shield(job)
    except asyncio.CancelledError:
        await asyncio.wait([job])
        if job.cancelled() or job.exception() is not None:
            raise
        task = asyncio.current_task()
        if task is not None:
            task.cancel()  # delivered at the next await, once the caller holds the result
        return job.result()
