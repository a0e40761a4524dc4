"""How long the UI thread stalls while long answers are streamed, finished and reopened.

A 10 ms QTimer records the gap between its ticks (bench/gaps.py). Each scenario runs in a fresh
process, so that its peak RSS is its own; each is repeated and the medians are printed side by
side:
  line-1mb     1 MB without a newline or a space, streamed 1 KB a loop turn, then finished
  prose-20mb   20 MB of prose with newlines, streamed 16 KB a loop turn, then finished
  reopen-20mb  the same 20 MB appended at once and finished (a run opened from the history)
  md-900kb     a 900 KB Markdown answer (headings, lists, code, tables) streamed and finished
  old-line     for comparison, the text view before issue 9 (commit c43cbd6, replicated below):
               a line streamed 1 KB a turn into one growing block, then setMarkdown; 256 KB by
               default (the cost grows quadratically: keep it small)

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/long_text.py [--repeat 3] [--only line-1mb]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import string
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCENARIOS = ("line-1mb", "prose-20mb", "reopen-20mb", "md-900kb", "old-line")


def unbroken(size: int) -> str:
    """No space and no other break opportunity ('/' would be one): the worst case for layout."""
    rng = random.Random(1)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(size))


def prose(size: int) -> str:
    rng = random.Random(2)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(500)]
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(4, 24))) + ".\n"
        lines.append(line)
        total += len(line)
    return "".join(lines)[:size]


def markdown(size: int) -> str:
    rng = random.Random(3)
    words = prose(20_000).split()
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(12))
        part = rng.choice(
            [
                f"## {sentence[:30]}\n\n{sentence}, **{sentence[:20]}** and `code`.\n{sentence}\n\n",
                f"- {sentence}\n- {sentence[:40]}\n  - nested {sentence[:20]}\n\n",
                f"```python\ndef f():\n    return {sentence[:30]!r}\n```\n\n",
                f"| a | b |\n|---|---|\n| {sentence[:10]} | {sentence[10:20]} |\n\n",
                f"> {sentence}\n\n1. one\n2. two {sentence[:10]}\n\n",
            ]
        )
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def old_text_view() -> Any:
    """The text view before issue 9 (gui/text_view.py at commit c43cbd6), its rendering path only."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextBrowser

    class OldTextView(QTextBrowser):
        def __init__(self) -> None:
            super().__init__()
            self.setOpenLinks(False)
            self.chunks: list[str] = []
            self.queued: list[str] = []
            self.timer = QTimer(self, singleShot=True, interval=0)
            self.timer.timeout.connect(self.flush)

        def append(self, text: str) -> None:
            self.queued.append(text)
            if not self.timer.isActive():
                self.timer.start()

        def flush(self) -> None:
            if self.queued:
                text, self.queued = "".join(self.queued), []
                self.chunks.append(text)
                cursor = QTextCursor(self.document())
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertText(text)

        def finish(self) -> None:
            self.flush()
            self.setMarkdown("".join(self.chunks))

        def raw(self) -> str:
            return "".join(self.chunks)

        def word_count(self) -> int:
            return len(self.raw().split())

        def pending(self) -> bool:
            return False  # it rendered everything within its calls

    return OldTextView()


def run_one(name: str, old_size: int) -> dict[str, float]:
    """One scenario in this process; returns gaps and timings."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.gaps import GapRecorder
    from gui.text_view import TextView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = old_text_view() if name == "old-line" else TextView()
    view.resize(900, 700)
    view.show()
    recorder = GapRecorder()

    def spin_until(done: Callable[[], bool]) -> None:
        loop = QEventLoop()
        check = QTimer(interval=5)
        check.timeout.connect(lambda: loop.quit() if done() else None)
        check.start()
        loop.exec()
        check.stop()

    def stream(text: str, chunk: int) -> None:
        offsets = iter(range(0, len(text), chunk))
        state = {"done": False}

        def feed() -> None:
            start = next(offsets, None)
            if start is None:
                state["done"] = True
                feeder.stop()
            else:
                view.append(text[start : start + chunk])

        feeder = QTimer(interval=0)
        feeder.timeout.connect(feed)
        feeder.start()
        spin_until(lambda: state["done"])

    def finish() -> None:
        view.finish()
        view.raw(), view.word_count()  # what the output panel asks right after finish()
        spin_until(lambda: not view.pending())

    base_rss = peak_rss_mb()
    app.processEvents()
    text = {
        "line-1mb": lambda: unbroken(1_000_000),
        "prose-20mb": lambda: prose(20_000_000),
        "reopen-20mb": lambda: prose(20_000_000),
        "md-900kb": lambda: markdown(900_000),
        "old-line": lambda: unbroken(old_size),
    }[name]()
    recorder.start()
    started = time.perf_counter()
    if name == "reopen-20mb":
        streamed = started
        view.append(text)
        finish()
    else:
        stream(text, 16_384 if name in ("prose-20mb", "md-900kb") else 1024)
        streamed = time.perf_counter()
        finish()
    ended = time.perf_counter()
    gaps = sorted(recorder.stop()) or [0.0]
    assert view.raw() == text
    return {
        "max": gaps[-1],
        "p99": gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))],
        "median": statistics.median(gaps),
        "stream_s": streamed - started,
        "finish_s": ended - streamed,
        "rss_mb": peak_rss_mb(),
        "base_mb": base_rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=SCENARIOS, action="append")
    parser.add_argument("--old-size", type=int, default=256 * 1024)
    parser.add_argument("--child", choices=SCENARIOS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.old_size)), flush=True)
        return
    results: dict[str, list[dict[str, float]]] = {}
    for round_ in range(1, args.repeat + 1):
        for name in args.only or SCENARIOS:
            command = [sys.executable, __file__, "--child", name, "--old-size", str(args.old_size)]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            results.setdefault(name, []).append(figures)
            print(
                f"{name:<12} round {round_}: max gap {figures['max']:8.1f} ms  p99 {figures['p99']:6.1f} ms  "
                f"stream {figures['stream_s']:6.2f} s  finish {figures['finish_s']:6.2f} s  "
                f"peak RSS {figures['rss_mb']:6.0f} MB",
                flush=True,
            )
    print(f"\nmedians of {args.repeat} rounds")
    print(f"{'':<12} {'max gap':>10} {'p99 gap':>9} {'median':>7} {'stream':>8} {'finish':>8} {'peak RSS':>9}")
    for name, rounds in results.items():

        def med(key: str, rounds: list[dict[str, float]] = rounds) -> float:
            return statistics.median(r[key] for r in rounds)

        print(
            f"{name:<12} {med('max'):8.1f}ms {med('p99'):7.1f}ms {med('median'):5.1f}ms "
            f"{med('stream_s'):7.2f}s {med('finish_s'):7.2f}s {med('rss_mb'):7.0f}MB"
        )


if __name__ == "__main__":
    main()
