"""The composer: what the next run will be (model, prompt, inputs), Run and Cancel, and its own
problems. It is independent of the run shown beside it: showing a run never changes it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.errors import Problem, UserError
from core.history import RunRecord
from core.input_values import SECRET_MASK, FormValues
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.prompt_text import prompt_start

from .input_form import InputForm
from .model_picker import ModelPicker
from .problem_banner import ProblemBanner


@dataclass(frozen=True)
class ComposerState:
    """A snapshot of the composer when Run is pressed: later edits never reach that run."""

    model_text: str
    prompt: str
    values: FormValues
    info: ModelInfo | None  # the model shown, when it is the one named
    follow_up: RunRecord | None  # the conversation turn this run replies to


def section_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)  # translated by the caller
    label.setObjectName("sectionLabel")
    label.setBuddy(buddy)
    return label


PASTE_SLICE = 100_000  # characters of a big paste inserted per turn of the event loop (~15 ms)


class PromptEditor(QPlainTextEdit):
    """The prompt box. A big paste goes in by slices, one per turn of the event loop: Qt's own
    paste inserts it in one go, through a copy (a 10 MB text held the window for 1–2 s). While
    it goes in, the box is read-only, and whatever reads the prompt gets it whole (the rest is
    inserted at once); it stays one step of Undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pasting: QTextCursor | None = None
        self._text = ""  # the paste going in, and how far it is in
        self._at = 0
        self._next = QTimer(self, singleShot=True, interval=0)
        self._next.timeout.connect(lambda: self._insert(PASTE_SLICE))

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if len(text) <= PASTE_SLICE:
            super().insertFromMimeData(source)
            return
        self.finish_paste()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text[:PASTE_SLICE])  # replaces the selection, as a paste does
        cursor.endEditBlock()
        self._pasting, self._text, self._at = cursor, text, PASTE_SLICE
        self.setReadOnly(True)
        self._next.start()

    def _insert(self, count: int) -> None:
        cursor = self._pasting
        if cursor is None:
            return
        cursor.joinPreviousEditBlock()
        cursor.insertText(self._text[self._at : self._at + count])
        cursor.endEditBlock()
        self._at += count
        if self._at < len(self._text):
            self._next.start()
            return
        self._stop_paste()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _stop_paste(self) -> None:
        self._next.stop()
        self._pasting, self._text, self._at = None, "", 0
        self.setReadOnly(False)

    def pasting(self) -> bool:
        return self._pasting is not None

    def finish_paste(self) -> None:
        """The rest of a paste going in, inserted now (Run, or anything else, reads the whole)."""
        if self._pasting is not None:
            self._insert(len(self._text) - self._at)

    def toPlainText(self) -> str:
        self.finish_paste()
        return super().toPlainText()

    def setPlainText(self, text: str) -> None:
        self._stop_paste()  # replaced: the rest of a paste has nowhere to go
        super().setPlainText(text)

    def clear(self) -> None:
        self._stop_paste()
        super().clear()


class Composer(QWidget):
    run_requested = Signal()
    cancel_requested = Signal()
    model_committed = Signal(str)
    new_conversation = Signal()

    def __init__(self, recent_models: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.info: ModelInfo | None = None
        self.follow_up: RunRecord | None = None
        self.picker = ModelPicker(recent_models, self)
        self.picker.committed.connect(self.model_committed)
        self.prompt = PromptEditor(self)
        self.prompt.setObjectName("promptEditor")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.setAccessibleDescription(self.tr("What you ask the model. Ctrl+Enter runs it."))
        self.prompt.setPlaceholderText(self.tr("Write your prompt here. Ctrl+Enter runs it."))
        self.prompt.setTabChangesFocus(True)
        self.prompt.textChanged.connect(self._prompt_changed)
        self.thread_bar = QFrame(self)
        self.thread_bar.setObjectName("conversationBar")
        self.thread_label = QLabel(self.thread_bar)
        self.thread_label.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_label.setWordWrap(True)
        self.new_thread_button = QPushButton(self.tr("New conversation"), self.thread_bar)
        self.new_thread_button.setObjectName("newConversationButton")
        self.new_thread_button.setToolTip(self.tr("Start a fresh conversation (Ctrl+N)"))
        self.new_thread_button.setAccessibleName(self.tr("New conversation"))
        self.new_thread_button.setAccessibleDescription(self.tr("Start a fresh conversation (Ctrl+N)"))
        self.new_thread_button.clicked.connect(lambda: self.new_conversation.emit())
        bar = QHBoxLayout(self.thread_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.thread_label, 1)
        bar.addWidget(self.new_thread_button)
        self.thread_bar.hide()
        self.form = InputForm(self)
        self._fields_told = False
        self.form.edited.connect(self._form_edited)
        self.form.example_button.clicked.connect(lambda: self.fill_example())
        self.form.prompt_text = self.prompt.toPlainText
        self.form.set_prompt_text = self.set_prompt
        self.inputs_area = QScrollArea(self)
        self.inputs_area.setObjectName("inputsArea")
        self.inputs_area.setAccessibleName(self.tr("Inputs"))
        self.inputs_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.inputs_area.setWidgetResizable(True)
        self.inputs_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs_area.setFrameShape(QFrame.Shape.NoFrame)
        self.inputs_area.setWidget(self.form)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setAccessibleName(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run the model (Ctrl+Enter); runs already going carry on"))
        self.run_button.setAccessibleDescription(self.run_button.toolTip())
        self.run_button.clicked.connect(lambda: self.run_requested.emit())
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the run shown on Replicate (Esc)"))
        self.cancel_button.setAccessibleDescription(self.cancel_button.toolTip())
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit())
        self.banner = ProblemBanner("messageBanner", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_label(self.tr("&Model"), self.picker.combo, self))
        layout.addWidget(self.picker)
        self.prompt_label = section_label(self.tr("&Prompt"), self.prompt, self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.thread_bar)
        layout.addWidget(self.prompt, 2)
        self.inputs_label = section_label(self.tr("&Inputs"), self.form, self)
        layout.addWidget(self.inputs_label)
        layout.addWidget(self.inputs_area, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self.order_tabs()

    def order_tabs(self) -> None:
        """Tab goes model → prompt → inputs → Run, before anything else in the window (fields
        made later would otherwise come last, after the history)."""
        chain = [
            *self.picker.focus_order(),
            self.prompt,
            self.new_thread_button,
            *self.form.focus_order(),
            self.run_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        first_input = next(iter(self.form.focus_order()[3:]), self.form)
        self.inputs_label.setBuddy(first_input)  # Alt+I goes to the first input

    # --- what the next run will be -----------------------------------------------------
    def state(self) -> ComposerState:
        named = self.picker.text()
        info = self.info if self.info is not None and _names(self.info, named) else None
        return ComposerState(named, self.prompt.toPlainText(), self.form.values.copy(), info, self.follow_up)

    def show_looking_up(self, name: str) -> None:
        self.picker.show_description(self.tr("Looking up the model…"))

    def show_model(self, info: ModelInfo, remembered: dict[str, Any]) -> None:
        """Rebuild the inputs for a model (the prompt editor keeps what the user wrote)."""
        self.info = info
        self.form.set_model(info, remembered)
        self.picker.show_description(info.description or self.tr("(This model has no description.)"))
        has_prompt = info.prompt_field is not None
        # No prompt box for a model that takes none: the form gets its room.
        self.prompt.setVisible(has_prompt)
        self.prompt_label.setVisible(has_prompt)
        self.prompt.setPlaceholderText(
            self.tr("Write your prompt here. Ctrl+Enter runs it.")
            if info.prompt_required or not info.prompt_label
            else self.tr("{field} (optional). Ctrl+Enter runs.").format(field=info.prompt_label)
        )
        self.order_tabs()
        self.hide_problem()

    def show_model_problem(self, problem: Problem) -> None:
        """The model named could not be looked up: no form of another model stays behind."""
        self.info = None
        self.form.clear_model()
        self.order_tabs()
        self.picker.show_problem(problem.message)

    def refuse_empty_prompt(self) -> bool:
        """Compare and Run several times send the prompt as it is: an empty one is said before
        their dialog is filled in for nothing (a chat question sent empties the box)."""
        try:
            if self.info is not None:
                self.info.require_prompt(self.prompt.toPlainText())
        except UserError as error:
            self.show_problem(error.problem)
            self.prompt.setFocus()
            return True
        return False

    def show_signed_out(self) -> None:
        """No token yet: a model's inputs are looked up once signed in (Replicate asks for it)."""
        if self.info is None:
            self.form.clear_model(self.tr("Sign in to see this model's inputs."))

    def focus_model(self, *_args: object) -> None:
        """Ctrl+L: the model's name selected, so that typing replaces it."""
        combo = self.picker.combo
        combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if (edit := combo.lineEdit()) is not None:
            edit.selectAll()

    def set_model_text(self, text: str) -> None:
        self.picker.set_text(text)

    def load(self, model: str, prompt: str, inputs: dict[str, Any], info: ModelInfo | None) -> None:
        """Take a past run's model, prompt and inputs to change and run again."""
        self.picker.set_text(model)
        self.prompt.setPlainText(prompt)
        if info is not None:  # a masked secret comes back empty: it is typed again, never sent as "[secret]"
            kept = {k: v for k, v in inputs.items() if k != info.prompt_field and v != SECRET_MASK}
            self.show_model(info, kept)

    def fill_example(self) -> None:
        info = self.info
        if info is None or not info.example_input:
            return
        example = info.example_input.get(info.prompt_field) if info.prompt_field else None
        # One undoable change: the form's Undo (or Ctrl+Z in the form) brings back both.
        self.form.fill(info.example_input, example if isinstance(example, str) else None)
        self.inputs_area.verticalScrollBar().setValue(0)  # its Undo, at the top, in sight

    def set_prompt(self, text: str) -> None:
        """Replace the prompt as one edit of its own undo history (setPlainText would erase it)."""
        if self._holds(text):
            return
        cursor = QTextCursor(self.prompt.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def _holds(self, text: str) -> bool:
        """Whether the prompt is `text`, read whole only when its length allows it (a 10 MB
        prompt is not copied out of the editor to be compared with "")."""
        units = self.prompt.document().characterCount() - 1  # UTF-16 units, with a last separator
        if not len(text) <= units <= 2 * len(text):
            return False
        return text == self.prompt.toPlainText()

    def _prompt_changed(self) -> None:
        self.form.forget_undo()  # typed after "Use example": undoing it would lose the typing

    def remembered_inputs(self) -> tuple[str, dict[str, Any]] | None:
        """What to keep of the current model's inputs for next time: never secrets, the prompt,
        or a value over REMEMBERED_AT_MOST (the settings file is read and written whole, on the
        UI thread: a 10 MB prompt in it stalled every change of model for seconds)."""
        if self.info is None:
            return None
        prompt = self.info.prompt_field
        kept = self.form.values.remembered()
        return self.info.ref.slug, {name: v for name, v in kept.items() if name != prompt and _small(v)}

    # --- conversations -----------------------------------------------------------------
    def set_follow_up(self, record: RunRecord | None) -> None:
        """The turn Run replies to (None: Run starts a new conversation)."""
        self.follow_up = record
        if record is None:
            self.thread_bar.hide()
            return
        start = prompt_start(record.prompt, 60, "…")
        self.thread_label.setText(self.tr("Run replies in this conversation, after “{start}”.").format(start=start))
        self.thread_bar.show()

    # --- problems ----------------------------------------------------------------------
    def show_problem(self, problem: Problem) -> None:
        if self.picker.says(problem.message):  # said under the model box already: Run leads there
            self.banner.clear()
            self.focus_model()
            return
        self.banner.show_problem(problem)

    def hide_problem(self) -> None:
        self.banner.clear()
        self._fields_told = False

    def show_field_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)
        self._fields_told = True  # the banner sums them up until they are fixed

    def _form_edited(self) -> None:
        if self._fields_told and not self.form.has_problems():
            self.hide_problem()  # every field fixed (typed, Reset, Use example): nothing left to tell

    def set_cancel_enabled(self, enabled: bool) -> None:
        self.cancel_button.setEnabled(enabled)


def _names(info: ModelInfo, text: str) -> bool:
    """Whether the picker's text names this model (the form shown belongs to it)."""
    try:
        return ModelRef.parse(text) == info.ref
    except UserError:
        return False


REMEMBERED_AT_MOST = 10_000  # characters of one input's JSON kept in the settings


def _small(value: Any) -> bool:
    if isinstance(value, str):  # most are: measured without encoding the whole of it
        return len(value) <= REMEMBERED_AT_MOST
    try:
        return len(json.dumps(value, default=str)) <= REMEMBERED_AT_MOST
    except (TypeError, ValueError, RecursionError):
        return False
