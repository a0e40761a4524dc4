"""A 10 ms QTimer that records the gaps between its ticks: time the UI thread was busy."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QTimer


class GapRecorder:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=10, timeout=self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps)


def summary(name: str, gaps: list[float], extra: str = "") -> str:
    gaps = sorted(gaps) or [0.0]
    p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
    return (
        f"{name:<7} ticks={len(gaps):>5}  median gap={statistics.median(gaps):6.1f} ms  "
        f"p99={p99:6.1f} ms  max={gaps[-1]:7.1f} ms  {extra}"
    )
