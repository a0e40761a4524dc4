"""The live-run manager with no Qt: runs side by side against the local server over real HTTP,
a queue beyond the cap, cancel by id, letting go at close, and re-attaching after a restart."""

import asyncio
import sqlite3

from core.history import Filter
from core.input_values import FormValues
from core.model_ref import ModelRef
from core.run_events import Finished, RunStatus, StatusChanged, TextAppended
from core.run_manager import NOT_STARTED, LiveRun, RunManager, RunRequest
from core.runner import prepare_input
from core.session import Session
from core.token_store import TokenStore
from core.unsent_runs import NO_TRACE, NOT_CONFIRMED
from tests.conftest import run_async

LLAMA = "meta/meta-llama-3-8b-instruct"


class Events:
    """A listener that keeps what it was told, in order."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int, object]] = []
        self.ended: asyncio.Queue[LiveRun] = asyncio.Queue()

    def run_added(self, live: LiveRun) -> None:
        self.log.append(("added", live.key, None))

    def run_updated(self, live: LiveRun, update: object) -> None:
        self.log.append(("update", live.key, update))

    def run_ended(self, live: LiveRun) -> None:
        self.log.append(("ended", live.key, None))
        self.ended.put_nowait(live)

    def text(self, live: LiveRun) -> str:
        return "".join(u.text for kind, key, u in self.log if key == live.key and isinstance(u, TextAppended))

    def statuses(self, live: LiveRun) -> list[RunStatus]:
        return [u.status for _, key, u in self.log if key == live.key and isinstance(u, StatusChanged)]


def session_for(server, token, tmp_path) -> Session:
    session = Session(TokenStore(), server.base_url, poll_interval=0.02, data=tmp_path / "data")
    session.token = token
    return session


async def request(session: Session, model: str, prompt: str, **values) -> RunRequest:
    info = await session.replicate.model(ModelRef.parse(model))
    form = FormValues(info.fields)
    for name, value in values.items():
        form.set(name, value)
    return RunRequest(info, prepare_input(info, form, prompt), prompt)


async def wait_ended(events: Events, count: int, timeout: float = 20) -> list[LiveRun]:
    return [await asyncio.wait_for(events.ended.get(), timeout) for _ in range(count)]


def test_three_runs_side_by_side_each_with_its_own_answer(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.02

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        first = await manager.submit(await request(session, LLAMA, "first question", max_tokens=40))
        while not events.text(first):  # the first one streams...
            await asyncio.sleep(0.01)
        others = [
            await manager.submit(await request(session, LLAMA, "second question", max_tokens=20)),
            await manager.submit(await request(session, "stability-ai/sdxl", "a lighthouse", width=64, height=64)),
        ]
        assert all(not live.queued for live in [first, *others])  # ...the others start too
        await wait_ended(events, 3)
        records = [await session.history.get(live.record_id) for live in [first, *others]]
        await session.history.close()
        return events, [first, *others], records

    events, runs, records = run_async(scenario(), timeout=60)
    assert events.text(runs[0]).startswith("You asked: first question")
    assert events.text(runs[1]).startswith("You asked: second question")
    assert "first" not in events.text(runs[1]) and "second" not in events.text(runs[0])
    assert [r.status for r in records] == [RunStatus.SUCCEEDED] * 3
    assert records[0].output_text == events.text(runs[0]) and len(records[2].files) == 1
    assert len({r.prediction_id for r in records}) == 3


def test_beyond_the_cap_runs_wait_queued_and_start_in_order(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.02

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session, max_concurrent=2), Events()
        manager.subscribe(events)
        runs = [await manager.submit(await request(session, LLAMA, f"question {n}", max_tokens=15)) for n in range(4)]
        waiting = [live.status for live in runs]
        ahead = [manager.queued_ahead(live) for live in runs]
        creates_while_queued = sum(1 for m, p, _ in server.requests if m == "POST" and "predictions" in p)
        ended = await wait_ended(events, 4)
        started = [
            key for kind, key, u in events.log if isinstance(u, StatusChanged) and u.status is RunStatus.STARTING
        ]
        await session.history.close()
        return runs, waiting, ahead, creates_while_queued, ended, started

    runs, waiting, ahead, creates, ended, started = run_async(scenario(), timeout=60)
    assert waiting[2:] == [RunStatus.QUEUED, RunStatus.QUEUED] and ahead[2:] == [0, 1]
    assert creates <= 2  # nothing of a queued run reaches Replicate
    assert started == [live.key for live in runs]  # they start in the order asked for
    assert all(live.finished.status is RunStatus.SUCCEEDED for live in ended)


def test_cancel_of_one_run_leaves_the_others(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.05

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        keep = await manager.submit(await request(session, LLAMA, "keep going", max_tokens=30))
        stop = await manager.submit(await request(session, LLAMA, "stop me", max_tokens=400))
        while not events.text(stop):
            await asyncio.sleep(0.01)
        await manager.cancel(stop)
        await wait_ended(events, 2)
        records = {live.key: await session.history.get(live.record_id) for live in (keep, stop)}
        await session.history.close()
        return keep, stop, records

    keep, stop, records = run_async(scenario(), timeout=60)
    assert stop.finished.status is RunStatus.CANCELED and records[stop.key].status is RunStatus.CANCELED
    assert server.predictions.get(records[stop.key].prediction_id).cancel_requested
    assert keep.finished.status is RunStatus.SUCCEEDED and records[keep.key].status is RunStatus.SUCCEEDED
    assert not server.predictions.get(records[keep.key].prediction_id).cancel_requested


def test_cancel_of_a_queued_run_sends_nothing(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session, max_concurrent=1), Events()
        manager.subscribe(events)
        first = await manager.submit(await request(session, LLAMA, "first", max_tokens=10))
        queued = await manager.submit(await request(session, LLAMA, "never sent", max_tokens=10))
        await manager.cancel(queued)
        await wait_ended(events, 2)
        record = await session.history.get(queued.record_id)
        await session.history.close()
        return first, queued, record

    first, queued, record = run_async(scenario(), timeout=30)
    assert queued.finished.status is RunStatus.CANCELED and record.status is RunStatus.CANCELED
    assert record.prediction_id is None and first.finished.status is RunStatus.SUCCEEDED
    assert all(p.input.get("prompt") != "never sent" for p in server.predictions.newest_first())


def test_letting_go_at_close_leaves_runs_for_the_next_start_which_follows_them(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.05

    async def first_session():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session, max_concurrent=1), Events()
        manager.subscribe(events)
        going = await manager.submit(await request(session, LLAMA, "a long story", max_tokens=60))
        queued = await manager.submit(await request(session, LLAMA, "waiting", max_tokens=5))
        while not events.text(going):
            await asyncio.sleep(0.01)
        await manager.let_go()
        ids = going.record_id, queued.record_id
        rows = [await session.history.get(i) for i in ids]
        await session.history.close()
        return ids, rows, events.text(going)

    ids, rows, seen = run_async(first_session(), timeout=30)
    assert rows[0].status is RunStatus.PROCESSING and rows[0].prediction_id  # unfinished, for next time
    assert rows[1].status is RunStatus.CANCELED and rows[1].error == NOT_STARTED
    on_server = server.predictions.get(rows[0].prediction_id)
    assert not on_server.cancel_requested  # let go, not cancelled: it runs on at Replicate

    async def next_session():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        followed = await manager.reattach_unfinished()
        added = [live for live in manager.live]
        await wait_ended(events, followed)
        record = await session.history.get(ids[0])
        await session.history.close()
        return followed, added, record

    followed, added, record = run_async(next_session(), timeout=30)
    assert followed == 1 and added[0].reattached and added[0].record_id == ids[0]
    assert record.status is RunStatus.SUCCEEDED
    assert record.output_text == "".join(server.predictions.get(rows[0].prediction_id).output)
    assert record.output_text.startswith(seen)  # what the user saw is kept, the rest added once


def test_runs_a_crash_left_without_a_prediction_are_ended_with_a_reason(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        request_ = await request(session, LLAMA, "hi", max_tokens=3)
        from core.recorder import RunRecorder

        queued = RunRecorder.new(session.history, session.outputs, request_.info, {}, "queued one")
        unsent = RunRecorder.new(session.history, session.outputs, request_.info, {}, "in flight")
        unsent.record.status = RunStatus.STARTING
        for recorder in (queued, unsent):
            await recorder.start()
        manager = RunManager(session)
        followed = await manager.reattach_unfinished()
        rows = [await session.history.get(r.run_id) for r in (queued, unsent)]
        await session.history.close()
        return followed, rows

    followed, rows = run_async(scenario())
    assert followed == 0
    assert (rows[0].status, rows[0].error) == (RunStatus.CANCELED, NOT_STARTED)
    assert (rows[1].status, rows[1].error) == (RunStatus.FAILED, NO_TRACE)  # the account has no such run


async def unsent_row(session: Session, req: RunRequest, created_at: float | None = None, sent_at: float | None = None):
    """A run's row as a crash during its create request leaves it: starting, no prediction id."""
    from core.recorder import RunRecorder

    recorder = RunRecorder.new(session.history, session.outputs, req.info, req.checked.json, req.prompt)
    recorder.record.status = RunStatus.STARTING
    if created_at is not None:
        recorder.record.created_at = created_at
    recorder.record.sent_at = sent_at
    await recorder.start()
    return recorder.run_id


def test_a_run_closed_during_its_create_is_found_on_the_account_and_followed(server, token, tmp_path):
    """The create reached Replicate but its answer never reached the app: the prediction is found in
    the account's list (same model, same input, around the row's time) and followed to its end."""

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "lost answer", max_tokens=7)
        other = await request(session, LLAMA, "another question", max_tokens=7)
        decoy = await session.replicate.create(other.info, other.checked.json, stream=True)  # other input
        run_id = await unsent_row(session, asked)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=True)  # what the app sent
        await session.replicate.create(other.info, other.checked.json, stream=True)  # made later, other input
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        followed = await manager.reattach_unfinished()
        await wait_ended(events, followed)
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, made.id, decoy.id, record

    followed, made, decoy, record = run_async(scenario(), timeout=30)
    assert followed == 1 and record.prediction_id == made != decoy
    assert record.status is RunStatus.SUCCEEDED and record.error is None
    assert record.output_text == "".join(server.predictions.get(made).output)
    assert len(server.predictions.newest_first()) == 3  # followed, never sent again
    assert [p for m, p, _ in server.requests if m == "GET" and p == "/v1/predictions"]  # the account's list


def test_each_prediction_goes_to_one_run_and_old_ones_are_not_taken(server, token, tmp_path):
    import time

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "same words", max_tokens=3)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        twins = [await unsent_row(session, asked) for _ in range(2)]  # asked twice, sent once
        old = await unsent_row(session, asked, created_at=time.time() - 3 * 3600)  # the window is long past
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        followed = await manager.reattach_unfinished()
        await wait_ended(events, followed)
        rows = [await session.history.get(i) for i in (*twins, old)]
        await session.history.close()
        return followed, made.id, rows

    followed, made, rows = run_async(scenario(), timeout=30)
    assert followed == 1
    assert (rows[0].prediction_id, rows[0].status) == (made, RunStatus.SUCCEEDED)
    assert (rows[1].prediction_id, rows[1].status, rows[1].error) == (None, RunStatus.FAILED, NO_TRACE)
    assert (rows[2].prediction_id, rows[2].status, rows[2].error) == (None, RunStatus.FAILED, NO_TRACE)


def test_when_the_account_cannot_be_asked_the_run_may_have_run(server, token, tmp_path):
    from tests.local_replicate.server import Injected

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "offline", max_tokens=3)
        run_id = await unsent_row(session, asked)
        server.injected.append(Injected(500, "Internal Server Error", "boom", method="GET"))
        followed = await RunManager(session).reattach_unfinished()
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, record

    followed, record = run_async(scenario(), timeout=30)
    assert followed == 0 and (record.status, record.error) == (RunStatus.FAILED, NOT_CONFIRMED)


def test_the_sessions_own_runs_are_left_alone_by_the_clean_up(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.05

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session, max_concurrent=1), Events()
        manager.subscribe(events)
        first = await manager.submit(await request(session, LLAMA, "first", max_tokens=20))
        queued = await manager.submit(await request(session, LLAMA, "waits its turn", max_tokens=3))
        await manager.reattach_unfinished()  # as the window does at start, runs already going
        rows = [await session.history.get(live.record_id) for live in (first, queued)]
        await wait_ended(events, 2)
        ended = [await session.history.get(live.record_id) for live in (first, queued)]
        await session.history.close()
        return rows, ended

    rows, ended = run_async(scenario(), timeout=30)
    assert rows[1].status is RunStatus.QUEUED and rows[1].error is None  # not "Not started"
    assert [r.status for r in ended] == [RunStatus.SUCCEEDED, RunStatus.SUCCEEDED]


def test_a_history_that_cannot_be_written_does_not_stop_the_run(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        live = await manager.submit(await request(session, LLAMA, "hello", max_tokens=8))

        async def full_disk(*_args, **_kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        session.history.update = full_disk  # the disk fills up after the run was asked for
        await wait_ended(events, 1)
        await session.history.close()
        return events, live

    events, live = run_async(scenario(), timeout=30)
    assert events.text(live).startswith("You asked: hello")  # the user still sees the whole answer
    assert live.finished.status is RunStatus.SUCCEEDED
    assert "not saved" in live.finished.problem.title and "disk" in live.finished.problem.message


def test_the_run_list_filter_for_still_running_covers_every_unfinished_status(tmp_path):
    from core.history import HistoryStore, RunRecord

    async def scenario():
        store = HistoryStore(tmp_path / "h.sqlite3")
        for status in RunStatus:
            await store.add(RunRecord(model="a/b", status=status))
        going = Filter(statuses=(RunStatus.QUEUED, RunStatus.STARTING, RunStatus.PROCESSING))
        found = [r.status for r in await store.page(going, 0, 10)]
        await store.close()
        return found

    assert set(run_async(scenario())) == {RunStatus.QUEUED, RunStatus.STARTING, RunStatus.PROCESSING}


def test_finished_is_the_last_update_of_every_run(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        live = await manager.submit(await request(session, "stability-ai/sdxl", "a cat #fail", width=64, height=64))
        await wait_ended(events, 1)
        await session.history.close()
        return events, live

    events, live = run_async(scenario(), timeout=30)
    mine = [(kind, u) for kind, key, u in events.log if key == live.key]
    assert mine[0][0] == "added" and mine[-1][0] == "ended"
    assert isinstance(mine[-2][1], Finished) and mine[-2][1].status is RunStatus.FAILED
    assert "out of memory" in live.finished.problem.message


def test_a_secret_the_model_echoes_is_masked_in_the_history_and_exports(server, token, tmp_path):
    from core.archive import export_runs

    secret = "pw-SECRET-123"

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        runs = []
        for marker in ("#echo", "#echo#fail"):
            req = await request(
                session, "cuuupid/markitdown", "", doc=f"https://example.com/doc.pdf{marker}", openai_api_key=secret
            )
            runs.append(await manager.submit(req))
        await wait_ended(events, 2)
        records = [await session.history.get(live.record_id) for live in runs]
        export_runs(records, session.outputs, tmp_path / "export.zip")
        await session.history.close()
        return records

    records = run_async(scenario(), timeout=30)
    echoed = [p for p in server.predictions.newest_first() if secret in p.logs]
    assert len(echoed) == 2  # the model did print the secret
    assert records[0].status is RunStatus.SUCCEEDED and records[1].status is RunStatus.FAILED
    assert "[secret]" in records[0].logs and records[0].inputs["openai_api_key"] == "[secret]"
    assert "[secret]" in records[1].error
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("history.sqlite3*"))
    assert secret.encode() not in stored
    assert secret.encode() not in (tmp_path / "export.zip").read_bytes()


def test_a_prediction_whose_input_replicate_removed_is_not_taken_but_leaves_a_doubt(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "long ago", max_tokens=3)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        server.predictions.remove_data(server.predictions.get(made.id))  # an hour on: input and output gone
        run_id = await unsent_row(session, asked)
        followed = await RunManager(session).reattach_unfinished()
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, record

    followed, record = run_async(scenario(), timeout=30)
    assert followed == 0 and record.prediction_id is None
    assert (record.status, record.error) == (RunStatus.FAILED, NOT_CONFIRMED)  # it may have run: not "no trace"


def test_the_input_kept_matches_what_replicate_received_secrets_and_uploads_aside():
    from core.input_values import SECRET_MASK
    from core.unsent_runs import _same_input

    kept = {"prompt": "x", "api_key": SECRET_MASK, "image": "/home/me/a.png", "frames": ["/tmp/1.png", "https://e/2"]}
    frames = ["https://f/1", "https://e/2"]
    sent = {"prompt": "x", "api_key": "pw", "image": "https://f/a.png", "frames": frames, "n": 1}
    assert _same_input(kept, sent)  # defaults Replicate filled in ("n") do not matter
    assert not _same_input({**kept, "prompt": "y"}, sent)
    assert not _same_input({**kept, "image": "https://elsewhere/a.png"}, sent)
    assert not _same_input(kept, {})  # Replicate removed it


def test_a_run_queued_long_before_its_create_went_out_is_still_found(server, token, tmp_path):
    """It waited 50 minutes for a free slot (or uploaded big files), then the app closed during its
    create: its prediction is looked for around the time the request went out, not its queue time."""
    import time

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "waited its turn", max_tokens=3)
        now = time.time()
        run_id = await unsent_row(session, asked, created_at=now - 3000, sent_at=now)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        followed = await manager.reattach_unfinished()
        await wait_ended(events, followed)
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, made.id, record

    followed, made, record = run_async(scenario(), timeout=30)
    assert followed == 1 and record.prediction_id == made
    assert record.status is RunStatus.SUCCEEDED and record.error is None


# --- cancel before the prediction exists ---------------------------------------------------
def creates(server) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions"))


def test_cancel_during_a_429_wait_ends_it_at_once_and_sends_nothing_more(server, token, tmp_path):
    """Replicate refused the create (429: nothing was made) and asked to wait: a cancel ends the
    wait, no create is sent again, and nothing is said to be unconfirmed (there is nothing)."""
    from core.run_events import StatusNote
    from tests.local_replicate.server import Injected

    server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "10"}))

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.cancel_grace = 0.3
        manager.subscribe(events)
        live = await manager.submit(await request(session, LLAMA, "please wait", max_tokens=5))
        while not any(isinstance(u, StatusNote) and u.text for _, key, u in events.log if key == live.key):
            await asyncio.sleep(0.01)
        await manager.cancel(live)
        await wait_ended(events, 1)
        record = await session.history.get(live.record_id)
        await session.history.close()
        return live, record

    live, record = run_async(scenario(), timeout=30)
    assert live.finished == Finished(RunStatus.CANCELED)  # no "Cancel not confirmed"
    assert (record.status, record.error, record.prediction_id) == (RunStatus.CANCELED, None, None)
    assert creates(server) == 1 and not server.predictions.newest_first()


def test_cancel_during_a_slow_create_lets_it_finish_then_cancels_the_prediction(server, token, tmp_path):
    """The create request is in flight: cut, its prediction would be made and run on with nobody to
    cancel it. Its answer is awaited, then the prediction is cancelled by id and confirmed."""
    server.predictions.pace.token_delay = 0.05
    server.create_delay = 1.5  # the prediction is made at once, its answer held

    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.cancel_grace = 0.3  # far shorter than the create takes
        manager.subscribe(events)
        live = await manager.submit(await request(session, LLAMA, "a long story", max_tokens=400))
        while not server.predictions.newest_first():  # the create reached Replicate
            await asyncio.sleep(0.01)
        assert live.run.sending
        await manager.cancel(live)
        await wait_ended(events, 1)
        record = await session.history.get(live.record_id)
        await session.history.close()
        return live, record

    live, record = run_async(scenario(), timeout=30)
    made = server.predictions.newest_first()
    assert len(made) == 1 and made[0].status == "canceled" and made[0].cancel_requested
    assert live.finished.status is RunStatus.CANCELED and live.finished.problem is None
    assert not live.finished.detached
    assert (record.status, record.prediction_id, record.error) == (RunStatus.CANCELED, made[0].id, None)
    assert record.sent_at is not None and record.sent_at >= record.created_at
    assert creates(server) == 1


def test_a_cancelled_run_whose_create_answer_was_lost_is_cancelled_when_found(server, token, tmp_path):
    """Cancel asked while the create was in flight, and its answer never came: at the next start
    the prediction is found on the account and cancelled by id, not followed to its end."""
    server.predictions.pace.token_delay = 0.05
    server.create_delay = 1.0  # made, but its answer comes too late

    async def first_session():
        session = session_for(server, token, tmp_path)
        session.replicate.create_timeout = 0.4
        manager, events = RunManager(session), Events()
        manager.cancel_grace = 0.2
        manager.subscribe(events)
        live = await manager.submit(await request(session, LLAMA, "lost and cancelled", max_tokens=150))
        while not server.predictions.newest_first():
            await asyncio.sleep(0.01)
        await manager.cancel(live)
        await wait_ended(events, 1)
        record = await session.history.get(live.record_id)
        await session.history.close()
        return live, record

    live, row = run_async(first_session(), timeout=30)
    assert live.finished.detached and "cancels it" in live.finished.problem.message
    assert (row.status, row.prediction_id, row.cancel_requested) == (RunStatus.STARTING, None, True)
    server.create_delay = 0.0

    async def next_session():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        followed = await manager.reattach_unfinished()
        await wait_ended(events, followed)
        record = await session.history.get(row.id)
        await session.history.close()
        return followed, record

    followed, record = run_async(next_session(), timeout=30)
    made = server.predictions.newest_first()
    assert followed == 1 and len(made) == 1 and record.prediction_id == made[0].id
    assert made[0].cancel_requested and made[0].status == "canceled"
    assert record.status is RunStatus.CANCELED
