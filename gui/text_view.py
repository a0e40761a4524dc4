"""Streamed text: appended as it arrives (cheap), rendered as Markdown once complete, with a
plain-text toggle, copy-all, a word count and a "Copy code" link under every code block."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


class TextView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputText")
        self.setAccessibleName("Output text")
        self.setOpenLinks(False)
        self.setPlaceholderText("The model's answer appears here.")
        self.anchorClicked.connect(self._clicked)
        self.markdown = True
        self.code_blocks: list[str] = []
        self._chunks: list[str] = []
        self._pending: list[str] = []
        self._flush_timer = QTimer(self, singleShot=True, interval=0, timeout=self.flush)

    def raw(self) -> str:
        self.flush()
        return "".join(self._chunks)

    def clear_text(self) -> None:
        self._chunks.clear()
        self._pending.clear()
        self.code_blocks.clear()
        self.clear()

    def append(self, text: str) -> None:
        """Queue text for the end; it is inserted once per event-loop turn, so a burst of
        thousands of tokens costs one layout, not thousands."""
        self._pending.append(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        if not self._pending:
            return
        text, self._pending = "".join(self._pending), []
        self._chunks.append(text)
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)  # appends without re-rendering what is already there
        if following:
            bar.setValue(bar.maximum())

    def finish(self) -> None:
        """The answer is complete: show it as Markdown (or plain text, as toggled)."""
        self.show_as(self.markdown)

    def show_as(self, markdown: bool) -> None:
        self.markdown = markdown
        raw = self.raw()
        if not raw:
            return
        if markdown:
            self.code_blocks = [block.rstrip("\n") for block in _FENCE.findall(raw)]
            counter = iter(range(len(self.code_blocks)))
            self.setMarkdown(_FENCE.sub(lambda m: f"{m.group(0)}\n\n[Copy code](copy:{next(counter)})\n", raw))
        else:
            self.setPlainText(raw)

    def word_count(self) -> int:
        return len(self.raw().split())

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.raw())

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            index = int(url.path() or url.toString().split(":", 1)[1])
            QGuiApplication.clipboard().setText(self.code_blocks[index])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
