"""The fault matrix (tests/helpers/fault_matrix.py), faults of the stream and of the output files:
a stream host's error, a silent stream, a stream left open after `done`, downloads cut short, slow
or failing, and data Replicate removed; and the local server's command-line fault switches.
Run it with its other half: `-s tests/gui/test_fault_matrix_*.py | grep MATRIX`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.run_events import RunStatus
from gui.main_window import MainWindow
from tests.helpers.driving import LLAMA, SDXL
from tests.local_replicate import server as server_module
from tests.local_replicate.files import file_faults
from tests.local_replicate.server import LocalReplicate
from tests.local_replicate.stream_host import StreamFault, StreamFaults

pytest.register_assert_rewrite("tests.helpers.fault_matrix")  # its checks' failures say what they compared

from tests.helpers.fault_matrix import OK, Expect, Fault, cells, run_cell, serve_stream_faults  # noqa: E402


def _stream_error(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    stream.faults.extend([StreamFault("status", status=502)] * 10)


def _silent_start(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.predictions.pace.start_delay = 1.0  # a cold boot longer than the stream's read timeout
    window.session.replicate.stream_read_timeout = 0.3
    stream.faults.append(StreamFault("silent", seconds=0.8))


LINGER = 5.0


def _stream_lingers(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    stream.faults.append(StreamFault("linger", seconds=LINGER))  # open after `done`


def _cut(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    file_faults(server).cuts.append(100)  # of a 64×64 PNG


def _slow(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    file_faults(server).chunk_delay = 0.05  # 4 KB every 50 ms: the 12 KB image takes 0.15 s


def _fails_twice(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    file_faults(server).statuses.extend([(503, {}), (503, {})])


def _fails_always(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    file_faults(server).statuses.extend([(503, {})] * 10)


def _data_removed(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.predictions.remove_after = 0.0  # removed as soon as it ends (Replicate: an hour)


def _stream_tried(times: int) -> Callable[[LocalReplicate, StreamFaults, str], None]:
    """The text model's stream was asked for at least `times` times (from its start: nothing had
    come before the fault); the image model streams nothing."""

    def check(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
        ids = stream.last_event_ids
        assert (len(ids) >= times and set(ids) == {None}) if kind == "text" else not ids, ids

    return check


def _files_asked(statuses: list[int]) -> Callable[[LocalReplicate, StreamFaults, str], None]:
    """The file host answered these statuses, in order (the text model has no file)."""

    def check(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
        got = [r.status for r in file_faults(server).requests]
        assert got == (statuses if kind == "image" else []), got

    return check


def _slow_was_slow(took: float, kind: str) -> None:
    if kind == "image":
        assert took >= 0.1, "the slow file was not slow"


def _did_not_wait_for_the_close(took: float, kind: str) -> None:
    assert took < LINGER, "the run waited for the stream to close after `done`"


FAULTS = [
    Fault("stream 502", _stream_error, OK, OK, met=_stream_tried(1)),
    Fault(
        "silent stream while starting",
        _silent_start,
        OK,
        OK,
        said="Starting the model (cold boot can take minutes)…",
        met=_stream_tried(2),
    ),
    Fault("stream open after done", _stream_lingers, OK, OK, met=_stream_tried(1), timed=_did_not_wait_for_the_close),
    Fault("download cut short", _cut, OK, OK, met=_files_asked([200, 206])),
    Fault("slow download", _slow, OK, OK, met=_files_asked([200]), timed=_slow_was_slow),
    Fault("download fails twice", _fails_twice, OK, OK, met=_files_asked([503, 503, 200])),
    Fault(
        "download fails for good",
        _fails_always,
        OK,
        Expect(RunStatus.SUCCEEDED, "could not be downloaded: a-lighthouse_sdxl_1.png", files_kept=False),
        met=_files_asked([503] * 4),  # the first try and its three retries
    ),
    Fault(
        "data_removed",
        _data_removed,
        Expect(RunStatus.SUCCEEDED, "Replicate removed this run's data"),
        Expect(RunStatus.SUCCEEDED, "Replicate removed this run's data", files_kept=False),
    ),
]


@pytest.mark.parametrize(("fault", "kind"), cells(FAULTS))
def test_fault_matrix(
    window: MainWindow, qtbot: Any, server: LocalReplicate, monkeypatch: pytest.MonkeyPatch, fault: Fault, kind: str
) -> None:
    run_cell(window, qtbot, server, serve_stream_faults(monkeypatch), fault, kind)


def test_the_command_line_switches_arm_the_faults(server: LocalReplicate, token: str, monkeypatch: Any) -> None:
    """`python -m tests.local_replicate` with fault switches: each one is met over plain HTTP."""
    import time

    import httpx

    from tests.local_replicate.__main__ import arrange, parse

    monkeypatch.setattr(server_module._Handler, "h_stream", server_module._Handler.h_stream)  # restored after
    switches = "--rate-limit 1 --retry-after 2 --stream-error 502 --download-fail 2 --download-cut 100"
    args = parse([*switches.split(), "--data-removed-after", "30", "--abort-after", "1", "--create-delay", "0.1"])
    said = arrange(server, args)
    assert len(said) == 6 and server.predictions.remove_after == 30 and server.create_delay == 0.1
    server.predictions.pace.token_delay = 0.05
    auth = {"Authorization": f"Bearer {token}"}

    def create(model: str, **given: Any) -> httpx.Response:
        body = {"input": {"prompt": "x", **given}, "stream": True}
        return httpx.post(f"{server.base_url}/v1/models/{model}/predictions", json=body, headers=auth)

    refused = create(SDXL, width=64, height=64)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "2"
    image = create(SDXL, width=64, height=64).json()
    text = create(LLAMA, max_tokens=200).json()
    assert httpx.get(text["urls"]["stream"], headers=auth).status_code == 502
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        image = httpx.get(image["urls"]["get"], headers=auth).json()
        text = httpx.get(text["urls"]["get"], headers=auth).json()
        if image["status"] == "succeeded" and text["status"] == "aborted":
            break
        time.sleep(0.05)
    assert (image["status"], text["status"]) == ("succeeded", "aborted")
    url = image["output"][0]
    assert [httpx.get(url).status_code for _ in range(2)] == [503, 503]
    with pytest.raises(httpx.RemoteProtocolError):  # cut short: Content-Length promised more
        httpx.get(url)
    assert httpx.get(url).content == server.predictions.files[url.removeprefix(server.base_url)]
