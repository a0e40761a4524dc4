"""The answer's text: streamed in as it arrives, rendered as Markdown once complete, with a
plain-text toggle, copy-all, a word count and a "Copy code" link under every code block.

Model output is untrusted:
- rendering loads nothing it names (`loadResource` answers empty for every URL: no local file,
  no network, no qrc:/data:), Markdown is rendered without HTML, image references become links,
  and a click opens only http(s) links, in the browser;
- rendering cost is linear and every event-loop turn short: text goes in a slice per turn, lines
  are cut into display blocks of bounded length (`raw()` keeps the exact text), Markdown renders
  chunk by chunk, and an answer over RICH_LIMIT is shown plain in a light view.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QTimer, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from .desktop_open import open_url
from .markdown_text import Chunk, count_words, markdown_chunks
from .plain_text import plain_label

RICH_LIMIT = 1_000_000  # chars: above, a plain view (rich layout keeps ~55 bytes a char: 1.1 GB for 20 MB)
DISPLAY_LINE = 4_096  # chars: longer lines are cut for display (an unbroken 16 K line lays out in ~45 ms)
PIECE = 4_096  # chars of plain text inserted at once in the rich view: ≤ 4 ms, ~18 ms for CJK
LONG_PIECE = 65_536  # in the plain view: ~4 ms; it lays out the last screenful after each insert
# and keeps those layouts, so small pieces would end up laying out everything (1.25 GB for 20 MB)
SYNC_LIMIT = 8_192  # chars: a shorter answer is rendered at once, within the call
TURN_BUDGET = 0.008  # seconds of inserting per event-loop turn; the rest of the turn is the window's
COUNT_STEP = 1 << 18  # chars whose words are counted per turn, ahead of word_count() (~1 ms)
FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
JOINT = "\u2063"  # opens every chunk after the first and is then removed: the chunk keeps its first block's format
WEB = ("http", "https")


class LongView(QWidget):
    """A plain view laid over the TextView for answers over RICH_LIMIT: QPlainTextEdit lays out
    little more than what is visible (20 MB: ~180 MB of memory instead of 1.1 GB)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = plain_label(self.tr("Long answer: shown as plain text."), self)
        self.note.setObjectName("longAnswerNote")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("outputTextLong")
        self.text.setAccessibleName(self.tr("Output text"))
        self.text.setAccessibleDescription(self.tr("The model's answer, as plain text"))
        self.text.setReadOnly(True)
        self.text.setUndoRedoEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)


class TextView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputText")
        self.setAccessibleName(self.tr("Output text"))
        self.setAccessibleDescription(self.tr("The model's answer"))
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("The model's answer appears here."))
        self.anchorClicked.connect(self._clicked)
        self.markdown = True
        self.code_blocks: list[str] = []
        self.long_view: LongView | None = None
        self._parts: list[str] = []  # the answer as appended; joined once when raw() is asked
        self._length = 0
        self._words = 0
        self._count_part = 0  # words are counted up to this part, at this offset
        self._count_at = 0
        self._in_word = False
        self._finished = False
        self._shown = "plain"  # what the display holds: "plain" (the raw text), "markdown" or "long"
        self._queue: deque[str] = deque()  # plain text still to insert; the first from offset _head
        self._head = 0
        self._chunks: Iterator[Chunk] | None = None  # Markdown still to render
        self._line = 0  # length of the display's last line, for cutting long lines
        self._follow = True  # keep the end in view while it grows
        self._restore: float | None = None  # a scroll position to come back to once rendered
        self._rerender = False
        self._pump_timer = QTimer(self, singleShot=True, interval=0)
        self._pump_timer.timeout.connect(self._pump)

    # --- what the model wrote ------------------------------------------------------------
    def raw(self) -> str:
        """The exact text, whatever the display shows."""
        if len(self._parts) > 1:
            counted = sum(map(len, self._parts[: self._count_part])) + self._count_at
            self._parts[:] = ["".join(self._parts)]
            self._count_part, self._count_at = 0, counted
        return self._parts[0] if self._parts else ""

    def word_count(self) -> int:
        self._count_some(self._length)
        return self._words

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.raw())

    def clear_text(self) -> None:
        self._stop()
        self._parts.clear()
        self._length = self._words = self._count_part = self._count_at = 0
        self._in_word = self._finished = False
        self._shown, self._line, self._follow = "plain", 0, True
        self.code_blocks.clear()
        self.clear()
        self._hide_long()

    # --- showing it ------------------------------------------------------------------------
    def append(self, text: str) -> None:
        """Queue text for the end; it is inserted over the next event-loop turns, a slice each."""
        if not text:
            return
        self._parts.append(text)
        self._length += len(text)
        if self._shown == "markdown":
            self._rerender = True  # complete and rendered already: render again, with this
        elif self._shown != "long" and self._length > RICH_LIMIT:
            self._render("long", follow=True)
            return
        else:
            self._queue.append(text)
        if not self._pump_timer.isActive():
            self._pump_timer.start()

    def flush(self) -> None:
        """Show what is queued now, as far as one turn's budget goes; the rest follows."""
        self._pump()

    def pending(self) -> bool:
        """Whether the display is still catching up with the text."""
        return bool(self._queue) or self._chunks is not None or self._rerender

    def finish(self) -> None:
        """The answer is complete: show it as Markdown (or plain text, as toggled)."""
        self._finished = True
        shown = self.long_view.text if self._shown == "long" and self.long_view is not None else self
        if shown.document().isEmpty():
            self._follow = False  # all of it at once (a run reopened): keep its start in view
        self.show_as(self.markdown)

    def show_as(self, markdown: bool) -> None:
        """Markdown or plain text; while the answer streams in, it is plain until finish()."""
        self.markdown = markdown
        if self.long_view is not None:
            self.long_view.note.setVisible(markdown)
        if self._finished and (self._wanted() != self._shown or self._rerender):
            bar = self._shown_widget().verticalScrollBar()
            # Where the reader was, as a share of the whole: the formatted text comes back there.
            self._restore = bar.value() / bar.maximum() if bar.maximum() and bar.value() else None
            self._render(self._wanted(), follow=False)

    def _shown_widget(self) -> QTextBrowser | QPlainTextEdit:
        return self.long_view.text if self._shown == "long" and self.long_view is not None else self

    def _wanted(self) -> str:
        return "long" if self._length > RICH_LIMIT else "markdown" if self.markdown else "plain"

    def _render(self, kind: str, follow: bool) -> None:
        self._stop()
        self._shown, self._line, self._follow = kind, 0, follow
        self.clear()
        if kind == "long":
            view = self._show_long()
            view.text.clear()
            self._queue.append(self.raw())
        else:
            self._hide_long()
            if kind == "markdown":
                self.code_blocks.clear()
                self._chunks = markdown_chunks(self.raw(), self.code_blocks)
            else:
                self._queue.append(self.raw())
        if self._length <= SYNC_LIMIT:
            self._pump(budget=1.0)  # all of it, now: a short answer is complete when finish() returns
        else:  # clearing a big document costs its own turn (~25 ms for 1 MB)
            self._pump_timer.start()

    def _stop(self) -> None:
        self._pump_timer.stop()
        self._queue.clear()
        self._head = 0
        self._chunks = None
        self._rerender = False

    def _pump(self, budget: float = TURN_BUDGET) -> None:
        if self._rerender:
            self._render(self._wanted(), follow=False)
            return
        widget: QTextBrowser | QPlainTextEdit = self
        piece = PIECE
        if self._shown == "long" and self.long_view is not None:
            widget, piece = self.long_view.text, LONG_PIECE
        bar = widget.verticalScrollBar()
        following = self._follow and bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(widget.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        deadline = time.perf_counter() + budget
        while time.perf_counter() < deadline:
            if self._queue:
                cursor.insertText(self._wrap(self._take(piece)), QTextCharFormat())
            elif self._chunks is not None:
                chunk = next(self._chunks, None)
                if chunk is None:
                    self._chunks = None
                else:
                    self._insert(cursor, chunk)
            else:
                break
        if following:
            bar.setValue(bar.maximum())
        self._count_some(COUNT_STEP)
        if self.pending():
            self._pump_timer.start()
        elif self._restore is not None:
            bar.setValue(round(self._restore * bar.maximum()))
            self._restore = None

    def _take(self, limit: int) -> str:
        taken: list[str] = []
        size = 0
        while self._queue and size < limit:
            head = self._queue[0]
            piece = head[self._head : self._head + limit - size]
            taken.append(piece)
            size += len(piece)
            self._head += len(piece)
            if self._head >= len(head):
                self._queue.popleft()
                self._head = 0
        return "".join(taken)

    def _wrap(self, text: str) -> str:
        """Lines over DISPLAY_LINE are cut (for display only), at a space when one is near."""
        if "\n" not in text and self._line + len(text) <= DISPLAY_LINE:
            self._line += len(text)
            return text
        out: list[str] = []
        for number, segment in enumerate(text.split("\n")):
            if number:
                out.append("\n")
                self._line = 0
            while self._line + len(segment) > DISPLAY_LINE:
                room = DISPLAY_LINE - self._line
                cut = segment.rfind(" ", room // 2, room) + 1 or room
                out += [segment[:cut], "\n"]
                segment, self._line = segment[cut:], 0
            out.append(segment)
            self._line += len(segment)
        return "".join(out)

    def _insert(self, cursor: QTextCursor, chunk: Chunk) -> None:
        empty = cursor.document().isEmpty()
        if chunk.markdown is None:  # would render slowly: shown as it is, in slices
            if not empty:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._line = 0
            self._queue.append(chunk.raw)
        elif empty:
            cursor.insertMarkdown(chunk.markdown, FEATURES)
        else:
            # A fragment's first block merges into the block at the cursor and loses its own
            # format (a heading, a code line): a throwaway first paragraph takes that role.
            at = cursor.position()
            cursor.insertMarkdown(JOINT + "\n\n" + chunk.markdown, FEATURES)
            joint = QTextCursor(cursor.document())
            joint.setPosition(at)
            joint.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            if joint.selectedText() == JOINT:
                joint.removeSelectedText()

    def _count_some(self, limit: int) -> None:
        while limit > 0 and self._count_part < len(self._parts):
            part = self._parts[self._count_part]
            whole = self._count_at == 0 and len(part) <= limit
            piece = part if whole else part[self._count_at : self._count_at + limit]
            if piece:
                self._words += count_words(piece) - int(self._in_word and not piece[0].isspace())
                self._in_word = not piece[-1].isspace()
            self._count_at += len(piece)
            limit -= len(piece)
            if self._count_at >= len(part):
                self._count_part, self._count_at = self._count_part + 1, 0

    # --- the plain view for long answers ----------------------------------------------------
    def _show_long(self) -> LongView:
        if self.long_view is None:
            self.long_view = LongView(self)
        self.long_view.note.setVisible(self.markdown)
        self.long_view.setGeometry(self.rect())
        self.long_view.raise_()
        self.long_view.show()
        self.setFocusProxy(self.long_view.text)
        return self.long_view

    def _hide_long(self) -> None:
        if self.long_view is not None and self.long_view.isVisibleTo(self):
            self.long_view.hide()
            self.long_view.text.clear()
            self.setFocusProxy(None)  # type: ignore[arg-type]  # None is how Qt removes it

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.long_view is not None:
            self.long_view.setGeometry(self.rect())

    # --- nothing outside the answer -------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> QByteArray:
        """Nothing is loaded, whatever the URL. (An empty QByteArray: returning None would
        make QTextDocument load the file itself.)"""
        return QByteArray()

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            index = url.path() or url.toString().split(":", 1)[1]
            if index.isdigit() and int(index) < len(self.code_blocks):
                QGuiApplication.clipboard().setText(self.code_blocks[int(index)])
        elif url.scheme() in WEB and url.host():
            open_url(url, self)
