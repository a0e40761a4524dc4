"""One exception hook for the whole app: log the traceback (secrets removed), tell the user kindly.

Exceptions escaping an asyncSlot end up here too (qasync hands them to sys.excepthook).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import Problem, explain
from core.redact import redact

log = logging.getLogger("replidesk")


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: Callable[[], Iterable[str | None]]) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets())


def setup_logging(path: Path, secrets: Callable[[], Iterable[str | None]]) -> Problem | None:
    """The log file in the data folder; a folder that cannot be written never stops the start:
    the log goes to stderr, and the problem returned tells the user what to do."""
    told = None
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as error:
        handler = logging.StreamHandler(sys.stderr)
        told = unwritable_data_folder(path.parent, error)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return told


def unwritable_data_folder(folder: Path, error: OSError) -> Problem:
    reason = (error.strerror or type(error).__name__).rstrip(".")
    return Problem(
        QCoreApplication.translate("ErrorReporting", "The data folder cannot be written"),
        QCoreApplication.translate(
            "ErrorReporting",
            "Replidesk cannot write in its data folder {folder} ({reason}): runs cannot be recorded, and "
            "the log goes to the terminal. Choose another data folder in Settings → Files, or set "
            "REPLIDESK_DATA_DIR to a folder you can write to.",
        ).format(folder=folder, reason=reason),
    )


def tell_at_start(parent: QWidget, problems: Iterable[Problem]) -> list[QMessageBox]:
    """What keeps the app from working fully (a data folder it cannot write, a newer history),
    logged and shown in a box once the window shows; the app keeps running."""
    boxes = []
    for problem in problems:
        log.warning("%s: %s", problem.title, problem.message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, problem.title, problem.message, QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName("startProblemBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is never markup
        box.open()  # not exec(): the event loop keeps running
        boxes.append(box)
    return boxes


def install_exception_hook(parent: Callable[[], QWidget | None]) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        problem = explain(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            problem.title,
            problem.message
            + "\n\n"
            + QCoreApplication.translate("ErrorReporting", "Details were written to the log file."),
            QMessageBox.StandardButton.Ok,
            parent(),
        )
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote a server or a model
        box.open()

    sys.excepthook = hook
