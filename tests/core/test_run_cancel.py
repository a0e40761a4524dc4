"""Cancel in the live-run manager with no Qt, against the local server: of one run among
others, of a queued run, and before the prediction exists (a 429 wait, a create in flight, a
create whose answer was lost)."""

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from core.history import RunRecord
from core.run_events import Finished, RunStatus, StatusNote
from core.run_manager import LiveRun, RunManager
from tests.conftest import run_async
from tests.helpers.run_manager import LLAMA, Events, request, session_for, wait_ended


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


# --- cancel before the prediction exists ---------------------------------------------------
def creates(server) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions"))


CancelWhen = Callable[[str, int, Callable[[LiveRun, Events], Awaitable[None]]], tuple[LiveRun, RunRecord]]


@pytest.fixture
def cancel_when(server, token, tmp_path) -> CancelWhen:
    """One Llama run (`prompt`, `max_tokens`), cancelled as soon as `ready(live, events)` returns,
    with a cancel grace of 0.3 s; gives the run and its history row once it has ended."""

    def run(prompt: str, max_tokens: int, ready: Callable[[LiveRun, Events], Awaitable[None]]):
        async def scenario():
            session = session_for(server, token, tmp_path)
            manager, events = RunManager(session), Events()
            manager.cancel_grace = 0.3
            manager.subscribe(events)
            live = await manager.submit(await request(session, LLAMA, prompt, max_tokens=max_tokens))
            await ready(live, events)
            await manager.cancel(live)
            await wait_ended(events, 1)
            record = await session.history.get(live.record_id)
            await session.history.close()
            return live, record

        return run_async(scenario(), timeout=30)

    return run


def test_cancel_during_a_429_wait_ends_it_at_once_and_sends_nothing_more(server, cancel_when):
    """Replicate refused the create (429: nothing was made) and asked to wait: a cancel ends the
    wait, no create is sent again, and nothing is said to be unconfirmed (there is nothing)."""
    from tests.local_replicate.server import Injected

    server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "10"}))

    async def told_to_wait(live: LiveRun, events: Events) -> None:
        while not any(isinstance(u, StatusNote) and u.text for _, key, u in events.log if key == live.key):
            await asyncio.sleep(0.01)

    live, record = cancel_when("please wait", 5, told_to_wait)
    assert live.finished == Finished(RunStatus.CANCELED)  # no "Cancel not confirmed"
    assert (record.status, record.error, record.prediction_id) == (RunStatus.CANCELED, None, None)
    assert creates(server) == 1 and not server.predictions.newest_first()


def test_cancel_during_a_slow_create_lets_it_finish_then_cancels_the_prediction(server, cancel_when):
    """The create request is in flight: cut, its prediction would be made and run on with nobody to
    cancel it. Its answer is awaited, then the prediction is cancelled by id and confirmed."""
    server.predictions.pace.token_delay = 0.05
    server.create_delay = 1.5  # the prediction is made at once, its answer held: far longer than the cancel grace

    async def create_in_flight(live: LiveRun, events: Events) -> None:
        while not server.predictions.newest_first():  # the create reached Replicate
            await asyncio.sleep(0.01)
        assert live.run.sending

    live, record = cancel_when("a long story", 400, create_in_flight)
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
