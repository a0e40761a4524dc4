"""The two dialogs that turn one prompt into several runs: compare models side by side, and
run several times (repeat, or one run per line of the prompt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.model_ref import ModelRef

MAX_COMPARED = 4
MAX_REPEAT = 50


class CompareDialog(QDialog):
    """2–4 models to send the prompt and its shared inputs to."""

    def __init__(self, current: str, known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare models"))
        self.setMinimumWidth(520)  # owner/name of a model is often 40 characters
        intro = QLabel(
            self.tr(
                "The prompt, and the inputs the models share, go to each model at once. "
                "Their answers show side by side."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.pickers: list[QComboBox] = []
        form = QFormLayout()
        choices = list(dict.fromkeys([current, *known]))
        for number in range(MAX_COMPARED):
            combo = QComboBox(self)
            combo.setObjectName(f"compareModel{number + 1}")
            combo.setEditable(True)
            combo.addItems([""] + choices)
            combo.setEditText(current if number == 0 else "")  # the others are the user's to choose
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("owner/name") if number < 2 else self.tr("owner/name (optional)"))
            label = self.tr("Model {number}").format(number=number + 1)
            combo.setAccessibleName(label)
            combo.setAccessibleDescription(
                self.tr("A model to send the prompt to (owner/name)")
                if number < 2
                else self.tr("Another model to compare, if you like (owner/name)")
            )
            form.addRow(label, combo)
            self.pickers.append(combo)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.problem.setProperty("role", "fieldError")  # in the error colour, as beside a field
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Run all"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def models(self) -> list[str]:
        names = [combo.currentText().strip() for combo in self.pickers]
        return list(dict.fromkeys(name for name in names if name))

    def _check(self) -> None:
        names = self.models()
        if len(names) < 2:
            self._say(self.tr("Choose at least two different models."))
            return
        for name in names:
            try:
                ModelRef.parse(name)
            except UserError as error:
                self._say(error.problem.message)
                return
        self.accept()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        self.adjustSize()  # grown for the message: the model rows keep their height


class BatchDialog(QDialog):
    """Repeat the run N times, or one run per line of the prompt."""

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Run several times"))
        lines = [line for line in prompt.splitlines() if line.strip()]
        self.repeat_choice = QRadioButton(self.tr("Repeat this run"), self)
        self.repeat_choice.setAccessibleName(self.tr("Repeat this run"))
        self.repeat_choice.setChecked(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("batchCount")
        self.count.setRange(2, MAX_REPEAT)
        self.count.setValue(4)
        self.count.setSuffix(self.tr(" times"))
        self.count.setAccessibleName(self.tr("How many times"))
        self.count.setAccessibleDescription(self.tr("How many runs to start, from 2 to {most}").format(most=MAX_REPEAT))
        note = QLabel(self.tr("Each run gets a new random seed where the model has one."), self)
        note.setWordWrap(True)
        count = len(lines)
        self.lines_choice = QRadioButton(
            translate("BatchDialog", "One run for each line of the prompt (%n line(s))", None, count), self
        )
        self.lines_choice.setAccessibleName(self.tr("One run for each line of the prompt"))
        self.lines_choice.setEnabled(len(lines) > 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Run"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.repeat_choice.toggled.connect(self.count.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.repeat_choice)
        layout.addWidget(self.count)
        layout.addWidget(note)
        layout.addWidget(self.lines_choice)
        layout.addWidget(buttons)

    def per_line(self) -> bool:
        return self.lines_choice.isChecked()
