"""The model picker: an editable list of favourite, recent and suggested models that also takes
any replicate.com address of a model, and searches as the user types plain words (the matches
listed under it; Enter or a click on one picks it)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model_ref import SUGGESTED_MODELS, ModelRef
from core.model_summary import ModelSummary

from .model_list_model import ModelListModel
from .model_row import ModelRowDelegate
from .plain_text import plain_label, set_plain


class ModelPicker(QWidget):
    """Emits `committed(text)` when the user picks a model or finishes typing one, `searched(words)`
    as plain words are typed, and `browse_requested` for the model browser."""

    committed = Signal(str)
    searched = Signal(str)
    browse_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("modelPicker")
        self.combo.setAccessibleName(self.tr("Model"))
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo box has one
        self.line: QLineEdit = line
        self.line.setPlaceholderText(self.tr("Search models, or paste a model's address"))
        self.line.setAccessibleName(self.tr("Model"))
        self.combo.setToolTip(
            self.tr(
                "Type what you want to do (“upscale photo”) to search Replicate's models, or a model's "
                "name (owner/name) or its replicate.com address"
            )
        )
        for described in (self.combo, self.line):
            described.setAccessibleDescription(self.combo.toolTip())
        self.matches = ModelListModel(None, self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        popup = self.completer.popup()
        assert popup is not None  # a completer makes its popup
        self.popup = popup
        popup.setObjectName("modelMatches")
        popup.setAccessibleName(self.tr("Matching models"))
        popup.setAccessibleDescription(self.tr("Enter or a click picks a model"))
        popup.setItemDelegate(ModelRowDelegate(popup))
        self.combo.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._match_chosen)  # type: ignore[index]
        self.browse = QToolButton(self)
        self.browse.setObjectName("browseModels")
        self.browse.setText(self.tr("Browse…"))
        self.browse.setToolTip(self.tr("Find a model by what it does, in collections and search (Ctrl+K)"))
        self.browse.setAccessibleName(self.tr("Browse models"))
        self.browse.setAccessibleDescription(self.browse.toolTip())
        self.browse.clicked.connect(self.browse_requested)
        self.favourites: list[str] = []
        self._matched = ""  # the words the matches listed answer
        self.set_models(recent)
        self.description = plain_label("", self)  # the model author's words
        self.description.setObjectName("modelDescription")
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Model description"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.description)
        self.combo.activated.connect(lambda _index: self._commit())
        self.line.editingFinished.connect(self._commit)
        self.line.returnPressed.connect(self._enter)
        self.line.textEdited.connect(self._edited)

    def focus_order(self) -> list[QWidget]:
        """Where Tab stops, in order (the composer chains them before the prompt)."""
        return [self.combo, self.browse]

    def text(self) -> str:
        return self.combo.currentText().strip()

    def set_text(self, text: str) -> None:
        self.combo.setEditText(text)
        if shiboken6.isValid(self.line) and not self.line.hasFocus():  # (focus lost as the window closes)
            self.line.setCursorPosition(0)  # a long name shows from its owner on, not its end

    def set_models(self, recent: list[str], favourites: list[str] | None = None) -> None:
        """The drop-down list: favourites first, then recent models, then the suggested ones."""
        if favourites is not None:
            self.favourites = favourites
        current = self.combo.currentText()
        names = list(dict.fromkeys([*self.favourites, *recent, *SUGGESTED_MODELS]))
        self.combo.blockSignals(True)
        self.combo.clear()
        for name in names:
            self.combo.addItem(("★ " if name in self.favourites else "") + name, name)
        self.combo.setEditText(current or names[0])
        self.combo.blockSignals(False)

    def show_matches(self, words: str, models: list[ModelSummary]) -> None:
        """Search results for `words`, listed under the picker while they are what it holds."""
        if words != " ".join(self.text().split()) or ModelRef.read(self.text()) is not None:
            return  # an answer to older words, or the user has since named a model
        self.matches.set_models(models)
        self._matched = words
        if models and self.line is not None and self.line.hasFocus():
            self.completer.complete()
        elif not models:
            self.popup.hide()

    def _edited(self, text: str) -> None:
        self.searched.emit("" if ModelRef.read(text) is not None else text)

    def _match_chosen(self, index: QModelIndex) -> None:
        model = self.matches.summary_at(index.row())
        if model is not None:
            self.set_text(model.target)
            self.committed.emit(model.target)

    def _enter(self) -> None:
        """Enter on words: the best match is the model (none highlighted, none picked, was a
        dead end: the form stayed the old model's)."""
        words = " ".join(self.text().split())
        if ModelRef.read(words) is None and words and words == self._matched and self.matches.rowCount() > 0:
            self.popup.hide()
            self._match_chosen(self.matches.index(0))

    def _commit(self) -> None:
        text = self.text()
        index = self.combo.currentIndex()
        named = self.combo.itemData(index) if index >= 0 and self.combo.itemText(index) == text else None
        if isinstance(named, str):  # a row of the list ("★ owner/name") names its model
            self.set_text(named)
            text = named
        if ModelRef.read(text) is not None:
            self.committed.emit(text)
        elif text and self.popup.isVisible():
            return  # words: the user picks among the matches
        elif text:
            self.searched.emit(text)

    def show_description(self, text: str) -> None:
        self.description.setProperty("problem", False)
        set_plain(self.description, text)
        self._restyle()

    def show_problem(self, text: str) -> None:
        self.description.setProperty("problem", True)
        set_plain(self.description, text)
        self._restyle()

    def says(self, problem: str) -> bool:
        """Whether this problem is what the picker shows under the model's name now."""
        return bool(self.description.property("problem")) and self.description.text() == problem

    def _restyle(self) -> None:
        self.description.style().unpolish(self.description)
        self.description.style().polish(self.description)
