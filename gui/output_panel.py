"""One run's outputs: the answer's text, then every other output in the view that fits it
(images in a grid, sound, video, other files, text found in values, values), a download progress
bar, metrics and the logs. The outputs scroll vertically only: each card fits the pane's width.
Fed live by `apply(update)`, or at once from the history by `show_record`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from core.download_state import plain_size
from core.downloads import media_type_of
from core.history import RunRecord
from core.run_events import (
    Downloading,
    FileReady,
    Finished,
    LogAppended,
    OutputValue,
    RunUpdate,
    TextAppended,
)
from core.transcript import find_transcript

from .file_views import FileCard, ValueView
from .flow_layout import FlowLayout
from .image_grid import ALL_MADE, ImageGrid
from .image_view import ImageCard, ImageSlot, decode
from .log_pane import LogPane
from .markdown_text import count_words
from .save_dialogs import ask_folder, ask_save_file
from .saving import copy_file
from .tasks import spawn
from .text_view import TextView
from .transcript_view import TranscriptView

PROGRESS_STEPS = 1000  # QProgressBar takes 32-bit ints: byte counts (2 GiB and more) are scaled


class OutputPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runOutput")
        self.setAccessibleName(self.tr("Output"))
        self.files: list[Path] = []
        self._taken: set[Path] = set()  # shown or arriving: a 1,000-file run is not searched for each
        self._arriving: list[FileReady] = []  # shown in the order they came, each decoded off the UI thread
        self._showing_files = False
        self._counting = False
        self.text = TextView(self)
        self.markdown_toggle = QPushButton(self)  # beside Copy all, in its shape
        self.markdown_toggle.setObjectName("markdownToggle")
        self.markdown_toggle.setText(self.tr("Formatted"))
        self.markdown_toggle.setCheckable(True)
        self.markdown_toggle.setChecked(True)
        self.markdown_toggle.setAccessibleName(self.tr("Show formatted"))
        self.markdown_toggle.setToolTip(self.tr("Show the answer formatted (headings, lists, code), or as plain text"))
        self.markdown_toggle.toggled.connect(self.text.show_as)
        self.copy_button = QPushButton(self.tr("Copy all"), self)
        self.copy_button.setObjectName("copyAllButton")
        self.copy_button.setAccessibleName(self.tr("Copy all"))
        self.copy_button.setToolTip(self.tr("Copy the whole answer to the clipboard"))
        self.copy_button.clicked.connect(self.text.copy_all)
        self.words = QLabel(self)
        self.words.setObjectName("wordCount")
        self.save_all_button = QPushButton(self.tr("Save all…"), self)
        self.save_all_button.setObjectName("saveAllButton")
        self.save_all_button.setAccessibleName(self.tr("Save all"))
        self.save_all_button.setToolTip(self.tr("Save every file of this run into a folder you choose"))
        self.save_all_button.clicked.connect(self.ask_folder)
        self.metrics = QLabel(self)  # the model's own time on Replicate (the run's header has the whole)
        self.metrics.setObjectName("metricsLabel")
        self.metrics.setToolTip(
            self.tr(
                "How long the model itself worked on Replicate's machines. The time above the run also "
                "counts waiting for a machine to start and the downloads."
            )
        )
        self.download = QProgressBar(self)
        self.download.setObjectName("downloadProgress")
        self.download.setAccessibleName(self.tr("Download"))
        self.download.hide()
        self.items = QWidget()
        self.items_layout = QVBoxLayout(self.items)
        self.items_layout.addStretch(1)
        self.items_area = QScrollArea(self)
        self.items_area.setObjectName("outputImages")
        self.items_area.setAccessibleName(self.tr("Output files"))
        self.items_area.setWidgetResizable(True)
        self.items_area.setFrameShape(QFrame.Shape.NoFrame)
        # Every card fits the pane's width (images scale, buttons wrap): only vertical scrolling.
        self.items_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_area.setWidget(self.items)
        self.items_area.viewport().installEventFilter(self)
        self.items_area.hide()
        self.logs = LogPane(self)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.setChildrenCollapsible(False)
        body.addWidget(self.text)
        body.addWidget(self.items_area)
        tools = FlowLayout()
        for widget in (self.markdown_toggle, self.copy_button, self.words, self.metrics, self.save_all_button):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(body, 1)
        layout.addWidget(self.download)
        layout.addWidget(self.logs)
        self._refresh_tools()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.items_area.viewport():
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self) -> None:
        """An image is never taller than the pane shows: its buttons stay in sight below it."""
        viewport = self.items_area.viewport().height()
        for widget in self._widgets():
            if isinstance(widget, ImageGrid):
                widget.fit_to(viewport)

    # --- a run's life ----------------------------------------------------------------------
    def clear(self) -> None:
        self.text.clear_text()
        self.text.show()
        self.logs.clear()
        self.metrics.clear()
        self.files.clear()
        self._taken.clear()
        for widget in self._widgets():
            widget.setParent(None)
            widget.deleteLater()
        self.items_area.hide()
        self._refresh_tools()

    def plain_text(self) -> str:
        return self.text.raw()

    def append_text(self, text: str) -> None:
        self.text.append(text)

    def append_log(self, text: str) -> None:
        self.logs.append(text)

    def finish(self, metrics: dict[str, Any]) -> None:
        self.text.finish()
        self.logs.ended()  # a model's "4/4 steps" means nothing once the run is over
        parts = []
        if "predict_time" in metrics:
            seconds = f"{float(metrics['predict_time']):.1f}"
            parts.append(self.tr("Model time {seconds} s").format(seconds=seconds))
        self.metrics.setText(" · ".join(parts))
        self._refresh_tools()

    def show_progress(self, url: str, received: int, total: int | None) -> None:
        """Bytes scaled to per-mille: QProgressBar takes 32-bit ints, and files of 2 GiB exist."""
        self.download.show()
        name = url.rsplit("/", 1)[-1][:40]
        if total:
            self.download.setRange(0, PROGRESS_STEPS)
            self.download.setValue(max(0, min(PROGRESS_STEPS, received * PROGRESS_STEPS // total)))
            said = self.tr("Downloading {name}… %p% of {size}").format(name=name, size=plain_size(total))
        else:
            self.download.setRange(0, 0)  # busy: the server did not say the size
            said = self.tr("Downloading {name}… {size}").format(name=name, size=plain_size(received))
        self.download.setFormat(said)
        self.download.setAccessibleDescription(said.replace("%p", str(self.download.value() // 10)))

    def apply(self, update: RunUpdate) -> None:
        """One update of a live run."""
        if isinstance(update, TextAppended):
            self.append_text(update.text)
        elif isinstance(update, LogAppended):
            self.append_log(update.text)
        elif isinstance(update, Downloading):
            self.show_progress(update.url, update.received, update.total)
        elif isinstance(update, FileReady):
            self.take_file(update)
        elif isinstance(update, OutputValue):
            self.show_value(update.value)
        elif isinstance(update, Finished):
            self.download.hide()
            self.finish(update.metrics)

    async def show_record(self, record: RunRecord, outputs_root: Path) -> None:
        """A past run, from local files alone: no network needed."""
        if record.output_text:
            self.append_text(record.output_text)
        if record.output_value is not None and not isinstance(record.output_value, str):
            self.show_value(record.output_value)
        for name in record.files:
            path = outputs_root / name
            if path.is_file():
                await self.add_file(FileReady(path, "", media_type_of(path, None)))
        if record.logs.strip():
            self.logs.append(record.logs.rstrip("\n"))
        self.finish(record.metrics)

    # --- outputs ---------------------------------------------------------------------------
    def take_file(self, ready: FileReady) -> None:
        """A file of a live run: shown after the ones before it, without waiting for it here."""
        if ready.path in self._taken:
            return  # re-attached: a file already shown is told again
        self._arriving.append(ready)
        self._taken.add(ready.path)
        if not self._showing_files:
            self._showing_files = True
            spawn(self._show_arriving(), "show output files", owner=self)

    def busy(self) -> bool:
        """Files still being decoded and added (they show in order, off the UI thread), or
        images added whose cards are not made yet (once the layout has settled)."""
        grids = (w for w in self._widgets() if isinstance(w, ImageGrid))
        return self._showing_files or bool(self._arriving) or any(grid.pending() for grid in grids)

    async def _show_arriving(self) -> None:
        try:
            while self._arriving:
                await self.add_file(self._arriving.pop(0))
        finally:
            self._showing_files = False

    def show_value(self, value: object) -> QWidget | None:
        if isinstance(value, str):
            self.append_text(value)
            return None
        transcript = find_transcript(value)
        if transcript is not None:  # text to read (a transcript, a caption): the tree behind Show details
            return self._add(TranscriptView(transcript, value, self.items))
        return self._add(ValueView(value, self.items))

    async def add_file(self, ready: FileReady) -> QWidget | None:
        self.download.hide()
        self.files.append(ready.path)
        self._taken.add(ready.path)
        if ready.family == "image":
            try:
                preview, size, file_size = await asyncio.to_thread(_read_image, ready.path, self._previews_wanted())
            except ValueError:
                return self._add(FileCard(ready.path, self.tr("This image could not be read."), self.items))
            return self._add_image(ImageSlot(ready.path, size, file_size, preview))
        if ready.family in ("audio", "video"):
            try:
                from .media_view import MediaCard  # Qt Multimedia loads only when needed
            except ImportError:  # every package has Qt Multimedia; a source install may lack it
                note = self.tr("Sound and video cannot play inside Replidesk here: open its folder or save it.")
                return self._add(FileCard(ready.path, note, self.items))
            return self._add(MediaCard(ready.path, ready.family == "video", self.items))
        return self._add(FileCard(ready.path, "", self.items))

    def _previews_wanted(self) -> bool:
        """Decoded at once for the first images of a grid (shown at once, as ever); past them,
        most are never seen: 1,000 pictures of 4 MB decoded for nothing cost time and memory."""
        last = self._widgets()[-1:]
        return not (last and isinstance(last[0], ImageGrid) and len(last[0].slots) >= ALL_MADE)

    def _add_image(self, image: ImageSlot) -> ImageGrid:
        """Images in a row of outputs share a grid (two columns where they fit), which makes
        the cards near the screen only."""
        last = self._widgets()[-1:]
        grid = last[0] if last and isinstance(last[0], ImageGrid) else None
        if grid is None:
            grid = ImageGrid(self.items)
            self._add(grid)
            self._fit_images()
        grid.add_lazy(image)
        self._refresh_tools()
        return grid

    def _add(self, widget: QWidget) -> QWidget:
        self.items_layout.insertWidget(self.items_layout.count() - 1, widget)
        self.items_area.show()
        if not self.plain_text():
            self.text.hide()
        self._refresh_tools()
        return widget

    def _widgets(self) -> list[QWidget]:
        """What the output area holds, in order (the layout ends with a stretch)."""
        items = (self.items_layout.itemAt(i) for i in range(self.items_layout.count() - 1))
        return [widget for item in items if item is not None and (widget := item.widget()) is not None]

    def cards(self) -> list[QWidget]:
        """The views of the outputs other than text, in order (images out of their grids: the
        cards made now, those near the screen)."""
        found: list[QWidget] = []
        for widget in self._widgets():
            found.extend(widget.cards() if isinstance(widget, ImageGrid) else [widget])
        return found

    def image_cards(self) -> list[ImageCard]:
        return [card for card in self.cards() if isinstance(card, ImageCard)]

    def transcripts(self) -> list[TranscriptView]:
        return [card for card in self.cards() if isinstance(card, TranscriptView)]

    def _refresh_tools(self) -> None:
        has_text = bool(self.plain_text())
        for widget in (self.markdown_toggle, self.copy_button, self.words):
            widget.setVisible(has_text)
        if has_text and not self._counting:
            self._counting = True  # counted off the UI thread: a 20 MB answer takes a while
            spawn(self._count_words(), "count words", owner=self)
        self.save_all_button.setVisible(len(self.files) > 1)

    async def _count_words(self) -> None:
        try:
            count = await asyncio.to_thread(count_words, self.plain_text())  # a snapshot: the view goes on
        finally:
            self._counting = False
        if shiboken6.isValid(self.words):  # the panel may be gone (another run shown meanwhile)
            self.words.setText(self.tr("%n word(s)", "", count))

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save as… for what this run gave: its file, its files into a folder, its transcript,
        or its text answer. False (and nothing asked) when there is nothing to save."""
        if len(self.files) > 1:
            self.ask_folder()
        elif self.files:
            path = self.files[0]
            ask_save_file(self, path.name, lambda target, _filter: self.save_copy(str(path), str(target)))
        elif transcripts := self.transcripts():
            transcripts[0].ask_where()
        elif self.plain_text():
            suggested = self.tr("answer") + ".txt"
            ask_save_file(self, suggested, lambda target, _filter: self.save_text(str(target)), [".txt", ".md"])
        else:
            return False
        return True

    def ask_folder(self, *_args: object) -> None:
        ask_folder(self, lambda folder: self.save_all(str(folder)), self.tr("Save all outputs into a folder"))

    @asyncSlot(str)
    async def save_all(self, folder: str) -> None:
        for path in list(self.files):
            await asyncio.to_thread(copy_file, path, Path(folder) / path.name)

    @asyncSlot(str, str)
    async def save_copy(self, source: str, target: str) -> None:
        await asyncio.to_thread(copy_file, Path(source), Path(target))

    @asyncSlot(str)
    async def save_text(self, target: str) -> None:
        text = self.plain_text()
        await asyncio.to_thread(Path(target).write_text, text, "utf-8")


def _read_image(path: Path, preview: bool) -> tuple[QImage | None, QSize, int]:
    """Worker thread: the preview, the image's size and the file's. Without `preview`, only
    the size, from the file's header, when it tells it (decoded when its card is painted)."""
    if not preview:
        reader = QImageReader(str(path))
        size = reader.size()
        if reader.canRead() and size.isValid():
            return None, size, path.stat().st_size
    image, size = decode(path)
    return image, size, path.stat().st_size
