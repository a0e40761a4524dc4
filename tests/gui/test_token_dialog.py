from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.token_store import ACCOUNT_NAME, SERVICE_NAME


def test_first_start_without_token_asks_for_one_and_stores_it(make_window, memory_keyring, qtbot, token):
    window = make_window(memory_keyring)
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())
    dialog = window.token.dialog
    field = dialog.findChild(QLineEdit, "tokenInput")
    assert field.echoMode() == QLineEdit.EchoMode.Password and dialog.ok_button.isDefault()
    qtbot.keyClicks(field, token)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert memory_keyring.passwords[(SERVICE_NAME, ACCOUNT_NAME)] == token
    assert "Local Tester" in window.status_label.text()
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)


def test_a_refused_token_is_explained_and_not_stored(make_window, memory_keyring, qtbot):
    window = make_window(memory_keyring)
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())
    dialog = window.token.dialog
    dialog.token_input.setText("not-a-valid-token")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not accept" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert memory_keyring.passwords == {}


def test_running_without_a_token_opens_the_dialog_then_runs(make_window, memory_keyring, qtbot, server, token):
    window = make_window(memory_keyring, start=False)
    window.composer.prompt.setPlainText("hello")
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())
    assert "needs your Replicate API token" in window.token.dialog.message.text()  # the reason, in the dialog
    assert server.requests == []
    window.token.dialog.token_input.setText(token)
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:  # the run asked for starts
        qtbot.mouseClick(window.token.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert started.args[0][0].record.prompt == "hello"


def test_sign_out_removes_the_token(window, memory_keyring, qtbot):
    window.menu_actions.sign_out.trigger()
    qtbot.waitUntil(lambda: "Signed out" in window.status_label.text(), timeout=5_000)
    assert window.session.token is None and memory_keyring.passwords == {}


def test_cancel_waits_while_replicate_checks_the_token(make_window, memory_keyring, qtbot, token, monkeypatch):
    """Cancel or Esc during the check would let a sign-in through unseen (and start the run
    waiting for it): both wait for Replicate's answer."""
    import asyncio

    window = make_window(memory_keyring)
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())
    dialog = window.token.dialog
    sign_in = window.session.sign_in

    async def slow_sign_in(text: str):
        await asyncio.sleep(0.3)  # Replicate taking its time
        return await sign_in(text)

    monkeypatch.setattr(window.session, "sign_in", slow_sign_in)
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checking)
    assert not dialog.cancel_button.isEnabled() and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # signed in, then closed
    assert memory_keyring.passwords[(SERVICE_NAME, ACCOUNT_NAME)] == token
