"""A run is followed to its end whatever the faults: against the local server over real HTTP,
with the official client (never patched). Faults are made by the server: injected answers,
its stream host's fault switches, and (for answers `Injected` cannot give: an HTML page, a cut
body, a redirect loop) the server's own prediction handler wrapped here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from core.downloads import Downloader
from core.following import FollowPolicy
from core.input_values import CheckedInput
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.replicate_service import ReplicateService, retry_after
from core.run_events import (
    Created,
    FileReady,
    Finished,
    OutputValue,
    RunStatus,
    StatusChanged,
    StatusNote,
    TextAppended,
)
from core.runner import Run
from tests.conftest import run_async
from tests.core.test_runner import inputs
from tests.local_replicate import server as server_module
from tests.local_replicate.outputs import text_tokens
from tests.local_replicate.server import Injected
from tests.local_replicate.stream_host import StreamFault, StreamFaults

LLAMA = "meta/meta-llama-3-8b-instruct"
SDXL = "stability-ai/sdxl"
QUICK = FollowPolicy(backoff_first=0.05, backoff_cap=0.2, outage_limit=1.5, reopen_delay=0.05)


def service_for(server, token, **options) -> ReplicateService:
    return ReplicateService(lambda: token, server.base_url, poll_interval=0.02, **options)


async def go(server, token, tmp_path, ref, prompt, *, policy=QUICK, on_update=None, service=None, **values):
    service = service or service_for(server, token)
    info = await service.model(ModelRef.parse(ref))
    run = Run(service, Downloader(tmp_path), info, inputs(info, prompt, **values), policy=policy)
    updates = []
    async for update in run.updates():
        updates.append(update)
        if on_update is not None:
            on_update(run, update, updates)
    return run, updates


def text_of(updates) -> str:
    return "".join(u.text for u in updates if isinstance(u, TextAppended))


def notes(updates) -> list[str]:
    return [u.text for u in updates if isinstance(u, StatusNote)]


def expected_text(server, prompt, limit) -> str:
    model = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    return "".join(text_tokens(prompt, model["default_example"]["output"], limit))


def creates(server) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions"))


# --- 429 on create ----------------------------------------------------------------------
def test_429_on_create_waits_as_asked_and_makes_one_prediction(server, token, tmp_path):
    for _ in range(2):
        server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "1"}))
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", max_tokens=5))
    assert updates[-1].status is RunStatus.SUCCEEDED and updates[-1].problem is None
    assert creates(server) == 3  # two refused, then the one that made it
    assert len(server.predictions.newest_first()) == 1  # never a second prediction
    assert notes(updates)[:2] == ["Replicate asks to wait 1 s…"] * 2
    assert notes(updates)[2] == ""  # the waiting note is cleared once created


def test_429_is_retried_at_most_three_times(server, token, tmp_path):
    for _ in range(5):
        server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "0"}))
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", max_tokens=5))
    assert updates[-1].status is RunStatus.FAILED
    assert "too many requests" in updates[-1].problem.message.lower()
    assert creates(server) == 4 and not server.predictions.newest_first()


def test_429_waits_no_longer_than_the_total_cap(server, token, tmp_path):
    server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "5"}))
    policy = FollowPolicy(create_wait_total=2.0)
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", policy=policy, max_tokens=5))
    assert updates[-1].status is RunStatus.FAILED and creates(server) == 1


def test_a_cancel_during_a_429_wait_ends_the_wait_and_sends_no_second_create(server, token, tmp_path):
    import asyncio

    server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "10"}))
    asked: list[asyncio.Task] = []

    def cancel_while_waiting(run, update, updates):
        if isinstance(update, StatusNote) and update.text and not asked:
            asked.append(asyncio.ensure_future(run.cancel()))

    run, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", on_update=cancel_while_waiting))
    assert updates[-1] == Finished(RunStatus.CANCELED)  # nothing was made: nothing to confirm
    assert notes(updates) == ["Replicate asks to wait 10 s…", ""]
    assert creates(server) == 1 and not server.predictions.newest_first() and run.prediction_id is None


def test_a_cancel_during_an_upload_stops_it_and_sends_no_create(server, token, tmp_path, monkeypatch):
    import asyncio

    from tests.local_replicate.outputs import png_bytes

    picture = tmp_path / "photo.png"
    picture.write_bytes(png_bytes(8, 8))
    original = server_module._Handler.h_create_file

    def slow_upload(handler, body):  # the file takes a while to reach Replicate
        handler.app.stopping.wait(3.0)
        return original(handler, body)

    monkeypatch.setattr(server_module._Handler, "h_create_file", slow_upload)
    asked: list[asyncio.Task] = []

    async def cancel_once_it_is_sending(run):
        while not any(r[:2] == ("POST", "/v1/files") for r in server.requests):
            await asyncio.sleep(0.01)
        await run.cancel()

    def on_update(run, update, updates):
        if type(update).__name__ == "Uploading":
            asked.append(asyncio.ensure_future(cancel_once_it_is_sending(run)))

    run, updates = run_async(
        go(server, token, tmp_path, SDXL, "blue", image=str(picture), width=32, height=32, on_update=on_update)
    )
    assert updates[-1] == Finished(RunStatus.CANCELED)
    assert creates(server) == 0 and not server.predictions.newest_first()


def test_retry_after_reads_seconds_and_http_dates():
    def answer(value: str) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": value})

    assert retry_after(answer("3")) == 3.0
    in_four = format_datetime(datetime.now(UTC) + timedelta(seconds=4), usegmt=True)
    assert 2.5 <= retry_after(answer(in_four)) <= 4.0
    past = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert retry_after(answer(past)) == 0.0
    assert retry_after(answer("soon")) is None


# --- the stream -------------------------------------------------------------------------
@pytest.fixture
def stream_host(server, monkeypatch):
    """The stream's fault switches, on the API's own origin (where the app sends the token)."""
    faults = StreamFaults()
    original = server_module._Handler.h_stream

    def with_faults(handler, body, pid):
        if faults.faults or not faults.replay_after_faults:
            return faults.serve(handler, handler._prediction(pid))
        return original(handler, body, pid)

    faults.replay_after_faults = False
    monkeypatch.setattr(server_module._Handler, "h_stream", with_faults)
    return faults


def test_a_stream_host_error_falls_back_to_polling(server, stream_host, token, tmp_path):
    stream_host.faults.append(StreamFault("status", status=502))
    run, updates = run_async(go(server, token, tmp_path, LLAMA, "tell me", max_tokens=30))
    assert stream_host.last_event_ids == [None]  # the stream was tried, and refused
    assert updates[-1].status is RunStatus.SUCCEEDED and not updates[-1].detached
    assert text_of(updates) == expected_text(server, "tell me", 30)
    assert server.predictions.get(run.prediction_id).status == "succeeded"


def test_a_dropped_stream_is_reopened_after_the_last_event(server, stream_host, token, tmp_path):
    stream_host.faults.append(StreamFault("drop", after=6))
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "tell me", max_tokens=30))
    assert updates[-1].status is RunStatus.SUCCEEDED
    assert stream_host.last_event_ids == [None, "6"]  # resumed where it broke, as Replicate's Go client
    assert text_of(updates) == expected_text(server, "tell me", 30)  # nothing lost, nothing twice
    assert len([u for u in updates if isinstance(u, TextAppended)]) > 20  # still streamed, not one chunk


def test_a_stream_silent_past_the_read_timeout_is_reopened(server, stream_host, token, tmp_path):
    """A cold boot longer than the stream's read timeout: the stream is opened again, the user is
    told the model is starting, and the answer still streams token by token."""
    server.predictions.pace.start_delay = 1.2
    stream_host.faults.append(StreamFault("silent", seconds=1.0))
    service = service_for(server, token, stream_read_timeout=0.4)
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "cold", service=service, max_tokens=30))
    assert updates[-1].status is RunStatus.SUCCEEDED
    ids = stream_host.last_event_ids
    assert len(ids) >= 2 and set(ids) == {None}  # reopened; nothing had come before the timeouts
    assert text_of(updates) == expected_text(server, "cold", 30)
    assert len([u for u in updates if isinstance(u, TextAppended)]) > 20
    said = notes(updates)
    assert said[0] == "Starting the model (cold boot can take minutes)…" and "" in said


def test_a_stream_that_keeps_dropping_is_polled_in_the_end(server, stream_host, token, tmp_path):
    server.predictions.pace.token_delay = 0.02
    stream_host.faults.extend([StreamFault("drop", after=2)] * 10)
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "drops", max_tokens=40))
    assert len(stream_host.last_event_ids) == QUICK.stream_reopens + 1  # bounded
    assert text_of(updates) == expected_text(server, "drops", 40)
    assert updates[-1].status is RunStatus.SUCCEEDED


def test_a_host_that_ignores_last_event_id_shows_nothing_twice(server, stream_host, token, tmp_path):
    """The server's own stream replays every event from the start: those seen are skipped."""
    stream_host.replay_after_faults = True
    stream_host.faults.append(StreamFault("drop", after=4))
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "again", max_tokens=25))
    assert stream_host.last_event_ids == [None]  # then the replaying stream
    assert text_of(updates) == expected_text(server, "again", 25)


# --- once a prediction exists -----------------------------------------------------------
@pytest.fixture
def get_faults(server, monkeypatch):
    """Answers for the next `GET /v1/predictions/{id}`, in order: "html" (a 502 page), "cut" (a
    body shorter than its Content-Length), "text" (200, not JSON), "loop" (a redirect to itself),
    "always-html" (every answer from then on)."""
    faults: list[str] = []
    original = server_module._Handler.h_get_prediction

    def faulty(handler, body, pid):
        fault = faults[0] if faults else None
        if fault is None:
            return original(handler, body, pid)
        if fault != "always-html":
            faults.pop(0)
        if fault == "loop":
            handler.send_response(302)
            handler.send_header("Location", handler.path)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None
        status, payload = {
            "html": (502, b"<html><body>502 Bad Gateway</body></html>"),
            "always-html": (500, b"<html><body>500 Internal Server Error</body></html>"),
            "text": (200, b"upstream connect error or disconnect/reset before headers"),
            "cut": (200, b'{"id": "x", "sta'),
        }[fault]
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html" if status >= 500 else "application/json")
        handler.send_header("Content-Length", str(len(payload) + (100 if fault == "cut" else 0)))
        if fault == "cut":
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        handler.wfile.write(payload)
        return None

    monkeypatch.setattr(server_module._Handler, "h_get_prediction", faulty)
    return faults


def test_bad_answers_while_polling_are_tried_again(server, get_faults, token, tmp_path):
    get_faults.extend(["html", "cut", "text", "loop"])
    run, updates = run_async(go(server, token, tmp_path, SDXL, "a fox", width=32, height=32))
    assert updates[-1].status is RunStatus.SUCCEEDED and updates[-1].problem is None
    assert not get_faults  # every fault was met
    files = [u for u in updates if isinstance(u, FileReady)]
    assert files[0].path.read_bytes() == server.predictions.files[f"/files/{run.prediction_id}/out-0.png"]
    said = notes(updates)
    assert "Lost contact with Replicate, trying again…" in said and said[-1] == ""  # told, then cleared


def test_a_long_outage_parks_the_run_and_never_fails_it(server, get_faults, token, tmp_path):
    server.predictions.pace.image_steps = 40
    get_faults.append("always-html")
    run, updates = run_async(go(server, token, tmp_path, SDXL, "a fox", width=32, height=32))
    last = updates[-1]
    assert last.detached and last.status is not RunStatus.FAILED
    assert last.status.on_replicate  # it still runs there: the status and the message agree
    assert "or Replidesk does at its next start" in last.problem.message
    assert "Lost contact with Replicate, trying again…" in notes(updates)
    assert server.predictions.get(run.prediction_id).status not in ("failed", "canceled")


def test_a_token_revoked_mid_run_parks_the_run(server, token, tmp_path):
    server.predictions.pace.image_steps = 30

    def revoke(run, update, updates):
        if isinstance(update, Created):
            server.tokens.clear()

    _, updates = run_async(go(server, token, tmp_path, SDXL, "a fox", on_update=revoke, width=32, height=32))
    last = updates[-1]
    assert last.detached and last.status is not RunStatus.FAILED
    assert last.problem.needs_token and "Try again follows it now" in last.problem.message


def test_a_whole_answer_is_kept_when_the_token_is_revoked_after(server, stream_host, token, tmp_path):
    full = expected_text(server, "poem", 20)

    def revoke_once_all_is_shown(run, update, updates):
        if isinstance(update, TextAppended) and text_of(updates) == full:
            server.tokens.clear()

    _, updates = run_async(
        go(server, token, tmp_path, LLAMA, "poem", on_update=revoke_once_all_is_shown, max_tokens=20)
    )
    assert text_of(updates) == full
    assert updates[-1].status is RunStatus.SUCCEEDED and not updates[-1].detached


def test_aborted_ends_the_run_plainly(server, token, tmp_path):
    server.predictions.pace.image_steps = 30

    def deadline(run, update, updates):
        if isinstance(update, Created):
            server.predictions.set_status(run.prediction_id, "aborted")

    _, updates = run_async(go(server, token, tmp_path, SDXL, "a fox", on_update=deadline, width=32, height=32))
    last = updates[-1]
    assert last.status is RunStatus.CANCELED and not last.detached
    assert last.problem.message.startswith("Stopped by Replicate (a deadline was reached)")
    assert "Unexpected" not in last.problem.title


def test_paused_and_unknown_statuses_read_as_still_running(server, token, tmp_path):
    server.predictions.pace.image_steps = 8
    server.predictions.pace.step_delay = 0.1

    def pause(run, update, updates):
        if isinstance(update, StatusChanged) and update.status is RunStatus.PROCESSING:
            server.predictions.set_status(run.prediction_id, "paused")

    _, updates = run_async(go(server, token, tmp_path, SDXL, "a fox", on_update=pause, width=32, height=32))
    assert updates[-1].status is RunStatus.SUCCEEDED and updates[-1].problem is None
    assert RunStatus.from_api("paused") is RunStatus.PROCESSING
    assert RunStatus.from_api("some-new-status") is RunStatus.PROCESSING


# --- files ------------------------------------------------------------------------------
def test_a_file_that_cannot_be_fetched_does_not_stop_the_others(server, token, tmp_path):
    def one_broken(prediction, output):  # a file host that never answers, between two good files
        return [output[0], "http://127.0.0.1:9/files/x/broken.png", *output[1:]]

    server.predictions.on_output = one_broken
    run, updates = run_async(go(server, token, tmp_path, SDXL, "foxes", num_outputs=2, width=32, height=32))
    last = updates[-1]
    assert last.status is RunStatus.SUCCEEDED
    assert len([u for u in updates if isinstance(u, FileReady)]) == 2  # the one after it too
    # named as it would have been saved, beside its neighbours foxes_sdxl_1.png and foxes_sdxl_3.png
    assert last.problem.message.startswith("1 file could not be downloaded: foxes_sdxl_2.png.")


def test_data_removed_on_reattach_says_what_was_lost_and_kept(server, token, tmp_path):
    run, _ = run_async(go(server, token, tmp_path, SDXL, "a fox", width=32, height=32))
    server.predictions.mark_removed(run.prediction_id)

    async def follow_again():
        service = service_for(server, token)
        info = await service.model(ModelRef.parse(SDXL))
        again = Run(service, Downloader(tmp_path / "again"), info, CheckedInput(), attach_to=run.prediction_id)
        return [u async for u in again.updates()]

    last = run_async(follow_again())[-1]
    assert last.status is RunStatus.SUCCEEDED
    assert last.problem.title == "Replicate removed this run's data"
    assert "Everything saved on this computer is kept" in last.problem.message


def test_data_is_removed_after_the_configured_age(server):
    server.predictions.remove_after = 0.0
    prediction = server.predictions.create(
        server.catalog.model("stability-ai", "sdxl"),
        server.catalog.model("stability-ai", "sdxl")["latest_version"],
        {"prompt": "x", "width": 32, "height": 32},
        stream=False,
    )
    server.predictions.wait_done(prediction, 10)
    shown = server.predictions.snapshot(prediction)
    assert shown["data_removed"] is True and shown["output"] is None


# --- messages that agree with the status ------------------------------------------------
def test_reattaching_a_prediction_replicate_does_not_have(server, token, tmp_path):
    async def follow():
        service = service_for(server, token)
        info = await service.model(ModelRef.parse(SDXL))
        return [u async for u in Run(service, Downloader(tmp_path), info, CheckedInput(), attach_to="gone").updates()]

    last = run_async(follow())[-1]
    assert last.problem.title == "This run is not on Replicate"
    assert "spelling" not in last.problem.message and not last.detached


def test_a_failed_upload_is_not_called_model_not_found(server, token, tmp_path):
    from tests.local_replicate.outputs import png_bytes

    picture = tmp_path / "photo.png"
    picture.write_bytes(png_bytes(8, 8))
    server.injected.append(Injected(404, "Not found", "no such thing"))  # the upload's POST
    _, updates = run_async(go(server, token, tmp_path, SDXL, "blue", image=str(picture), width=32, height=32))
    last = updates[-1]
    assert last.status is RunStatus.FAILED
    assert last.problem.title == "Upload failed" and "photo.png" in last.problem.message
    assert "Model not found" not in last.problem.title and "spelling" not in last.problem.message


def test_a_model_with_no_version_says_so(server, token, tmp_path):
    model = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    schema = model["latest_version"]["openapi_schema"]
    info = ModelInfo.from_schema(ModelRef.parse("someone/empty"), "", None, schema)

    async def scenario():
        service = service_for(server, token)
        run = Run(service, Downloader(tmp_path), info, inputs(info, "hi"), policy=QUICK)
        return [u async for u in run.updates()]

    last = run_async(scenario())[-1]
    assert last.status is RunStatus.FAILED
    assert last.problem.title == "This model has no version yet" and "spelling" not in last.problem.message


def test_finished_updates_never_say_failed_while_the_run_goes_on(tmp_path, token):
    """Offline after the prediction exists: parked with its last status, never Failed."""

    async def follow_offline():
        service = ReplicateService(lambda: token, "http://127.0.0.1:9", poll_interval=0.02)
        model_info = ModelInfo.from_schema(ModelRef.parse(SDXL), "", "v", None)
        run = Run(service, Downloader(tmp_path), model_info, CheckedInput(), attach_to="abc", policy=QUICK)
        return [u async for u in run.updates()]

    last = run_async(follow_offline())[-1]
    assert isinstance(last, Finished) and last.detached and last.status is not RunStatus.FAILED


def test_the_text_shown_is_kept_when_the_run_is_let_go(server, token, tmp_path):
    """Let go mid-stream (the app closes, a cancel never confirmed): the history keeps every
    character the user saw, not only the last batch written."""
    import asyncio

    from core.history import HistoryStore
    from core.recorder import RunRecorder, recorded

    server.predictions.pace.token_delay = 0.05
    store = HistoryStore(tmp_path / "h.sqlite3")

    async def scenario():
        service = service_for(server, token)
        info = await service.model(ModelRef.parse(LLAMA))
        checked = inputs(info, "a long story", max_tokens=200)
        run = Run(service, Downloader(tmp_path), info, checked, policy=QUICK)
        recorder = RunRecorder.new(store, tmp_path, info, checked.json, "a long story")
        await recorder.start()
        shown: list[str] = []

        async def drive():
            async for update in recorded(run, recorder):
                if isinstance(update, TextAppended):
                    shown.append(update.text)

        task = asyncio.ensure_future(drive())
        while len(shown) < 8:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        kept = await store.get(recorder.run_id)
        await store.close()
        return "".join(shown), kept

    shown, kept = run_async(scenario())
    assert len(shown) > 0 and kept.output_text == shown


# --- what the GUI says of it ------------------------------------------------------------
def test_the_run_view_says_what_the_run_waits_for_with_its_time(qtbot):
    from core.history import RunRecord
    from gui.run_view import RunView

    view = RunView(RunRecord(model=LLAMA, version=None, status=RunStatus.STARTING, prompt="hi", inputs={}))
    qtbot.addWidget(view)
    view.apply(StatusChanged(RunStatus.PROCESSING))
    view.apply(StatusNote("Lost contact with Replicate, trying again…"))
    view.set_status_text("Running · 41.0 s")
    assert view.status_label.text() == "Lost contact with Replicate, trying again… (Running · 41.0 s)"
    view.apply(StatusNote(""))
    view.set_status_text("Running · 42.0 s")
    assert view.status_label.text() == "Running · 42.0 s"
    view.apply(StatusNote("Replicate asks to wait 3 s…"))
    view.apply(Finished(RunStatus.SUCCEEDED))
    view.set_status_text("Done · 50.0 s")
    assert view.status_label.text() == "Done · 50.0 s"  # an ended run waits for nothing


def test_following_runs_left_going_clears_once_they_have_ended(qtbot):
    """ "Following 1 run…" said after the re-attached run had already ended (it was quick) did
    not clear; now the next refresh says they have ended."""
    from PySide6.QtCore import QObject, Signal

    from gui.status_line import StatusLine

    class Live(QObject):
        ended = Signal(object)
        live: list = []

        def by_record(self, record_id):
            return None

    class Outputs:
        current = None

    line = StatusLine(Outputs(), Live())  # type: ignore[arg-type]
    qtbot.addWidget(line)
    line.following(1)
    assert line.text().startswith("Following 1 run")
    line.refresh()
    assert line.text() == "Every run left going last time has ended"


@pytest.mark.parametrize("answer", [{"text": "hi", "score": 0.9}, 42])
def test_a_text_model_that_answers_an_object_or_a_number_shows_it_as_a_value(server, token, tmp_path, answer):
    """Its schema says it streams text; its final output is an object or a number: shown as a
    value (its keys were shown as text, and a number raised TypeError)."""
    server.predictions.on_output = lambda prediction, output: answer
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", max_tokens=5))
    assert updates[-1].status is RunStatus.SUCCEEDED and updates[-1].problem is None
    values = [u.value for u in updates if isinstance(u, OutputValue)]
    assert values == [answer]


def test_a_create_whose_answer_is_lost_is_never_failed_and_never_sent_twice(server, token, tmp_path):
    """The create reached Replicate, its answer did not come back in time: the prediction exists.
    'Failed' would invite a second (billed) Run; it is left for the next start to find instead."""
    server.create_delay = 1.0  # the prediction is made, its answer held
    service = service_for(server, token)
    service.create_timeout = 0.2
    run, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", max_tokens=5, service=service))
    last = updates[-1]
    assert isinstance(last, Finished) and last.detached and last.status is RunStatus.STARTING
    assert "do not run it again" in last.problem.message
    assert run.prediction_id is None
    assert len(server.predictions.newest_first()) == 1  # made once, found at the next start


def test_a_create_that_never_connected_fails_plainly(server, token, tmp_path):
    """No connection at all: surely nothing was made, so Failed with the plain reason is true."""

    async def scenario():
        info = await service_for(server, token).model(ModelRef.parse(LLAMA))
        nowhere = ReplicateService(lambda: token, "http://127.0.0.1:9", poll_interval=0.02)
        run = Run(nowhere, Downloader(tmp_path), info, inputs(info, "hello"), policy=QUICK)
        return [update async for update in run.updates()]

    updates = run_async(scenario())
    assert updates[-1].status is RunStatus.FAILED and not updates[-1].detached


def test_a_gateways_answer_to_a_create_leaves_it_to_be_found(server, token, tmp_path):
    """A 502 in front of Replicate says nothing of whether the prediction was made."""
    server.injected.append(Injected(502, "Bad gateway", "upstream went away"))
    _, updates = run_async(go(server, token, tmp_path, LLAMA, "hello", max_tokens=5))
    assert updates[-1].detached and updates[-1].status is RunStatus.STARTING
