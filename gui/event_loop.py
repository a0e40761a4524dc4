"""The asyncio event loop on Qt's: qasync's, with its timers released when they are cancelled.

qasync (0.28) starts one Qt timer per `call_later` and keeps it until it fires, cancelled or not.
httpx, through anyio, arms a read timeout (30 s for the official client) for every socket read
and cancels it when the read returns: every streamed token left a Qt timer behind. Eight busy
streams held thousands; every start and kill of a timer walks that list, and 30 s after a burst
they all fired at once as no-ops, stalling the window 60-100 ms (docs/PERFORMANCE.md, "Runs side
by side"). Here a cancelled callback's Qt timer is killed at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from contextvars import Context
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QObject, QThread, QTimerEvent
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


class _TimedHandle(asyncio.Handle):
    """A callback waiting on a Qt timer; cancelling it gives the timer back."""

    __slots__ = ("_release",)

    def __init__(
        self,
        callback: Callable[..., object],
        args: tuple[Any, ...],
        loop: asyncio.AbstractEventLoop,
        context: Context | None,
    ) -> None:
        super().__init__(callback, args, loop, context=context)
        self._release: Callable[[], None] | None = None

    def cancel(self) -> None:
        release, self._release = self._release, None
        if release is not None and not self._cancelled:
            release()
        super().cancel()


class LoopTimers(QObject):
    """Qt timers for the loop's callbacks (the interface of qasync's own: add_callback, stop,
    set_debug). Each timer fires once."""

    def __init__(self) -> None:
        super().__init__()
        self.handles: dict[int, asyncio.Handle] = {}
        self._stopped = False

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self.handles[timer_id] = handle
        if isinstance(handle, _TimedHandle):
            handle._release = lambda: self._forget(timer_id, handle)
        return handle

    def _forget(self, timer_id: int, handle: asyncio.Handle) -> None:
        # A Qt timer is killed by its own thread only; from elsewhere it fires later as a no-op.
        if self.handles.get(timer_id) is handle and QThread.currentThread() is self.thread():
            del self.handles[timer_id]
            self.killTimer(timer_id)

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self.handles.pop(timer_id, None)
        if handle is not None and not self._stopped and not handle.cancelled():
            handle._run()

    def stop(self) -> None:
        self._stopped = True

    def set_debug(self, enabled: bool) -> None:
        pass  # qasync's debug logging of each callback is not kept


class EventLoop(qasync.QEventLoop):
    def __init__(self, app: QApplication | None = None, **options: Any) -> None:
        super().__init__(app, **options)
        self._timer = LoopTimers()

    def call_later(
        self, delay: float, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        if asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with call_later")
        if not callable(callback):
            raise TypeError(f"callback must be callable: {type(callback).__name__}")
        return self._timer.add_callback(_TimedHandle(callback, args, self, context), delay)


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end on the Qt application's event loop (as qasync.run does)."""
    with asyncio.Runner(loop_factory=EventLoop) as runner:
        return runner.run(main)
