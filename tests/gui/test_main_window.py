"""The real window, driven like a user would, against the local Replicate-compatible server."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QListView, QPlainTextEdit, QPushButton, QStackedWidget

from core.run_events import RunStatus
from tests.helpers.driving import LLAMA, SDXL, choose, fill, posts, run, shown, start, wait_end, wait_shown
from tests.local_replicate.outputs import text_tokens


def test_key_widgets_and_actions_have_stable_names(window):
    for name, kind in [
        ("modelPicker", QComboBox),
        ("promptEditor", QPlainTextEdit),
        ("runButton", QPushButton),
        ("cancelButton", QPushButton),
        ("runList", QListView),
        ("outputPanel", QStackedWidget),
    ]:
        widget = window.findChild(kind, name)
        assert widget is not None and widget.accessibleName(), name
    for name in ("actionRun", "actionCancel", "actionCancelAll", "actionNewConversation", "actionCompare"):
        assert window.findChild(QAction, name) is not None, name
    assert window.findChild(QAction, "actionNewConversation").shortcut().toString() == "Ctrl+N"


def test_llama_answer_streams_in_order_and_complete(window, qtbot, server):
    choose(window, qtbot, LLAMA)
    fill(window, "Tell me about llamas", max_tokens=60)
    live = start(window, qtbot)[0]
    panel = wait_shown(window, qtbot, live)
    seen: list[str] = []
    panel.text.textChanged.connect(lambda: seen.append(panel.plain_text()))
    assert wait_end(window, qtbot, live).status is RunStatus.SUCCEEDED
    example = server.catalog.model("meta", "meta-llama-3-8b-instruct")["default_example"]["output"]
    expected = "".join(text_tokens("Tell me about llamas", example, 60))
    qtbot.waitUntil(lambda: panel.plain_text() == expected)
    assert len(set(seen)) > 10  # it grew piece by piece, not all at once
    assert all(expected.startswith(snapshot) for snapshot in seen)
    view = window.outputs.primary()
    qtbot.waitUntil(lambda: view.status_label.text().startswith("Done · "))
    assert "Model time" in panel.metrics.text()
    assert not window.composer.cancel_button.isEnabled() and window.composer.run_button.isEnabled()


def test_sdxl_image_is_shown_and_saved(window, qtbot, server, tmp_path):
    live = run(window, qtbot, SDXL, "a lighthouse at dusk")
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 1)
    card = panel.image_cards()[0]
    assert (card.image_size.width(), card.image_size.height()) == (1024, 1024)
    assert not card.view.item.pixmap().isNull() and card.isVisible()
    target = tmp_path / "saved.png"
    card.save_button.save_to(str(target))
    qtbot.waitUntil(target.exists)
    assert card.path.name == "a-lighthouse-at-dusk_sdxl_1.png"  # named from the prompt and model
    served = server.predictions.files[f"/files/{live.record.prediction_id}/out-0.png"]
    assert target.read_bytes() == card.path.read_bytes() == served


def test_empty_prompt_is_caught_before_sending(window, qtbot, server):
    choose(window, qtbot, LLAMA)
    fill(window, "   \n ")
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.composer.banner.isVisible())
    assert "prompt is empty" in window.composer.banner.text()
    assert posts(server) == []


def test_ctrl_enter_runs(window, qtbot):
    choose(window, qtbot, LLAMA)
    fill(window, "hi", max_tokens=3)
    window.composer.prompt.setFocus()
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:
        qtbot.keyClick(window.composer.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    live = started.args[0][0]
    wait_end(window, qtbot, live)
    assert live.record.output_text.startswith("You asked: hi")


def test_cancel_stops_the_prediction_on_the_server(window, qtbot, server):
    server.predictions.pace.token_delay = 0.1
    choose(window, qtbot, LLAMA)
    fill(window, "a very long story")
    live = start(window, qtbot)[0]
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: len(panel.plain_text()) > 20, timeout=10_000)
    assert window.composer.cancel_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert wait_end(window, qtbot, live).status is RunStatus.CANCELED
    prediction = server.predictions.get(live.record.prediction_id)
    assert prediction.cancel_requested and prediction.status == "canceled"
    qtbot.waitUntil(lambda: not window.composer.cancel_button.isEnabled())


def test_unknown_model_is_explained_and_leaves_no_stale_form(window, qtbot, server):
    choose(window, qtbot, SDXL)
    window.composer.set_model_text("nobody/nothing-here")
    window.models.choose("nobody/nothing-here")
    qtbot.waitUntil(lambda: "was not found" in window.composer.picker.description.text(), timeout=10_000)
    assert window.composer.form.editors == {}  # SDXL's inputs are not left under another name
    fill(window, "hello")
    asked = len(server.requests)
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)  # looked up again
    qtbot.waitUntil(lambda: len(server.requests) > asked and window.composer.picker.combo.hasFocus(), timeout=10_000)
    assert "was not found" in window.composer.picker.description.text()  # said once, under the box
    assert not window.composer.banner.isVisibleTo(window) and posts(server) == []


def test_invalid_model_name_is_explained_without_a_request(window, qtbot, server):
    before = len(server.requests)
    window.composer.set_model_text("just-a-name")
    fill(window, "hello")
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "owner/name" in window.composer.banner.text())
    assert len(server.requests) == before


def test_model_failure_is_shown_on_its_run_as_plain_text(window, qtbot):
    live = run(window, qtbot, SDXL, "an owl #fail", expect=RunStatus.FAILED)
    wait_shown(window, qtbot, live)
    banner = window.outputs.primary().banner
    qtbot.waitUntil(banner.isVisible)
    assert "out of memory" in banner.text()
    assert "<batch, 3, H, W> & got <tensor>" in banner.text()  # markup in a model's error stays visible
    assert not window.composer.banner.isVisible()  # the run's problem is not the composer's


def test_revoked_token_during_a_run_opens_the_token_dialog(window, qtbot, server):
    choose(window, qtbot, LLAMA)
    server.tokens.clear()
    fill(window, "hello")
    live = start(window, qtbot)[0]
    assert wait_end(window, qtbot, live).status is RunStatus.FAILED
    assert "not accept" in live.finished.problem.message
    qtbot.waitUntil(lambda: window.token.dialog is not None and window.token.dialog.isVisible())


def test_about_box_says_replidesk_is_independent(window, qtbot):
    window.menu_actions.about.trigger()
    box = window.findChild(QLabel, "qt_msgbox_label")
    assert box is not None and "not made, endorsed or supported by Replicate" in box.text()


def test_data_folder_is_shown_with_a_button_to_open_it(window, tmp_path):
    window.menu_actions.data_folder.trigger()
    box = window.findChild(QLabel, "qt_msgbox_label")
    assert box is not None and str(tmp_path / "data") in box.text()
    assert window.findChild(QPushButton, "openDataFolderButton") is not None


def test_a_model_that_takes_no_prompt_records_no_prompt(window, qtbot, tmp_path):
    from tests.local_replicate.outputs import png_bytes

    picture = tmp_path / "face.png"
    picture.write_bytes(png_bytes(32, 32))
    choose(window, qtbot, LLAMA)
    fill(window, "a leftover prompt")
    choose(window, qtbot, "nightmareai/real-esrgan")
    assert not window.composer.prompt.isVisible()
    window.composer.form.editors["image"].set_file(picture)  # picked by the user: sent without asking
    live = start(window, qtbot)[0]
    wait_end(window, qtbot, live)
    assert live.record.prompt == "" and "prompt" not in live.record.inputs
    assert shown(window) is not None


def test_the_empty_output_asks_for_what_the_model_takes(window, qtbot, server):
    empty = window.outputs.empty
    assert empty.text() == "Write a prompt and press Run: the answer appears here."
    choose(window, qtbot, "nightmareai/real-esrgan")  # an upscaler: no prompt, an image
    assert empty.text() == "Fill in the inputs and press Run: the result appears here."
    choose(window, qtbot, LLAMA)
    assert empty.text() == "Write a prompt and press Run: the answer appears here."
