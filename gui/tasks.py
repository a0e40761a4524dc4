"""Every background task of the GUI starts here: the loop keeps only weak references to tasks
(one could vanish mid-flight), and a failure must reach the user instead of the log alone.
Repeating timers start here too."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    import asyncio  # imported by the first task: not needed for the first frame

T = TypeVar("T")
log = logging.getLogger("replidesk")

_running: set[asyncio.Task[Any]] = set()
_on_failure: Callable[[BaseException], None] | None = None


def spawn(coro: Coroutine[Any, Any, T], name: str, owner: QObject | None = None) -> asyncio.Task[T]:
    """Start `coro` as a task that is kept until it ends; an exception it raises is reported.
    With an `owner`, the task is cancelled when the owner is deleted (a view dropped while its
    files decode must not be touched after)."""
    import asyncio

    task = asyncio.ensure_future(coro)
    task.set_name(name)
    _running.add(task)
    task.add_done_callback(_done)
    if owner is not None:
        cancel = task.cancel
        owner.destroyed.connect(cancel)
        # Once the task ends, the connection (which holds it) goes: a long-lived owner would
        # otherwise keep every task it ever started.
        task.add_done_callback(lambda _task: shiboken6.isValid(owner) and owner.destroyed.disconnect(cancel))
    return task


def on_failure(report: Callable[[BaseException], None] | None) -> None:
    """Where failures go: the app shows them (error_reporting); None logs them only."""
    global _on_failure
    _on_failure = report


def every(parent: QObject, milliseconds: int, slot: Callable[[], object], single: bool = False) -> QTimer:
    """A started timer owned by `parent` (Qt stops it when the parent goes)."""
    timer = QTimer(parent)
    timer.setInterval(milliseconds)
    timer.setSingleShot(single)
    timer.timeout.connect(slot)
    if not single:
        timer.start()
    return timer


def running() -> list[asyncio.Task[Any]]:
    return [task for task in _running if not task.done()]


def _done(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is None:
        return
    log.error("Task %s failed", task.get_name(), exc_info=error)
    if _on_failure is not None:
        _on_failure(error)
