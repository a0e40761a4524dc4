"""The first start: the welcome with the token step, a pasted `export …` line, the reveal toggle,
one message in one place, no password store, the store named, and the starters."""

from __future__ import annotations

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QWidget

from core.token_store import ACCOUNT_NAME, SERVICE_NAME
from gui.starters import IMAGE_MODEL, TEXT_MODEL, Starters, StartersDialog
from gui.token_dialog import TOKENS_PAGE, TokenDialog
from tests.conftest import MemoryKeyring


def open_dialog(window, qtbot) -> TokenDialog:
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible(), timeout=10_000)
    return window.token.dialog


class KWalletKeyring(MemoryKeyring):
    """A keyring in memory that keyring would take for KWallet (named by its module)."""


KWalletKeyring.__module__ = "keyring.backends.kwallet"


def test_first_start_without_a_token_welcomes_then_signs_in(make_window, memory_keyring, qtbot, token):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    assert dialog.welcome is not None and dialog.welcome.isVisible()
    said = dialog.welcome.text()
    assert "runs AI models in the cloud" in said
    assert "billed to your own Replicate account" in said
    assert "not made by Replicate" in said
    assert dialog.token_input.isVisible() and dialog.token_input.hasFocus()  # the token step, same page
    qtbot.wait(300)  # the model named at start is looked up, and needs the token too
    assert not dialog.message.isVisible()  # the welcome says it: no second message
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert memory_keyring.passwords[(SERVICE_NAME, ACCOUNT_NAME)] == token
    qtbot.waitUntil(lambda: window.token.starters is not None and window.token.starters.isVisible())


def test_no_welcome_when_a_token_exists(window, qtbot):
    qtbot.wait(100)  # start() has had its chance to ask
    assert window.token.dialog is None
    window.menu_actions.set_token.trigger()  # Account → Set API token…: the token step alone
    dialog = open_dialog(window, qtbot)
    assert dialog.welcome is None
    assert dialog.windowTitle() == "Replicate API token"


def test_the_tokens_page_button_opens_the_browser(make_window, memory_keyring, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.open_page, Qt.MouseButton.LeftButton)
    assert opened == [QUrl(TOKENS_PAGE)]
    assert dialog.isVisible()  # the page opens beside the dialog: the user comes back to paste


@pytest.mark.parametrize(
    "pasted",
    ["export REPLICATE_API_TOKEN={token}", '  $env:REPLICATE_API_TOKEN="{token}"  ', "set REPLICATE_API_TOKEN={token}"],
)
def test_a_pasted_export_line_is_accepted(make_window, memory_keyring, qtbot, token, pasted):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    dialog.token_input.setText(pasted.format(token=token))
    qtbot.keyClick(dialog.token_input, Qt.Key.Key_Return)  # Sign in is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert memory_keyring.passwords[(SERVICE_NAME, ACCOUNT_NAME)] == token
    assert window.session.token == token
    assert "Local Tester" in window.status_label.text()


def test_reveal_shows_and_hides_the_token(make_window, memory_keyring, qtbot):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    assert dialog.token_input.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.reveal.accessibleName() and not dialog.reveal.isChecked()
    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert dialog.token_input.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert dialog.token_input.echoMode() == QLineEdit.EchoMode.Password


def test_a_wrong_token_is_one_error_in_the_dialog_without_the_menu(make_window, memory_keyring, qtbot):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    dialog.token_input.setText("r8_this_is_not_my_token_123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not accept" in dialog.message.text(), timeout=10_000)
    assert "Set API token" not in dialog.message.text()  # that menu leads here
    assert dialog.message.property("role") == "fieldError"  # styled as an error
    assert dialog.isVisible() and window.session.token is None


def test_one_dialog_and_one_message_when_asked_again(make_window, memory_keyring, qtbot):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    window.token.ask("First reason")
    window.token.ask("Second reason")
    assert window.token.dialog is dialog
    assert dialog.message.text() == "Second reason"
    dialogs = [w for w in window.findChildren(TokenDialog) if w.isVisible()]
    assert dialogs == [dialog]


def test_run_without_a_token_then_signing_in_starts_the_run(make_window, memory_keyring, qtbot, server, token):
    window = make_window(memory_keyring, start=False)
    window.composer.prompt.setPlainText("hello after signing in")
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window, qtbot)
    assert dialog.welcome is None  # asked for a reason: the token step alone
    assert "needs your Replicate API token" in dialog.message.text()
    assert "Set API token" not in dialog.message.text()
    assert server.requests == []
    dialog.token_input.setText(f"export REPLICATE_API_TOKEN={token}")
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:  # no second press of Run
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert started.args[0][0].record.prompt == "hello after signing in"
    assert window.token.starters is None  # starters are for the first start's welcome only


def test_no_password_store_signs_in_for_this_session(make_window, qtbot, token):
    window = make_window(keyring.backends.fail.Keyring())
    dialog = open_dialog(window, qtbot)
    assert not window.composer.banner.isVisible()  # no store is not an error at start: the dialog says it
    qtbot.waitUntil(lambda: "no password store" in dialog.store_note.text())
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.token == token, timeout=10_000)
    said = dialog.message.text()
    assert dialog.isVisible() and "for this session only" in said  # said where the user looks
    assert "ask for the token again" in said
    assert "no password store such as GNOME Keyring or KWallet" in said
    assert "REPLICATE_API_TOKEN" not in said
    assert "for this session only" in window.status_label.text()
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)  # signed in: the model loads
    assert dialog.ok_button.text() == "Continue"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_password_store_is_named(make_window, qtbot):
    window = make_window(KWalletKeyring())
    dialog = open_dialog(window, qtbot)
    qtbot.waitUntil(lambda: "KWallet" in dialog.store_note.text())
    assert "kept in KWallet" in dialog.store_note.text()


def test_starters_emit_their_model_and_prompt(qtbot):
    starters = Starters()
    qtbot.addWidget(starters)
    with qtbot.waitSignal(starters.chosen) as text:
        qtbot.mouseClick(starters.buttons["textStarter"], Qt.MouseButton.LeftButton)
    assert text.args[0] == TEXT_MODEL == "meta/meta-llama-3-8b-instruct" and text.args[1].strip()
    with qtbot.waitSignal(starters.chosen) as image:
        qtbot.mouseClick(starters.buttons["imageStarter"], Qt.MouseButton.LeftButton)
    assert image.args == [IMAGE_MODEL, "a lighthouse at dusk, oil painting"]
    assert IMAGE_MODEL == "stability-ai/sdxl"
    assert all(b.accessibleName() and b.accessibleDescription() for b in starters.buttons.values())


def test_the_starters_dialog_passes_the_choice_on_and_closes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StartersDialog("Local Tester", parent)
    dialog.open()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.starters.buttons["imageStarter"], Qt.MouseButton.LeftButton)
    assert chosen.args[0] == IMAGE_MODEL
    assert not dialog.isVisible()


def test_first_sign_in_offers_the_starters_to_the_window(make_window, memory_keyring, qtbot, token):
    window = make_window(memory_keyring)
    dialog = open_dialog(window, qtbot)
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.token.starters is not None and window.token.starters.isVisible(), timeout=10_000)
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:  # one click runs it
        with qtbot.waitSignal(window.token.starter_chosen) as chosen:
            qtbot.mouseClick(window.token.starters.starters.buttons["textStarter"], Qt.MouseButton.LeftButton)
    assert chosen.args[0] == TEXT_MODEL
    live = started.args[0][0]
    assert str(live.info.ref.slug) == TEXT_MODEL and live.record.prompt == chosen.args[1]
    assert window.composer.picker.text() == TEXT_MODEL


def test_without_a_password_store_later_starts_ask_without_the_welcome_and_follow_runs_left_going(
    make_window, qtbot, token, server
):
    """No store: the token is asked for at every start, but the welcome (and its starters) only
    once; and the runs the last session let finish are followed once signed in."""
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.driving import LLAMA, choose, fill, start

    server.predictions.pace.token_delay = 0.05
    first = make_window(keyring.backends.fail.Keyring())
    dialog = open_dialog(first, qtbot)
    assert dialog.welcome is not None
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.session.token == token, timeout=10_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # Continue
    choose(first, qtbot, LLAMA)
    fill(first, "left going", max_tokens=80)
    live = start(first, qtbot)[0]
    first.closing = False
    first.close()
    qtbot.waitUntil(lambda: first.findChild(QMessageBox, "closeWithRunsBox") is not None)
    box = first.findChild(QMessageBox, "closeWithRunsBox")
    next(b for b in box.buttons() if b.text().startswith("Let them finish")).click()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=10_000)

    again = make_window(keyring.backends.fail.Keyring())  # the next start: no token anywhere
    dialog = open_dialog(again, qtbot)
    assert dialog.welcome is None  # asked again, plainly, without the first-start welcome
    assert not again.live.live
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(again.live.live), timeout=10_000)
    assert again.live.live[0].reattached and again.live.live[0].record_id == live.record_id


def test_signed_out_the_form_and_the_status_line_say_so(make_window, memory_keyring, qtbot, token):
    """The welcome put off: no "This model has no other inputs" for a model not yet looked up."""
    window = make_window(memory_keyring)
    open_dialog(window, qtbot).reject()
    form = window.composer.form
    assert form.empty.isVisibleTo(window) and form.empty.text() == "Sign in to see this model's inputs."
    assert not form.advanced_toggle.isVisibleTo(window)
    assert not form.reset_button.isEnabled() and not form.example_button.isEnabled()
    assert window.status_label.text().startswith("Not signed in: Account → Set API token…")
    window.menu_actions.set_token.trigger()
    dialog = open_dialog(window, qtbot)
    dialog.token_input.setText(token)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    assert not form.empty.isVisibleTo(window) and form.reset_button.isEnabled()
    assert window.status_label.text().startswith("Signed in as")
