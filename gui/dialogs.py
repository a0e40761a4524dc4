"""Small informational boxes, opened with open() (never exec(): a nested loop stalls asyncio)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from core import APP_NAME, __version__
from core.errors import Problem

from .desktop_open import open_url


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Dialogs", "About {app}").format(app=APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + QCoreApplication.translate(
            "Dialogs",
            "<p>A desktop app for running AI models hosted on Replicate.</p>"
            "<p>{app} is an independent project. It is not made, endorsed or "
            "supported by Replicate, Inc.</p>",
        ).format(app=APP_NAME),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box


def show_data_folder(parent: QWidget, folder: Path) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Dialogs", "Data folder"),
        QCoreApplication.translate(
            "Dialogs", "Your runs, their output files and the history database are kept in:\n\n{folder}"
        ).format(folder=folder),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("dataFolderBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is anyone's text
    opener = box.addButton(QCoreApplication.translate("Dialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    opener.setObjectName("openDataFolderButton")
    opener.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(folder)), parent))
    box.open()
    return box


def show_problem(parent: QWidget, problem: Problem) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, problem.message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote a server or a file name
    box.setObjectName("problemBox")
    box.open()
    return box
