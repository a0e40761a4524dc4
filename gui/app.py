"""Start-up: the Qt application, the qasync event loop, the session and the main window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from core import APP_NAME, __version__

from . import single_instance, tasks, theme, translations
from .main_window import MainWindow
from .resources import app_icon
from .settings import AppSettings

if TYPE_CHECKING:
    from core.errors import Problem

# Start-up is in two steps: the window at its size is shown (its first frame needs Qt, the
# settings and the theme only), then the rest of the app is imported and the window built.


def make_application(argv: list[str], chosen: theme.Theme | None = theme.Theme.SYSTEM) -> QApplication:
    """`chosen`: the theme to start in; None when the caller applies it (main(), once the
    settings, which need the application's name, are read)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same look on every OS; the style sheet adds the rest
    if chosen is not None:
        theme.apply(app, chosen)
    return app


def freeze_start_up_objects() -> None:
    """Take what start-up made (modules, classes, Qt wrappers: about 64,000 objects) out of the
    garbage collector's full collections, which otherwise walk all of it: 35-90 ms stalls of the
    window every few seconds while runs stream (docs/PERFORMANCE.md). They live until exit."""
    gc.collect()
    gc.freeze()


async def run_window(
    window: MainWindow, exit_when_shown: bool = False, told: Sequence[Problem] = (), **start: Any
) -> None:
    """`told`: what to say as soon as the window shows (a data folder that cannot be written)."""
    import asyncio

    closed = asyncio.Event()
    QApplication.instance().aboutToQuit.connect(closed.set)  # type: ignore[union-attr]
    window.show()
    from .error_reporting import tell_at_start

    tell_at_start(window, told)  # the boxes are the window's children: they live as long
    if exit_when_shown:  # the start-up benchmark: the whole window is painted, then quit
        QApplication.processEvents()
        return
    listen_for_later_starts(window)
    await window.start(**start)
    freeze_start_up_objects()
    await closed.wait()
    # An orderly end: runs still followed are let go (followed again at the next start), and
    # the history's last writes reach the disk.
    await window.manager.let_go()
    # Work still going for the window (an import, a search) ends before what it uses closes.
    going = [task for task in tasks.running() if task is not asyncio.current_task()]
    for task in going:
        task.cancel()
    if going:
        await asyncio.wait(going, timeout=5)
    await window.session.close()


def listen_for_later_starts(window: MainWindow) -> None:
    """A later start's command line comes to this window (gui/single_instance.py)."""
    server = single_instance.InstanceServer(single_instance.server_name(window.session.data), window)
    server.asked.connect(lambda request: window.take_request(request.model, request.prompt, request.run))


def main(
    argv: list[str] | None = None,
    exit_when_shown: bool = False,
    model: str | None = None,
    prompt: str | None = None,
    run: bool = False,
    exit_when_ready: bool = False,
) -> int:
    """`exit_when_shown`/`exit_when_ready`: the start-up benchmark quits once the window's first
    frame is painted, or once the whole window is."""
    from core.paths import data_dir

    app = make_application(argv if argv is not None else sys.argv, None)
    settings = AppSettings()  # after the application's name: QSettings' file is named by it
    look = settings.system_look() or theme.system_look()  # as the last run saw it: asking costs 30-50 ms
    theme.apply(app, settings.theme(), look)
    translations.install(app, settings.language())
    # REPLIDESK_DATA_DIR (tests, portable installs) wins over the folder chosen in Settings.
    chosen = None if os.environ.get("REPLIDESK_DATA_DIR") else settings.data_folder()
    folder = chosen or data_dir()
    instance = single_instance.InstanceLock(folder)
    if not instance.taken():  # one already runs on this history: it takes the command line
        return hand_to_running(folder, single_instance.Request(model, prompt, run))
    window = MainWindow(None, settings, look)  # at its size, empty: the first frame needs no more
    window.show()
    app.processEvents()
    if exit_when_shown:
        return 0
    start = {"model": model, "prompt": prompt, "run": run}
    build_and_run(window, settings, chosen, exit_when_ready, start)
    instance.release()
    return 0


def build_and_run(
    window: MainWindow, settings: AppSettings, data: Path | None, exit_when_ready: bool, start: dict[str, Any]
) -> None:
    """The rest of the app, once the window shows: the session, the window's parts, the loop."""
    from core import proxy
    from core.paths import log_file
    from core.run_manager import RunManager
    from core.session import Session
    from core.token_store import TokenStore

    from . import child_processes, event_loop
    from .error_reporting import install_exception_hook, setup_logging

    child_processes.install_url_handlers()  # Open and links in the user's environment, not the build's
    proxy.apply(settings.proxy_mode(), settings.proxy_url())  # before any HTTP client is built
    session = Session(TokenStore(), data=data, outputs=settings.output_folder())
    unwritable = setup_logging(log_file(session.data), lambda: [session.token])
    # Read-only, before anything writes: a newer Replidesk's history is never touched.
    newer = None if unwritable else session.history.newer()
    told = [problem for problem in (unwritable, newer and newer.problem) if problem]
    window.build(RunManager(session, settings.concurrent_runs()))
    install_exception_hook(lambda: window)
    tasks.on_failure(lambda error: sys.excepthook(type(error), error, error.__traceback__))
    event_loop.run(run_window(window, exit_when_ready, told, **start))


def hand_to_running(data: Path, request: single_instance.Request) -> int:
    """Started again while Replidesk runs on the same data folder: the running window comes
    forward with this command line; a running one that does not answer is said plainly."""
    if single_instance.hand_over(single_instance.server_name(data), request):
        return 0
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        APP_NAME,
        QApplication.translate(
            "App",
            "Replidesk is already open, but it does not answer. Close it (or end it in your task manager), "
            "then start Replidesk again.",
        ),
    )
    return 1
