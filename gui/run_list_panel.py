"""The history sidebar: search, filters, the list of runs, and what can be done with them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
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

from core.history import Filter

from .history_model import THUMBNAIL, HistoryModel, RecordRole

STATUSES = (
    ("Any status", ""),
    ("Done", "succeeded"),
    ("Failed", "failed"),
    ("Canceled", "canceled"),
    ("Still running", "processing"),
)


class HistoryPanel(QWidget):
    filter_changed = Signal(object)  # a core.history.Filter

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
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
        for label, value in STATUSES:
            self.statuses.addItem(label, value)
        self.favourites = QToolButton(self)
        self.favourites.setObjectName("historyFavourites")
        self.favourites.setText("★")
        self.favourites.setToolTip("Only favourites")
        self.favourites.setCheckable(True)
        self.list = QListView(self)
        self.list.setObjectName("historyList")
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.open_button = QPushButton("Open", self)
        self.open_button.setObjectName("historyOpen")
        self.open_button.setToolTip("Open this run: its outputs, and its inputs to change and run again")
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
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self._emit_filter)
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

    def current_filter(self) -> Filter:
        return Filter(
            self.search.text(),
            self.models.currentData() or "",
            self.statuses.currentData() or "",
            self.favourites.isChecked(),
        )

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def set_models(self, names: list[str]) -> None:
        chosen = self.models.currentData()
        self.models.clear()
        self.models.addItem("All models", "")
        for name in names:
            self.models.addItem(name, name)
        self.models.setCurrentIndex(max(0, self.models.findData(chosen)))

    def selected(self) -> list:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.index(row).data(RecordRole) for row in rows]
