"""A heartbeat QTimer (10 ms unless told) that records the gaps between its ticks: time the UI
thread was busy."""

from __future__ import annotations

import gc
import statistics
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer


class GapRecorder:
    def __init__(self, interval: int = 10, precise: bool = False) -> None:
        self.gaps: list[float] = []
        self.ticks: list[float] = []  # perf_counter() of each tick, to find the gaps of a moment
        self._last = time.perf_counter()
        self.running = False
        self.timer = QTimer(interval=interval, timeout=self._tick)
        if precise:  # the default coarse timer may fire up to 5 % late: nothing at 10 ms, 1 ms at 20
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.ticks.append(now)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self.ticks.clear()
        self._last = time.perf_counter()
        self.running = True
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.running = False
        return list(self.gaps)

    def worst_between(self, began: float, ended: float) -> float:
        """The longest gap (ms) that overlaps [began, ended] (perf_counter seconds)."""
        worst = 0.0
        for tick, gap in zip(self.ticks, self.gaps, strict=True):
            if tick >= began and tick - gap / 1000 <= ended:
                worst = max(worst, gap)
        return worst


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values) or [0.0]
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def summary(name: str, gaps: list[float], extra: str = "") -> str:
    gaps = sorted(gaps) or [0.0]
    return (
        f"{name:<7} ticks={len(gaps):>5}  median gap={statistics.median(gaps):6.1f} ms  "
        f"p99={percentile(gaps, 0.99):6.1f} ms  max={gaps[-1]:7.1f} ms  {extra}"
    )


class GcWatch:
    """The pauses of Python's cyclic garbage collector (perf_counter start, ms, generation), to
    tell a long gap of the heartbeat that a full collection caused from one the window caused."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, float, int]] = []
        self._began = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.pauses.append((self._began, (time.perf_counter() - self._began) * 1000, info["generation"]))

    def between(self, began: float, ended: float, generation: int = 2) -> list[float]:
        """The pauses (ms) of collections of this generation that began in [began, ended]."""
        return [ms for at, ms, gen in self.pauses if gen == generation and began <= at <= ended]


class StallSampler:
    """Where the UI thread is while the heartbeat is late (a diagnostic: it takes the GIL every
    2 ms, so its figures are not the bench's). A stack ending in the event loop's run_forever is
    Qt's own C++ work (layout, paint, style) or a wait for the GIL; other threads that were
    running Python code at the time are counted too, marked "other thread"."""

    def __init__(self, recorder: GapRecorder, late_ms: float = 25.0) -> None:
        self.recorder = recorder
        self.late = late_ms / 1000
        self.stacks: Counter[str] = Counter()
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.002):
            ticks = self.recorder.ticks
            if not self.recorder.running or not ticks or time.perf_counter() - ticks[-1] <= self.late:
                continue
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack = traceback.extract_stack(frame)[::-1]
                if ident != self._main and stack[0].name in IDLE_FRAMES:
                    continue
                where = " <- ".join(_place(frame) for frame in stack[:5])
                self.stacks[("" if ident == self._main else "other thread: ") + where] += 1

    def stop(self) -> list[tuple[str, int]]:
        self._stop.set()
        self._thread.join()
        return self.stacks.most_common(10)


def _place(frame: traceback.FrameSummary) -> str:
    path = Path(frame.filename)
    return f"{path.parent.name}/{path.name}:{frame.lineno}"


IDLE_FRAMES = {"wait", "_worker", "select", "poll", "accept", "_wait_for_tstate_lock", "readline", "read"}
