"""The run list: every run, live ones first in time, with search, filters, and what can be
done with the selected runs. Selecting a run shows it; the composer stays as it is."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.history import Filter, RunRecord
from core.run_events import RunStatus

from .run_list_model import THUMBNAIL, RecordRole, RunListModel
from .tasks import every

STATUSES: tuple[tuple[str, tuple[RunStatus, ...]], ...] = (
    ("Any status", ()),
    ("Done", (RunStatus.SUCCEEDED,)),
    ("Failed", (RunStatus.FAILED,)),
    ("Canceled", (RunStatus.CANCELED,)),
    ("Queued or running", (RunStatus.QUEUED, RunStatus.STARTING, RunStatus.PROCESSING)),
)


class RunListPanel(QWidget):
    filter_changed = Signal(object)  # a core.history.Filter
    current_changed = Signal(object)  # the RunRecord selected, or None

    def __init__(self, model: RunListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText("Search prompts, answers, models")
        self.search.setClearButtonEnabled(True)
        self.models = QComboBox(self)
        self.models.setObjectName("historyModelFilter")
        self.models.addItem("All models", "")
        self.statuses = QComboBox(self)
        self.statuses.setObjectName("historyStatusFilter")
        for label, statuses in STATUSES:
            self.statuses.addItem(label, statuses)
        self.favourites = QToolButton(self)
        self.favourites.setObjectName("historyFavourites")
        self.favourites.setText("★")
        self.favourites.setToolTip("Only favourites")
        self.favourites.setCheckable(True)
        self.list = QListView(self)
        self.list.setObjectName("runList")
        self.list.setAccessibleName("Runs")
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.open_button = QPushButton("Use inputs", self)
        self.open_button.setObjectName("historyOpen")
        self.open_button.setToolTip("Put this run's model, prompt and inputs in the composer, to change and run again")
        self.rerun_button = QPushButton("Run again", self)
        self.rerun_button.setObjectName("historyRerun")
        self.rerun_button.setToolTip("A new run with the same inputs")
        self.star_button = QPushButton("★", self)
        self.star_button.setObjectName("historyStar")
        self.star_button.setToolTip("Favourite")
        self.more = QToolButton(self)
        self.more.setObjectName("historyMore")
        self.more.setText("More")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.more.setMenu(self.menu)
        self._debounce = every(self, 200, self._emit_filter, single=True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.models.activated.connect(lambda _i: self._emit_filter())
        self.statuses.activated.connect(lambda _i: self._emit_filter())
        self.favourites.toggled.connect(lambda _on: self._emit_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.models, 1)
        filters.addWidget(self.statuses, 1)
        filters.addWidget(self.favourites)
        actions = QHBoxLayout()
        for widget in (self.open_button, self.rerun_button, self.star_button, self.more):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._current(current))
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self._kept: int | None = None

    def current_filter(self) -> Filter:
        return Filter(
            self.search.text(),
            self.models.currentData() or "",
            tuple(self.statuses.currentData() or ()),
            self.favourites.isChecked(),
        )

    def current(self) -> RunRecord | None:
        index = self.list.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_run(self, run_id: int | None) -> bool:
        """Make a run the current one (and so the one shown); False when it is not listed."""
        row = self.model.row_of(run_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def clear_current(self) -> None:
        self.list.selectionModel().clear()
        self.current_changed.emit(None)

    def _current(self, index: object) -> None:
        if self._kept is None:  # not while a reload puts the same run back
            self.current_changed.emit(self.current())

    def _remember_current(self) -> None:
        record = self.current()
        self._kept = record.id if record is not None else -1

    def _restore_current(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and kept >= 0:
            row = self.model.row_of(kept)
            if row is not None:
                self._kept = kept  # the same run: nothing new to show
                self.list.setCurrentIndex(self.model.index(row))
                self._kept = None

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def set_models(self, names: list[str]) -> None:
        chosen = self.models.currentData()
        self.models.clear()
        self.models.addItem("All models", "")
        for name in names:
            self.models.addItem(name, name)
        self.models.setCurrentIndex(max(0, self.models.findData(chosen)))

    def selected(self) -> list[RunRecord]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.index(row).data(RecordRole) for row in rows]
