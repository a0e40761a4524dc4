"""Text that came from outside (model output, schemas and descriptions written by model authors,
server error details, imported files) shown as text and nothing more.

Qt guesses that a string is rich text when its first line holds a tag, and rich text loads what
`<img src=…>` names, local files included. So every such string goes to a label with the plain
text format, or into rich text (tooltips, app-made HTML) only once escaped.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

TOOLTIP_CHARS = 800  # a tooltip is a hint: a whole schema essay would cover the screen
ELLIPSIS = "…"
ZERO_WIDTH_SPACE = "\u200b"
BREAK_AFTER = re.compile(r"([/?&#=.\-_)\]])")  # where a long web address may wrap


def elide(text: str, limit: int) -> str:
    """At most `limit` characters, the cut marked with an ellipsis."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    set_plain(label, text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def as_html(text: str) -> str:
    """Outside text made safe to put inside rich text the app writes itself."""
    return html.escape(text).replace("\n", "<br>")


def plain_tooltip(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """A tooltip showing `text` literally. Tooltips have no plain-text switch: the text is escaped
    and wrapped in a paragraph, so Qt takes it for (harmless) rich text and wraps long lines."""
    if not text.strip():
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(elide(text.strip(), limit))}</p>"


def breakable(text: str) -> str:
    """Long words (web addresses) given places to wrap, so a help line never widens the form."""
    return " ".join(
        BREAK_AFTER.sub(r"\1" + ZERO_WIDTH_SPACE, word) if len(word) > 24 else word for word in text.split(" ")
    )


class ElidedLabel(QLabel):
    """One line of plain text (a model's name) that keeps its width while there is room and
    gives way to a narrow pane with "…" where it is cut, never mid-letter. text() stays whole:
    the tooltip is the owner's to set, with the whole name."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def shown_text(self) -> str:
        """What is painted: the whole text, or its middle cut (an owner/name keeps both ends)."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
