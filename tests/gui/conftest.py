from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings

from core.following import FollowPolicy
from core.run_manager import RunManager
from core.session import Session
from core.token_store import TokenStore
from gui import tasks
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.tasks import spawn
from tests.helpers.reading import make_bait


@pytest.fixture(autouse=True)
def english(qapp):
    """The app's English translation, as the app installs it at start (plural forms: "1 run",
    "2 runs"); a test that switches the language leaves English behind it."""
    from gui import translations

    if translations.current() != "en":
        translations.install(qapp, "en")
    yield
    if translations.current() != "en":
        translations.install(qapp, "en")


@pytest.fixture(autouse=True)
def task_failures():
    """A background task of the window that fails fails the test (the app would show the
    failure to the user): a test expecting one takes this fixture and empties the list."""
    failed: list[BaseException] = []
    tasks.on_failure(failed.append)
    yield failed
    tasks.on_failure(None)
    assert not failed, f"background tasks failed: {failed!r}"


@pytest.fixture
def bait(tmp_path, monkeypatch) -> str:
    """The file: URL of a 300 MB sparse file, to prove that rendering reads no local file."""
    return make_bait(tmp_path, monkeypatch)


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, qloop, server, tmp_path, settings_file):
    """Build the real main window against the local server, with the given keyring."""
    made: list[MainWindow] = []

    def make(keyring_backend, start: bool = True, concurrent: int = 4) -> MainWindow:
        session = Session(TokenStore(keyring_backend), server.base_url, poll_interval=0.02, data=tmp_path / "data")
        # Contact lost: tried again within a second here, parked after one (two minutes in the app).
        session.replicate.follow_policy = FollowPolicy(
            backoff_first=0.05, backoff_cap=0.2, outage_limit=1.0, reopen_delay=0.05
        )
        settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        window = MainWindow(RunManager(session, concurrent), settings)
        window.closing = True  # tests close windows with runs going without being asked
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        if start:
            spawn(window.start(), "start the window")
        return window

    yield make
    for window in made:  # runs a test leaves going are let go, the history closed
        spawn(window.manager.let_go(), "let go")
    qtbot.wait(50)


@pytest.fixture
def window(make_window, memory_keyring, token, qtbot):
    """Signed in (the token is in the keyring) and the default model looked up."""
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    shown = make_window(memory_keyring)
    qtbot.waitUntil(lambda: shown.composer.info is not None, timeout=10_000)
    return shown


@pytest.fixture
def settled(qtbot, qloop):
    """After the test, the window's background work (searches, look-ups, cover images) ends before
    the fixtures cancel what is left: a request cancelled while it connects leaves the HTTP library's
    `connect_tcp.<locals>.try_connect` coroutine unawaited, a RuntimeWarning that pyproject.toml
    makes an error of whichever test comes next."""
    yield
    qtbot.waitUntil(lambda: all(task.done() for task in asyncio.all_tasks(qloop)), timeout=10_000)
