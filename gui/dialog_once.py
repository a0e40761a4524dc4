"""One dialog of a kind at a time: asked again while it is open, it comes forward."""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def brought_forward(dialog: W | None) -> W | None:
    """The dialog, raised and activated, while it still exists (closed ones are deleted)."""
    if dialog is None or not shiboken6.isValid(dialog):
        return None
    dialog.raise_()
    dialog.activateWindow()
    return dialog
