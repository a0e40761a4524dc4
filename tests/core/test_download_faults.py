"""Downloads that survive the file host's faults (issue 13): each test against the local server's
real file host over HTTP, with real files in a temporary folder."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest

from core.download_sources import SOURCES
from core.downloads import Downloader, DownloadFailed
from tests.conftest import run_async
from tests.local_replicate.files import file_faults

FAST = (0.01, 0.02, 0.04)  # the delays between tries, shortened


def _serve(server, name: str, size: int = 300_000, pid: str = "p1") -> tuple[str, bytes]:
    data = bytes((i * 7 + size) % 251 for i in range(size))
    path = f"/files/{pid}/{name}"
    server.predictions.files[path] = data
    server.predictions.content_types[path] = "image/png"
    return f"{server.base_url}{path}", data


def _fetch(downloader: Downloader, url: str, pid: str = "p1", **kwargs):
    seen: list[tuple[str, int, int | None]] = []
    got = run_async(downloader.fetch(url, pid, lambda *args: seen.append(args), **kwargs))
    return got, seen


def _left(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != SOURCES)


def test_a_transfer_cut_short_is_resumed_from_its_bytes(server, tmp_path):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png")
    faults.cuts.append(100_000)
    got, seen = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data
    asked = [(r.range, r.status, r.sent) for r in faults.requests]
    assert asked == [(None, 200, 100_000), ("bytes=100000-", 206, len(data) - 100_000)]  # only the rest again
    sizes = [size for _, size, _ in seen]
    assert sizes == sorted(sizes) and seen[-1][1:] == (len(data), len(data))  # never backwards
    assert _left(tmp_path / "p1") == ["out-0.png"]  # no .part left


def test_a_host_without_ranges_is_read_again_from_zero(server, tmp_path):
    faults = file_faults(server)
    faults.ranges = False
    url, data = _serve(server, "out-0.png")
    faults.cuts.append(200_000)
    got, seen = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data
    assert [(r.range, r.status) for r in faults.requests] == [(None, 200), ("bytes=200000-", 200)]
    sizes = [size for _, size, _ in seen]
    assert sizes == sorted(sizes), "the restart from zero never shows as a jump back"


@pytest.mark.parametrize("sloppy", [False, True])
def test_a_file_changed_between_tries_is_never_spliced(server, tmp_path, sloppy):
    """If-Range makes a careful host send the new file whole; a sloppy one sends a range of the
    new file, which the ETag gives away: the download starts again from zero."""
    faults = file_faults(server)
    faults.if_range = not sloppy
    url, _old = _serve(server, "out-0.png")
    new = bytes(reversed(_old))
    faults.cuts.append(50_000)
    faults.after_cut = lambda: server.predictions.files.__setitem__("/files/p1/out-0.png", new)
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == new
    assert faults.requests[-1].status == 200 and faults.requests[-1].sent == len(new)  # the whole file, again
    assert [r.status for r in faults.requests] == ([200, 206, 200] if sloppy else [200, 200])


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_server_errors_and_rate_limits_are_tried_again(server, tmp_path, status):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 5_000)
    faults.statuses += [(status, {}), (status, {})]
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data
    assert [r.status for r in faults.requests] == [status, status, 200]


def test_retry_after_is_obeyed_up_to_a_cap(server, tmp_path):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 5_000)
    faults.statuses += [(503, {"Retry-After": "1"}), (429, {"Retry-After": "3600"})]
    began = time.monotonic()
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST, max_retry_after=1.5), url)
    took = time.monotonic() - began
    assert got.path.read_bytes() == data
    assert 2.4 <= took < 10, took  # 1 s asked, then 3600 s asked and 1.5 s waited


def test_a_read_timeout_is_tried_again(server, tmp_path):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 5_000)
    faults.stalls.append(1.5)
    got, _ = _fetch(Downloader(tmp_path, timeout=0.3, retry_delays=FAST), url)
    assert got.path.read_bytes() == data
    assert len(faults.requests) >= 2 and faults.requests[-1].status == 200


def test_a_damaged_file_is_caught_by_its_checksum_and_fetched_again(server, tmp_path):
    faults = file_faults(server)
    faults.checksum = "md5"
    url, data = _serve(server, "out-0.png", 20_000)
    faults.corrupt = 1
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data and len(faults.requests) == 2


def test_a_resumed_file_is_checked_against_the_whole_files_digest(server, tmp_path):
    faults = file_faults(server)
    faults.checksum = "sha-256"
    url, data = _serve(server, "out-0.png")
    faults.cuts.append(70_000)
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data and faults.requests[1].status == 206


def test_after_every_try_the_error_names_the_file_and_nothing_is_left(server, tmp_path):
    faults = file_faults(server)
    url, _ = _serve(server, "out-0.png", 5_000)
    faults.statuses += [(503, {})] * 4
    with pytest.raises(DownloadFailed) as raised:
        _fetch(Downloader(tmp_path, retry_delays=FAST), url, stem="a-lighthouse_sdxl_1")
    error = raised.value
    assert error.name == "a-lighthouse_sdxl_1.png" and error.url == url and error.tries == 4
    assert "a-lighthouse_sdxl_1.png" in error.problem.message and "503" in error.problem.message
    assert len(faults.requests) == 4
    assert _left(tmp_path / "p1") == []  # neither the reserved name nor a .part


def test_a_transfer_cut_at_every_try_fails_plainly(server, tmp_path):
    faults = file_faults(server)
    url, _ = _serve(server, "out-0.png")
    faults.ranges = False
    faults.cuts += [1000] * 4
    with pytest.raises(DownloadFailed, match="out-0.png") as raised:
        _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert "broke off" in raised.value.reason and _left(tmp_path / "p1") == []


@pytest.mark.parametrize("status", [403, 404, 410])
def test_a_file_replicate_removed_is_not_tried_again(server, tmp_path, status):
    faults = file_faults(server)
    url, _ = _serve(server, "out-0.png", 5_000)
    faults.statuses.append((status, {}))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert raised.value.response.status_code == status and len(faults.requests) == 1


def test_progress_is_told_from_the_first_bytes_of_a_slow_file(server, tmp_path):
    faults = file_faults(server)
    faults.chunk_delay = 0.05
    url, data = _serve(server, "out-0.png", 40_000)  # 10 chunks of 4 KB, 0.5 s
    got, seen = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data
    assert seen[0][1] <= 8192 and len(seen) >= 3  # long before 256 KB
    assert seen[-1][1:] == (len(data), len(data))


# --- a run followed again does not fetch its files twice ---------------------------------------


def test_a_file_already_saved_is_not_fetched_again(server, tmp_path):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 5_000)
    downloader = Downloader(tmp_path)
    first, _ = _fetch(downloader, url, stem="cat_sdxl_1")
    again, _ = _fetch(Downloader(tmp_path), url, stem="cat_sdxl_1")  # a new downloader: after a restart
    assert again.path == first.path and again.reused and not first.reused and again.media_type == "image/png"
    assert len(faults.requests) == 1
    manifest = json.loads((tmp_path / "p1" / SOURCES).read_text())
    assert manifest == {url: {"name": "cat_sdxl_1.png", "size": len(data), "type": "image/png"}}
    assert Downloader(tmp_path).saved(url, "p1") == first.path


@pytest.mark.parametrize("damage", ["deleted", "cut"])
def test_a_saved_file_deleted_or_cut_since_is_fetched_again(server, tmp_path, damage):
    faults = file_faults(server)
    url, data = _serve(server, "out-0.png", 5_000)
    first, _ = _fetch(Downloader(tmp_path), url)
    if damage == "deleted":
        first.path.unlink()
    else:
        first.path.write_bytes(data[:100])
    again, _ = _fetch(Downloader(tmp_path), url)
    assert not again.reused and again.path.read_bytes() == data and len(faults.requests) == 2


def test_a_hostile_manifest_never_names_a_file_outside_the_run_folder(server, tmp_path):
    url, _ = _serve(server, "out-0.png", 5_000)
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    (tmp_path / "p1").mkdir()
    (tmp_path / "p1" / SOURCES).write_text(json.dumps({url: {"name": "../secret.txt", "size": 1}}))
    got, _ = _fetch(Downloader(tmp_path), url)
    assert got.path.parent == tmp_path / "p1" and not got.reused


def test_inline_files_are_not_saved_twice(tmp_path):
    import base64

    from tests.local_replicate.outputs import png_bytes

    uri = "data:image/png;base64," + base64.b64encode(png_bytes(4, 4, seed=9)).decode()
    first = run_async(Downloader(tmp_path).save_data_uri(uri, "p8", 0, stem="fox_sdxl_1"))
    again = run_async(Downloader(tmp_path).save_data_uri(uri, "p8", 0, stem="fox_sdxl_1"))
    assert again.path == first.path and again.reused
    assert _left(tmp_path / "p8") == ["fox_sdxl_1.png"]


def test_a_run_followed_again_fetches_none_of_its_files(server, token, tmp_path):
    """Re-attach (a restart while a run went on): the files saved before are given back as they
    are, and the file host is not asked again."""
    from core.model_ref import ModelRef
    from core.run_events import FileReady, RunStatus
    from core.runner import Run
    from tests.core.test_runner import inputs, make_service, run_model

    first, updates = run_async(
        run_model(server, token, tmp_path, "stability-ai/sdxl", "two foxes", num_outputs=2, width=64, height=64)
    )
    saved = [u.path for u in updates if isinstance(u, FileReady)]
    asked = [r for r in server.requests if r[1].startswith("/files/")]

    async def follow_again():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse("stability-ai/sdxl"))
        checked = inputs(info, "two foxes", num_outputs=2, width=64, height=64)
        run = Run(service, Downloader(tmp_path), info, checked, attach_to=first.prediction_id)
        return [u async for u in run.updates()]

    again = run_async(follow_again())
    assert again[-1].status is RunStatus.SUCCEEDED and len(saved) == 2
    assert [u.path for u in again if isinstance(u, FileReady)] == saved
    assert [r for r in server.requests if r[1].startswith("/files/")] == asked  # none fetched again
    assert sorted(p.name for p in (tmp_path / first.prediction_id).iterdir()) == sorted(
        [SOURCES, *(p.name for p in saved)]
    )


def test_concurrent_fetches_of_one_name_never_overwrite(server, tmp_path):
    faults = file_faults(server)
    faults.chunk_delay = 0.01
    urls = [_serve(server, f"out-{n}.png", 20_000 + n)[0] for n in range(3)]
    downloader = Downloader(tmp_path)

    async def together():
        got = await asyncio.gather(*(downloader.fetch(url, "p1", stem="CON") for url in urls))
        await downloader.close()
        return got

    got = run_async(together())
    assert sorted(g.path.name for g in got) == ["_CON (2).png", "_CON (3).png", "_CON.png"]
    assert sorted(g.path.stat().st_size for g in got) == [20_000, 20_001, 20_002]


def test_a_cancelled_download_leaves_nothing_behind(server, tmp_path):
    faults = file_faults(server)
    faults.chunk_delay = 0.02
    url, _ = _serve(server, "out-0.png", 400_000)  # about 2 s
    downloader = Downloader(tmp_path, retry_delays=FAST)
    seen: list[int] = []

    async def cancel_midway():
        task = asyncio.ensure_future(downloader.fetch(url, "p1", lambda _u, size, _t: seen.append(size)))
        while not seen or seen[-1] < 50_000:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await downloader.close()

    run_async(cancel_midway())
    assert _left(tmp_path / "p1") == []  # no .part, no reserved name
    assert downloader.saved(url, "p1") is None


def test_a_stale_part_file_is_never_taken_for_this_file(server, tmp_path):
    url, data = _serve(server, "out-0.png", 5_000)
    (tmp_path / "p1").mkdir()
    (tmp_path / "p1" / "out-0.png.part").write_bytes(b"x" * 1000)  # left by a crash, of another file
    got, _ = _fetch(Downloader(tmp_path, retry_delays=FAST), url)
    assert got.path.read_bytes() == data


def test_retry_after_in_seconds_or_as_a_date_is_capped():
    from email.utils import formatdate

    from core.download_state import retry_after

    assert retry_after("2", 30) == 2 and retry_after("3600", 30) == 30 and retry_after("-5", 30) == 0
    assert 3 <= retry_after(formatdate(time.time() + 5, usegmt=True), 30) <= 5
    assert retry_after(formatdate(time.time() + 86_400, usegmt=True), 30) == 30  # an HTTP date, clamped
    assert retry_after(None, 30) is None and retry_after("soon", 30) is None and retry_after("nan", 30) == 30


def test_by_hand_every_file_can_fail_twice_before_it_is_served(server, tmp_path):
    """The switch a manual run uses (`each_file`): each file gets the faults anew."""
    faults = file_faults(server)
    faults.each_file = True
    faults.statuses += [(503, {})] * 2
    urls = [_serve(server, f"out-{n}.png", 3_000)[0] for n in range(2)]
    downloader = Downloader(tmp_path, retry_delays=FAST)
    for url in urls:
        assert _fetch(downloader, url)[0].path.stat().st_size == 3_000
    assert [r.status for r in faults.requests] == [503, 503, 200] * 2
