"""The composer: what the next run will be (model, prompt, inputs), Run and Cancel, and its own
problems. It is independent of the run shown beside it: showing a run never changes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    label = QLabel(text, parent)
    label.setObjectName("sectionLabel")
    label.setBuddy(buddy)
    return label


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
        self.prompt = QPlainTextEdit(self)
        self.prompt.setObjectName("promptEditor")
        self.prompt.setAccessibleName("Prompt")
        self.prompt.setPlaceholderText("Write your prompt here. Ctrl+Enter runs it.")
        self.prompt.setTabChangesFocus(True)
        self.thread_bar = QFrame(self)
        self.thread_bar.setObjectName("conversationBar")
        self.thread_label = QLabel(self.thread_bar)
        self.thread_label.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_label.setWordWrap(True)
        self.new_thread_button = QPushButton("New conversation", self.thread_bar)
        self.new_thread_button.setObjectName("newConversationButton")
        self.new_thread_button.setToolTip("Start a fresh conversation (Ctrl+N)")
        self.new_thread_button.clicked.connect(lambda: self.new_conversation.emit())
        bar = QHBoxLayout(self.thread_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.thread_label, 1)
        bar.addWidget(self.new_thread_button)
        self.thread_bar.hide()
        self.form = InputForm(self)
        self.form.example_button.clicked.connect(lambda: self.fill_example())
        self.inputs_area = QScrollArea(self)
        self.inputs_area.setObjectName("inputsArea")
        self.inputs_area.setAccessibleName("Inputs")
        self.inputs_area.setWidgetResizable(True)
        self.inputs_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs_area.setFrameShape(QFrame.Shape.NoFrame)
        self.inputs_area.setWidget(self.form)
        self.run_button = QPushButton("Run", self)
        self.run_button.setObjectName("runButton")
        self.run_button.setAccessibleName("Run")
        self.run_button.setToolTip("Run the model (Ctrl+Enter); runs already going carry on")
        self.run_button.clicked.connect(lambda: self.run_requested.emit())
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.setToolTip("Stop the run shown on Replicate (Esc)")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit())
        self.banner = ProblemBanner("messageBanner", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_label("&Model", self.picker.combo, self))
        layout.addWidget(self.picker)
        self.prompt_label = section_label("&Prompt", self.prompt, self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.thread_bar)
        layout.addWidget(self.prompt, 2)
        layout.addWidget(section_label("&Inputs", self.form, self))
        layout.addWidget(self.inputs_area, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self.setTabOrder(self.picker.combo, self.prompt)
        self.setTabOrder(self.prompt, self.form)

    # --- what the next run will be -----------------------------------------------------
    def state(self) -> ComposerState:
        named = self.picker.text()
        info = self.info if self.info is not None and _names(self.info, named) else None
        return ComposerState(named, self.prompt.toPlainText(), self.form.values.copy(), info, self.follow_up)

    def show_looking_up(self, name: str) -> None:
        self.picker.show_description("Looking up the model…")

    def show_model(self, info: ModelInfo, remembered: dict[str, Any]) -> None:
        """Rebuild the inputs for a model (the prompt editor keeps what the user wrote)."""
        self.info = info
        self.form.set_model(info, remembered)
        self.picker.show_description(info.description or "(This model has no description.)")
        has_prompt = info.prompt_field is not None
        self.prompt.setVisible(has_prompt)
        self.prompt_label.setVisible(has_prompt)
        field = info.field(info.prompt_field) if info.prompt_field else None
        self.prompt.setPlaceholderText(
            "Write your prompt here. Ctrl+Enter runs it."
            if info.prompt_required or field is None
            else f"{field.label} (optional). Ctrl+Enter runs."
        )
        self.hide_problem()

    def show_model_problem(self, problem: Problem) -> None:
        """The model named could not be looked up: no form of another model stays behind."""
        self.info = None
        self.form.clear_model()
        self.picker.show_problem(problem.message)

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
        self.form.fill(info.example_input)
        if info.prompt_field and isinstance(info.example_input.get(info.prompt_field), str):
            self.prompt.setPlainText(info.example_input[info.prompt_field])

    def remembered_inputs(self) -> tuple[str, dict[str, Any]] | None:
        """What to keep of the current model's inputs for next time (never secrets)."""
        return (self.info.ref.slug, self.form.values.remembered()) if self.info is not None else None

    # --- conversations -----------------------------------------------------------------
    def set_follow_up(self, record: RunRecord | None) -> None:
        """The turn Run replies to (None: Run starts a new conversation)."""
        self.follow_up = record
        if record is None:
            self.thread_bar.hide()
            return
        start = " ".join(record.prompt.split())
        start = start[:60] + ("…" if len(start) > 60 else "")
        self.thread_label.setText(f"Run replies in this conversation, after “{start}”.")
        self.thread_bar.show()

    # --- problems ----------------------------------------------------------------------
    def show_problem(self, problem: Problem) -> None:
        self.banner.show_problem(problem)

    def hide_problem(self) -> None:
        self.banner.clear()

    def show_field_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)

    def set_cancel_enabled(self, enabled: bool) -> None:
        self.cancel_button.setEnabled(enabled)


def _names(info: ModelInfo, text: str) -> bool:
    """Whether the picker's text names this model (the form shown belongs to it)."""
    try:
        return ModelRef.parse(text) == info.ref
    except UserError:
        return False
