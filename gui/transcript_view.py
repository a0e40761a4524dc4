"""Text a model returned inside a JSON object (a transcript, a caption): shown to read, in a
read-only box that wraps, with Copy and Save as (.txt, and .srt subtitles when its pieces carry
times). The object itself stays one click away (Show details: the tree, Copy as JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from core.transcript import Transcript, to_srt, to_txt

from .file_views import ValueView
from .image_grid import FlowLayout
from .save_dialogs import ask_save_file
from .saving import save_or_tell

MIN_LINES, MAX_LINES = 3, 14  # the box's height in lines: a caption stays small, a long text scrolls inside


def write_transcript(transcript: Transcript, path: Path) -> None:
    """As subtitles when the name ends with .srt (and the pieces have times), else as text."""
    srt = path.suffix.lower() == ".srt" and transcript.timed
    path.write_text(to_srt(transcript.segments) if srt else to_txt(transcript), encoding="utf-8")


class _TextBox(QPlainTextEdit):
    """Read-only, wrapped; as tall as its text needs, within MIN_LINES..MAX_LINES."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(200, self.viewport().width())
        per_line = max(1, width // max(1, metrics.averageCharWidth()))
        text = self.toPlainText()
        lines = sum(1 + len(line) // per_line for line in text.splitlines()) or 1
        lines = max(MIN_LINES, min(MAX_LINES, lines))
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        return QSize(width, lines * metrics.lineSpacing() + extra)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, MIN_LINES * self.fontMetrics().lineSpacing())


class TranscriptView(QFrame):
    def __init__(self, transcript: Transcript, value: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.transcript = transcript
        self.value = value
        titles = {"transcript": self.tr("Transcript"), "caption": self.tr("Caption")}
        self.title = titles.get(transcript.kind, self.tr("Text"))
        heading = QLabel(self.title, self)
        heading.setObjectName("transcriptTitle")
        self.text = _TextBox(self)
        self.text.setObjectName("transcriptText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(to_txt(transcript).rstrip("\n"))  # plain text: nothing in it is markup
        self.text.setAccessibleName(self.title)
        self.text.setAccessibleDescription(self.tr("The text the model gave, to read, select and copy"))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        heading.setBuddy(self.text)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyTranscriptButton")
        self.copy_button.setAccessibleName(self.tr("Copy text"))
        self.copy_button.setToolTip(self.tr("Copy the whole text to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveTranscriptButton")
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.save_button.setToolTip(
            self.tr("Save the text as a .txt file, or as .srt subtitles")
            if transcript.timed
            else self.tr("Save the text as a .txt file")
        )
        self.save_button.clicked.connect(self.ask_where)
        self.details_button = QPushButton(self.tr("Show details"), self)
        self.details_button.setObjectName("transcriptDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show details"))
        self.details_button.setToolTip(self.tr("Everything the model returned, as fields and values"))
        self.details_button.toggled.connect(self.show_details)
        self.details = ValueView(value, self)
        self.details.hide()
        buttons = FlowLayout()
        for button in (self.copy_button, self.save_button, self.details_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.details)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def copy(self, *_args: object) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    def show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    def suggested_name(self) -> str:
        names = {"transcript": self.tr("transcript"), "caption": self.tr("caption")}
        return names.get(self.transcript.kind, self.tr("text")) + ".txt"

    def ask_where(self, *_args: object) -> QFileDialog:
        suffixes = [".txt", ".srt"] if self.transcript.timed else [".txt"]
        return ask_save_file(self, self.suggested_name(), self._chosen, suffixes, kind="document")

    def _chosen(self, path: Path, name_filter: str) -> None:
        # The type picked in the dialog wins over the suggested name's ("transcript.txt" saved
        # with the subtitles filter is subtitles); with "All files" the name's extension decides.
        wanted = ".srt" if "*.srt" in name_filter else ".txt" if "*.txt" in name_filter else None
        suffix = path.suffix.lower()
        if wanted is not None and suffix != wanted:
            path = path.with_suffix(wanted) if suffix in (".txt", ".srt") else path.with_name(path.name + wanted)
        elif wanted is None and suffix not in (".txt", ".srt"):
            path = path.with_name(path.name + ".txt")
        self.save_to(str(path))

    @asyncSlot(str)
    async def save_to(self, target: str) -> None:
        await save_or_tell(self, write_transcript, self.transcript, Path(target))
