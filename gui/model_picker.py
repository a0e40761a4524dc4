"""The model picker: an editable list of suggested and recent models, and what the chosen one is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QVBoxLayout, QWidget

from core.model_ref import SUGGESTED_MODELS

from .plain_text import plain_label, set_plain


class ModelPicker(QWidget):
    """Emits `committed(text)` when the user picks a model or finishes typing one."""

    committed = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("modelPicker")
        self.combo.setAccessibleName("Model")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.line = self.combo.lineEdit()
        assert self.line is not None  # an editable combo box has one
        self.line.setPlaceholderText("owner/name, e.g. meta/meta-llama-3-8b-instruct")
        self.combo.setToolTip("The Replicate model to run: owner/name or owner/name:version")
        self.set_models(recent)
        self.description = plain_label("", self)  # the model author's words
        self.description.setObjectName("modelDescription")
        self.description.setWordWrap(True)
        self.description.setAccessibleName("Model description")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        self.combo.activated.connect(lambda _index: self.committed.emit(self.text()))
        self.line.editingFinished.connect(lambda: self.committed.emit(self.text()))

    def text(self) -> str:
        return self.combo.currentText().strip()

    def set_text(self, text: str) -> None:
        self.combo.setEditText(text)

    def set_models(self, recent: list[str]) -> None:
        current = self.combo.currentText()
        names = list(dict.fromkeys([*recent, *SUGGESTED_MODELS]))
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setEditText(current or names[0])
        self.combo.blockSignals(False)

    def show_description(self, text: str) -> None:
        self.description.setProperty("problem", False)
        set_plain(self.description, text)
        self._restyle()

    def show_problem(self, text: str) -> None:
        self.description.setProperty("problem", True)
        set_plain(self.description, text)
        self._restyle()

    def _restyle(self) -> None:
        self.description.style().unpolish(self.description)
        self.description.style().polish(self.description)
