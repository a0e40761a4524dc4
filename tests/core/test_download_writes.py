"""Downloads write off the event loop's thread, and a killed download leaves nothing for good
(issue 13): against the local server's file host over real HTTP, with real files. A slow disk is
a test double for the `.part` file object (its `write` sleeps), never the HTTP client."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.download_sources import SOURCES, remember
from core.downloads import Downloader
from core.file_writer import BATCH
from core.run_folder import sweep_leftovers, unique_path
from tests.conftest import run_async
from tests.core.test_download_faults import FAST, _left, _serve
from tests.helpers.part_files import wrap_part_writes
from tests.local_replicate.files import file_faults

ROOT = Path(__file__).resolve().parents[2]


class _Heartbeat:
    """Counts the turns of a task that sleeps 10 ms: it only ticks while the loop is free."""

    def __init__(self) -> None:
        self.ticks = 0

    async def beat(self) -> None:
        while True:
            await asyncio.sleep(0.01)
            self.ticks += 1


class _SlowDisk:
    """`.part` files whose first write blocks `first` seconds, the others `then` (a test double
    for the file object: the bytes still go to the real file). Notes, per write: its size, and
    the heartbeat's ticks when it began and when it ended."""

    def __init__(self, monkeypatch, first: float, then: float = 0.0) -> None:
        self.first, self.then = first, then
        self.heartbeat = _Heartbeat()
        self.writes: list[tuple[int, int, int]] = []
        wrap_part_writes(monkeypatch, self._write)

    def _write(self, handle, data: bytes) -> int:
        began = self.heartbeat.ticks
        time.sleep(self.first if not self.writes else self.then)  # blocks whichever thread writes
        self.writes.append((len(data), began, self.heartbeat.ticks))
        return handle.write(data)


def test_a_write_blocked_half_a_second_never_stops_the_event_loop(server, tmp_path, monkeypatch):
    """The window's thread runs the loop: a chunk written there froze it for the whole write."""
    url, data = _serve(server, "out-0.png", 3 * BATCH + 12_345)
    disk = _SlowDisk(monkeypatch, first=0.5)

    async def scenario():
        beating = asyncio.create_task(disk.heartbeat.beat())
        try:
            return await Downloader(tmp_path, retry_delays=FAST).fetch(url, "p1")
        finally:
            beating.cancel()

    got = run_async(scenario())
    assert got.path.read_bytes() == data and _left(tmp_path / "p1") == ["out-0.png"]
    _, began, ended = disk.writes[0]
    assert ended - began >= 10, f"the heartbeat ticked {ended - began} times while a write blocked 0.5 s"


def test_a_disk_slower_than_the_network_gets_few_big_writes_and_memory_stays_bounded(server, tmp_path, monkeypatch):
    url, data = _serve(server, "out-0.png", 8 * BATCH + 999)
    disk = _SlowDisk(monkeypatch, first=0.05, then=0.05)
    got = run_async(Downloader(tmp_path, retry_delays=FAST).fetch(url, "p1"))
    assert got.path.read_bytes() == data
    sizes = [size for size, _, _ in disk.writes]
    assert sum(sizes) == len(data)
    assert max(sizes) <= BATCH + 256 * 1024  # a batch and the chunk that filled it: never the file
    assert len(sizes) <= 12  # coalesced: not one write per network chunk (hundreds)


def test_a_cut_resumes_from_every_byte_received_even_those_not_yet_written(server, tmp_path, monkeypatch):
    """Bytes not yet written when the host cuts are written before the next try, which asks for
    the rest only."""
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 3 * BATCH)
    faults.cuts.append(BATCH + 5_000)  # mid-batch
    _SlowDisk(monkeypatch, first=0.2)
    seen: list[int] = []
    got = run_async(Downloader(tmp_path, retry_delays=FAST).fetch(url, "p1", lambda _u, n, _t: seen.append(n)))
    assert got.path.read_bytes() == data
    assert [(r.range, r.status) for r in faults.requests] == [(None, 200), (f"bytes={BATCH + 5_000}-", 206)]
    assert seen[0] == 0 and seen[-1] == len(data)


def test_a_cancel_while_a_write_blocks_leaves_nothing(server, tmp_path, monkeypatch):
    faults = file_faults(server)
    faults.chunk_delay, faults.chunk_size = 0.01, 64 * 1024
    url, _ = _serve(server, "out-0.png", 4 * BATCH)
    disk = _SlowDisk(monkeypatch, first=0.6)

    async def scenario():
        fetch = asyncio.create_task(Downloader(tmp_path, retry_delays=FAST).fetch(url, "p1", stem="a-cat_sdxl_1"))
        while not (tmp_path / "p1" / "a-cat_sdxl_1.png.part").exists():
            await asyncio.sleep(0.01)
        fetch.cancel()
        with pytest.raises(asyncio.CancelledError):
            await fetch

    run_async(scenario())
    assert disk.writes  # the blocked write ended, then the file was closed and removed
    assert _left(tmp_path / "p1") == []


def test_a_cancel_while_a_name_is_being_reserved_leaves_no_name(server, tmp_path, monkeypatch):
    """The reservation runs on a worker thread, which a cancel cannot stop: the name it made is
    removed (and no longer held) all the same."""
    import core.downloads as downloads
    from core import run_folder

    url, _ = _serve(server, "out-0.png", 1000)
    real = downloads.unique_path
    began = threading.Event()

    def slow_reservation(folder: Path, name: str, reserve: bool = False) -> Path:
        began.set()
        time.sleep(0.3)
        return real(folder, name, reserve)

    monkeypatch.setattr(downloads, "unique_path", slow_reservation)

    async def scenario():
        fetch = asyncio.create_task(Downloader(tmp_path).fetch(url, "p1", stem="a-cat_sdxl_1"))
        while not began.is_set():
            await asyncio.sleep(0.005)
        fetch.cancel()
        with pytest.raises(asyncio.CancelledError):
            await fetch
        await asyncio.sleep(0.5)  # a reservation left to itself would be made by now

    run_async(scenario())
    assert _left(tmp_path / "p1") == []
    assert not any(path.parent == tmp_path / "p1" for path in run_folder._held)


# --- what a killed app leaves behind -------------------------------------------------------------

_KILLED = """
import asyncio, sys
from pathlib import Path
from core.downloads import Downloader
asyncio.run(Downloader(Path(sys.argv[1])).fetch(sys.argv[2], "p1", stem="a-cat_sdxl_1"))
"""


def test_a_download_killed_midway_leaves_nothing_once_fetched_again(server, tmp_path):
    """SIGKILL mid-download left the empty reserved name and its `.part`; fetched again at the next
    start, the file was saved as `a-cat_sdxl_1 (2).png` and the leftovers stayed for good."""
    faults = file_faults(server)
    faults.chunk_delay, faults.chunk_size = 0.02, 4096  # slow: still going when killed
    url, data = _serve(server, "out-0.png", 400_000)
    folder = tmp_path / "p1"
    killed = subprocess.Popen([sys.executable, "-c", _KILLED, str(tmp_path), url], cwd=ROOT, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        part = folder / "a-cat_sdxl_1.png.part"
        while not (part.exists() and part.stat().st_size > 0):
            assert killed.poll() is None, (killed.returncode, _left(folder) if folder.exists() else None)
            assert time.monotonic() < deadline, "the download never began"
            time.sleep(0.02)
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(10)
    finally:
        if killed.poll() is None:
            killed.kill()
    assert _left(folder) == ["a-cat_sdxl_1.png", "a-cat_sdxl_1.png.part"]  # as a kill leaves them
    assert (folder / "a-cat_sdxl_1.png").stat().st_size == 0

    faults.chunk_delay = 0.0
    got = run_async(Downloader(tmp_path).fetch(url, "p1", stem="a-cat_sdxl_1"))  # the next start
    assert got.path == folder / "a-cat_sdxl_1.png" and got.path.read_bytes() == data
    assert _left(folder) == ["a-cat_sdxl_1.png"]  # its first name, and nothing else


def test_a_name_held_by_a_transfer_going_on_is_never_swept(server, tmp_path):
    """A second downloader (a new start's) sweeping the folder leaves this process's transfers be."""
    faults = file_faults(server)
    faults.chunk_delay, faults.chunk_size = 0.01, 8192
    slow_url, slow_data = _serve(server, "out-0.png", 200_000)
    fast_url, fast_data = _serve(server, "out-1.png", 1000, pid="p2")

    async def scenario():
        slow = asyncio.create_task(Downloader(tmp_path).fetch(slow_url, "p1", stem="a-cat_sdxl_1"))
        while not (tmp_path / "p1" / "a-cat_sdxl_1.png.part").exists():
            await asyncio.sleep(0.01)
        other = await Downloader(tmp_path).fetch(fast_url, "p1", stem="a-cat_sdxl_1")
        return await slow, other

    slow, other = run_async(scenario())
    assert slow.path.name == "a-cat_sdxl_1.png" and slow.path.read_bytes() == slow_data
    assert other.path.name == "a-cat_sdxl_1 (2).png" and other.path.read_bytes() == fast_data


def test_the_sweep_keeps_saved_files_even_empty_and_anything_not_left_by_a_transfer(tmp_path):
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "kept.png").write_bytes(b"png")  # a file saved, or the user's: not empty
    (folder / "empty.txt").write_bytes(b"")
    remember(folder, "https://x.test/empty.txt", folder / "empty.txt", "text/plain")  # an empty output
    (folder / "left.png").write_bytes(b"")  # a reservation a kill left
    (folder / "left.png.part").write_bytes(b"half")
    (folder / "alone.bin.part").write_bytes(b"x")  # a .part whose reservation is gone
    (folder / "sub").mkdir()  # not a file
    held = unique_path(folder, "held.png", reserve=True)  # this process's, going on
    (folder / "held.png.part").write_bytes(b"going")
    removed = sweep_leftovers(folder)
    assert sorted(removed) == ["alone.bin.part", "left.png", "left.png.part"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [SOURCES, "empty.txt", "held.png", "held.png.part", "kept.png", "sub"]
    )
    assert held.exists()


def test_the_sweep_runs_on_a_worker_thread(server, tmp_path, monkeypatch):
    """Like every other file system call of a download: not the loop's thread."""
    import core.downloads as downloads

    url, _ = _serve(server, "out-0.png", 1000)
    threads: list[bool] = []
    real = downloads.sweep_leftovers

    def watched(folder: Path) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(folder)

    monkeypatch.setattr(downloads, "sweep_leftovers", watched)
    run_async(Downloader(tmp_path).fetch(url, "p1"))
    assert threads == [False]
