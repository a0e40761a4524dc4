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

from core.errors import explain
from core.redact import redact

log = logging.getLogger("replidesk")


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: Callable[[], Iterable[str | None]]) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets())


def setup_logging(path: Path, secrets: Callable[[], Iterable[str | None]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


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
