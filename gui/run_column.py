"""The run column of the main window: model picker, prompt editor, input form, Run and
Cancel, and the message banner. The widgets become attributes of the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from .input_form import InputForm
from .model_picker import ModelPicker

if TYPE_CHECKING:
    from .main_window import MainWindow


def section_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionLabel")
    label.setBuddy(buddy)
    return label


def build_run_column(window: MainWindow) -> QWidget:
    window.picker = ModelPicker(window.settings.recent_models(), window)
    window.picker.committed.connect(window.resolve_model)
    window.prompt = QPlainTextEdit(window)
    window.prompt.setObjectName("promptEditor")
    window.prompt.setAccessibleName("Prompt")
    window.prompt.setPlaceholderText("Write your prompt here. Ctrl+Enter runs it.")
    window.prompt.setTabChangesFocus(True)
    window.form = InputForm(window)
    window.form.example_button.clicked.connect(window.fill_example)
    window.inputs_area = QScrollArea(window)
    window.inputs_area.setObjectName("inputsArea")
    window.inputs_area.setWidgetResizable(True)
    window.inputs_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    window.inputs_area.setFrameShape(QFrame.Shape.NoFrame)
    window.inputs_area.setWidget(window.form)
    window.run_button = QPushButton("Run", window)
    window.run_button.setObjectName("runButton")
    window.run_button.setAccessibleName("Run")
    window.run_button.setToolTip("Run the model (Ctrl+Enter)")
    window.run_button.clicked.connect(window.start_run)
    window.cancel_button = QPushButton("Cancel", window)
    window.cancel_button.setObjectName("cancelButton")
    window.cancel_button.setAccessibleName("Cancel")
    window.cancel_button.setToolTip("Stop the run on Replicate (Esc)")
    window.cancel_button.clicked.connect(window.cancel_run)
    window.message = QLabel(window)
    window.message.setObjectName("messageBanner")
    window.message.setAccessibleName("Message")
    window.message.setWordWrap(True)
    window.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.message.hide()
    options = QHBoxLayout()
    options.addStretch(1)
    options.addWidget(window.cancel_button)
    options.addWidget(window.run_button)
    left = QWidget(window)
    left_layout = QVBoxLayout(left)
    left_layout.addWidget(section_label("Model", window.picker.combo, window))
    left_layout.addWidget(window.picker)
    left_layout.addWidget(section_label("Prompt", window.prompt, window))
    left_layout.addWidget(window.prompt, 2)
    left_layout.addWidget(section_label("Inputs", window.form, window))
    left_layout.addWidget(window.inputs_area, 3)
    left_layout.addLayout(options)
    left_layout.addWidget(window.message)
    return left
