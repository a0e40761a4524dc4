"""The run list: every run, live ones first in time, with search, filters, and what can be
done with the selected runs. Selecting a run shows it; the composer stays as it is."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.history import Filter, RunRecord
from core.run_events import RunStatus

from .run_list_model import THUMBNAIL, RecordRole, RunListModel
from .tasks import every

GOING = (RunStatus.QUEUED, RunStatus.STARTING, RunStatus.PROCESSING)
SHOWN_SEARCH = 60  # chars of the search repeated in the "no runs match" note


class RunListPanel(QWidget):
    filter_changed = Signal(object)  # a core.history.Filter
    current_changed = Signal(object)  # the RunRecord selected, or None

    def __init__(self, model: RunListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search prompts, answers, models"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search runs"))
        self.search.setAccessibleDescription(self.tr("Finds runs by words in their prompt, answer or model"))
        self.models = QComboBox(self)
        self.models.setObjectName("historyModelFilter")
        self.models.addItem(self.tr("All models"), "")
        self.models.setAccessibleName(self.tr("Model filter"))
        self.models.setAccessibleDescription(self.tr("Lists only the runs of the model chosen"))
        self.models.setToolTip(self.tr("Show the runs of one model"))
        # One filter for what kind of runs to show: favourites read as a filter, beside the
        # statuses, not as a second ★ button like the one that marks a run.
        self.statuses = QComboBox(self)
        self.statuses.setObjectName("historyStatusFilter")
        shows: tuple[tuple[str, tuple[RunStatus, ...], bool], ...] = (
            (self.tr("All runs"), (), False),
            (self.tr("★ Favourites"), (), True),
            (self.tr("Done"), (RunStatus.SUCCEEDED,), False),
            (self.tr("Failed"), (RunStatus.FAILED,), False),
            (self.tr("Cancelled"), (RunStatus.CANCELED,), False),
            (self.tr("Queued or running"), GOING, False),
        )
        for label, statuses, favourites in shows:
            self.statuses.addItem(label, (statuses, favourites))
        self.statuses.setAccessibleName(self.tr("Show"))
        self.statuses.setAccessibleDescription(
            self.tr("Lists all runs, only favourites, or only runs that are done, failed, cancelled or going")
        )
        self.statuses.setToolTip(self.tr("Show all runs, your favourites, or runs by how they ended"))
        self.list = QListView(self)
        self.list.setObjectName("runList")
        self.list.setAccessibleName(self.tr("Runs"))
        self.list.setAccessibleDescription(
            self.tr("Your runs, newest first. Select one to show it; Delete removes the selected runs")
        )
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty_note = QWidget(self)
        self.empty_note.setObjectName("runListEmpty")
        self.empty_text = QLabel(self.empty_note)
        self.empty_text.setObjectName("runListEmptyText")
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)  # the search is shown as typed
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.clear_button = QPushButton(self.tr("Clear search and filters"), self.empty_note)
        self.clear_button.setObjectName("historyClearFilters")
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.setAccessibleDescription(self.tr("Lists every run again"))
        self.clear_button.clicked.connect(self.clear_filters)
        note_layout = QVBoxLayout(self.empty_note)
        note_layout.setContentsMargins(8, 16, 8, 8)
        note_layout.addWidget(self.empty_text)
        note_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        note_layout.addStretch(1)
        self.runs_area = QStackedWidget(self)
        self.runs_area.addWidget(self.list)
        self.runs_area.addWidget(self.empty_note)
        self.open_button = QPushButton(self.tr("Use inputs"), self)
        self.open_button.setObjectName("historyOpen")
        self.open_button.setToolTip(
            self.tr("Put this run's model, prompt and inputs in the composer, to change and run again")
        )
        self.open_button.setAccessibleDescription(self.open_button.toolTip())
        self.rerun_button = QPushButton(self.tr("Run again"), self)
        self.rerun_button.setObjectName("historyRerun")
        self.rerun_button.setToolTip(self.tr("A new run with the same inputs"))
        self.rerun_button.setAccessibleDescription(self.rerun_button.toolTip())
        self.star_button = QPushButton(self.tr("★ Favourite"), self)
        self.star_button.setObjectName("historyStar")
        self.star_button.setCheckable(True)  # checked: the selected run is a favourite
        self.star_button.setToolTip(self.tr("Mark the selected run as a favourite, or unmark it"))
        self.star_button.setAccessibleName(self.tr("Favourite"))
        self.star_button.setAccessibleDescription(self.star_button.toolTip())
        self.more = QToolButton(self)
        self.more.setObjectName("historyMore")
        self.more.setText(self.tr("More"))
        self.more.setToolTip(self.tr("Export, import and delete runs"))
        self.more.setAccessibleName(self.tr("More actions"))
        self.more.setAccessibleDescription(self.more.toolTip())
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.more.setMenu(self.menu)
        for button in (self.open_button, self.rerun_button):
            button.setAccessibleName(button.text())
        self._debounce = every(self, 200, self._emit_filter, single=True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.models.activated.connect(lambda _i: self._emit_filter())
        self.statuses.activated.connect(lambda _i: self._emit_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.models, 1)
        filters.addWidget(self.statuses, 1)
        actions = QGridLayout()  # two by two: each label whole in a narrow column
        for place, widget in enumerate((self.open_button, self.rerun_button, self.star_button, self.more)):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            actions.addWidget(widget, place // 2, place % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.runs_area, 1)
        layout.addLayout(actions)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._current(current))
        self._enable_run_actions(False)  # nothing selected yet
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            change.connect(self._update_note)
        self._kept: int | None = None
        self._update_note()

    def current_filter(self) -> Filter:
        statuses, favourites = self.statuses.currentData() or ((), False)
        return Filter(self.search.text(), self.models.currentData() or "", tuple(statuses), bool(favourites))

    def focus_search(self, *_args: object) -> None:
        """The history search takes the focus, its words selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self, *_args: object) -> None:
        """Every run listed again: no search words, all models, all runs."""
        self._debounce.stop()
        self.search.blockSignals(True)  # one reload below, not one more after the debounce
        self.search.clear()
        self.search.blockSignals(False)
        self.models.setCurrentIndex(0)
        self.statuses.setCurrentIndex(0)
        self._emit_filter()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_note(self, *_args: object) -> None:
        """An empty list says why: nothing matches (with a way back), or no run yet."""
        if self.model.rowCount() > 0:
            self.runs_area.setCurrentWidget(self.list)
            return
        where = self.model.filter
        words = " ".join(where.text.split())
        if len(words) > SHOWN_SEARCH:
            words = words[: SHOWN_SEARCH - 1] + "…"
        filtered = bool(where.model or where.statuses or where.favourites)
        if words and filtered:
            text = self.tr("No runs match “{words}” with the filters chosen.").format(words=words)
        elif words:
            text = self.tr("No runs match “{words}”.").format(words=words)
        elif filtered:
            text = self.tr("No runs match the filters chosen.")
        else:
            text = self.tr("No runs yet. Pick a model, write a prompt and press Run: your runs are listed here.")
        self.empty_text.setText(text)
        self.clear_button.setVisible(bool(words) or filtered)
        self.runs_area.setCurrentWidget(self.empty_note)
        self._enable_run_actions(False)

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
        record = self.current()
        self.star_button.setChecked(bool(record is not None and record.favourite))
        self._enable_run_actions(record is not None)
        if self._kept is None:  # not while a reload puts the same run back
            self.current_changed.emit(record)

    def _enable_run_actions(self, enabled: bool) -> None:
        for button in (self.open_button, self.rerun_button, self.star_button):
            button.setEnabled(enabled)  # they act on the selected run: none, nothing to do

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
        self.models.addItem(self.tr("All models"), "")
        for name in names:
            self.models.addItem(name, name)
        self.models.setCurrentIndex(max(0, self.models.findData(chosen)))

    def selected(self) -> list[RunRecord]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.index(row).data(RecordRole) for row in rows]
