"""The live-run manager with no Qt: runs side by side against the local server over real HTTP,
a queue beyond the cap, letting go at close, and re-attaching after a restart. Cancel is in
test_run_cancel.py; finding the runs a session closed on during their create, in test_unsent_runs.py."""

import asyncio
import sqlite3

from core.history import Filter
from core.run_events import Finished, RunStatus, StatusChanged
from core.run_manager import NOT_STARTED, RunManager
from core.unsent_runs import NO_TRACE
from tests.conftest import run_async
from tests.helpers.run_manager import LLAMA, Events, request, session_for, wait_ended


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
