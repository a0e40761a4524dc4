"""The input form of a model, built from its schema: one row a field (the prompt excepted,
which has the big editor), each with its help in full; the rarely used ones folded under
"More options". "Use example" and "Reset" can be undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from core.input_fields import FieldKind, InputField, elide_words, help_text
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
from .plain_text import breakable, plain_label, plain_tooltip, set_plain

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
HELP_CHARS = 600  # longer help is cut at a word, with "…", and shown whole in its tooltip


def _local_path(value: object) -> bool:
    return (
        isinstance(value, str)
        and bool(value.strip())
        and "://" not in value
        and not (value.startswith(("data:", "replidesk:")))
    )


class FormChange(QUndoCommand):
    """A change of many values at once ("Use example", "Reset"); undo brings back the values,
    the prompt and the note as they were."""

    def __init__(self, form: InputForm, text: str, after: tuple[dict[str, Any], str | None, str]) -> None:
        super().__init__(text)
        self.form = form
        self.before = form.snapshot(with_prompt=after[1] is not None)
        self.after = after

    def redo(self) -> None:
        self.form.restore(*self.after)

    def undo(self) -> None:
        self.form.restore(*self.before)


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
        self.helps: dict[str, QLabel] = {}
        self.hidden_field: str | None = None
        # The prompt lives in the composer's editor: the composer lends its text to "Use example".
        self.prompt_text: Callable[[], str] | None = None
        self.set_prompt_text: Callable[[str], None] | None = None
        self._restoring = False
        self.undo_stack = QUndoStack(self)
        self.main = QFormLayout()
        self.advanced = QFormLayout()
        for rows in (self.main, self.advanced):
            # A field that does not fit beside its label goes under it (a narrow column, a long
            # label, German), rather than under the scroll bar.
            rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.advanced_box = QWidget(self)
        self.advanced_box.setLayout(self.advanced)
        self.advanced.setContentsMargins(0, 0, 0, 0)  # aligned with the fields above
        self.advanced_box.hide()
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAccessibleDescription(
            self.tr("Shows or hides the settings most runs leave as they are")
        )
        self.advanced_toggle.toggled.connect(self.show_advanced)
        self.empty = plain_label(self.tr("This model has no other inputs."), self)
        self.empty.setObjectName("formEmpty")
        self.reset_button = self._button(
            "resetInputsButton", self.tr("Reset"), self.tr("Set every input back to the model's default")
        )
        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.example_button = self._button(
            "exampleInputsButton",
            self.tr("Use example"),
            self.tr("Fill the inputs and the prompt with the model's own example"),
        )
        self.undo_button = self._button("undoFormButton", self.tr("Undo"), "")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        # Only while the focus is in the form: text boxes keep their own Ctrl+Z.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.addAction(self.undo_action)
        self.undo_stack.indexChanged.connect(lambda _index: self._offer_undo())
        self.note = plain_label("", self)  # names fields from the model's example
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.undo_button)
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
        self._offer_undo()
        self.clear_model()  # until a model is looked up

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        return button

    # --- building --------------------------------------------------------------------------
    def clear_model(self, why: str = "") -> None:
        """No model: no fields (never the form of a model no longer chosen), and `why`."""
        self._remove_rows()
        self.values = FormValues(())
        self.hidden_field = None
        self.advanced_toggle.hide()
        self.empty.setText(why or self.tr("Choose a model to see its inputs."))
        self.empty.show()
        self.reset_button.setEnabled(False)
        self.example_button.setEnabled(False)
        self.note.hide()

    def _remove_rows(self) -> None:
        for layout in (self.main, self.advanced):
            while layout.rowCount():
                layout.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        self.helps.clear()
        self.undo_stack.clear()  # its values belong to the model shown before

    def set_model(self, info: ModelInfo, remembered: dict[str, Any] | None = None) -> None:
        """Rebuild for a model; the prompt field is left to the prompt editor."""
        self._remove_rows()
        self.empty.setText(self.tr("This model has no other inputs."))
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
            row = self._row(spec)
            target.addRow(self._label(spec, self.editors[spec.name]), row)
        self.advanced_toggle.setText(self.tr("More options (%n)", "", folded))
        self.advanced_toggle.setAccessibleName(self.tr("More options (%n)", "", folded))
        self.advanced_toggle.setVisible(folded > 0)
        self.empty.setVisible(not self.editors)
        self.reset_button.setEnabled(bool(self.editors))
        self.example_button.setEnabled(bool(info.example_input))
        self.note.hide()
        self.refresh()
        for name in self.editors:  # a remembered value the model no longer allows is told at once
            self._mark(name, self._live_problem(name))

    def _label(self, spec: InputField, editor: FieldEditor) -> QLabel:
        # Labels, help and tooltips are the model author's words: plain text only.
        label = plain_label(spec.label + (" *" if spec.required and not spec.has_default else ""), self)
        label.setToolTip(plain_tooltip(spec.description, limit=max(len(spec.description), 1)))
        parts = editor.focus_widgets()
        if parts:
            label.setBuddy(parts[-1] if isinstance(editor, NumberEditor) else parts[0])
        return label

    def _row(self, spec: InputField) -> QWidget:
        row = QWidget(self)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        editor = EDITORS[spec.kind](spec, row)
        editor.edited.connect(lambda name=spec.name: self._edited(name))
        whole = help_text(spec)
        hint = plain_label(breakable(elide_words(whole, HELP_CHARS)), row)
        hint.setObjectName("fieldHelp")  # styled by app.qss
        hint.setWordWrap(True)
        hint.setToolTip(plain_tooltip(whole, limit=max(len(whole), 1)))  # the whole help, always
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
        self.helps[spec.name] = hint
        return row

    def focus_order(self) -> list[QWidget]:
        """The form's focusable parts in the order shown: the buttons, the fields, then the
        folded ones after their toggle."""
        main = [w for n, e in self.editors.items() if not e.spec.advanced for w in e.focus_widgets()]
        folded = [w for n, e in self.editors.items() if e.spec.advanced for w in e.focus_widgets()]
        buttons: list[QWidget] = [self.reset_button, self.example_button, self.undo_button]
        return [*buttons, *main, self.advanced_toggle, *folded]

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
        self._mark(name, self._live_problem(name))
        self.forget_undo()
        self.edited.emit()

    def _live_problem(self, name: str) -> str | None:
        """A number out of its bounds is told as it is typed (it is kept, and Run refuses it)."""
        if self.editors[name].spec.kind not in (FieldKind.INTEGER, FieldKind.NUMBER):
            return None
        return self.values.problem(name)

    def set_value(self, name: str, value: Any) -> None:
        self.values.set(name, value)
        if name in self.editors:
            self.editors[name].show_value(value)

    def reset_to_defaults(self) -> None:
        self.undo_stack.push(FormChange(self, self.tr("Reset"), ({}, None, "")))
        self.edited.emit()

    def fill(self, given: dict[str, Any], prompt: str | None = None) -> None:
        """Set exactly the given input (a model's example), and the prompt when given; undoable."""
        trial = FormValues(tuple(self.values.fields.values()))
        unknown = trial.fill(given)
        note = (
            self.tr("The example also sets {names}, which this version of the model does not have: left out.").format(
                names=", ".join(unknown)
            )
            if unknown
            else ""
        )
        self.undo_stack.push(FormChange(self, self.tr("Use example"), (dict(trial.values), prompt, note)))
        self.edited.emit()

    # --- undo -----------------------------------------------------------------------------
    def snapshot(self, with_prompt: bool) -> tuple[dict[str, Any], str | None, str]:
        prompt = self.prompt_text() if with_prompt and self.prompt_text is not None else None
        return dict(self.values.values), prompt, self.note.text() if self.note.isVisibleTo(self) else ""

    def restore(self, values: dict[str, Any], prompt: str | None, note: str) -> None:
        self._restoring = True
        try:
            self.values.values = dict(values)
            self.show_problems({})
            self.refresh()
            for name in self.editors:  # a value brought back out of range is told again
                self._mark(name, self._live_problem(name))
            set_plain(self.note, note)
            self.note.setVisible(bool(note))
            if prompt is not None and self.set_prompt_text is not None:
                self.set_prompt_text(prompt)
        finally:
            self._restoring = False

    def forget_undo(self) -> None:
        """The user changed something since: undoing now would throw that away, so it ends."""
        if not self._restoring:
            self.undo_stack.clear()

    def _offer_undo(self) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the form is being deleted
            return
        can = self.undo_stack.canUndo()
        self.undo_button.setVisible(can)
        self.undo_action.setEnabled(can)
        if can:
            text = self.undo_stack.undoText()
            tip = self.tr("Bring back what “{change}” replaced ({keys})").format(
                change=text, keys=self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.undo_button.setText(self.tr("Undo “{change}”").format(change=text))
            self.undo_button.setAccessibleName(self.undo_button.text())
            self.undo_button.setToolTip(tip)
            self.undo_button.setAccessibleDescription(tip)

    def show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- problems -------------------------------------------------------------------------
    def has_problems(self) -> bool:
        """Whether a field still shows a problem."""
        return any(not error.isHidden() for error in self.errors.values())

    def show_problems(self, problems: dict[str, str]) -> None:
        for name in self.editors:
            self._mark(name, problems.get(name))
        if any(self.editors[n].spec.advanced for n in problems if n in self.editors):
            self.advanced_toggle.setChecked(True)
        first = next((self.editors[n] for n in self.editors if n in problems), None)
        if first is not None:
            parts = first.focus_widgets()
            (parts[-1] if isinstance(first, NumberEditor) else parts[0] if parts else first).setFocus()

    def _mark(self, name: str, problem: str | None) -> None:
        editor, error = self.editors[name], self.errors[name]
        editor.setProperty("invalid", bool(problem))
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        set_plain(error, problem or "")
        error.setVisible(bool(problem))
