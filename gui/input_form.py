"""The input form of a model, built from its schema: one row a field (the prompt excepted,
which has the big editor), the rarely used ones folded under "Advanced"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from core.input_fields import FieldKind, InputField
from core.input_values import FormValues
from core.model_info import ModelInfo

from .field_widgets import (
    BoolEditor,
    ChoiceEditor,
    FieldEditor,
    JsonEditor,
    ListEditor,
    LongTextEditor,
    NumberEditor,
    TextEditor,
)
from .file_input import FileEditor
from .plain_text import plain_label, plain_tooltip, set_plain

EDITORS: dict[FieldKind, type[FieldEditor]] = {
    FieldKind.TEXT: TextEditor,
    FieldKind.SECRET: TextEditor,
    FieldKind.LONG_TEXT: LongTextEditor,
    FieldKind.INTEGER: NumberEditor,
    FieldKind.NUMBER: NumberEditor,
    FieldKind.BOOLEAN: BoolEditor,
    FieldKind.CHOICE: ChoiceEditor,
    FieldKind.FILE: FileEditor,
    FieldKind.LIST: ListEditor,
    FieldKind.JSON: JsonEditor,
}


def _local_path(value: object) -> bool:
    return (
        isinstance(value, str)
        and bool(value.strip())
        and "://" not in value
        and not (value.startswith(("data:", "replidesk:")))
    )


def describe_default(spec: InputField) -> str:
    if spec.random_seed:
        return "Random unless set"
    if not spec.has_default or spec.default is None:
        return "Required" if spec.required else "Optional"
    if spec.kind is FieldKind.SECRET or spec.default == "":
        return ""
    shown = str(spec.default)
    return f"Default: {shown[:60]}"


class InputForm(QWidget):
    """Shows and edits a FormValues; `edited` fires on every change the user makes."""

    edited = Signal()
    file_picked = Signal(object)  # a Path the user chose, dropped or typed in this session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputForm")
        self.values = FormValues(())
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.hidden_field: str | None = None
        self.main = QFormLayout()
        self.advanced = QFormLayout()
        self.advanced_box = QWidget(self)
        self.advanced_box.setLayout(self.advanced)
        self.advanced_box.hide()
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.toggled.connect(self.show_advanced)
        self.empty = QLabel("This model has no other inputs.", self)
        self.empty.setObjectName("formEmpty")
        self.reset_button = QPushButton("Reset", self)
        self.reset_button.setToolTip("Set every input back to the model's default")
        self.reset_button.setObjectName("resetInputsButton")
        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.example_button = QPushButton("Use example", self)
        self.example_button.setToolTip("Fill the inputs with the model's own example")
        self.example_button.setObjectName("exampleInputsButton")
        self.note = plain_label("", self)  # names fields from the model's example
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addLayout(self.main)
        layout.addWidget(self.empty)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced_box)
        layout.addStretch(1)

    # --- building --------------------------------------------------------------------------
    def clear_model(self) -> None:
        """No model: no fields (never the form of a model no longer chosen)."""
        self._remove_rows()
        self.values = FormValues(())
        self.hidden_field = None
        self.advanced_toggle.hide()
        self.empty.setText("Choose a model to see its inputs.")
        self.empty.show()
        self.example_button.setEnabled(False)
        self.note.hide()

    def _remove_rows(self) -> None:
        for layout in (self.main, self.advanced):
            while layout.rowCount():
                layout.removeRow(0)
        self.editors.clear()
        self.errors.clear()

    def set_model(self, info: ModelInfo, remembered: dict[str, Any] | None = None) -> None:
        """Rebuild for a model; the prompt field is left to the prompt editor."""
        self._remove_rows()
        self.empty.setText("This model has no other inputs.")
        self.hidden_field = info.prompt_field
        self.values = FormValues(info.fields)
        for name, value in (remembered or {}).items():
            self.values.set(name, value)
        folded = 0
        for spec in info.fields:
            if spec.name == self.hidden_field:
                continue
            target = self.advanced if spec.advanced else self.main
            folded += spec.advanced
            target.addRow(self._label(spec), self._row(spec))
        self.advanced_toggle.setText(f"Advanced ({folded})")
        self.advanced_toggle.setVisible(folded > 0)
        self.empty.setVisible(not self.editors)
        self.example_button.setEnabled(bool(info.example_input))
        self.note.hide()
        self.refresh()

    def _label(self, spec: InputField) -> QLabel:
        # Labels, help and tooltips are the model author's words: plain text only.
        label = plain_label(spec.label + (" *" if spec.required and not spec.has_default else ""), self)
        label.setToolTip(plain_tooltip(spec.description))
        return label

    def _row(self, spec: InputField) -> QWidget:
        row = QWidget(self)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        editor = EDITORS[spec.kind](spec, row)
        editor.edited.connect(lambda name=spec.name: self._edited(name))
        help_text = " · ".join(p for p in (describe_default(spec), spec.note or spec.description[:160]) if p)
        hint = plain_label(help_text, row)
        hint.setObjectName("fieldHelp")
        hint.setWordWrap(True)
        hint.setToolTip(plain_tooltip(spec.description))
        error = plain_label("", row)
        error.setObjectName(f"error_{spec.name}")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(editor)
        column.addWidget(hint)
        column.addWidget(error)
        self.editors[spec.name] = editor
        self.errors[spec.name] = error
        return row

    # --- values ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show every field's value (set, else its default)."""
        for name, editor in self.editors.items():
            editor.show_value(self.values.shown(name))

    def _edited(self, name: str) -> None:
        value = self.editors[name].value()
        if value is None:
            self.values.unset(name)
        else:
            self.values.set(name, value)
        spec = self.editors[name].spec
        if FieldKind.FILE in (spec.kind, spec.item_kind):
            for item in value if isinstance(value, list) else [value]:
                if _local_path(item):
                    self.file_picked.emit(Path(item.strip()))
        self._mark(name, None)
        self.edited.emit()

    def set_value(self, name: str, value: Any) -> None:
        self.values.set(name, value)
        if name in self.editors:
            self.editors[name].show_value(value)

    def reset_to_defaults(self) -> None:
        self.values.reset()
        self.show_problems({})
        self.note.hide()
        self.refresh()
        self.edited.emit()

    def fill(self, given: dict[str, Any]) -> None:
        unknown = self.values.fill(given)
        self.show_problems({})
        self.refresh()
        self.note.setVisible(bool(unknown))
        self.note.setText(
            "The example also sets " + ", ".join(unknown) + ", which this version of the model does not have: left out."
            if unknown
            else ""
        )
        self.edited.emit()

    def show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- problems -------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        for name in self.editors:
            self._mark(name, problems.get(name))
        if any(self.editors[n].spec.advanced for n in problems if n in self.editors):
            self.advanced_toggle.setChecked(True)
        first = next((self.editors[n] for n in self.editors if n in problems), None)
        if first is not None:
            first.setFocus()

    def _mark(self, name: str, problem: str | None) -> None:
        editor, error = self.editors[name], self.errors[name]
        editor.setProperty("invalid", bool(problem))
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        set_plain(error, problem or "")
        error.setVisible(bool(problem))
