"""The first start's welcome: what Replicate is, who pays for runs, and that Replidesk is not
Replicate's. It heads the token dialog (gui/token_dialog.py) when no token is found anywhere,
so the newcomer reads it and signs in on one page."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core import APP_NAME


class WelcomeIntro(QWidget):
    """The welcome's words, in plain labels: nothing here comes from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeIntro")
        self.heading = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME), self)
        self.heading.setObjectName("welcomeHeading")
        bigger = QFont(self.heading.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
        bigger.setBold(True)
        self.heading.setFont(bigger)
        self.body = QLabel(
            self.tr(
                "{app} runs AI models for you: write a prompt, press Run, and get text, images or "
                "sound back. The models run on Replicate, a service that runs AI models in the cloud, "
                "so your computer needs no special hardware."
            ).format(app=APP_NAME),
            self,
        )
        self.billing = QLabel(
            self.tr(
                "Runs are billed to your own Replicate account, at Replicate's prices: {app} has no "
                "account or fees of its own. {app} is not made by Replicate."
            ).format(app=APP_NAME),
            self,
        )
        self.billing.setObjectName("welcomeBilling")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        for label in (self.heading, self.body, self.billing):
            label.setWordWrap(True)
            layout.addWidget(label)

    def text(self) -> str:
        """Everything the welcome says (for tests and screen readers)."""
        return "\n".join(label.text() for label in (self.heading, self.body, self.billing))
