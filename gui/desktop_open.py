"""Opening a file, a folder or a web page with the desktop's own programs, and saying so when
that is not possible. `QDesktopServices.openUrl` returns False when the system has no program
for it (a minimal desktop, none at all); Qt then only writes to its log, so the user would see
nothing happen. Every Open, Show in folder, link and web-page button goes through `open_url`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

BOX_NAME = "notOpenedBox"


def open_url(url: QUrl, parent: QWidget) -> bool:
    """Open `url` (a local file or folder, or a web page); when it cannot be opened, tell the
    user where the thing is, in a box that does not block. True when it was handed over."""
    if url.isLocalFile() and not Path(url.toLocalFile()).exists():
        tell_not_opened(url, parent, missing=True)  # moved or deleted since: no program would help
        return False
    if QDesktopServices.openUrl(url):
        return True
    tell_not_opened(url, parent)
    return False


def show_in_folder(path: Path, parent: QWidget) -> bool:
    """Open the folder that holds `path` in the file manager."""
    return open_url(QUrl.fromLocalFile(str(path.parent)), parent)


def tell_not_opened(url: QUrl, parent: QWidget, missing: bool = False) -> QMessageBox:
    tr = QCoreApplication.translate
    window = parent.window()  # a card may be deleted while its box is open: the window stays
    for old in window.findChildren(QMessageBox, BOX_NAME):  # clicked twice: one box, not a pile
        old.close()
        old.deleteLater()
    path = Path(url.toLocalFile()) if url.isLocalFile() else None
    if path is not None:
        if missing:
            text = tr("DesktopOpen", "Nothing was found at:\n\n{path}\n\nIt may have been moved or deleted.")
        elif path.is_dir():
            text = tr("DesktopOpen", "No program to show folders was found. The folder is:\n\n{path}")
        else:
            text = tr("DesktopOpen", "No program to open this file was found. It is saved at:\n\n{path}")
        text, copied = text.format(path=path), str(path)
        copy_label = tr("DesktopOpen", "Copy path")
    else:
        text = tr("DesktopOpen", "No web browser could be opened. The address is:\n\n{url}").format(url=url.toString())
        copied, copy_label = url.toString(), tr("DesktopOpen", "Copy address")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("DesktopOpen", "Could not open"),
        text,
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setObjectName(BOX_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is anyone's text
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    copy = box.addButton(copy_label, QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyNotOpenedButton")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(copied))
    if path is not None and not missing and not path.is_dir():
        shown = path
        # A file manager may be there when no viewer for this kind of file is.
        folder = box.addButton(tr("DesktopOpen", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("showNotOpenedInFolderButton")
        folder.clicked.connect(lambda: show_in_folder(shown, window))
    box.open()
    return box
