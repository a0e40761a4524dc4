"""Import from Replicate (gui/account_import_dialog.py) against the real window's session, the local
server, a real SQLite history and real downloads."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeView

from core.run_events import RunStatus
from core.session import Session
from core.token_store import TokenStore
from gui.account_import_dialog import EXPIRED, AccountImportDialog
from gui.run_list_model import RecordRole
from gui.tasks import spawn
from tests.local_replicate.history import TEXT_MODELS

OUTPUTS = 3  # the column saying what a run has (or that Replicate deleted it)


def open_dialog(session, window, qtbot) -> AccountImportDialog:
    dialog = AccountImportDialog(session, window)
    dialog.open()  # never exec(): a nested loop would stall asyncio
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    return dialog


def cell(dialog: AccountImportDialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_import_all_saves_the_runs_and_says_which_outputs_replicate_had_deleted(window, qtbot, server):
    made = server.seed_account_history(50, expired=12)
    dialog = open_dialog(window.session, window, qtbot)
    view = window.findChild(QTreeView, "accountRuns")
    assert window.findChild(AccountImportDialog, "importFromReplicate") is dialog and view is dialog.view
    assert dialog.model.rowCount() == 50
    assert [cell(dialog, row, 0) for row in range(50)] == [p.model_name for p in made]
    expired_rows = [row for row in range(50) if cell(dialog, row, OUTPUTS) == EXPIRED]
    assert expired_rows == [row for row, p in enumerate(made) if p.data_removed] and len(expired_rows) == 12
    assert "50 runs listed, 12 of them older than an hour" in dialog.status.text()

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert done.args == [50]
    assert dialog.status.text().startswith(
        "Imported 50 runs. 12 of them are older than an hour: Replicate had already deleted their outputs, "
        "so only their inputs were kept."
    )
    assert dialog.progress.isHidden() and dialog.import_all_button.isEnabled()
    assert all(cell(dialog, row, 4) == "yes" for row in range(50))

    window.run_list.refresh()  # what the window does on `imported`
    rows = window.run_list.model
    qtbot.waitUntil(lambda: rows.rowCount() == 50, timeout=10_000)
    records = {rows.index(row).data(RecordRole).prediction_id: rows.index(row).data(RecordRole) for row in range(50)}
    assert set(records) == {p.id for p in made}
    for prediction in made:
        record = records[prediction.id]
        assert record.status is RunStatus.SUCCEEDED and record.model == prediction.model_name
        if prediction.data_removed:
            assert record.files == [] and "Replicate deleted this run's outputs" in (record.error or "")
        elif prediction.model_name not in TEXT_MODELS:
            served = server.predictions.files[prediction.output[0].removeprefix(server.base_url)]
            assert (window.session.outputs / record.files[0]).read_bytes() == served

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as again:  # nothing new the second time
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert again.args == [0]
    assert dialog.status.text() == "No runs were imported. 50 runs were already in your history."


def test_more_runs_load_as_the_list_is_scrolled_and_the_selected_ones_import(window, qtbot, server):
    server.page_size = 20
    made = server.seed_account_history(50, expired=5)
    dialog = open_dialog(window.session, window, qtbot)
    assert dialog.model.rowCount() == 20 and dialog.load_more_button.isEnabled()
    assert "Load more" in dialog.status.text()

    qtbot.mouseClick(dialog.load_more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 40, timeout=10_000)
    bar = dialog.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the end of the list in sight: the last page
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 50 and not dialog.loading, timeout=10_000)
    assert [cell(dialog, row, 0) for row in range(50)] == [p.model_name for p in made]
    assert not dialog.load_more_button.isEnabled()

    assert not dialog.import_selected_button.isEnabled()
    selection = dialog.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3):
        selection.select(dialog.model.index(row, 0), flags)
    assert dialog.import_selected_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_selected_button, Qt.MouseButton.LeftButton)
    assert done.args == [2] and dialog.status.text() == "Imported 2 runs."
    assert sorted(dialog.report.imported) == sorted([made[1].id, made[3].id])


def test_offline_says_so_in_the_dialog_and_can_try_again(window, qtbot, memory_keyring, token, tmp_path):
    # A session whose Replicate is an address nothing listens on (port 9, discard): as offline.
    # (Stopping the local server would not do: the window's client keeps its connection open.)
    offline = Session(TokenStore(memory_keyring), "http://127.0.0.1:9", data=tmp_path / "offline")
    offline.token = token
    dialog = open_dialog(offline, window, qtbot)
    assert dialog.status.text().startswith("Can't reach Replicate.")
    assert dialog.model.rowCount() == 0
    assert dialog.load_more_button.isEnabled() and dialog.load_more_button.text() == "Try again"
    assert not dialog.import_all_button.isEnabled()
    qtbot.mouseClick(dialog.load_more_button, Qt.MouseButton.LeftButton)
    assert dialog.loading
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert dialog.status.text().startswith("Can't reach Replicate.")
    closed = spawn(offline.close(), "close the offline session")
    qtbot.waitUntil(closed.done)


def test_a_refused_token_is_explained_in_the_dialog(window, qtbot, server):
    server.seed_account_history(3)
    window.session.token = "r8_not-a-real-token"
    dialog = open_dialog(window.session, window, qtbot)
    assert dialog.status.text().startswith("Your API token was not accepted.")
    assert "Set API token" in dialog.status.text() and dialog.model.rowCount() == 0


def test_stop_keeps_the_runs_imported_so_far(window, qtbot, server):
    server.seed_account_history(30)
    dialog = open_dialog(window.session, window, qtbot)
    shown = dialog._progress

    def progress(done: int, total: int) -> None:
        shown(done, total)
        if done == 3:  # the user presses Stop import while runs are still coming in
            assert dialog.close_button.text() == "Stop import"
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    dialog._progress = progress  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    count = done.args[0]
    assert 3 <= count < 30 and dialog.isVisible()  # stopped, not closed
    assert dialog.status.text().startswith(f"The import was stopped. Imported {count} runs.")
    assert dialog.close_button.text() == "Close" and dialog.progress.isHidden()
    window.run_list.refresh()
    qtbot.waitUntil(lambda: window.run_list.model.rowCount() == count, timeout=10_000)


def test_without_a_token_the_dialog_says_how_to_set_one(window, qtbot, server):
    window.session.token = None
    dialog = open_dialog(window.session, window, qtbot)
    assert dialog.status.text().startswith("No API token yet.") and "Set API token" in dialog.status.text()
    assert dialog.load_more_button.text() == "Try again" and not dialog.import_all_button.isEnabled()


def test_the_window_opens_it_from_the_file_menu_and_lists_what_it_imported(window, qtbot, server):
    made = server.seed_account_history(6, expired=2)
    window.menu_actions.import_from_replicate.trigger()
    dialog = window.findChild(AccountImportDialog, "importFromReplicate")
    assert dialog is not None and window.import_from_replicate() is dialog  # one at a time
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 6, timeout=10_000)
    qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    rows = window.run_list.model  # refreshed by the window, not by the test
    qtbot.waitUntil(lambda: rows.rowCount() == 6, timeout=10_000)
    assert {rows.index(row).data(RecordRole).prediction_id for row in range(6)} == {p.id for p in made}
