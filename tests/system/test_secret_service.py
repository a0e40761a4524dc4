"""The token in a real OS keyring: gnome-keyring's Secret Service over D-Bus (tools/test.sh starts it)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from core.token_store import ACCOUNT_NAME, SERVICE_NAME, TokenStore
from tests.helpers.driving import fill, start, wait_end

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def secret_service():
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        _ = backend.priority  # raises when no Secret Service answers on the session bus
        backend.get_password("replidesk-probe", "probe")
    except Exception as error:
        reason = (
            f"no usable Secret Service on D-Bus ({type(error).__name__}: {error}); "
            "run the tests with tools/test.sh, which starts gnome-keyring in dbus-run-session"
        )
        if os.environ.get("REPLIDESK_REQUIRE_SECRET_SERVICE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return backend


@pytest.fixture
def real_keyring():
    backend = secret_service()
    yield backend
    TokenStore(backend).delete()


def test_token_round_trips_through_the_os_keyring(real_keyring):
    store = TokenStore(real_keyring)
    store.save("round-trip-value")
    # Another process, using keyring's own choice of backend, reads the same secret.
    code = (
        "import keyring; print(type(keyring.get_keyring()).__module__); "
        f"print(keyring.get_password({SERVICE_NAME!r}, {ACCOUNT_NAME!r}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    assert out == ["keyring.backends.SecretService", "round-trip-value"]
    store.delete()
    assert store.load() is None


def test_signing_in_stores_the_token_only_in_the_keyring(
    make_window, real_keyring, qtbot, token, tmp_path, settings_file
):
    window = make_window(real_keyring)
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())
    window.token.dialog.token_input.setText(token)
    qtbot.mouseClick(window.token.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.token.dialog.isVisible(), timeout=10_000)
    assert real_keyring.get_password(SERVICE_NAME, ACCOUNT_NAME) == token

    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    fill(window, "hello", max_tokens=5)
    wait_end(window, qtbot, start(window, qtbot)[0])
    window.close()  # writes the settings file

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert settings_file in written
    assert [p for p in written if token.encode() in p.read_bytes()] == []
