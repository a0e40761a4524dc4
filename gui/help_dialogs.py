"""The Help menu's windows: a short guide, the keyboard shortcuts (read from the actions, so
they never disagree with the menus), and reporting a problem (the log, already scrubbed of
tokens, zipped into a file the user can send)."""

from __future__ import annotations

import asyncio
import platform
import zipfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, ISSUE_PAGE, __version__
from core.redact import redact

from .desktop_open import open_url
from .tasks import spawn


def _dialog(parent: QWidget, name: str, title: str, width: int, height: int) -> tuple[QDialog, QVBoxLayout]:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(width, height)
    return dialog, QVBoxLayout(dialog)


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def show_guide(parent: QWidget) -> QDialog:
    dialog, layout = _dialog(
        parent,
        "guideDialog",
        QCoreApplication.translate("Help", "Getting started with {app}").format(app=APP_NAME),
        560,
        520,
    )
    text = QTextBrowser(dialog)
    text.setObjectName("guideText")
    text.setAccessibleName(QCoreApplication.translate("Help", "Guide"))
    text.setOpenExternalLinks(True)
    text.setHtml(
        QCoreApplication.translate(
            "Help",
            "<h3>Run a model in three steps</h3>"
            "<ol><li><b>Choose a model</b> (Ctrl+L): type its name, such as meta/meta-llama-3-8b-instruct, "
            "or what it should do, such as “draw a picture”. Ctrl+K opens the model browser.</li>"
            "<li><b>Write a prompt</b>: what you want the model to write or draw. The other inputs "
            "are optional; each one explains itself when you point at it.</li>"
            "<li><b>Press Run</b> (Ctrl+Enter). Text appears as it is written; images, sound and files "
            "are saved on your computer as they arrive.</li></ol>"
            "<h3>Your runs</h3>"
            "<p>Every run is kept in the list on the left, with its output files, even after you close "
            "the app. Search it with Ctrl+F, star the ones you like, run one again or change it.</p>"
            "<p>Several runs can go at once; Esc cancels the one shown. A chat model remembers the "
            "conversation shown; Ctrl+N starts a new one.</p>"
            "<h3>What it costs</h3>"
            "<p>Models run on Replicate, a service in the cloud, with your own Replicate account: "
            "Replicate bills each run to it. {app} is independent of Replicate.</p>"
            "<h3>When something goes wrong</h3>"
            "<p>Messages say what happened and what to do. If a problem stays, use "
            "Help → Report a problem to save the log into a file you can send.</p>",
        ).format(app=APP_NAME)
    )
    layout.addWidget(text)
    _close_button(dialog, layout)
    dialog.open()
    return dialog


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, as the menus show them."""
    rows = []
    for action in actions:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return sorted(rows, key=lambda row: row[0].casefold())


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> QDialog:
    dialog, layout = _dialog(
        parent, "shortcutsDialog", QCoreApplication.translate("Help", "Keyboard shortcuts"), 460, 480
    )
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcutsTable")
    table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "Keys")]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for row, (what, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(what))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.resizeColumnToContents(1)
    layout.addWidget(table)
    note = QLabel(
        QCoreApplication.translate(
            "Help",
            "Tab moves between the model, the prompt, the inputs and Run; Alt with an underlined letter picks it.",
        ),
        dialog,
    )
    note.setWordWrap(True)
    layout.addWidget(note)
    _close_button(dialog, layout)
    dialog.open()
    return dialog


def write_report(log: Path, target_folder: Path, secrets: list[str | None]) -> Path:
    """A zip of the log files (tokens scrubbed once more) and what the app runs on."""
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / f"{APP_NAME.lower()}-report-{datetime.now():%Y%m%d-%H%M%S}.zip"
    about = f"{APP_NAME} {__version__}\n{platform.platform()}\nPython {platform.python_version()}\n"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as report:
        report.writestr("about.txt", about)
        for part in sorted(log.parent.glob(log.name + "*")):  # the log and its rotated copies
            text = part.read_text(encoding="utf-8", errors="replace")
            report.writestr(part.name, redact(text, [s for s in secrets if s]))
    return target


def report_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def show_report_problem(parent: QWidget, log: Path, secrets: list[str | None]) -> QDialog:
    dialog, layout = _dialog(
        parent, "reportProblemDialog", QCoreApplication.translate("Help", "Report a problem"), 520, 240
    )
    intro = QLabel(
        QCoreApplication.translate(
            "Help",
            "Saving a report puts the app's log (what it did and which errors it met; your API token is "
            "removed) and your system's name into one file in your Documents folder. Send that file, "
            "with a few words on what you did and what happened, to whoever helps you with {app}, or "
            "attach it to a new report on {app}'s issue page (a free GitHub account is needed).",
        ).format(app=APP_NAME),
        dialog,
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    result = QLabel(dialog)
    result.setObjectName("reportResult")
    result.setTextFormat(Qt.TextFormat.PlainText)
    result.setWordWrap(True)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(result)
    buttons = _close_button(dialog, layout)
    save = buttons.addButton(QCoreApplication.translate("Help", "&Save report"), QDialogButtonBox.ButtonRole.ActionRole)
    save.setObjectName("saveReportButton")
    copy = buttons.addButton(
        QCoreApplication.translate("Help", "&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
    )
    copy.setObjectName("copyDetailsButton")
    issues = buttons.addButton(
        QCoreApplication.translate("Help", "Open the &issue page"), QDialogButtonBox.ButtonRole.ActionRole
    )
    issues.setObjectName("issuePageButton")
    issues.setToolTip(ISSUE_PAGE)

    async def save_report() -> None:
        save.setEnabled(False)
        try:  # reading, scrubbing and zipping megabytes of log: off the UI thread
            path = await asyncio.to_thread(write_report, log, report_folder(), secrets)
        except OSError as error:
            save.setEnabled(True)
            result.setText(
                QCoreApplication.translate("Help", "The report could not be saved: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return
        result.setText(QCoreApplication.translate("Help", "Saved as {path}").format(path=path))
        open_url(QUrl.fromLocalFile(str(path.parent)), dialog)

    save.clicked.connect(lambda: spawn(save_report(), "save a problem report", owner=dialog))
    issues.clicked.connect(lambda: open_url(QUrl(ISSUE_PAGE), dialog))
    copy.clicked.connect(
        lambda: QGuiApplication.clipboard().setText(f"{APP_NAME} {__version__}, {platform.platform()}")
    )
    dialog.open()
    return dialog
