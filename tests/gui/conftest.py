from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings

from core.session import Session
from core.token_store import TokenStore
from gui.main_window import MainWindow
from gui.settings import AppSettings


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, qloop, server, tmp_path, settings_file):
    """Build the real main window against the local server, with the given keyring."""

    def make(keyring_backend, start: bool = True) -> MainWindow:
        session = Session(TokenStore(keyring_backend), server.base_url, poll_interval=0.02, data=tmp_path / "data")
        window = MainWindow(session, AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.show()
        if start:
            asyncio.ensure_future(window.start())
        return window

    return make


@pytest.fixture
def window(make_window, memory_keyring, token, qtbot):
    """Signed in (the token is in the keyring) and the default model looked up."""
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    shown = make_window(memory_keyring)
    qtbot.waitUntil(lambda: shown.model_info is not None, timeout=10_000)
    return shown
