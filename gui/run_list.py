"""The run list's actions: show, run again, reuse the inputs, favourite, delete with undo,
delete all (asked first), export and import; it keeps the list fresh as runs come and go."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.archive import export_runs
from core.archive_import import import_runs
from core.errors import Problem, UserError, explain
from core.history import Filter, RunRecord
from core.session import Session
from core.trash import from_trash, to_trash

from .live_runs import LiveRuns
from .run_list_model import RunListModel
from .run_list_panel import RunListPanel
from .tasks import spawn

log = logging.getLogger(__name__)


def documents() -> Path:
    """The user's Documents folder, where exports go and imports are looked for (else home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class DeleteRuns(QUndoCommand):
    """Delete runs and move their files to the trash; undo puts both back."""

    def __init__(self, controller: RunList, records: list[RunRecord]) -> None:
        super().__init__(QCoreApplication.translate("DeleteRuns", "Delete %n run(s)", "", len(records)))
        self.controller = controller
        self.ids = [r.id for r in records if r.id is not None]
        self.deleted: list[RunRecord] = []

    def redo(self) -> None:
        self.controller.queue(self._delete)

    def undo(self) -> None:
        self.controller.queue(self._restore)

    async def _delete(self) -> None:
        session = self.controller.session
        self.deleted = await session.history.delete(self.ids)
        await asyncio.to_thread(to_trash, self.deleted, session.outputs, session.data / "trash")
        self.controller.say_deleted([r.id for r in self.deleted if r.id is not None])

    async def _restore(self) -> None:
        session = self.controller.session
        await asyncio.to_thread(from_trash, self.deleted, session.outputs, session.data / "trash")
        await session.history.restore(self.deleted)


class RunList(QObject):
    """The run list (`runList`) and what can be done with its runs; it tells what happened by signals."""

    reuse_requested = Signal(object)  # RunRecord: its model, prompt and inputs into the composer
    rerun_requested = Signal(object)  # RunRecord: a new run with the same inputs
    status = Signal(str)
    deleted = Signal(list)  # the ids of runs just deleted: no view of them stays on screen
    problem = Signal(object)  # Problem

    def __init__(self, session: Session, live: LiveRuns, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.live = live
        self.dialog_parent = parent
        self.undo = QUndoStack(self)
        self.model = RunListModel(session.history, session.outputs, live, self)
        self.panel = RunListPanel(self.model, parent)
        self._lock = asyncio.Lock()
        self._waiting_refresh: asyncio.Task[None] | None = None
        self.panel.filter_changed.connect(lambda where: self.queue(lambda: self.model.reload(where)))
        self.panel.open_button.clicked.connect(lambda: self._first(self.reuse_requested.emit))
        self.panel.rerun_button.clicked.connect(lambda: self._first(self.rerun_requested.emit))
        self.panel.star_button.clicked.connect(self._star_clicked)
        self.undo_action = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.delete_action = QAction(self.tr("Delete selected runs"), self)
        self.delete_all_action = QAction(self.tr("Delete all runs…"), self)
        self.export_action = QAction(self.tr("Export selected runs…"), self)
        self.import_action = QAction(self.tr("Import runs…"), self)
        for action, slot in (
            (self.delete_action, self.delete_selected),
            (self.delete_all_action, self.ask_delete_all),
            (self.export_action, self.ask_export),
            (self.import_action, self.ask_import),
        ):
            action.triggered.connect(slot)
        self.panel.menu.addActions([self.export_action, self.import_action])
        self.panel.menu.addSeparator()
        self.panel.menu.addActions([self.delete_action, self.delete_all_action])
        # Delete deletes runs only while the list has the focus, never text in an editor.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel.list.addAction(self.delete_action)
        # Undo/Redo of a delete while the run list has the focus (the form has Ctrl+Z of its own).
        for action, key in (
            (self.undo_action, QKeySequence.StandardKey.Undo),
            (self.redo_action, QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.panel.addAction(action)
        live.added.connect(lambda _live: self.refresh())
        live.ended.connect(lambda _live: self.refresh())

    def queue(self, work: Callable[[], Awaitable[object]] | None = None) -> asyncio.Task[None]:
        """Database work in the order asked (a delete, then its undo), then a fresh list. The
        work is made when its turn comes: a coroutine made earlier and then cancelled would
        never run, and say so."""

        async def ordered() -> None:
            async with self._lock:
                if work is not None:
                    await work()
                elif self._waiting_refresh is asyncio.current_task():
                    self._waiting_refresh = None  # from here on, a change needs a new refresh
                await self.model.reload()
                models = await self.session.history.models()
                if shiboken6.isValid(self.panel):
                    self.panel.set_models(models)

        return spawn(ordered(), "run list")

    def refresh(self) -> asyncio.Task[None]:
        """A fresh list; refreshes asked while one waits its turn are that one (runs that start
        or end together reload the list once)."""
        if self._waiting_refresh is None or self._waiting_refresh.done():
            self._waiting_refresh = self.queue()
        return self._waiting_refresh

    def _first(self, action: Callable[[RunRecord], object]) -> None:
        selected = self.panel.selected()
        if selected:
            action(selected[0])

    def _star_clicked(self, *_args: object) -> None:
        selected = self.panel.selected()
        if selected:
            self.toggle_favourite(selected[0])
        else:  # nothing to mark: the button keeps saying so
            self.panel.star_button.setChecked(False)

    def toggle_favourite(self, record: RunRecord) -> None:
        run_id, favourite = record.id, not record.favourite
        if run_id is None:
            return
        record.favourite = favourite
        self.panel.star_button.setChecked(favourite)
        self.queue(lambda: self.session.history.update(run_id, favourite=favourite))

    def say_deleted(self, ids: list[int]) -> None:
        if ids and shiboken6.isValid(self):
            self.deleted.emit(ids)
            self.status.emit(
                QCoreApplication.translate("RunList", "%n run(s) deleted. To bring back: Edit → Undo.", "", len(ids))
            )

    def delete_selected(self, *_args: object) -> None:
        records = self.panel.selected()
        going = [r for r in records if self.live.by_record(r.id) is not None]
        if going:
            self.problem.emit(
                Problem(
                    self.tr("Runs still going are kept"),
                    self.tr("Cancel them first (Esc), then delete them once they end."),
                )
            )
        records = [r for r in records if r not in going]
        if records:
            self.undo.push(DeleteRuns(self, records))

    def ask_delete_all(self, *_args: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete all runs?"),
            self.tr(
                "Every run in your history, with its output files, will be deleted (runs still going are "
                "kept). You can undo this until you quit Replidesk."
            ),
            QMessageBox.StandardButton.Cancel,
            self.dialog_parent,
        )
        box.setObjectName("deleteAllBox")
        confirm = box.addButton(self.tr("Delete all"), QMessageBox.ButtonRole.DestructiveRole)
        box.buttonClicked.connect(lambda button: self._delete_all() if button is confirm else None)
        box.open()  # not exec(): a nested loop would stall asyncio
        self.delete_all_box = box

    def ask_export(self, *_args: object) -> None:
        records = self.panel.selected()
        if not records:
            return
        dialog = QFileDialog(
            self.dialog_parent, self.tr("Export runs"), str(documents() / "replidesk-runs.zip"), self.zip_filter()
        )
        dialog.setObjectName("exportRunsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.fileSelected.connect(lambda target: self.export_to(records, Path(target)))
        dialog.open()

    def export_to(self, records: list[RunRecord], target: Path) -> asyncio.Task[None]:
        async def export() -> None:
            fresh = [await self.session.history.get(r.id) or r for r in records if r.id is not None]
            try:
                await asyncio.to_thread(export_runs, fresh, self.session.outputs, target)
            except UserError as error:
                self.problem.emit(error.problem)
                return
            except OSError as error:
                problem = explain(error)
                self.problem.emit(Problem(self.tr("The export was not written"), problem.message))
                return
            self.status.emit(self.tr("Exported %n run(s) to {file}", "", len(fresh)).format(file=target.name))

        return spawn(export(), "export runs")

    def ask_import(self, *_args: object) -> None:
        dialog = QFileDialog(self.dialog_parent, self.tr("Import runs"), str(documents()), self.zip_filter())
        dialog.setObjectName("importRunsDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda source: self.import_from(Path(source)))
        dialog.open()

    def zip_filter(self) -> str:
        return self.tr("Zip files (*.zip)")

    def import_from(self, source: Path) -> asyncio.Task[None]:
        async def bring_in() -> None:
            result = None
            try:
                result = await asyncio.to_thread(import_runs, source, self.session.outputs)
                await self.session.history.add_many(result.records)  # one transaction: all or none
            except Exception as error:  # the history could not take them: say so, keep running
                if result is not None:  # their copied files go too: nothing half-imported
                    await asyncio.to_thread(result.discard)
                self.problem.emit(self._not_imported(error))
                self.status.emit(self.tr("Nothing was imported from {file}").format(file=source.name))
                return
            count = len(result.records)
            self.status.emit(self.tr("Imported %n run(s) from {file}", "", count).format(file=source.name))
            if result.skipped:
                listed = "; ".join(result.skipped[:10]) + ("; …" if len(result.skipped) > 10 else "")
                self.problem.emit(
                    Problem(
                        self.tr("%n run(s) were not imported", "", len(result.skipped)),
                        self.tr("They are damaged: {list}").format(list=listed),
                    )
                )

        return self.queue(bring_in)

    def _not_imported(self, error: Exception) -> Problem:
        """Why an import failed, plainly: a file problem named, anything else logged."""
        if isinstance(error, UserError):
            return error.problem
        if isinstance(error, OSError):
            problem = explain(error)
            return Problem(problem.title, self.tr("{message} Nothing was imported.").format(message=problem.message))
        log.exception("The history could not take an import")
        return Problem(
            self.tr("The runs were not imported"),
            self.tr(
                "The history could not store these runs: one of them holds something it cannot keep. "
                "Nothing was imported. Details were written to the log file."
            ),
        )

    def _delete_all(self) -> None:
        async def everything() -> None:
            total = await self.session.history.count(Filter())
            records = await self.session.history.page(Filter(), 0, total)
            records = [r for r in records if self.live.by_record(r.id) is None]
            if records:
                self.undo.push(DeleteRuns(self, records))

        spawn(everything(), "delete all runs")
