"""Questions the app asks before it acts: awaited without a nested event loop (a box opened with
open(), answered through a future; exec() inside a coroutine would stall asyncio)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from .saving import human_size


async def ask(box: QMessageBox) -> QAbstractButton | None:
    """Open the box and wait for the button pressed (None: closed without one)."""
    answer: asyncio.Future[QAbstractButton | None] = asyncio.get_running_loop().create_future()

    def answered(button: QAbstractButton | None) -> None:
        if not answer.done():
            answer.set_result(button)

    box.buttonClicked.connect(answered)
    box.finished.connect(lambda _result: answered(box.clickedButton()))
    box.open()
    try:
        return await answer
    finally:
        box.deleteLater()


def _box(parent: QWidget, name: str, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and model names are not markup
    if details:
        box.setInformativeText(details)
    return box


async def confirm_uploads(parent: QWidget, files: list[Path]) -> bool:
    """Before a file the user did not pick in this session leaves the computer (a remembered
    input, a run again of an old or imported run): say which, and send only if told to."""
    listed = "\n".join(f"• {path} ({_size(path)})" for path in files[:12])
    more = f"\n… and {len(files) - 12} more" if len(files) > 12 else ""
    box = _box(
        parent,
        "confirmUploadsBox",
        "Send these files to Replicate?",
        f"This run sends {'this file' if len(files) == 1 else f'these {len(files)} files'} from your "
        f"computer to Replicate, where the model can read {'it' if len(files) == 1 else 'them'}:\n\n{listed}{more}",
        "You did not choose them in this session (they come from an earlier or imported run).",
    )
    send = box.addButton("Send", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return await ask(box) is send


async def confirm_many(parent: QWidget, count: int, model: str, last_seconds: float | None) -> bool:
    took = f" One run of {model} took {last_seconds:.0f} s last time." if last_seconds is not None else ""
    box = _box(
        parent,
        "confirmManyBox",
        f"Start {count} runs?",
        f"This creates {count} predictions on Replicate, each billed to your account.{took}",
    )
    start = box.addButton(f"Start {count} runs", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return await ask(box) is start


def _size(path: Path) -> str:
    try:
        return human_size(path.stat().st_size)
    except OSError:
        return "unreadable"


CANCEL_RUNS = "cancel"
LET_THEM_FINISH = "let go"


async def ask_close(parent: QWidget, running: int, queued: int) -> str | None:
    """Closing with runs going: cancel them, let them finish on Replicate, or stay open (None)."""
    parts = [f"{running} run{'s are' if running != 1 else ' is'} still going on Replicate"] if running else []
    if queued:
        parts.append(f"{queued} queued run{'s have' if queued != 1 else ' has'} not started")
    box = _box(
        parent,
        "closeWithRunsBox",
        "Runs are still going",
        " and ".join(parts) + ".",
        "Let them finish: Replidesk follows them again when it next starts (queued runs are not sent). "
        "Or cancel them on Replicate now.",
    )
    finish = box.addButton("Let them finish on Replicate", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("Cancel the runs and quit", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("Keep Replidesk open", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    pressed = await ask(box)
    return {id(finish): LET_THEM_FINISH, id(cancel): CANCEL_RUNS}.get(id(pressed))
