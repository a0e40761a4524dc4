"""Import from Replicate: the runs already on the user's account, listed a page at a time (more as
the list is scrolled, or with Load more), imported all or the selected, their files saved at once.
Replicate deletes an API run's outputs an hour after it runs: the list says which are gone, and
the summary says which runs came in with their inputs only."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.account_import import ImportReport, import_predictions
from core.account_runs import AccountRun, AccountRuns
from core.errors import explain
from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.run_events import RunStatus
from core.session import Session

from .plain_text import elide, plain_label, plain_tooltip, set_plain
from .tasks import spawn

RunRole = Qt.ItemDataRole.UserRole + 1  # the row's AccountRun
EXPIRED = str(QT_TRANSLATE_NOOP("AccountRunsModel", "outputs deleted by Replicate"))  # English, as a source
ModelIndex = QModelIndex | QPersistentModelIndex


class AccountRunsModel(QAbstractTableModel):
    """The listed runs, one row each: model, when, status, what it has, whether it is here already."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("AccountRunsModel", "Model")),
        str(QT_TRANSLATE_NOOP("AccountRunsModel", "When")),
        str(QT_TRANSLATE_NOOP("AccountRunsModel", "Status")),
        str(QT_TRANSLATE_NOOP("AccountRunsModel", "Outputs")),
        str(QT_TRANSLATE_NOOP("AccountRunsModel", "In your history")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[AccountRun] = []
        self.known: set[str] = set()  # prediction ids the history has

    def add(self, runs: list[AccountRun], known: set[str]) -> None:
        if not runs:
            return
        self.known |= known
        self.beginInsertRows(QModelIndex(), len(self.runs), len(self.runs) + len(runs) - 1)
        self.runs.extend(runs)
        self.endInsertRows()

    def mark_known(self, ids: list[str]) -> None:
        self.known.update(ids)
        if self.runs:
            column = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self.runs) - 1, column))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AccountRunsModel", self.COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.runs):
            return None
        run = self.runs[index.row()]
        if role == RunRole:
            return run
        if role == Qt.ItemDataRole.DisplayRole:  # plain text: item views never read it as markup
            return self._cell(run, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            lines = [run.model, self.tr("Prediction {id}").format(id=run.id)]
            if run.deployment:
                lines.append(self.tr("Deployment: {name}").format(name=run.deployment))
            return plain_tooltip("\n".join(lines))
        return None

    def _cell(self, run: AccountRun, column: int) -> str:
        if column == 0:
            return elide(run.model or self.tr("(unknown model)"), 80)
        if column == 1:
            return when(run.created_at)
        if column == 2:
            return status_label(run.status)
        if column == 3:
            return outputs_text(run)
        return self.tr("yes") if run.id in self.known else ""


def when(created_at: float | None, now: float | None = None) -> str:
    """A recent time as how long ago (the hour that matters here), an older one as a date."""
    if created_at is None:
        return QCoreApplication.translate("AccountRunsModel", "unknown")
    ago = (now if now is not None else time.time()) - created_at
    if 0 <= ago < 60:
        return QCoreApplication.translate("AccountRunsModel", "just now")
    if 0 <= ago < 3600:
        minutes = int(ago // 60)
        return QCoreApplication.translate("AccountRunsModel", "{minutes} min ago").format(minutes=minutes)
    if 0 <= ago < 86_400:
        hours = int(ago // 3600)
        return QCoreApplication.translate("AccountRunsModel", "{hours} h ago").format(hours=hours)
    moment = QDateTime.fromSecsSinceEpoch(int(created_at))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def status_label(status: str) -> str:
    """Replicate's word for a status in the app's own (`succeeded`: Done)."""
    try:
        return RunStatus.from_api(status).label
    except ValueError:
        return status.capitalize() or QCoreApplication.translate("AccountRunsModel", "Unknown")


def outputs_text(run: AccountRun) -> str:
    if run.data_removed:
        return QCoreApplication.translate("AccountRunsModel", EXPIRED)
    if not run.finished:
        return QCoreApplication.translate("AccountRunsModel", "still running")
    count = run.file_count
    if run.has_text and count:
        return translate("AccountRunsModel", "text and %n file(s)", None, count)
    if count:
        return translate("AccountRunsModel", "%n file(s)", None, count)
    if run.has_text:
        return QCoreApplication.translate("AccountRunsModel", "text")
    return QCoreApplication.translate("AccountRunsModel", "none")


class AccountImportDialog(QDialog):
    """Opened with open(); emits `imported(count)` once an import ends (stopped ones too), so the
    window can refresh its run list."""

    imported = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importFromReplicate")
        self.setWindowTitle(self.tr("Import from Replicate"))
        self.session = session
        self.account = AccountRuns(session.replicate)
        self.report: ImportReport | None = None  # the last import's, once one started
        self._loading: asyncio.Task[None] | None = None
        self._importing: asyncio.Task[str] | None = None
        self._opened = False
        self._load_failed = False  # Load more then reads "Try again"
        self.intro = plain_label(
            self.tr(
                "Your runs on Replicate, newest first. Replicate deletes the outputs of runs made through its API "
                "an hour after they run, so import recent runs soon to keep their files."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = AccountRunsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("accountRuns")
        self.view.setAccessibleName(self.tr("Runs on your Replicate account"))
        self.view.setAccessibleDescription(
            self.tr("Select runs to import them, or import all listed; scroll down for older runs")
        )
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((135, 80, 200, 110), start=1):  # fixed: no measuring every row
            header.resizeSection(column, width)
        self.status = plain_label("", self)
        self.status.setObjectName("accountImportStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("accountImportProgress")
        self.progress.hide()
        self.load_more_button = self._button("loadMoreButton", self.tr("Load more"), self.load_more)
        self.load_more_button.setAccessibleDescription(self.tr("Lists older runs from your Replicate account"))
        self.import_selected_button = self._button(
            "importSelectedButton", self.tr("Import selected"), self.import_selected
        )
        self.import_selected_button.setAccessibleDescription(
            self.tr("Imports the selected runs into your history, with their files")
        )
        self.import_all_button = self._button("importAllButton", self.tr("Import all listed"), self.import_all)
        self.import_all_button.setAccessibleDescription(
            self.tr("Imports every run listed into your history, with their files")
        )
        self.close_button = self._button("closeButton", self.tr("Close"), self.reject)
        self._layout()
        self.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._update_buttons()
        self.resize(820, 520)

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_more_button)
        buttons.addStretch(1)
        for button in (self.import_selected_button, self.import_all_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:  # the first page as soon as the dialog shows
            self._opened = True
            self.load_more()

    # --- listing -------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading is not None and not self._loading.done()

    @property
    def importing(self) -> bool:
        return self._importing is not None and not self._importing.done()

    def load_more(self) -> None:
        if self.loading or not self.account.more:
            return
        self._loading = spawn(self._load(), "list the account's runs", owner=self)
        self._update_buttons()

    def _scrolled(self, value: int) -> None:
        if value >= self.view.verticalScrollBar().maximum() > 0:
            self.load_more()  # the end of the list is in sight: the next page

    async def _load(self) -> None:
        set_plain(self.status, self.tr("Loading your runs from Replicate…"))
        try:
            page = await self.account.next_page()
            known = await self.session.history.prediction_ids([run.id for run in page])
        except Exception as error:  # offline, a refused token, a broken answer: said in place
            self._load_failed = True
            if shiboken6.isValid(self):
                problem = explain(error)
                set_plain(
                    self.status, self.tr("{title}. {message}").format(title=problem.title, message=problem.message)
                )
                self._update_buttons(finished_loading=True)
            return
        if not shiboken6.isValid(self):
            return
        self._load_failed = False
        self.model.add(page, known)
        set_plain(self.status, self._listed_text())
        self._update_buttons(finished_loading=True)

    def _listed_text(self) -> str:
        count = len(self.model.runs)
        if not count:
            return self.tr("There are no runs on your Replicate account yet.")
        gone = sum(1 for run in self.model.runs if run.data_removed)
        text = (
            translate(
                "AccountImportDialog",
                "%n run(s) listed, {gone} of them older than an hour (their outputs are already deleted).",
                None,
                count,
            ).format(gone=gone)
            if gone
            else translate("AccountImportDialog", "%n run(s) listed.", None, count)
        )
        if self.account.capped:
            text += " " + self.tr("Only the newest {count} are listed here.").format(count=count)
        elif self.account.more:
            text += " " + self.tr("Scroll down or press Load more for older runs.")
        return text

    # --- importing -----------------------------------------------------------------------
    def import_all(self) -> None:
        self._start(list(self.model.runs))

    def import_selected(self) -> None:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        self._start([self.model.runs[row] for row in rows])

    def _start(self, runs: list[AccountRun]) -> None:
        if self.importing or not runs:
            return
        report = self.report = ImportReport()
        self.progress.setRange(0, len(runs))
        self.progress.setValue(0)
        self.progress.show()
        count = len(runs)
        set_plain(self.status, translate("AccountImportDialog", "Importing %n run(s)…", None, count))
        task = self._importing = spawn(self._import(runs, report), "import runs from Replicate", owner=self)
        # Told when the task ends, however it ends: a stop may come before the task first runs.
        task.add_done_callback(lambda ended: self._ended(report, ended))
        self._update_buttons()

    async def _import(self, runs: list[AccountRun], report: ImportReport) -> str:
        """What to say before the summary: nothing, or why the import stopped."""
        session = self.session
        try:
            await import_predictions(
                runs, session.history, session.downloader, session.replicate, report, self._progress
            )
        except Exception as error:  # the history could not be written (a full disk…): said in place
            problem = explain(error)
            said = self.tr("The import stopped: {title}. {message}")
            return said.format(title=problem.title, message=problem.message) + " "
        return ""

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            said = translate("AccountImportDialog", "Importing… {done} of %n run(s) saved.", None, total)
            set_plain(self.status, said.format(done=done))

    def _ended(self, report: ImportReport, task: asyncio.Task[str]) -> None:
        if not shiboken6.isValid(self):
            return  # deleted with its window: no one is left to tell
        self.progress.hide()
        self.model.mark_known(report.imported + report.already_there)
        stopped = task.cancelled() or task.exception()
        ended = self.tr("The import was stopped.") + " " if stopped else task.result()
        set_plain(self.status, ended + report.summary())
        self._update_buttons()
        self.imported.emit(len(report.imported))

    def reject(self) -> None:
        """Close, or Stop while an import runs: the runs imported so far stay in the history."""
        if self.importing and self._importing is not None:
            self._importing.cancel()
            return
        super().reject()

    def _update_buttons(self, finished_loading: bool = False) -> None:
        loading = self.loading and not finished_loading
        importing = self.importing
        self.load_more_button.setEnabled(self.account.more and not loading and not importing)
        self.load_more_button.setText(self.tr("Try again") if self._load_failed else self.tr("Load more"))
        selected = self.view.selectionModel().hasSelection()
        self.import_selected_button.setEnabled(selected and not importing)
        self.import_all_button.setEnabled(bool(self.model.runs) and not importing)
        self.close_button.setText(self.tr("Stop import") if importing else self.tr("Close"))
