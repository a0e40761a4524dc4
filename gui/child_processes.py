"""Every program the app starts gets the user's environment, not the frozen build's own
(core/child_env.py says why): notify-send through `start_detached`, and `xdg-open` behind
`QDesktopServices.openUrl` (Open, Show in folder, links) through URL handlers installed at start."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from core.child_env import child_environment

# What Open and links hand to the desktop; other schemes are left to Qt.
OPENED_SCHEMES = ("file", "http", "https", "mailto")


def bundle_folder() -> str | None:
    """The frozen build's own files (PyInstaller's `_MEIPASS`); None when run from source."""
    return getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None


def environment(bundle: str | None = None) -> QProcessEnvironment:
    restored = QProcessEnvironment()
    for name, value in child_environment(os.environ, bundle or bundle_folder()).items():
        restored.insert(name, value)
    return restored


def start_detached(program: str, arguments: list[str], bundle: str | None = None) -> bool:
    """Start `program` on its own (it outlives the app) in the user's environment."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setProcessEnvironment(environment(bundle))
    return bool(process.startDetached())


class SystemOpener(QObject):
    """Opens URLs and files with the desktop's `xdg-open`, in the user's environment (Qt's own
    opener would pass the frozen build's)."""

    def __init__(self, opener: list[str], bundle: str | None = None) -> None:
        super().__init__()
        self.opener = opener  # the program and its first arguments; the URL is added
        self.bundle = bundle

    @Slot(QUrl)
    def open(self, url: QUrl) -> bool:
        target = url.toLocalFile() if url.isLocalFile() else url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        return start_detached(self.opener[0], [*self.opener[1:], target], self.bundle)


_installed: list[SystemOpener] = []  # kept: Qt holds only a pointer to the receiver


def install_url_handlers(opener: list[str] | None = None, bundle: str | None = None) -> bool:
    """Route `QDesktopServices.openUrl` through `SystemOpener` where a frozen build changed the
    environment (Linux and the BSDs; Windows and macOS open through their shells, which pass no
    environment of ours). `opener` and `bundle` are for tests. True when installed."""
    import shutil

    bundle = bundle or bundle_folder()
    if opener is None:
        if bundle is None or sys.platform in ("win32", "darwin") or (program := shutil.which("xdg-open")) is None:
            return False
        opener = [program]
    handler = SystemOpener(opener, bundle)
    _installed.append(handler)
    for scheme in OPENED_SCHEMES:
        QDesktopServices.setUrlHandler(scheme, handler, "open")  # type: ignore[arg-type]  # PySide refuses bytes
    return True


def uninstall_url_handlers() -> None:
    for scheme in OPENED_SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)
    _installed.clear()
