"""Driving the real window as a user would: choose a model, write a prompt, press Run, wait for
the run's end by the signals the window's parts emit (never by reading the status line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from core.model_ref import ModelRef
from core.run_events import Finished, RunStatus
from core.run_manager import LiveRun
from gui.file_input import FileEditor
from gui.main_window import MainWindow
from gui.output_panel import OutputPanel

LLAMA = "meta/meta-llama-3-8b-instruct"
SDXL = "stability-ai/sdxl"


def choose(window: MainWindow, qtbot: Any, model: str) -> None:
    """Pick a model in the composer and wait until its form is shown."""
    window.composer.set_model_text(model)
    window.models.choose(model)
    wait_form(window, qtbot, ModelRef.parse(model))


def wait_form(window: MainWindow, qtbot: Any, ref: ModelRef, timeout: int = 10_000) -> None:
    """Wait until the composer holds `ref` and its form's rows are shown. A row added to a shown
    form is shown by a queued call: until it runs, an error label set visible is not visible (a CI
    failure, typing at once into the new fields)."""
    composer = window.composer
    qtbot.waitUntil(lambda: composer.info is not None and composer.info.ref == ref, timeout=timeout)
    rows = [editor.parentWidget() for editor in composer.form.editors.values() if not editor.spec.advanced]
    qtbot.waitUntil(lambda: not composer.form.isVisible() or not any(row.isHidden() for row in rows), timeout=5_000)


def fill(window: MainWindow, prompt: str, **values: Any) -> None:
    """Write the prompt and set inputs; a local file is chosen as a user chooses it (so it is
    one picked in this session, sent without asking)."""
    window.composer.prompt.setPlainText(prompt)
    for name, value in values.items():
        editor = window.composer.form.editors.get(name)
        if isinstance(editor, FileEditor) and isinstance(value, (str, Path)) and "://" not in str(value):
            editor.set_file(Path(value))
        else:
            window.composer.form.set_value(name, value)


def start(window: MainWindow, qtbot: Any, timeout: int = 10_000) -> list[LiveRun]:
    """Press Run; the runs it started (raises if it started none)."""
    with qtbot.waitSignal(window.launcher.started, timeout=timeout) as started:
        qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    runs: list[LiveRun] = started.args[0]
    wait_shown(window, qtbot, runs[0])  # a new run is shown at once
    return runs


def wait_end(window: MainWindow, qtbot: Any, live: LiveRun, timeout: int = 20_000) -> Finished:
    qtbot.waitUntil(
        lambda: live.finished is not None and window.live.by_record(live.record_id) is None, timeout=timeout
    )
    assert live.finished is not None
    return live.finished


def run(
    window: MainWindow,
    qtbot: Any,
    model: str,
    prompt: str,
    expect: RunStatus | None = RunStatus.SUCCEEDED,
    **values: Any,
) -> LiveRun:
    """Choose, fill, Run, and wait for the end (which must be `expect`, unless None)."""
    choose(window, qtbot, model)
    fill(window, prompt, **values)
    live = start(window, qtbot)[0]
    finished = wait_end(window, qtbot, live)
    if expect is not None:
        assert finished.status is expect, finished.problem
    return live


def shown(window: MainWindow) -> OutputPanel:
    panel = window.outputs.shown_panel()
    assert panel is not None, "no run is shown"
    return panel


def wait_shown(window: MainWindow, qtbot: Any, live: LiveRun, timeout: int = 10_000) -> OutputPanel:
    qtbot.waitUntil(
        lambda: window.outputs.current is not None and window.outputs.current.id == live.record_id, timeout=timeout
    )
    return shown(window)


def posts(server: Any) -> list[str]:
    return [path for method, path, _ in server.requests if method == "POST"]
