"""Telling the user about runs while the window is in the background: a desktop notification
when a run ends (libnotify on Linux, the tray's balloon elsewhere), the taskbar
entry asking for attention, and the number of runs going on the taskbar (Unity's launcher
entry, which GNOME docks and KDE show) and in the window's title."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from core import APP_NAME
from core.prompt_text import prompt_start
from core.run_events import RunStatus
from core.run_manager import LiveRun

from .child_processes import start_detached
from .live_runs import LiveRuns
from .resources import app_icon

DESKTOP_ENTRY = "application://replidesk.desktop"  # the name packaging/linux installs
MESSAGE_SECONDS = 8


class RunNotifier(QObject):
    notified = Signal(str, str)  # title, message: what was shown (tests and the log)

    def __init__(self, window: QWidget, live: LiveRuns, enabled: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.live = live
        self.enabled = enabled
        self.tray: QSystemTrayIcon | None = None
        live.added.connect(lambda _run: self._count_changed())
        live.ended.connect(self._ended)

    def _ended(self, run: LiveRun) -> None:
        self._count_changed()
        if not self.enabled() or self.window.isActiveWindow() or run.finished is None:
            return
        status = run.finished.status
        model = run.info.ref.name
        if status is RunStatus.SUCCEEDED:
            title = self.tr("{model} finished").format(model=model)
        elif status is RunStatus.CANCELED:
            return  # the user asked for it
        elif run.finished.detached:
            title = self.tr("{model}: contact lost, it will be followed again").format(model=model)
        else:
            title = self.tr("{model} failed").format(model=model)
        self.notify(title, prompt_start(run.record.prompt, 120, "…"))

    def notify(self, title: str, message: str) -> None:
        QApplication.alert(self.window)  # the taskbar entry asks for attention
        if not _freedesktop_notify(title, message) and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(app_icon(), self)
                self.tray.setToolTip(APP_NAME)
                self.tray.messageClicked.connect(self.bring_forward)
            self.tray.show()
            self.tray.showMessage(title, message, app_icon(), MESSAGE_SECONDS * 1000)
        self.notified.emit(title, message)

    def bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _count_changed(self) -> None:
        going = len(self.live.live)
        title = self.tr("%n run(s) going", "", going) if going else ""
        self.window.setWindowTitle(f"{APP_NAME} — {title}" if title else APP_NAME)
        _launcher_count(going)


def _freedesktop_notify(title: str, message: str) -> bool:
    """A notification through libnotify's `notify-send` where it exists (most Linux desktops):
    Qt's D-Bus binding cannot give Notify the exact types (uint32, an empty string array) that
    notification daemons check. False where there is none."""
    if sys.platform in ("win32", "darwin") or (program := shutil.which("notify-send")) is None:
        return False
    arguments = ["--app-name", APP_NAME, "--icon", "replidesk", "--expire-time", str(MESSAGE_SECONDS * 1000)]
    return start_detached(program, [*arguments, "--", title, message])


def _launcher_count(going: int) -> None:
    """The count of runs going on the dock/taskbar icon (the Unity launcher API; a signal, so
    it costs nothing where no dock listens)."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:
        return
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return
    signal = QDBusMessage.createSignal(
        "/com/canonical/unity/launcherentry/replidesk", "com.canonical.Unity.LauncherEntry", "Update"
    )
    signal.setArguments([DESKTOP_ENTRY, {"count": going, "count-visible": going > 0, "urgent": False}])
    bus.send(signal)
