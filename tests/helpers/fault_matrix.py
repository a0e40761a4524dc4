"""The fault matrix of issue 13: each fault of real Replicate × (a streaming text model, an image
model), driven through the real window with a 10 ms heartbeat running. Every cell checks the end
state and its single message, that the history keeps what the user saw, that the files on disk
are the bytes the server served, that one Run made one prediction, and that the UI never froze.

The faults are in tests/gui/test_fault_matrix_*.py, by family; here is what every cell runs and
checks (`run_cell`), and the stream's fault switches they share (`serve_stream_faults`).
Each row prints `MATRIX fault kind status worst-gap` (run with `-s` to see them; RELIABILITY.md
lists them)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from bench.gaps import GapRecorder
from core.run_events import RunStatus
from core.run_manager import LiveRun
from gui.main_window import MainWindow
from gui.run_view import status_text
from tests.helpers.driving import LLAMA, SDXL, choose, fill, start, wait_end, wait_shown
from tests.local_replicate import server as server_module
from tests.local_replicate.outputs import text_tokens
from tests.local_replicate.server import LocalReplicate
from tests.local_replicate.stream_host import StreamFaults

COMMUNITY = {"text": "kcaverly/deepseek-coder-6.7b-instruct", "image": "stability-ai/stable-diffusion"}
OFFICIAL = {"text": LLAMA, "image": SDXL}
FREEZE_MS = 1000.0  # only a freeze fails a cell: the machines are shared, timings are not asserted
FAST_RETRIES = (0.01, 0.02, 0.04)


@dataclass(frozen=True)
class Expect:
    status: RunStatus
    banner: str | None = None  # a phrase of the run's single message; None: no message at all
    creates: int = 1  # POSTs that ask for a prediction (a refused one counts too)
    files_kept: bool = True  # the image's files reach the disk (False: they were gone)
    parked: bool = False  # left to Replicate, followed again at the next start (`status`: as it was then)
    predictions: int = 1  # made on the server by the one Run


@dataclass(frozen=True)
class Fault:
    name: str
    arrange: Callable[[LocalReplicate, MainWindow, StreamFaults], None]
    text: Expect
    image: Expect
    community: bool = False
    no_version: bool = False  # the model is shown with `latest_version: null`
    during: Callable[[LocalReplicate, LiveRun], None] | None = None  # once the prediction exists
    said: str | None = None  # what the status line says while the fault lasts (text model)
    # asserts that the fault was met (the server's own logs), given the kind of model
    met: Callable[[LocalReplicate, StreamFaults, str], None] = lambda server, stream, kind: None
    # asserts on the time from Run to the run's end (seconds), given the kind of model
    timed: Callable[[float, str], None] = lambda took, kind: None


OK = Expect(RunStatus.SUCCEEDED)


def serve_stream_faults(monkeypatch: pytest.MonkeyPatch) -> StreamFaults:
    """The stream's fault switches (armed by each fault-matrix cell), on the API's own
    origin (where the app sends the token); every stream request is recorded, and resumed after
    its `Last-Event-ID`."""
    faults = StreamFaults()

    def with_faults(handler: Any, body: dict, pid: str) -> None:
        faults.serve(handler, handler._prediction(pid))

    monkeypatch.setattr(server_module._Handler, "h_stream", with_faults)
    return faults


def _history(window: MainWindow, qtbot: Any, record_id: int | None) -> Any:
    assert record_id is not None
    found = asyncio.ensure_future(window.session.history.get(record_id))
    qtbot.waitUntil(found.done, timeout=5_000)
    return found.result()


def _creates(server: LocalReplicate) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions"))


# A bug a cell shows, left to its owner: the cell is expected to fail until it is fixed.
class ParkedSaysRunning(AssertionError):
    """A parked run's view said "Running · 1.3 s", as if it were still followed (fixed in
    gui/output_stack.py live_status: "Still running on Replicate")."""


def cells(faults: list[Fault]) -> list[Any]:
    """The matrix's cells: each fault × (text, image), with ids such as `stream-502-text`."""
    cells = []
    for fault in faults:
        for kind in ("text", "image"):
            cells.append(pytest.param(fault, kind, id=f"{fault.name.replace(' ', '-')}-{kind}"))
    return cells


def run_cell(
    window: MainWindow, qtbot: Any, server: LocalReplicate, stream_faults: StreamFaults, fault: Fault, kind: str
) -> None:
    """One cell: the fault met by the kind of model through the window, and everything checked."""
    expect = fault.text if kind == "text" else fault.image
    model = (COMMUNITY if fault.community else OFFICIAL)[kind]
    server.predictions.pace.token_delay = 0.01
    window.session.downloader.retry_delays = FAST_RETRIES
    served: dict[str, bytes] = {}

    def keep_served(prediction: Any, output: Any) -> Any:  # the bytes served, before any removal
        prefix = f"/files/{prediction.id}/"
        served.update({p: d for p, d in server.predictions.files.items() if p.startswith(prefix)})
        return output

    server.predictions.on_output = keep_served
    if fault.no_version:
        server.versionless.add(model)
    choose(window, qtbot, model)
    values: dict[str, Any] = {"width": 64, "height": 64} if kind == "image" else {}
    if kind == "text":
        values["max_new_tokens" if fault.community else "max_tokens"] = 200 if fault.during else 24
    fill(window, "a lighthouse", **values)
    fault.arrange(server, window, stream_faults)
    server.requests.clear()
    beat = GapRecorder(10)
    beat.start()
    live = start(window, qtbot)[0]
    panel = wait_shown(window, qtbot, live)
    if fault.said and kind == "text":
        running = window.outputs.primary()
        assert running is not None
        qtbot.waitUntil(lambda: fault.said in running.status_label.text(), timeout=5_000)
    if fault.during is not None:
        going = RunStatus.PROCESSING  # mid-run: text shown, or the image model at work
        qtbot.waitUntil(
            lambda: (
                bool(live.record.prediction_id) and live.status is going and bool(panel.plain_text() or kind == "image")
            )
        )
        fault.during(server, live)
    finished = wait_end(window, qtbot, live, timeout=30_000)
    took = beat.ticks[-1] - beat.ticks[0] if beat.ticks else 0.0
    qtbot.wait(30)  # the last updates reach the view
    worst = max(beat.stop(), default=0.0)
    primary = window.outputs.primary()
    shown_status = primary.status_label.text() if primary is not None else ""
    print(f"\nMATRIX | {fault.name} | {kind} | {finished.status.name} | {worst:.0f} ms | {took:.1f} s | {shown_status}")

    # the end state, and one message that agrees with it
    assert finished.detached is expect.parked, finished.problem
    if expect.parked:  # as it was when contact was lost: still going on Replicate
        assert finished.status.on_replicate, finished.problem
    else:
        assert finished.status is expect.status, finished.problem
    view = window.outputs.primary()
    assert view is not None
    # a parked run is no longer followed: said as the history says it (checked last, below)
    said = status_text(finished.status, live=False) if expect.parked else finished.status.label
    if not expect.parked:
        qtbot.waitUntil(lambda: view.status_label.text().startswith(said))
    if expect.banner is None:
        assert finished.problem is None and not view.banner.isVisible()
    else:
        assert finished.problem is not None and expect.banner in finished.problem.message + finished.problem.title
        assert view.banner.isVisible() and expect.banner in view.banner.text()
    assert not window.composer.banner.isVisible()

    # one Run, one prediction (or none, refused before)
    assert len(server.predictions.newest_first()) == expect.predictions
    assert _creates(server) == expect.creates

    # what the user saw is in the history, and on disk as served
    record = _history(window, qtbot, live.record_id)
    assert record.status is finished.status  # a parked run's row stays unfinished, for the next start
    if kind == "text":
        shown = panel.plain_text()
        assert record.output_text == shown and (bool(shown) or not expect.predictions)
        if expect.status is RunStatus.SUCCEEDED:
            owner, name = model.split("/")
            about = server.catalog.model(owner, name)
            assert about is not None
            example = about["default_example"]["output"]
            assert shown == "".join(text_tokens("a lighthouse", example, values.get("max_tokens", 24)))
    else:
        qtbot.waitUntil(lambda: len(panel.image_cards()) == (1 if expect.files_kept else 0), timeout=5_000)
        cards = panel.image_cards()
        assert len(record.files) == len(cards)
        for card in cards:
            assert card.path is not None and card.path.read_bytes() in served.values()
        if expect.files_kept:
            pid = record.prediction_id
            assert cards[0].path.read_bytes() == served[f"/files/{pid}/out-0.png"]
    fault.met(server, stream_faults, kind)
    fault.timed(took, kind)
    assert worst < FREEZE_MS, f"the window froze for {worst:.0f} ms"
    if expect.parked:
        qtbot.wait(50)
        if not view.status_label.text().startswith(said):
            raise ParkedSaysRunning(f"a parked run's view says {view.status_label.text()!r}, not {said!r}")
