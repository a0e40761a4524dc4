"""Big, slow and endless files, a full disk and a cancel during a download (issue 13): each against
the local server's file host over real HTTP, with real files in a temporary folder."""

from __future__ import annotations

import asyncio
import errno
import time
from pathlib import Path

import pytest

from core.download_state import DiskFull, TooLarge, plain_size
from core.downloads import MAX_FILE_BYTES, Downloader, DownloadFailed
from core.model_ref import ModelRef
from core.run_events import Downloading, FileReady, Finished, RunStatus
from core.run_manager import RunManager
from core.runner import Run
from tests.conftest import run_async
from tests.core.test_download_faults import FAST, _fetch, _left, _serve
from tests.core.test_runner import inputs, make_service
from tests.helpers.part_files import wrap_part_writes
from tests.helpers.run_manager import Events, request, session_for, wait_ended
from tests.local_replicate.files import file_faults

SDXL = "stability-ai/sdxl"


def test_the_cap_is_two_gib_by_default_and_said_in_plain_words():
    assert Downloader(Path("/nowhere")).max_file_bytes == MAX_FILE_BYTES == 2 * 1024**3
    assert [plain_size(n) for n in (2 * 1024**3, 512 * 1024**2, 1536 * 1024**2, 64 * 1024)] == [
        "2 GB",
        "512 MB",
        "1.5 GB",
        "64 KB",
    ]


def test_a_file_over_the_cap_is_refused_by_its_length_before_any_byte_is_written(server, tmp_path, monkeypatch):
    faults = file_faults(server)
    url, _ = _serve(server, "out-0.png", 300_000)
    written: list[int] = []
    real_open = Path.open

    def watched(path: Path, mode: str = "r", *args, **kwargs):
        if path.name.endswith(".part"):
            written.append(1)
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", watched)
    with pytest.raises(TooLarge) as raised:
        _fetch(Downloader(tmp_path, retry_delays=FAST, max_file_bytes=64 * 1024), url, stem="a-cat_sdxl_1")
    assert raised.value.problem.message == (
        "a-cat_sdxl_1.png was not downloaded: it is larger than 64 KB, the largest output file to download "
        "(Settings → Files)."
    )
    assert len(faults.requests) == 1  # refused, not retried
    assert written == []  # no .part was even opened
    assert _left(tmp_path / "p1") == []  # nor the reserved name left


@pytest.mark.parametrize("endless", [False, True], ids=["no-length", "never-ending"])
def test_a_file_without_a_length_is_cut_off_once_its_bytes_pass_the_cap(server, tmp_path, endless):
    faults = file_faults(server)
    faults.length = False  # the size is not told: only the bytes received show it
    faults.endless = 1 if endless else 0
    url, _ = _serve(server, "out-0.png", 300_000)
    began = time.monotonic()
    with pytest.raises(TooLarge, match="out-0.png"):
        _fetch(Downloader(tmp_path, retry_delays=FAST, max_file_bytes=1024**2 if endless else 100_000), url)
    assert time.monotonic() - began < 10
    assert len(faults.requests) == 1
    assert _left(tmp_path / "p1") == []  # no .part, no reserved name


def test_a_file_under_the_cap_and_a_cap_turned_off_fetch_the_file(server, tmp_path):
    url, data = _serve(server, "out-0.png", 300_000)
    assert _fetch(Downloader(tmp_path / "a", max_file_bytes=300_000), url)[0].path.read_bytes() == data
    assert _fetch(Downloader(tmp_path / "b", max_file_bytes=None), url)[0].path.read_bytes() == data


def test_a_silent_host_ends_the_try_at_the_stall_deadline_and_the_next_try_gets_the_file(server, tmp_path):
    faults = file_faults(server)
    faults.stalls.append(20.0)  # headers, then silence far past the deadline
    url, data = _serve(server, "out-0.png", 50_000)
    began = time.monotonic()
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST, stall_deadline=0.5), url)
    assert got.path.read_bytes() == data
    assert time.monotonic() - began < 5  # not the read timeout (60 s), not the host's 20 s
    assert [r.status for r in faults.requests] == [200, 200]


def test_a_drip_of_bytes_is_a_stall_too_and_shows_progress_from_its_first_bytes(server, tmp_path):
    """A byte now and then keeps any read timeout happy; the deadline is on progress."""
    faults = file_faults(server)
    faults.chunk_delay, faults.chunk_size = 0.05, 1  # 20 bytes a second
    url, _ = _serve(server, "out-0.png", 100_000)
    downloader = Downloader(tmp_path, retry_delays=FAST, stall_deadline=0.6, stall_bytes=4096)
    began = time.monotonic()
    with pytest.raises(DownloadFailed) as raised:
        seen: list[tuple[str, int, int | None]] = []
        run_async(downloader.fetch(url, "p1", lambda *args: seen.append(args)))
    assert time.monotonic() - began < 8
    assert raised.value.tries == 4 and raised.value.reason == "the file host stopped answering"
    assert seen[0][1:] == (0, 100_000)  # the bar at once, with the size
    assert any(0 < size < 100 for _, size, _ in seen)  # then from the first bytes, not after 256 KB
    assert _left(tmp_path / "p1") == []


def test_a_full_disk_is_said_plainly_at_once_and_leaves_nothing(server, tmp_path, monkeypatch):
    faults = file_faults(server)
    url, _ = _serve(server, "out-0.png", 300_000)
    _no_space_for(monkeypatch, lambda path: True)
    with pytest.raises(DiskFull) as raised:
        _fetch(Downloader(tmp_path, retry_delays=FAST), url, stem="a-cat_sdxl_1")
    assert raised.value.problem.message.startswith("The disk is full: a-cat_sdxl_1.png could not be saved.")
    assert len(faults.requests) == 1  # no retry loop
    assert _left(tmp_path / "p1") == []


def _no_space_for(monkeypatch, which) -> None:
    """Writing a `.part` file that `which(path)` picks raises ENOSPC, as a full disk does."""

    def full(_handle, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    wrap_part_writes(monkeypatch, full, which)


async def _sdxl_run(server, token, tmp_path, downloader: Downloader) -> tuple[Run, list]:
    service = make_service(server, token)
    info = await service.model(ModelRef.parse(SDXL))
    run = Run(service, downloader, info, inputs(info, "two foxes", num_outputs=2, width=64, height=64))
    return run, [u async for u in run.updates()]


def test_in_a_run_a_full_disk_names_the_file_and_the_run_stays_succeeded(server, token, tmp_path, monkeypatch):
    _no_space_for(monkeypatch, lambda path: path.name.startswith("two-foxes_sdxl_1"))
    run, updates = run_async(_sdxl_run(server, token, tmp_path, Downloader(tmp_path, retry_delays=FAST)))
    end = updates[-1]
    assert isinstance(end, Finished) and end.status is RunStatus.SUCCEEDED and not end.detached
    assert end.problem is not None and end.problem.title == "The disk is full"
    assert end.problem.message.startswith("The disk is full: two-foxes_sdxl_1.png could not be saved.")
    saved = [u.path.name for u in updates if isinstance(u, FileReady)]
    assert saved == ["two-foxes_sdxl_2.png"]  # the other file kept
    assert _left(tmp_path / run.prediction_id) == saved  # no .part, no reserved name


def test_in_a_run_a_file_over_the_cap_is_named_and_the_others_come(server, token, tmp_path):
    faults = file_faults(server)
    faults.endless = 1  # the first file never ends
    downloader = Downloader(tmp_path, retry_delays=FAST, max_file_bytes=2 * 1024**2)
    run, updates = run_async(_sdxl_run(server, token, tmp_path, downloader))
    end = updates[-1]
    assert end.status is RunStatus.SUCCEEDED and end.problem is not None
    assert end.problem.title == "A file is too large"
    assert "two-foxes_sdxl_1.png was not downloaded: it is larger than 2 MB" in end.problem.message
    assert [u.path.name for u in updates if isinstance(u, FileReady)] == ["two-foxes_sdxl_2.png"]
    assert _left(tmp_path / run.prediction_id) == ["two-foxes_sdxl_2.png"]


def test_cancel_during_a_download_stops_it_at_once_and_says_no_untruth(server, token, tmp_path):
    """RunManager.cancel → Run.cancel → the transfer's task: stopped then, its .part removed, and
    the run ends on Replicate's answer, never "Cancel not confirmed… took too long"."""
    faults = file_faults(server)
    faults.chunk_delay = 0.05  # 4 KB every 50 ms: a 64² PNG still takes seconds, a big one for ever

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        live = await manager.submit(await request(session, SDXL, "two foxes", num_outputs=2, width=512, height=512))
        while not any(isinstance(u, Downloading) and u.received > 0 for _, _, u in events.log):
            await asyncio.sleep(0.01)
        began = time.monotonic()
        await manager.cancel(live)
        took = time.monotonic() - began
        await wait_ended(events, 1)
        await session.downloader.close()
        await session.history.close()
        return live, took, events

    live, took, events = run_async(scenario())
    end = live.finished
    assert took < 2  # not the 5 s grace, not the whole file
    assert end is not None and not end.detached
    assert end.problem is None or "Cancel not confirmed" not in end.problem.title
    if end.status is RunStatus.SUCCEEDED:  # the files were being fetched after Replicate had finished
        assert end.problem is not None and end.problem.title == "Downloads stopped"
        assert "Cancelled while downloading: 2 files not saved" in end.problem.message
    else:
        assert end.status is RunStatus.CANCELED
    folder = session_folder(tmp_path, live.run.prediction_id)
    assert not folder.exists() or _left(folder) == []  # no .part, no empty reserved name


def session_folder(tmp_path: Path, prediction_id: str | None) -> Path:
    return tmp_path / "data" / "outputs" / str(prediction_id)


# --- what the GUI shows of it -----------------------------------------------------------
def test_the_progress_bar_takes_three_gib_without_overflowing(qtbot):
    """QProgressBar takes 32-bit ints: 3 GiB in bytes raised OverflowError and failed the run."""
    from gui.output_panel import PROGRESS_STEPS, OutputPanel

    panel = OutputPanel()
    qtbot.addWidget(panel)
    three = 3 * 1024**3
    url = "https://replicate.delivery/xezq/abc/big.bin"
    panel.apply(Downloading(url, three // 2, three))
    bar = panel.download
    assert not bar.isHidden() and (bar.minimum(), bar.maximum(), bar.value()) == (0, PROGRESS_STEPS, 500)
    assert bar.text() == "Downloading big.bin… 50% of 3 GB"
    panel.apply(Downloading(url, three, three))
    assert bar.value() == PROGRESS_STEPS and bar.text() == "Downloading big.bin… 100% of 3 GB"
    panel.apply(Downloading(url, three + 5, None))  # no length told: busy, with the bytes so far
    assert (bar.minimum(), bar.maximum()) == (0, 0) and "big.bin… 3 GB" in bar.format()
    panel.apply(Finished(RunStatus.SUCCEEDED))
    assert bar.isHidden()
