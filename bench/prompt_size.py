"""What a huge prompt does to the window (issue 13: "a 10 MB prompt stalls the UI 6 s").

In the real window against the local server (its own process), with a fast text model
(Llama 3, a few tokens): a prompt of each size is pasted into the prompt editor as a user pastes
it (the clipboard, then the editor's paste()), Run is pressed, and the run is shown, listed and
opened again from the history. A 10 ms heartbeat QTimer records the worst gap of each phase:

  paste   - the clipboard's text into the editor (a big one goes in by slices), and its layout
            (0.5 s after)
  run     - Run pressed until the run ended: the composer's snapshot, the launcher's checks, the
            create, the run's row written and every update recorded into the history
  listed  - 1 s after the end: the run list reloads its rows, the view keeps the run
  reopen  - another run selected, then this one again: shown from the history alone
  clear   - the editor emptied (select all, delete), as before the next paste

It prints each round, then the median over rounds of each phase's worst gap (ms) and of the
paste's own wall time, and what the run list row and the history hold of the prompt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/prompt_size.py [--sizes 100000,1000000,10000000]
        [--rounds 3] [--why 10000000]

`--why SIZE` runs one more round of that size with the UI thread's functions that read the whole
prompt (WATCHED) timed, and prints their calls and time per phase. (bench/gaps.py's StallSampler
cannot say: the stalls are single C calls, Qt's or str.split's, that hold the GIL throughout.)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from bench.gaps import GapRecorder
from bench.local_server import ServerProcess
from bench.window import LLAMA, choose, close, ended, failures, launch, make_window, quiet_qt, until, wait_end
from core.run_events import RunStatus
from core.run_manager import LiveRun
from gui import event_loop
from gui.app import freeze_start_up_objects, make_application
from gui.main_window import MainWindow
from tests.local_replicate.predictions import Pace

PHASES = ("paste", "run", "listed", "reopen", "clear")
WORDS = "the lighthouse keeper wrote down every ship that passed in the night and "


def prompt_of(size: int) -> str:
    """`size` characters of ordinary text in lines of about 80 (a pasted document, not one line)."""
    line = (WORDS * 2)[:79] + "\n"
    return (line * (size // len(line) + 1))[:size]


# The UI thread's functions that read a whole prompt: (module, attribute), a class's method as "Class.name".
WATCHED = (
    ("gui.run_list_model", "row_text"),
    ("gui.run_view", "_question"),
    ("gui.composer", "Composer.state"),
    ("gui.composer", "Composer.set_follow_up"),
    ("gui.composer", "Composer._prompt_changed"),
    ("gui.main_window", "MainWindow._started"),
    ("gui.composer", "PromptEditor.clear"),
    ("gui.composer", "Composer.hide_problem"),
    ("gui.run_launcher", "RunLauncher.launch"),
)
PHASE = [""]  # the phase running now
SPENT: dict[tuple[str, str], list[float]] = {}  # (phase, function): [calls, seconds]


def watch() -> None:
    """Time every call of the WATCHED functions, by phase (a coroutine function: its first step)."""
    import importlib

    for module_name, attribute in WATCHED:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None)
        if original is None:  # moved or renamed since: not watched
            print(f"(not watched: {module_name}.{attribute})")
            continue

        def timed_call(*args: Any, _original: Any = original, _name: str = attribute, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent = SPENT.setdefault((PHASE[0], _name), [0, 0.0])
                spent[0] += 1
                spent[1] += time.perf_counter() - began

        setattr(owner, name, timed_call)


STALL_MS = 50.0  # a gap at least this long counts as the window stalled


async def timed(beat: GapRecorder, phase: str, action: Callable[[], Awaitable[object]]) -> tuple[float, float]:
    """The worst heartbeat gap (ms) while `action` runs, and the sum of its gaps of STALL_MS or
    more (ms): a phase may stall many times for less than its worst."""
    await asyncio.sleep(0.05)
    PHASE[0] = phase
    began = time.perf_counter()
    await action()
    await asyncio.sleep(0.05)  # a gap still open at the end is closed by the next tick
    PHASE[0] = ""
    ended = time.perf_counter()
    stalls = [
        gap
        for tick, gap in zip(beat.ticks, beat.gaps, strict=True)
        if gap >= STALL_MS and tick >= began and tick - gap / 1000 <= ended
    ]
    return beat.worst_between(began, ended), sum(stalls)


async def one_round(window: MainWindow, size: int) -> dict[str, float]:
    composer = window.composer
    editor = composer.prompt
    text = prompt_of(size)
    QGuiApplication.clipboard().setText(text)
    beat = GapRecorder(10)
    beat.start()
    found: dict[str, float] = {}
    pasted = 0.0

    async def paste() -> None:
        nonlocal pasted
        editor.setFocus()
        began = time.perf_counter()
        editor.paste()  # what Ctrl+V does
        pasted = time.perf_counter() - began
        await until(lambda: not editor.pasting(), 60)  # a big paste goes in by slices
        await asyncio.sleep(0.5)  # its layout and repaint

    started: list[LiveRun] = []

    async def run() -> None:
        window.launcher.started.connect(started.extend)
        try:
            composer.run_button.click()
            await until(lambda: bool(started), 60)
        finally:
            window.launcher.started.disconnect(started.extend)
        try:
            await until(lambda: ended(window, started[0]), 120)
        except TimeoutError:
            live = started[0]
            raise TimeoutError(f"the run did not end: {live.status}, {live.finished}, note {live.run.note!r}") from None

    async def listed() -> None:
        await asyncio.sleep(1.0)

    async def reopen() -> None:
        panel = window.run_list.panel
        live = started[0]
        await until(lambda: panel.model.rowCount() >= 2, 10)
        other = next(r for r in range(panel.model.rowCount()) if _row_id(window, r) != live.record_id)
        panel.list.setCurrentIndex(panel.model.index(other))
        await until(lambda: window.outputs.current is not None and window.outputs.current.id != live.record_id, 10)
        mine = next(r for r in range(panel.model.rowCount()) if _row_id(window, r) == live.record_id)
        panel.list.setCurrentIndex(panel.model.index(mine))
        await until(lambda: window.outputs.current is not None and window.outputs.current.id == live.record_id, 30)
        await asyncio.sleep(0.3)

    async def clear() -> None:
        editor.selectAll()
        editor.textCursor().removeSelectedText()
        await asyncio.sleep(0.3)

    for name, action in zip(PHASES, (paste, run, listed, reopen, clear), strict=True):
        found[name], found[name + "_stalled"] = await timed(beat, name, action)
    beat.stop()
    found["paste_s"] = pasted
    live = started[0]
    assert live.finished is not None
    if live.finished.status is not RunStatus.SUCCEEDED or live.finished.detached:  # said, not raised
        problem = live.finished.problem
        print(f"  the run ended {live.finished.status.name}: {problem.message if problem else ''}")
    await report_sizes(window, live, size)
    return found


def _row_id(window: MainWindow, row: int) -> int | None:
    from gui.run_list_model import RecordRole

    record = window.run_list.panel.model.data(window.run_list.panel.model.index(row), RecordRole)
    return record.id if record is not None else None


SIZES_SEEN: dict[int, str] = {}


def scratch_of(window: MainWindow) -> Path:
    """The bench's scratch folder (make_window puts the data folder and settings.ini in it)."""
    return Path(window.session.data).parent


async def report_sizes(window: MainWindow, live: LiveRun, size: int) -> None:
    """What is kept of the prompt where it is shown in full or stored (once per size)."""
    if size in SIZES_SEEN:
        return
    model = window.run_list.panel.model
    row = next(r for r in range(model.rowCount()) if _row_id(window, r) == live.record_id)
    shown = model.data(model.index(row), Qt.ItemDataRole.DisplayRole) or ""
    record = await window.session.history.get(live.record_id)
    assert record is not None
    view = window.outputs.primary()
    header = max((label.text() for label in view.findChildren(type(view.model_label))), key=len) if view else ""
    settings = scratch_of(window) / "settings.ini"
    settings_size = settings.stat().st_size if settings.exists() else -1
    SIZES_SEEN[size] = (
        f"list row {len(shown)} chars; history prompt {len(record.prompt)} chars; longest label of the "
        f"run view {len(header)} chars; window title {len(window.windowTitle())} chars; "
        f"settings file {settings_size} bytes"
    )


def median_line(size: int, rounds: list[dict[str, float]]) -> str:
    def median(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    parts = [f"{name} {median(name):.0f}/{median(name + '_stalled'):.0f}" for name in PHASES]
    paste = median("paste_s") * 1000
    return (
        f"{size / 1e6:6.1f} MB  worst gap/stalled in gaps >= {STALL_MS:.0f} ms (ms, median of {len(rounds)}): "
        + ", ".join(parts)
        + f"; paste() {paste:.0f} ms"
    )


async def bench(base_url: str, scratch: Path, sizes: list[int], rounds: int, why_size: int | None) -> None:
    problems = failures()
    window = make_window(base_url, scratch)
    window.show()
    await window.start()
    freeze_start_up_objects()  # as the app does once started
    await choose(window, LLAMA)
    window.composer.form.set_value("max_tokens", 8)
    window.composer.prompt.setPlainText("warm up")  # the first run's costs (the HTTP client), and a
    await wait_end(window, await launch(window))  # second row for `reopen` to select first
    window.composer.prompt.clear()
    results: dict[int, list[dict[str, float]]] = {}
    for size in sizes:
        for number in range(1, rounds + 1):
            found = await one_round(window, size)
            results.setdefault(size, []).append(found)
            shown = ", ".join(f"{name} {found[name]:.0f}/{found[name + '_stalled']:.0f}" for name in PHASES)
            paste = found["paste_s"] * 1000
            print(f"{size / 1e6:6.1f} MB round {number}: worst gap/stalled (ms) {shown}; paste() {paste:.0f} ms")
    print()
    for size in results:
        print(median_line(size, results[size]))
        print(f"          {SIZES_SEEN.get(size, '')}")
    if why_size:
        watch()
        SPENT.clear()
        found = await one_round(window, why_size)
        shown = ", ".join(f"{n} {found[n]:.0f}/{found[n + '_stalled']:.0f}" for n in PHASES)
        print(f"\nwatched round, {why_size / 1e6:.1f} MB, worst gap/stalled (ms): {shown}")
        for (phase, function), (calls, seconds) in sorted(SPENT.items(), key=lambda item: -item[1][1]):
            if seconds >= 0.001:
                print(f"  {phase or '(between)':<9} {function:<28} {calls:5.0f} calls {seconds * 1000:8.0f} ms")
    if problems:
        print("background failures:", *problems, sep="\n  ")
    await close(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="prompt sizes in characters")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--why", type=int, default=0, metavar="SIZE", help="one more round, its stalls sampled")
    args = parser.parse_args()
    quiet_qt()
    make_application(sys.argv[:1])
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with ServerProcess(Pace(start_delay=0.05, token_delay=0.001)) as server, tempfile.TemporaryDirectory() as scratch:
        event_loop.run(bench(server.base_url, Path(scratch), sizes, args.rounds, args.why or None))


if __name__ == "__main__":
    main()
