"""The output panel: streamed text, images (decoded off the UI thread), other values, logs."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QImageReader, QPixmap, QTextCursor
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QToolButton, QVBoxLayout,
                               QWidget)
from qasync import asyncSlot

PREVIEW_SIDE = 768  # pixels: previews are decoded at this size at most


def decode_preview(path: Path, side: int = PREVIEW_SIDE) -> tuple[QImage, QSize]:
    """Decode an image scaled down while reading (runs in a worker thread: QImage is thread-safe)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    return image, size if size.isValid() else image.size()


def human_size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return str(count)


class ImageCard(QFrame):
    """One output image: preview, size, and Save."""

    def __init__(self, path: Path, preview: QImage, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCard")
        self.path = path
        self.image_size = size
        self.image = QLabel(self)
        self.image.setObjectName("outputImage")
        self.image.setAccessibleName(f"Output image {path.name}")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(QPixmap.fromImage(preview).scaled(
            min(preview.width(), 512), min(preview.height(), 512),
            Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        info = QLabel(f"{path.name} · {size.width()} × {size.height()} px · "
                      f"{human_size(path.stat().st_size)}", self)
        info.setObjectName("imageInfo")
        self.save_button = QPushButton("Save…", self)
        self.save_button.setObjectName("saveImageButton")
        self.save_button.clicked.connect(self._ask_where)
        row = QHBoxLayout()
        row.addWidget(info, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image)
        layout.addLayout(row)

    def _ask_where(self) -> None:
        # open(), not exec(): a nested event loop would stall the asyncio loop.
        dialog = QFileDialog(self, "Save image", str(Path.home() / self.path.name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    @asyncSlot(str)
    async def save_to(self, target: str) -> None:
        await asyncio.to_thread(shutil.copyfile, self.path, target)


class OutputPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPanel")
        self.setAccessibleName("Output")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("outputText")
        self.text.setAccessibleName("Output text")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText("The model's answer appears here.")
        self._pending: list[str] = []
        self._flush_timer = QTimer(self, singleShot=True, interval=0, timeout=self.flush_text)
        self.gallery = QWidget()
        self.gallery_layout = QVBoxLayout(self.gallery)
        self.gallery_layout.addStretch(1)
        self.images = QScrollArea(self)
        self.images.setObjectName("outputImages")
        self.images.setWidgetResizable(True)
        self.images.setWidget(self.gallery)
        self.images.hide()
        self.logs = QPlainTextEdit(self)
        self.logs.setObjectName("outputLogs")
        self.logs.setAccessibleName("Logs")
        self.logs.setReadOnly(True)
        self.logs.setMaximumBlockCount(5000)
        self.logs.hide()
        self.logs_toggle = QToolButton(self)
        self.logs_toggle.setObjectName("logsToggle")
        self.logs_toggle.setText("Logs")
        self.logs_toggle.setCheckable(True)
        self.logs_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.logs_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.logs_toggle.toggled.connect(self._show_logs)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.text)
        body.addWidget(self.images)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body, 1)
        layout.addWidget(self.logs_toggle)
        layout.addWidget(self.logs)

    def clear(self) -> None:
        self._pending.clear()
        self.text.clear()
        self.text.show()
        self.logs.clear()
        for card in self.image_cards():
            card.deleteLater()
        self.images.hide()

    def plain_text(self) -> str:
        self.flush_text()
        return self.text.toPlainText()

    def append_text(self, text: str) -> None:
        """Queue text for the end of the document; it is inserted once per event-loop turn,
        so a burst of thousands of tokens costs one layout, not thousands."""
        self._pending.append(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush_text(self) -> None:
        if not self._pending:
            return
        text, self._pending = "".join(self._pending), []
        bar = self.text.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)  # appends without re-rendering what is already there
        if following:
            bar.setValue(bar.maximum())

    def append_log(self, text: str) -> None:
        self.logs.appendPlainText(text)

    def show_value(self, value: object) -> None:
        shown = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
        self.append_text(shown)

    async def add_image(self, path: Path) -> ImageCard:
        preview, size = await asyncio.to_thread(decode_preview, path)
        card = ImageCard(path, preview, size, self.gallery)
        self.gallery_layout.insertWidget(self.gallery_layout.count() - 1, card)
        if not self.plain_text():
            self.text.hide()
        self.images.show()
        return card

    def image_cards(self) -> list[ImageCard]:
        return self.gallery.findChildren(ImageCard)

    def _show_logs(self, shown: bool) -> None:
        self.logs.setVisible(shown)
        self.logs_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
