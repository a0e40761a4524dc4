"""Saving an output file where the user says, and how big a file is, in words."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from qasync import asyncSlot

from .save_dialogs import ask_save_file


def human_size(count: float) -> str:
    tr = QCoreApplication.translate
    if count < 1024:
        return tr("Saving", "%n byte(s)", "", int(count))
    for unit in ("KB", "MB", "GB"):
        count /= 1024
        if count < 1024 or unit == "GB":
            return tr("Saving", "{size} {unit}").format(size=f"{count:.1f}", unit=unit)
    return str(count)


def copy_file(source: Path, target: Path) -> None:
    """Worker thread: the output's bytes to where the user chose (never onto itself)."""
    if target.resolve() != source.resolve():
        shutil.copyfile(source, target)


class SaveButton(QPushButton):
    """Save as…: asks where (the system's dialog, in the folder for this kind of file), copies
    off the UI thread."""

    def __init__(self, path: Path, parent: QWidget | None = None, name: str = "saveFileButton") -> None:
        super().__init__(QCoreApplication.translate("Saving", "Save as…"), parent)
        self.setObjectName(name)
        self.setAccessibleName(QCoreApplication.translate("Saving", "Save as"))
        self.setAccessibleDescription(
            QCoreApplication.translate("Saving", "Save a copy of {name} where you choose").format(name=path.name)
        )
        self.setToolTip(QCoreApplication.translate("Saving", "Save a copy of this file where you choose"))
        self.path = path
        self.clicked.connect(self.ask_where)

    def ask_where(self, *_args: object) -> QFileDialog:
        return ask_save_file(
            self, self.path.name, lambda target, _filter: self.save_to(str(target)), [self.path.suffix]
        )

    @asyncSlot(str)
    async def save_to(self, target: str) -> None:
        await asyncio.to_thread(copy_file, self.path, Path(target))
