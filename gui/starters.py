"""One-click first runs after the first sign-in: a language model and an image model, each with
a friendly prompt. The widget only says which was chosen (`chosen(model, prompt)`); the window
sets the model and the prompt, and runs it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_MODEL = "meta/meta-llama-3-8b-instruct"
IMAGE_MODEL = "stability-ai/sdxl"


@dataclass(frozen=True)
class Starter:
    name: str  # the button's object name
    model: str
    prompt: str
    label: str  # what the button says
    description: str  # what it does, for screen readers and the tooltip


class Starters(QWidget):
    """A button per starter; a click emits the starter's model and prompt."""

    chosen = Signal(str, str)  # model, prompt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starters")
        self.starters = (
            Starter(
                "textStarter",
                TEXT_MODEL,
                self.tr("Write a short, cheerful poem about a cat who loves rainy days."),
                self.tr("Ask a language model for a poem"),
                self.tr("Runs Meta's Llama 3 language model with a prompt asking for a short poem."),
            ),
            Starter(
                "imageStarter",
                IMAGE_MODEL,
                self.tr("a lighthouse at dusk, oil painting"),
                self.tr("Paint a picture with an image model"),
                self.tr("Runs Stability AI's SDXL image model with the prompt “a lighthouse at dusk, oil painting”."),
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for starter in self.starters:
            button = QPushButton(starter.label, self)
            button.setObjectName(starter.name)
            button.setAccessibleName(starter.label)
            button.setAccessibleDescription(starter.description)
            button.setToolTip(starter.description)
            button.clicked.connect(lambda _checked=False, s=starter: self.chosen.emit(s.model, s.prompt))
            self.buttons[starter.name] = button
            layout.addWidget(button)


class StartersDialog(QDialog):
    """Shown once after the first sign-in: try a first run, or close and start on one's own."""

    chosen = Signal(str, str)  # model, prompt

    def __init__(self, account_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startersDialog")
        self.setWindowTitle(self.tr("Try a first run"))
        self.setMinimumWidth(420)
        greeting = (
            self.tr("You are signed in as {name}.").format(name=account_name)
            if account_name
            else self.tr("You are signed in.")
        )
        intro = QLabel(
            greeting
            + " "
            + self.tr("Try a first run with one click (billed to your Replicate account, like every run):"),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the account's name comes from the server
        intro.setWordWrap(True)
        self.starters = Starters(self)
        self.starters.chosen.connect(self._chosen)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("startersClose")
        self.close_button.setAccessibleName(self.tr("Not now"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window without running anything."))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.starters)
        layout.addWidget(buttons)

    def _chosen(self, model: str, prompt: str) -> None:
        self.chosen.emit(model, prompt)
        self.accept()
