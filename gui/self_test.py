"""`replidesk --self-test`: proves a build is whole. Imports, keyring backend (a value stored,
read back and deleted), bundled resources and Qt plugins, CA certificates, and the main window
built offscreen; optionally one real run through the window. Prints one line, exits 0 or 1."""

from __future__ import annotations

import asyncio
import importlib
import importlib.metadata
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core import APP_NAME, __version__
from core.run_events import RunStatus

if TYPE_CHECKING:
    from core.run_manager import LiveRun

    from .main_window import MainWindow

PROBE_SERVICE = f"{APP_NAME} self-test"
PROBE_VALUE = "self-test-probe"


def check_imports() -> str:
    for name in ("replicate", "qasync", "keyring", "httpx", "platformdirs", "certifi", "PySide6.QtWidgets"):
        importlib.import_module(name)
    return "replicate " + importlib.metadata.version("replicate")  # needs the copied metadata


def check_keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    backend.set_password(PROBE_SERVICE, "probe", PROBE_VALUE)
    try:
        if backend.get_password(PROBE_SERVICE, "probe") != PROBE_VALUE:
            raise RuntimeError(f"{type(backend).__name__} did not read back what it stored")
    finally:
        backend.delete_password(PROBE_SERVICE, "probe")
    return f"keyring {type(backend).__module__.rsplit('.', 1)[-1]}"


def check_certificates() -> str:
    import certifi

    if not Path(certifi.where()).is_file():
        raise FileNotFoundError(certifi.where())
    return "certifi"


def check_resources() -> str:
    from .resources import app_icon, resource_path

    resource_path("styles/app.qss").read_text(encoding="utf-8")
    if app_icon().pixmap(64, 64).isNull():  # also proves the SVG plugin is bundled
        raise RuntimeError("the app icon (SVG) could not be drawn")
    return "resources"


def check_translations() -> str:
    """The German catalogue and Qt's own German load (their .qm files are bundled); the
    language then goes back to the OS's, as the app starts."""
    from PySide6.QtCore import QCoreApplication

    from . import translations

    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "de")
    try:
        if QCoreApplication.translate("RunStatus", "Done") == "Done":
            raise RuntimeError("the German translations (replidesk_de.qm) are missing")
        qt_context = "QPlatformTheme"  # in a name: Qt's own message, not one for the app's catalogue
        if QCoreApplication.translate(qt_context, "Discard") == "Discard":
            raise RuntimeError("Qt's German translations (qtbase_de.qm) are missing")
    finally:
        translations.install(app)
    return "translations"


def check_multimedia(required: bool, scratch: Path) -> str:
    """Qt Multimedia and its FFmpeg back end load (inline sound and video) and open a real sound
    file. Every package has them; missing is reported, and fails the test when `required` (the
    packages' checks)."""
    try:
        from PySide6.QtMultimedia import QMediaFormat, QMediaPlayer
    except ImportError:
        if required:
            raise
        return "no multimedia (Qt Multimedia is not installed)"
    decodable = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if QMediaFormat.FileFormat.Wave not in decodable:
        raise RuntimeError("Qt Multimedia found no decoder: its FFmpeg plugin is missing")
    import wave

    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    sound = scratch / "half-a-second.wav"
    with wave.open(str(sound), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes(2 * 4000))
    player = QMediaPlayer()
    settled = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.InvalidMedia)
    loop = QEventLoop()
    player.mediaStatusChanged.connect(lambda status: loop.quit() if status in settled else None)
    QTimer.singleShot(10_000, loop.quit)
    player.setSource(QUrl.fromLocalFile(str(sound)))
    if player.mediaStatus() not in settled:
        loop.exec()
    if player.mediaStatus() != QMediaPlayer.MediaStatus.LoadedMedia or not 400 <= player.duration() <= 600:
        found = player.errorString() or f"{player.mediaStatus().name}, {player.duration()} ms"
        raise RuntimeError(f"Qt Multimedia could not open a sound file: {found}")
    return "multimedia"


def check_locale_data() -> str:
    """Sorting and time zone names in any language: on Linux, Qt asks ICU for them, and the
    packages keep only that part of ICU's data (packaging/linux/slim/slim_bundle.py)."""
    if sys.platform in ("win32", "darwin"):
        return "locale data (Linux only)"
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    if QCollator(QLocale("sv_SE")).compare("ö", "z") <= 0:  # Swedish sorts ö after z
        raise RuntimeError("sorting has lost its languages: ICU's collation data is missing")
    names = QTimeZone(b"Asia/Tokyo").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("fr_FR")
    )
    if "Japon" not in names:
        raise RuntimeError(f"time zones have lost their names ({names!r}): ICU's zone data is missing")
    return "locale data"


def check_child_environment(scratch: Path) -> str:
    """A program the app starts (xdg-open, notify-send) sees the caller's LD_LIBRARY_PATH, not
    the one the frozen build set for itself (core/child_env.py)."""
    if sys.platform in ("win32", "darwin"):
        return "child environment (Linux only)"
    from .child_processes import bundle_folder, start_detached

    caller = os.environ.get("LD_LIBRARY_PATH_ORIG" if bundle_folder() else "LD_LIBRARY_PATH", "(unset)")
    seen = scratch / "child.txt"
    script = 'printf "%s" "${LD_LIBRARY_PATH-(unset)}" > "$1.tmp" && mv "$1.tmp" "$1"'
    if not start_detached("/bin/sh", ["-c", script, "sh", str(seen)]):
        raise RuntimeError("a program could not be started (/bin/sh)")
    for _ in range(500):  # not the UI: the self-test may wait
        if seen.exists():
            break
        time.sleep(0.02)
    got = seen.read_text(encoding="utf-8") if seen.exists() else "(no answer)"
    if got != caller:
        raise RuntimeError(f"a program started by the app saw LD_LIBRARY_PATH={got!r}, not the caller's {caller!r}")
    return f"child LD_LIBRARY_PATH={got}"


def build_window(scratch: Path) -> MainWindow:
    from PySide6.QtCore import QSettings

    from core.run_manager import RunManager
    from core.session import Session
    from core.token_store import TokenStore

    from .main_window import MainWindow
    from .settings import AppSettings

    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    return MainWindow(RunManager(Session(TokenStore(), data=scratch)), settings)


async def run_through(window: MainWindow, model: str, prompt: str, timeout: float = 120) -> LiveRun:
    """One run through the composer, as a user makes it, followed to its end."""
    window.composer.set_model_text(model)
    info = await window.models.resolve(model)
    window.models.current = info
    window.composer.show_model(info, {})
    window.composer.prompt.setPlainText(prompt)
    runs = await window.launcher.launch(window.composer.state())
    if not runs:
        raise RuntimeError(window.composer.banner.text() or "the run did not start")
    task = runs[0].task
    while task is None:  # queued behind other runs
        await asyncio.sleep(0.05)
        task = runs[0].task
    await asyncio.wait_for(asyncio.shield(task), timeout)
    return runs[0]


async def real_run(window: MainWindow, model: str, prompt: str) -> str:
    from . import tasks

    await window.session.load_token()
    live = await run_through(window, model, prompt)
    finished = live.finished
    if finished is None or finished.status is not RunStatus.SUCCEEDED:
        why = finished.problem.message if finished and finished.problem else "no answer"
        raise RuntimeError(f"{finished.status.label if finished else 'Unfinished'}: {why}")
    await window.outputs.show_record(live.record)
    panel = window.outputs.shown_panel()
    assert panel is not None
    for _ in range(200):  # its files are decoded off the UI thread
        if not panel.busy():
            break
        await asyncio.sleep(0.05)
    shown = [f"{len(panel.plain_text())} chars"] if panel.plain_text() else []
    shown += [card.objectName() for card in panel.cards()]
    # An orderly end, as the app's: the window's last tasks (the run list's refresh) end while
    # the loop still runs, then the history and the clients close.
    for _ in range(100):
        if not tasks.running():
            break
        await asyncio.sleep(0.05)
    await window.manager.let_go()
    await window.session.close()
    return f"ran {model} ({', '.join(shown)})"


def report(line: str, path: str | None) -> None:
    print(line, flush=True)  # prints nothing in a windowed Windows build: sys.stdout is None
    if path:
        Path(path).write_text(line + "\n", encoding="utf-8")


def run_self_test(model: str, prompt: str | None, report_path: str | None = None, require_media: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Its settings, history and files live in a folder of its own, removed when it ends.
    with tempfile.TemporaryDirectory(prefix="replidesk-self-test-", ignore_cleanup_errors=True) as folder:
        return _self_test(model, prompt, report_path, require_media, Path(folder))


def _self_test(model: str, prompt: str | None, report_path: str | None, require_media: bool, scratch: Path) -> int:
    results: list[str] = []
    steps: list[tuple[str, Callable[[], str]]] = [
        ("imports", check_imports),
        ("keyring", check_keyring),
        ("certificates", check_certificates),
    ]
    try:
        for _name, step in steps:
            results.append(step())
        from . import event_loop
        from .app import make_application

        make_application(sys.argv[:1])
        results.append(check_resources())
        results.append(check_translations())
        results.append(check_multimedia(require_media, scratch))
        results.append(check_locale_data())
        results.append(check_child_environment(scratch))
        window = build_window(scratch)
        results.append("window")
        if prompt:
            results.append(event_loop.run(real_run(window, model, prompt)))
        window.close()
    except Exception as error:  # the one line says what failed
        report(
            f"{APP_NAME} {__version__} self-test FAILED after [{', '.join(results)}]: {type(error).__name__}: {error}",
            report_path,
        )
        return 1
    report(f"{APP_NAME} {__version__} self-test ok: {', '.join(results)}", report_path)
    return 0
