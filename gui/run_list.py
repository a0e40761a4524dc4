"""Connects the history sidebar to the window: open, run again, favourite, delete with undo,
delete all (asked first), and keeps the list fresh as runs happen."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.archive import export_runs, import_runs
from core.errors import UserError
from core.history import Filter, RunRecord
from core.session import Session
from core.trash import from_trash, to_trash

from .history_model import HistoryModel, RecordRole
from .history_panel import HistoryPanel


class DeleteRuns(QUndoCommand):
    """Delete runs and move their files to the trash; undo puts both back."""

    def __init__(self, controller: HistoryController, records: list[RunRecord]) -> None:
        count = len(records)
        super().__init__(f"Delete {count} run{'s' if count != 1 else ''}")
        self.controller = controller
        self.ids = [r.id for r in records]
        self.deleted: list[RunRecord] = []

    def redo(self) -> None:
        self.controller.queue(self._delete())

    def undo(self) -> None:
        self.controller.queue(self._restore())

    async def _delete(self) -> None:
        session = self.controller.session
        self.deleted = await session.history.delete(self.ids)
        await asyncio.to_thread(to_trash, self.deleted, session.outputs, session.data / "trash")

    async def _restore(self) -> None:
        session = self.controller.session
        await asyncio.to_thread(from_trash, self.deleted, session.outputs, session.data / "trash")
        await session.history.restore(self.deleted)


class HistoryController(QObject):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.undo = QUndoStack(self)
        self.model = HistoryModel(session.history, session.outputs)
        self.panel = HistoryPanel(self.model, window)
        self._lock = asyncio.Lock()
        self.panel.filter_changed.connect(lambda where: self.queue(self.model.reload(where)))
        self.panel.list.activated.connect(lambda index: self.open(index.data(RecordRole)))
        self.panel.open_button.clicked.connect(lambda: self._first(self.open))
        self.panel.rerun_button.clicked.connect(lambda: self._first(self.run_again))
        self.panel.star_button.clicked.connect(lambda: self._first(self.toggle_favourite))
        self.undo_action = self.undo.createUndoAction(self, "&Undo")
        self.redo_action = self.undo.createRedoAction(self, "&Redo")
        self.delete_action = QAction("Delete selected runs", self, triggered=self.delete_selected)
        self.delete_all_action = QAction("Delete all runs…", self, triggered=self.ask_delete_all)
        self.export_action = QAction("Export selected runs…", self, triggered=self.ask_export)
        self.import_action = QAction("Import runs…", self, triggered=self.ask_import)
        self.panel.menu.addActions([self.export_action, self.import_action])
        self.panel.menu.addSeparator()
        self.panel.menu.addActions([self.delete_action, self.delete_all_action])
        # Delete deletes runs only while the list has the focus, never text in an editor.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel.list.addAction(self.delete_action)

    def queue(self, work) -> asyncio.Task:
        """Database work in the order asked (a delete, then its undo)."""

        async def ordered():
            async with self._lock:
                await work
                await self.model.reload()
                self.panel.set_models(await self.session.history.models())

        return asyncio.ensure_future(ordered())

    def refresh(self) -> asyncio.Task:
        return self.queue(asyncio.sleep(0))

    def _first(self, action) -> None:
        selected = self.panel.selected()
        if selected:
            action(selected[0])

    def open(self, record: RunRecord | None) -> None:
        if record is not None:
            asyncio.ensure_future(self.window.open_record(record))

    def run_again(self, record: RunRecord) -> None:
        async def again():
            await self.window.open_record(record)
            self.window.start_run()

        asyncio.ensure_future(again())

    def toggle_favourite(self, record: RunRecord) -> None:
        record.favourite = not record.favourite
        self.queue(self.session.history.update(record.id, favourite=record.favourite))

    def delete_selected(self, *_args) -> None:
        records = self.panel.selected()
        if records:
            self.undo.push(DeleteRuns(self, records))

    def ask_delete_all(self, *_args) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete all runs?",
            "Every run in your history, with its output files, will be deleted. "
            "You can undo this until you quit Replidesk.",
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("deleteAllBox")
        confirm = box.addButton("Delete all", QMessageBox.ButtonRole.DestructiveRole)
        box.buttonClicked.connect(lambda button: button is confirm and self._delete_all())
        box.open()  # not exec(): a nested loop would stall asyncio
        self.delete_all_box = box

    def ask_export(self, *_args) -> None:
        records = self.panel.selected()
        if not records:
            return
        dialog = QFileDialog(self.window, "Export runs", str(Path.home() / "replidesk-runs.zip"), "Zip files (*.zip)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda target: self.export_to(records, Path(target)))
        dialog.open()

    def export_to(self, records: list[RunRecord], target: Path) -> asyncio.Task:
        async def export():
            fresh = [await self.session.history.get(r.id) or r for r in records]
            await asyncio.to_thread(export_runs, fresh, self.session.outputs, target)
            self.window.set_status(f"Exported {len(fresh)} run{'s' if len(fresh) != 1 else ''} to {target.name}")

        return asyncio.ensure_future(export())

    def ask_import(self, *_args) -> None:
        dialog = QFileDialog(self.window, "Import runs", str(Path.home()), "Zip files (*.zip)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda source: self.import_from(Path(source)))
        dialog.open()

    def import_from(self, source: Path) -> asyncio.Task:
        async def bring_in():
            try:
                records = await asyncio.to_thread(import_runs, source, self.session.outputs)
            except UserError as error:
                self.window.show_problem(error.problem)
                return
            await self.session.history.add_many(records)
            self.window.set_status(f"Imported {len(records)} run{'s' if len(records) != 1 else ''}")

        return self.queue(bring_in())

    def _delete_all(self) -> None:
        async def everything():
            total = await self.session.history.count(Filter())
            records = await self.session.history.page(Filter(), 0, total)
            if records:
                self.undo.push(DeleteRuns(self, records))

        asyncio.ensure_future(everything())
