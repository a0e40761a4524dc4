"""The real main window for benchmarks and screenshots, driven the public way (as
tests/helpers/driving.py and gui/self_test.py's `run_through` do), with asyncio waits instead
of qtbot: choose a model, fill the composer, launch, wait for the end."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

from core.model_ref import ModelRef
from core.run_manager import LiveRun, RunManager
from core.session import Session
from core.token_store import TokenStore
from gui import tasks
from gui.composer import ComposerState
from gui.file_input import FileEditor
from gui.main_window import MainWindow
from gui.output_panel import OutputPanel
from gui.settings import AppSettings
from tests.local_replicate.server import DEFAULT_TOKEN

LLAMA = "meta/meta-llama-3-8b-instruct"
SDXL = "stability-ai/sdxl"


def quiet_qt() -> None:
    """Drop the offscreen platform's note on every window shown ("This plugin does not support
    propagateSizeHints()"); every other Qt message is printed as usual."""

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def failures() -> list[str]:
    """Where the failures of the window's background tasks are collected (printed by benches)."""
    found: list[str] = []

    def note(error: BaseException) -> None:
        where = traceback.extract_tb(error.__traceback__)
        ours = [frame for frame in where if "/gui/" in frame.filename or "/core/" in frame.filename]
        place = " <- ".join(f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno}" for f in ours[::-1])
        found.append(f"{type(error).__name__}: {error} [{place}]")

    tasks.on_failure(note)
    logging.getLogger("replidesk").addHandler(logging.NullHandler())  # collected here instead
    return found


async def close(window: MainWindow) -> None:
    """Let go of the runs still going, let the window's last tasks end, and close (closing the
    last window quits the application, and so stops the event loop)."""
    await window.manager.let_go()
    await until(lambda: not tasks.running(), 10)
    await window.session.close()
    window.close()


def make_window(
    base_url: str, scratch: Path, concurrent: int = 4, poll_interval: float = 0.1, signed_in: bool = True
) -> MainWindow:
    """A window over its own data folder and settings; signed in with the local server's token
    unless `signed_in` is False (then `window.start()` asks for one)."""
    session = Session(TokenStore(), base_url, poll_interval=poll_interval, data=scratch / "data")
    if signed_in:
        session.token = DEFAULT_TOKEN
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(RunManager(session, max_concurrent=concurrent), settings)
    window.closing = True  # closed with runs going without being asked
    return window


async def until(condition: Callable[[], object], seconds: float = 120.0, step: float = 0.01) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        await asyncio.sleep(step)


async def choose(window: MainWindow, model: str, seconds: float = 30.0) -> None:
    """Pick a model in the composer (as the picker does) and wait until its form is shown."""
    window.composer.set_model_text(model)
    window.models.choose(model)
    wanted = ModelRef.parse(model)
    await until(lambda: window.composer.info is not None and window.composer.info.ref == wanted, seconds)


def fill(window: MainWindow, prompt: str, **values: Any) -> None:
    window.composer.prompt.setPlainText(prompt)
    form = window.composer.form
    for name, value in values.items():
        editor = form.editors.get(name)
        if isinstance(editor, FileEditor) and isinstance(value, (str, Path)) and "://" not in str(value):
            editor.set_file(Path(value))
        else:
            form.set_value(name, value)


async def state_for(window: MainWindow, model: str, prompt: str, **values: Any) -> ComposerState:
    """What Run would send for this model, prompt and inputs (a snapshot: launch it any number
    of times, whatever the composer shows later)."""
    await choose(window, model)
    fill(window, prompt, **values)
    return window.composer.state()


async def launch(window: MainWindow, state: ComposerState | None = None) -> LiveRun:
    """Press Run (the composer as it is, or a snapshot of it); the run it started."""
    runs = await window.launcher.launch(state if state is not None else window.composer.state())
    if not runs:
        raise RuntimeError(window.composer.banner.text() or "the run did not start")
    return runs[0]


def ended(window: MainWindow, live: LiveRun) -> bool:
    return live.finished is not None and window.live.by_record(live.record_id) is None


async def wait_end(window: MainWindow, live: LiveRun, seconds: float = 120.0) -> LiveRun:
    await until(lambda: ended(window, live), seconds)
    assert live.finished is not None
    if live.finished.problem is not None:
        raise RuntimeError(f"{live.finished.status.label}: {live.finished.problem.message}")
    return live


async def run(window: MainWindow, model: str, prompt: str, seconds: float = 120.0, **values: Any) -> LiveRun:
    """Choose, fill, Run, and wait for the end (which must be a success)."""
    await choose(window, model)
    fill(window, prompt, **values)
    return await wait_end(window, await launch(window), seconds)


def view_panel(window: MainWindow, live: LiveRun) -> OutputPanel | None:
    """The output panel of a run's view (shown or not), while the stack keeps it."""
    view = window.outputs.views.get(live.record_id)
    return view.output if view is not None else None


async def wait_shown(window: MainWindow, live: LiveRun, seconds: float = 30.0) -> OutputPanel:
    await until(lambda: window.outputs.current is not None and window.outputs.current.id == live.record_id, seconds)
    panel = window.outputs.shown_panel()
    assert panel is not None
    return panel


async def wait_settled(panel: OutputPanel, seconds: float = 30.0) -> None:
    """Until the panel shows every file it was given and its text has caught up."""
    await until(lambda: not panel.busy() and not panel.text.pending(), seconds)
