"""A problem shown where it belongs (the composer's, or one run's): a bold title over the
message, both plain text, since messages carry server and model text (`<tensor>` must show)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.errors import Problem


class ProblemBanner(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "problem")
        self.setAccessibleName(self.tr("Message"))
        self.problem: Problem | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Problem"))
        self.message.setAccessibleName(self.tr("What to do"))
        for label in (self.title, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        self.hide()

    def show_problem(self, problem: Problem) -> None:
        self.problem = problem
        self.title.setText(problem.title)
        self.message.setText(problem.message)
        self.setAccessibleDescription(
            self.tr("{title}. {message}").format(title=problem.title, message=problem.message)
        )
        self.title.setAccessibleDescription(problem.title)
        self.message.setAccessibleDescription(problem.message)
        self.show()

    def clear(self) -> None:
        self.problem = None
        self.hide()

    def text(self) -> str:
        return f"{self.title.text()}\n{self.message.text()}" if self.problem else ""
