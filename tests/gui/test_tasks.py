"""gui/tasks.spawn: tasks are kept while they run, and a task owned by a widget ends with it."""

from __future__ import annotations

import asyncio
import gc
import weakref

from PySide6.QtCore import QObject

from gui.tasks import spawn


def test_an_owner_keeps_no_task_that_has_ended(qloop, qtbot):
    owner = QObject()

    async def quick() -> int:
        return 1

    started = [spawn(quick(), "quick", owner=owner) for _ in range(50)]
    qtbot.waitUntil(lambda tasks=started: all(task.done() for task in tasks), timeout=5000)
    gone = [weakref.ref(task) for task in started]
    del started
    gc.collect()
    assert all(ref() is None for ref in gone)


def test_a_task_ends_when_its_owner_is_deleted(qloop, qtbot):
    owner = QObject()
    waiting = spawn(asyncio.sleep(30), "wait", owner=owner)
    ended = spawn(asyncio.sleep(0), "ended", owner=owner)
    qtbot.waitUntil(ended.done, timeout=5000)
    owner.deleteLater()
    qtbot.waitUntil(waiting.done, timeout=5000)
    assert waiting.cancelled() and not ended.cancelled()
