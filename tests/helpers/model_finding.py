"""Finding a model in the real window, as the tests drive it: typing and pasting in the picker,
the browser opened and its rows, the server's own ranking, a search held by the server."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QListView

from gui.main_window import MainWindow
from gui.model_browser import ModelBrowser
from gui.model_picker import ModelPicker
from tests.local_replicate.search import rank

WHISPER = "openai/whisper"
ESRGAN = "nightmareai/real-esrgan"


def ranked(server: Any, query: str, limit: int = 30) -> list[str]:
    """What the server's search answers for `query`, best first (its own ranking, not ours)."""
    return [f"{hit.model['owner']}/{hit.model['name']}" for hit in rank(server.catalog.models(), query)[:limit]]


def rows(model: Any) -> list[str]:
    return [model.summary_at(row).slug for row in range(model.rowCount())]


def picker_of(window: MainWindow) -> ModelPicker:
    return window.composer.picker


def type_in(qtbot: Any, line: QLineEdit, text: str, delay: int = -1) -> None:
    """Replace what the field holds by typing `text` key by key (each key a `textEdited`)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text, delay=delay)


def paste_in(qtbot: Any, line: QLineEdit, text: str) -> None:
    """Replace what the field holds by pasting `text` (Ctrl+V), as a copied address is."""
    QGuiApplication.clipboard().setText(text)
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == text


def await_in_loop(qtbot: Any, work: Coroutine[Any, Any, Any], timeout: int = 5_000) -> Any:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def latest_version(server: Any, slug: str) -> str:
    return server.catalog.model(*slug.split("/"))["latest_version"]["id"]


def stop_server(server: Any) -> None:
    """The network going away: the server closes its kept-alive connections too."""
    server.stop()


def categories(browser: ModelBrowser) -> list[str]:
    return [browser.collections.item(row).text() for row in range(browser.collections.count())]


def open_browser(window: MainWindow, qtbot: Any, server: Any = None) -> ModelBrowser:
    """Ctrl+K; with `server`, also wait until Replicate's collections are listed (typing before
    they arrive is a test of its own)."""
    window.menu_actions.browse_models.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "modelBrowser") is not None, timeout=5_000)
    browser = window.findChild(QDialog, "modelBrowser")
    assert isinstance(browser, ModelBrowser)
    qtbot.waitUntil(browser.isVisible, timeout=5_000)
    if server is not None:
        names = [c.name for c in server.collections]
        qtbot.waitUntil(lambda: categories(browser)[-len(names) :] == names, timeout=5_000)
    return browser


def select_row(qtbot: Any, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def hold_search(server: Any, held: str) -> tuple[threading.Event, list[str]]:
    """The server holds its answer to `held` until the event is set; `answered` then lists it."""
    release = threading.Event()
    answered: list[str] = []

    def delay(query: str) -> float:
        if query == held:
            release.wait(10)
            answered.append(query)
        return 0.0

    server.search_delay = delay
    return release, answered
