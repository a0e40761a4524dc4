"""The prediction's logs, folded by default, with a progress bar driven by tqdm lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from core.progress import describe_time_left, parse_progress

from .plain_text import plain_label


class LogPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("logsToggle")
        self.toggle.setText(self.tr("Logs"))
        self.toggle.setAccessibleName(self.tr("Show logs"))
        self.toggle.setToolTip(self.tr("Show or hide what the model printed while it ran"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self.set_open)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("logProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMinimumWidth(60)
        self.progress.hide()
        self.time_left = plain_label("", self)  # worded from numbers in the model's logs
        self.time_left.setObjectName("timeLeft")
        self.time_left.setMinimumWidth(1)  # gives way in a narrow pane (its words come back with room)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("outputLogs")
        self.text.setAccessibleName(self.tr("Logs"))
        self.text.setReadOnly(True)
        self.text.setMaximumBlockCount(5000)
        self.text.hide()
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.progress, 1)
        row.addWidget(self.time_left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)

    def clear(self) -> None:
        self.text.clear()
        self.progress.hide()
        self.progress.setValue(0)
        self.time_left.clear()

    def ended(self) -> None:
        """The run is over: its progress is history (the steps stay in the logs)."""
        self.progress.hide()
        self.time_left.clear()

    def append(self, text: str) -> None:
        self.text.appendPlainText(text)
        found = parse_progress(text)
        if found is not None:
            self.progress.show()
            self.progress.setValue(found.percent)
            counted = self.tr("%p%  ({current}/{total})")
            self.progress.setFormat(counted.format(current=found.current, total=found.total))
            self.time_left.setText(describe_time_left(found.seconds_left) if found.percent < 100 else "")

    def set_open(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
