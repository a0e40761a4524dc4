"""Questions the app asks before it acts: awaited without a nested event loop (a box opened with
open(), answered through a future; exec() inside a coroutine would stall asyncio)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from core.i18n import translate  # plurals: English forms right even before a .qm is loaded

from .saving import human_size

if TYPE_CHECKING:
    from core.run_manager import LiveRun, RunManager


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
    rest = len(files) - 12
    more = "\n" + translate("Questions", "… and %n more", None, rest) if rest > 0 else ""
    count = len(files)
    said = translate(
        "Questions",
        "This run sends %n file(s) from your computer to Replicate for the model to read:",
        None,
        count,
    )
    box = _box(
        parent,
        "confirmUploadsBox",
        QCoreApplication.translate("Questions", "Send these files to Replicate?"),
        f"{said}\n\n{listed}{more}",
        QCoreApplication.translate(
            "Questions", "You did not choose them in this session (they come from an earlier or imported run)."
        ),
    )
    send = box.addButton(QCoreApplication.translate("Questions", "Send"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return await ask(box) is send


async def confirm_many(parent: QWidget, count: int, model: str, last_seconds: float | None) -> bool:
    said = translate(
        "Questions", "This creates %n prediction(s) on Replicate, each billed to your account.", None, count
    )
    if last_seconds is not None:
        took = QCoreApplication.translate("Questions", "One run of {model} took {seconds} s last time.")
        said += " " + took.format(model=model, seconds=f"{last_seconds:.0f}")
    box = _box(parent, "confirmManyBox", translate("Questions", "Start %n run(s)?", None, count), said)
    start = box.addButton(translate("Questions", "Start %n run(s)", None, count), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return await ask(box) is start


def _size(path: Path) -> str:
    try:
        return human_size(path.stat().st_size)
    except OSError:
        return QCoreApplication.translate("Questions", "unreadable")


CANCEL_RUNS = "cancel"
LET_THEM_FINISH = "let go"


async def ask_close(parent: QWidget, running: int, queued: int) -> str | None:
    """Closing with runs going: cancel them, let them finish on Replicate, or stay open (None)."""
    going = translate("Questions", "%n run(s) still going on Replicate.", None, running)
    waiting = translate("Questions", "%n queued run(s) not started yet.", None, queued)
    box = _box(
        parent,
        "closeWithRunsBox",
        QCoreApplication.translate("Questions", "Runs are still going"),
        " ".join(part for part, count in ((going, running), (waiting, queued)) if count),
        QCoreApplication.translate(
            "Questions",
            "Let them finish: Replidesk follows them again when it next starts (queued runs are not sent). "
            "Or cancel them on Replicate now.",
        ),
    )
    finish = box.addButton(
        QCoreApplication.translate("Questions", "Let them finish on Replicate"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Questions", "Cancel the runs and quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay = box.addButton(
        QCoreApplication.translate("Questions", "Keep Replidesk open"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    pressed = await ask(box)
    return {id(finish): LET_THEM_FINISH, id(cancel): CANCEL_RUNS}.get(id(pressed))


async def settle_runs(
    parent: QWidget, manager: RunManager, live: list[LiveRun], leaving: Callable[[], None], say: Callable[[str], None]
) -> bool:
    """Closing with runs going: asks, then cancels them or lets them go (followed again at the
    next start); False when the user stays. `leaving` is called first: their ends are no news."""
    queued = sum(1 for run in live if run.queued)
    choice = await ask_close(parent, len(live) - queued, queued)
    if choice is None:
        return False
    leaving()
    if choice == CANCEL_RUNS:
        say(translate("Questions", "Canceling the runs…"))
        await manager.cancel_all()
    else:
        await manager.let_go()
    return True
