"""The real window, driven like a user would, against the local Replicate-compatible server."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton

from tests.local_replicate.outputs import text_tokens

LLAMA = "meta/meta-llama-3-8b-instruct"


def choose(window, qtbot, model: str, prompt: str) -> None:
    window.picker.set_text(model)
    window.resolve_model(model)
    qtbot.waitUntil(window._resolving.done, timeout=10_000)
    assert str(window.model_info.ref) == model
    window.prompt.setPlainText(prompt)


def run_and_wait(window, qtbot, status_prefix: str = "Done", timeout: int = 20_000) -> None:
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status_label.text().startswith(status_prefix), timeout=timeout)


def posts(server) -> list[str]:
    return [path for method, path, _ in server.requests if method == "POST"]


def test_key_widgets_have_stable_names(window):
    for name, kind in [
        ("modelPicker", QComboBox),
        ("promptEditor", QPlainTextEdit),
        ("runButton", QPushButton),
        ("cancelButton", QPushButton),
    ]:
        widget = window.findChild(kind, name)
        assert widget is not None and widget.accessibleName()
    assert window.findChild(type(window.output), "outputPanel").accessibleName() == "Output"


def test_llama_answer_streams_in_order_and_complete(window, qtbot, server):
    choose(window, qtbot, LLAMA, "Tell me about llamas")
    window.form.editors["max_tokens"].spin.setValue(60)
    seen: list[str] = []
    window.output.text.textChanged.connect(lambda: seen.append(window.output.plain_text()))
    run_and_wait(window, qtbot)
    example = server.catalog.model("meta", "meta-llama-3-8b-instruct")["default_example"]["output"]
    expected = "".join(text_tokens("Tell me about llamas", example, 60))
    assert window.output.plain_text() == expected
    assert len(set(seen)) > 20  # it grew token by token, not all at once
    assert all(expected.startswith(snapshot) for snapshot in seen)
    assert "Done" in window.status_label.text() and "model time" in window.status_label.text()
    assert not window.cancel_button.isEnabled() and window.run_button.isEnabled()


def test_sdxl_image_is_shown_and_saved(window, qtbot, server, tmp_path):
    choose(window, qtbot, "stability-ai/sdxl", "a lighthouse at dusk")
    run_and_wait(window, qtbot)
    qtbot.waitUntil(lambda: len(window.output.image_cards()) == 1)
    card = window.output.image_cards()[0]
    assert (card.image_size.width(), card.image_size.height()) == (1024, 1024)
    assert not card.view.item.pixmap().isNull() and card.isVisible()
    target = tmp_path / "saved.png"
    card.save_button.save_to(str(target))
    qtbot.waitUntil(target.exists)
    prediction_id = card.path.parent.name  # outputs are kept under <data>/outputs/<prediction id>/
    served = server.predictions.files[f"/files/{prediction_id}/{card.path.name}"]
    assert target.read_bytes() == card.path.read_bytes() == served


def test_empty_prompt_is_caught_before_sending(window, qtbot, server):
    choose(window, qtbot, LLAMA, "   \n ")
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    assert window.message.isVisible() and "prompt is empty" in window.message.text()
    assert window.prompt.hasFocus() or window.prompt is window.focusWidget()
    assert posts(server) == []


def test_ctrl_enter_runs(window, qtbot):
    choose(window, qtbot, LLAMA, "hi")
    window.form.editors["max_tokens"].spin.setValue(3)
    window.prompt.setFocus()
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Done"), timeout=10_000)
    assert window.output.plain_text().startswith("You asked: hi")


def test_cancel_stops_the_prediction_on_the_server(window, qtbot, server):
    server.predictions.pace.token_delay = 0.1
    choose(window, qtbot, LLAMA, "a very long story")
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.output.plain_text()) > 20, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Canceled"), timeout=10_000)
    prediction = server.predictions.newest_first()[0]
    assert prediction.cancel_requested and prediction.status == "canceled"
    assert window.run_button.isEnabled() and not window.cancel_button.isEnabled()


def test_unknown_model_is_explained(window, qtbot, server):
    window.picker.set_text("nobody/nothing-here")
    window.prompt.setPlainText("hello")
    run_and_wait(window, qtbot, "Not started")
    assert "was not found" in window.message.text()
    assert "was not found" in window.picker.description.text()


def test_invalid_model_name_is_explained_without_a_request(window, qtbot, server):
    before = len(server.requests)
    window.picker.set_text("just-a-name")
    window.prompt.setPlainText("hello")
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    assert "owner/name" in window.message.text()
    assert len(server.requests) == before


def test_model_failure_is_shown(window, qtbot):
    choose(window, qtbot, "stability-ai/sdxl", "an owl #fail")
    run_and_wait(window, qtbot, "Failed")
    assert "out of memory" in window.message.text()


def test_revoked_token_during_a_run_opens_the_token_dialog(window, qtbot, server):
    choose(window, qtbot, LLAMA, "hello")
    server.tokens.clear()
    run_and_wait(window, qtbot, "Failed")
    assert "not accept" in window.message.text()
    qtbot.waitUntil(lambda: window.token_dialog is not None and window.token_dialog.isVisible())


def test_about_box_says_replidesk_is_independent(window, qtbot):
    window.show_about()
    box = window.findChild(QLabel, "qt_msgbox_label")
    assert box is not None and "not made, endorsed or supported by Replicate" in box.text()


def test_data_folder_is_shown_with_a_button_to_open_it(window, tmp_path):
    window.show_data_folder()
    box = window.data_box
    assert box.isVisible() and str(tmp_path / "data") in box.text()
    assert box.findChild(QPushButton, "openDataFolderButton") is not None
