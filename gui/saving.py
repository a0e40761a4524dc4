"""Saving an output file where the user says, and how big a file is, in words."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from qasync import asyncSlot

from core.errors import Problem

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
        await save_or_tell(self, copy_file, self.path, Path(target))


async def save_or_tell(widget: QWidget, write: Callable[[Any, Path], None], what: Any, target: Path) -> bool:
    """`write(what, target)` off the UI thread; a disk that refuses (full, read-only, gone) is
    told in plain words, not as an error of the app."""
    try:
        await asyncio.to_thread(write, what, target)
    except OSError as error:
        from .dialogs import show_problem

        reason = error.strerror or str(error)
        show_problem(
            widget.window(),
            Problem(
                QCoreApplication.translate("Saving", "Not saved"),
                QCoreApplication.translate("Saving", "{path} could not be written: {reason}").format(
                    path=target, reason=reason
                ),
            ),
        )
        return False
    return True
