"""The app's event loop (gui/event_loop.py): a cancelled timer gives its Qt timer back at once."""

from __future__ import annotations

import asyncio

import httpx

from tests.local_replicate.server import DEFAULT_TOKEN


def test_cancelled_timers_are_released_and_the_others_fire(qloop, qtbot):
    timers = qloop._timer
    before = len(timers.handles)
    fired: list[object] = []
    waiting = [qloop.call_later(30, fired.append, n) for n in range(200)]
    assert len(timers.handles) == before + 200
    for handle in waiting:
        handle.cancel()
    assert len(timers.handles) == before
    qloop.call_later(0.01, fired.append, "soon")
    qloop.call_at(qloop.time() + 0.02, fired.append, "at")
    qloop.call_soon(fired.append, "now")
    qtbot.waitUntil(lambda: len(fired) == 3, timeout=2000)
    assert fired == ["now", "soon", "at"]
    assert len(timers.handles) == before


def test_http_reads_leave_no_timers_behind(qloop, qtbot, server):
    """httpx arms a read timeout per socket read and cancels it when the read returns: a
    hundred requests must not leave their timers registered until the timeout."""
    timers = qloop._timer
    done: list[int] = []

    async def fetch_many() -> None:
        headers = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
        async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=30) as client:
            for _ in range(100):
                response = await client.get("/v1/models/meta/meta-llama-3-8b-instruct")
                done.append(response.status_code)

    before = len(timers.handles)
    task = asyncio.ensure_future(fetch_many())
    qtbot.waitUntil(task.done, timeout=20000)
    task.result()
    assert done == [200] * 100
    assert len(timers.handles) - before < 10
