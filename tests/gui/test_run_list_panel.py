"""The run list speaks plainly (issue 12): every focusable widget is named, the favourites filter
reads as a filter, an empty list says why with a way back, Ctrl+F's target, and the export and
import dialogs start in Documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QVBoxLayout, QWidget

from core.history import RunRecord
from core.run_events import RunStatus
from core.run_manager import RunManager
from core.session import Session
from core.token_store import TokenStore
from gui.live_runs import LiveRuns
from gui.run_list import RunList, documents
from gui.run_list_model import RecordRole
from gui.tasks import spawn


class Host:
    """The run list as the window holds it, without the rest of the window: a parent widget,
    and a line edit standing for the composer's prompt."""

    def __init__(self, run_list: RunList, widget: QWidget, prompt: QLineEdit) -> None:
        self.run_list, self.widget, self.prompt = run_list, widget, prompt
        self.session = run_list.session


@pytest.fixture
def window(qtbot, qloop, server, tmp_path, memory_keyring):
    session = Session(TokenStore(memory_keyring), server.base_url, poll_interval=0.02, data=tmp_path / "data")
    widget = QWidget()
    qtbot.addWidget(widget)
    run_list = RunList(session, LiveRuns(RunManager(session), widget), widget)
    prompt = QLineEdit(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(prompt)
    layout.addWidget(run_list.panel)
    widget.resize(320, 640)
    widget.show()
    qtbot.waitExposed(widget)
    run_list.refresh()
    yield Host(run_list, widget, prompt)
    run_list.panel._debounce.stop()  # no search left to reload the list once the history is closed
    qtbot.waitUntil(lambda: not run_list._lock.locked(), timeout=10_000)
    spawn(session.close(), "close the session")
    qtbot.wait(50)


def add_runs(window, qtbot, records):
    window.run_list.queue(lambda: window.session.history.add_many(records))
    qtbot.waitUntil(lambda: window.run_list.model.total == len(records), timeout=10_000)


def some_runs():
    return [
        RunRecord(model="meta/meta-llama-3-8b-instruct", status=RunStatus.SUCCEEDED, prompt="a poem about the sea"),
        RunRecord(model="stability-ai/sdxl", status=RunStatus.FAILED, prompt="a lighthouse", favourite=True),
        RunRecord(model="stability-ai/sdxl", status=RunStatus.SUCCEEDED, prompt="two foxes"),
    ]


def focusable(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(widget) and child.isEnabled()
    ]


def test_every_focusable_widget_of_the_run_list_is_named(window, qtbot):
    panel = window.run_list.panel
    add_runs(window, qtbot, some_runs())
    qtbot.waitUntil(lambda: window.run_list.model.rowCount() == 3, timeout=5_000)
    panel.list.setCurrentIndex(window.run_list.model.index(0))  # the run's buttons act on a selected run
    widgets = focusable(panel)
    for kept in (panel.search, panel.models, panel.statuses, panel.list, panel.star_button, panel.more):
        assert kept in widgets
    unnamed = [w.objectName() or type(w).__name__ for w in widgets if not w.accessibleName().strip()]
    assert unnamed == []
    for described in (panel.search, panel.models, panel.statuses, panel.list):
        assert described.accessibleDescription().strip(), described.objectName()
    # and when the list is empty behind a search, the way back is named too
    panel.search.setText("nothing like this")
    qtbot.waitUntil(lambda: panel.runs_area.currentWidget() is panel.empty_note, timeout=5_000)
    assert panel.clear_button in focusable(panel) and panel.clear_button.accessibleName()


def test_favourites_are_a_filter_not_a_second_star_button(window, qtbot):
    panel = window.run_list.panel
    add_runs(window, qtbot, some_runs())
    labels = [panel.statuses.itemText(i) for i in range(panel.statuses.count())]
    assert labels[0] == "All runs" and "★ Favourites" in labels and "Failed" in labels
    assert not panel.findChildren(QWidget, "historyFavourites")  # the bare ★ toggle is gone
    # the button that marks a run says so in words; the filter is chosen in a list of filters
    assert panel.star_button.text() != "★" and "Favourite" in panel.star_button.text()
    panel.statuses.setCurrentIndex(labels.index("★ Favourites"))
    panel.statuses.activated.emit(panel.statuses.currentIndex())
    model = window.run_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert model.index(0).data(RecordRole).prompt == "a lighthouse"
    panel.list.setCurrentIndex(model.index(0))
    assert panel.star_button.isChecked()  # the selected run is a favourite


def test_an_empty_search_says_so_and_clears_back_to_every_run(window, qtbot):
    panel = window.run_list.panel
    model = window.run_list.model
    add_runs(window, qtbot, some_runs())
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5_000)
    assert panel.runs_area.currentWidget() is panel.list
    panel.search.setText("unicorn")
    qtbot.waitUntil(
        lambda: model.rowCount() == 0 and panel.runs_area.currentWidget() is panel.empty_note, timeout=5_000
    )
    assert panel.empty_text.text() == "No runs match “unicorn”."
    assert panel.clear_button.isVisibleTo(panel)
    # nothing listed, nothing selected: the buttons for the selected run do nothing, and say so
    assert not any(b.isEnabled() for b in (panel.open_button, panel.rerun_button, panel.star_button))
    panel.statuses.setCurrentIndex(3)  # failed
    panel.statuses.activated.emit(3)
    qtbot.waitUntil(lambda: "with the filters chosen" in panel.empty_text.text(), timeout=5_000)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5_000)
    assert panel.search.text() == "" and panel.statuses.currentIndex() == 0 and panel.models.currentIndex() == 0
    assert panel.runs_area.currentWidget() is panel.list
    # a filter alone that matches nothing says so too
    panel.statuses.setCurrentIndex(4)  # canceled: none
    panel.statuses.activated.emit(4)
    qtbot.waitUntil(lambda: panel.empty_text.text() == "No runs match the filters chosen.", timeout=5_000)


def test_an_empty_history_invites_a_first_run_without_a_clear_button(window, qtbot):
    panel = window.run_list.panel
    qtbot.waitUntil(lambda: not window.run_list._lock.locked(), timeout=10_000)
    assert window.run_list.model.rowCount() == 0
    assert panel.runs_area.currentWidget() is panel.empty_note
    assert panel.empty_text.text().startswith("No runs yet") and not panel.clear_button.isVisibleTo(panel)


def test_focus_search_puts_the_focus_in_the_search_with_its_words_selected(window, qtbot):
    panel = window.run_list.panel
    window.widget.activateWindow()
    panel.search.setText("llamas")
    window.prompt.setFocus()
    panel.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.search, timeout=5_000)
    assert panel.search.selectedText() == "llamas"


def test_export_and_import_start_in_documents_with_a_zip_filter(window, qtbot):
    run_list = window.run_list
    add_runs(window, qtbot, some_runs())
    qtbot.waitUntil(lambda: run_list.model.rowCount() == 3, timeout=5_000)
    run_list.panel.list.setCurrentIndex(run_list.model.index(0))
    run_list.ask_export()
    run_list.ask_import()
    for name, start in (("exportRunsDialog", documents() / "replidesk-runs.zip"), ("importRunsDialog", documents())):
        dialog = window.widget.findChild(QFileDialog, name)
        assert dialog is not None and dialog.isVisible()
        assert Path(dialog.directory().absolutePath()) == (start.parent if start.suffix else start)
        assert dialog.nameFilters() == ["Zip files (*.zip)"]
        dialog.reject()
    assert documents() != Path.home() or not Path.home().joinpath("Documents").is_dir()
    assert run_list.export_action.text() == "Export selected runs…"
