"""Saving an output file where the user says, and how big a file is, in words."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from qasync import asyncSlot


def human_size(count: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{int(count)} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return str(count)


class SaveButton(QPushButton):
    """Save as…: asks where (open(), not exec(): a nested loop stalls asyncio), copies off the UI thread."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, text: str = "Save as…", name: str = "saveFileButton"
    ) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.path = path
        self.clicked.connect(self.ask_where)

    def ask_where(self, *_args: object) -> None:
        dialog = QFileDialog(self, "Save output", str(Path.home() / self.path.name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    @asyncSlot(str)
    async def save_to(self, target: str) -> None:
        await asyncio.to_thread(shutil.copyfile, self.path, target)
