"""The editor of a file input: a path or a web address, Choose…, drag and drop from the
desktop, and a thumbnail (decoded off the UI thread) with the file's name and size."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.input_fields import InputField

from .field_widgets import FieldEditor
from .image_view import decode
from .plain_text import plain_label
from .saving import human_size
from .tasks import spawn

THUMBNAIL = 72
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


class FileEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.setAcceptDrops(True)
        self.line = QLineEdit(self)
        self.line.setMaxLength(2**31 - 1)  # a pasted data: URI can be long
        # Short enough for the form's column beside Choose…; the whole hint is the tooltip.
        self.line.setPlaceholderText(self.tr("Drop a file here"))
        self.line.setToolTip(self.tr("Drop a file here, choose one, or paste a web address"))
        self.line.textEdited.connect(self._typed)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setObjectName(f"choose_{spec.name}")
        self.choose.setAccessibleName(self.tr("Choose a file for {label}").format(label=spec.label))
        self.choose.setAccessibleDescription(self.tr("Opens a file dialog"))
        self.choose.clicked.connect(self._ask)
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.hide()
        self.info = plain_label("", self)  # a file name, maybe from the model's example
        self.info.setObjectName("fileInfo")
        self.info.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        row = QWidget(self)
        row_layout = type(self.layout_)(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.line, 1)
        row_layout.addWidget(self.choose)
        column.addWidget(row)
        column.addWidget(self.info)
        self.layout_.addWidget(self.thumbnail)
        self.layout_.addLayout(column, 1)
        self._preview_task: asyncio.Task | None = None
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [self.line, self.choose]

    def value(self) -> Any:
        return self.line.text().strip() or None

    def show_value(self, value: Any) -> None:
        self._quietly(self.line, lambda: self.line.setText("" if value is None else str(value)))
        self._describe()

    def set_file(self, path: Path) -> None:
        """Take a file the user picked or dropped."""
        self.line.setText(str(path))
        self._describe()
        self.edited.emit()

    def _typed(self, _text: str) -> None:
        self._describe()
        self.edited.emit()

    def _ask(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a file for {label}").format(label=self.spec.label))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self.set_file(Path(chosen)))
        dialog.open()  # not exec(): a nested loop would stall asyncio

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            self.set_file(files[0])
            event.acceptProposedAction()

    def _describe(self) -> None:
        text = self.line.text().strip()
        path = Path(text).expanduser() if text and "://" not in text and not text.startswith("data:") else None
        self.thumbnail.hide()
        self.info.setVisible(bool(text))
        if path is None:
            self.info.setText(self.tr("A web address") if text else "")
            return
        if not path.is_file():
            self.info.setText(self.tr("“{name}” was not found").format(name=path.name))
            return
        self.info.setText(f"{path.name} · {human_size(path.stat().st_size)}")
        if path.suffix.lower() in IMAGE_SUFFIXES:
            if self._preview_task and not self._preview_task.done():
                self._preview_task.cancel()
            self._preview_task = spawn(self._show_thumbnail(path), "file thumbnail", owner=self)

    async def _show_thumbnail(self, path: Path) -> None:
        try:
            image, _size = await asyncio.to_thread(decode, path, THUMBNAIL)
        except ValueError:
            return  # not an image after all: name and size say enough
        self.thumbnail.setPixmap(QPixmap.fromImage(image))
        self.thumbnail.show()
