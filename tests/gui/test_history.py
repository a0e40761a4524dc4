"""The history sidebar against the real window, the local server and a real SQLite file."""

import asyncio
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.history import Filter, RunRecord
from core.replicate_service import ReplicateService
from gui.history_model import RecordRole
from gui.window_history import reattach_unfinished


def run_prompt(window, qtbot, model, prompt, **values):
    window.picker.set_text(model)
    window.resolve_model(model)
    qtbot.waitUntil(lambda: window._resolving.done(), timeout=10_000)
    for name, value in values.items():
        window.form.set_value(name, value)
    window.prompt.setPlainText(prompt)
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.run_task is not None and window.run_task.done(), timeout=20_000)
    assert window.status_label.text().startswith("Done"), window.message.text()


def wait_rows(window, qtbot, count):
    qtbot.waitUntil(lambda: window.history.model.rowCount() == count, timeout=10_000)


def test_runs_are_listed_searchable_and_open_offline(window, qtbot, server):
    run_prompt(window, qtbot, "meta/meta-llama-3-8b-instruct", "Tell me about llamas", max_tokens=30)
    answer = window.output.plain_text()
    run_prompt(window, qtbot, "stability-ai/sdxl", "a lighthouse", width=128, height=96)
    qtbot.waitUntil(
        lambda: window.history.model.rowCount() == 2 and bool(window.history.model.index(0).data(RecordRole).files),
        timeout=10_000,
    )
    first = window.history.model.index(0).data(RecordRole)
    assert first.model == "stability-ai/sdxl" and first.status == "succeeded" and len(first.files) == 1
    blank = window.history.model._blank
    qtbot.waitUntil(lambda: window.history.model.index(0).data(Qt.ItemDataRole.DecorationRole) is not blank)

    window.history.panel.search.setText(answer.split()[-1])  # a word from the llama answer
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=5_000)
    llama = window.history.model.index(0).data(RecordRole)
    assert llama.model == "meta/meta-llama-3-8b-instruct"

    server.stop()  # opening a run needs no network
    window.output.clear()
    window.history.open(llama)
    qtbot.waitUntil(lambda: window.output.plain_text() == answer, timeout=5_000)
    assert window.prompt.toPlainText() == "Tell me about llamas"
    assert window.form.values.values.get("max_tokens") == 30 and window.form.editors["max_tokens"].spin.value() == 30


def test_delete_with_undo_puts_the_run_and_its_files_back(window, qtbot, tmp_path):
    run_prompt(window, qtbot, "stability-ai/sdxl", "a boat", width=64, height=64)
    qtbot.waitUntil(
        lambda: window.history.model.rowCount() == 1 and bool(window.history.model.index(0).data(RecordRole).files),
        timeout=10_000,
    )
    record = window.history.model.index(0).data(RecordRole)
    picture = window.session.outputs / record.files[0]
    data = picture.read_bytes()
    window.history.panel.list.setCurrentIndex(window.history.model.index(0))
    window.history.delete_action.trigger()
    wait_rows(window, qtbot, 0)
    assert not picture.exists()
    window.history.undo_action.trigger()
    wait_rows(window, qtbot, 1)
    assert picture.read_bytes() == data


def test_delete_all_asks_first(window, qtbot):
    run_prompt(window, qtbot, "meta/meta-llama-3-8b-instruct", "hi", max_tokens=3)
    wait_rows(window, qtbot, 1)
    window.history.delete_all_action.trigger()
    box = window.history.delete_all_box
    assert box.isVisible() and window.history.model.rowCount() == 1
    box.button(box.StandardButton.Cancel).click()
    assert window.history.model.rowCount() == 1
    window.history.delete_all_action.trigger()
    delete = next(b for b in window.history.delete_all_box.buttons() if b.text() == "Delete all")
    delete.click()
    wait_rows(window, qtbot, 0)


def test_run_again_makes_a_new_run_with_the_same_inputs(window, qtbot, server):
    run_prompt(window, qtbot, "meta/meta-llama-3-8b-instruct", "once more", max_tokens=7)
    wait_rows(window, qtbot, 1)
    window.history.run_again(window.history.model.index(0).data(RecordRole))
    wait_rows(window, qtbot, 2)
    qtbot.waitUntil(lambda: window.run_task.done(), timeout=10_000)
    inputs = [p.input for p in server.predictions.newest_first()]
    assert inputs[0]["max_tokens"] == inputs[1]["max_tokens"] == 7 and inputs[0]["prompt"] == "once more"


def test_ten_thousand_runs_scroll_through_the_model_without_a_widget_per_row(window, qtbot):
    records = [
        RunRecord(
            model=f"owner/model-{i % 7}",
            status="succeeded",
            prompt=f"prompt number {i}",
            output_text=f"answer {i}",
            created_at=1_700_000_000 + i,
        )
        for i in range(10_000)
    ]
    window.history.queue(window.session.history.add_many(records))
    qtbot.waitUntil(lambda: window.history.model.total == 10_000, timeout=10_000)
    view = window.history.panel.list
    widgets_before = len(view.findChildren(QWidget))
    for _ in range(60):  # scroll to the end, page after page
        view.scrollToBottom()
        qtbot.wait(10)
        if window.history.model.rowCount() == 10_000:
            break
    assert window.history.model.rowCount() == 10_000
    assert len(view.findChildren(QWidget)) == widgets_before  # rows are painted, not widgets
    assert view.model().index(9_999).data(RecordRole).prompt == "prompt number 0"
    window.history.panel.search.setText("number 4242")
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=5_000)
    assert window.history.model.index(0).data(RecordRole).prompt == "prompt number 4242"


def test_no_token_or_secret_input_reaches_the_database_or_an_export(window, qtbot, server, token, tmp_path):
    secret = "sk-test-" + "x" * 24
    run_prompt(window, qtbot, "lucataco/stable-diffusion-3.5-large-lora-trainer", "a photo of TOK", hf_token=secret)
    assert server.predictions.newest_first()[0].input["hf_token"] == secret  # it was sent, as it must be
    qtbot.waitUntil(
        lambda: (
            window.history.model.rowCount() == 1
            and window.history.model.index(0).data(RecordRole).status == "succeeded"
        ),
        timeout=10_000,
    )
    record = window.history.model.index(0).data(RecordRole)
    export = tmp_path / "export.zip"
    task = window.history.export_to([record], export)
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()
    window.history.import_from(export)
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 2, timeout=10_000)
    window.close()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert export in written and any(p.name == "history.sqlite3" for p in written)
    for path in written:
        data = path.read_bytes()
        assert secret.encode() not in data and token.encode() not in data, path
    for name in zipfile.ZipFile(export).namelist():
        assert secret.encode() not in zipfile.ZipFile(export).read(name)


def test_runs_survive_a_restart_of_the_window(window, qtbot, server, tmp_path, memory_keyring, settings_file):
    from PySide6.QtCore import QSettings

    from core.session import Session
    from core.token_store import TokenStore
    from gui.main_window import MainWindow
    from gui.settings import AppSettings

    run_prompt(window, qtbot, "stability-ai/sdxl", "two boats", num_outputs=2, width=64, height=48)
    qtbot.waitUntil(
        lambda: window.history.model.rowCount() == 1 and len(window.history.model.index(0).data(RecordRole).files) == 2,
        timeout=10_000,
    )
    before = window.history.model.index(0).data(RecordRole)
    window.close()
    session = Session(TokenStore(memory_keyring), server.base_url, poll_interval=0.02, data=tmp_path / "data")
    again = MainWindow(session, AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.show()
    again.history.refresh()
    qtbot.waitUntil(lambda: again.history.model.rowCount() == 1, timeout=10_000)
    after = again.history.model.index(0).data(RecordRole)
    assert after == before
    again.history.open(after)
    qtbot.waitUntil(lambda: len(again.output.image_cards()) == 2, timeout=10_000)
    for card in again.output.image_cards():
        served = server.predictions.files[f"/files/{card.path.parent.name}/{card.path.name}"]
        assert card.path.read_bytes() == served


def test_an_unreachable_replicate_leaves_unfinished_runs_for_the_next_start(window, qtbot, server):
    record = RunRecord(
        model="meta/meta-llama-3-8b-instruct", status="processing", prompt="x", prediction_id="gone-offline"
    )
    task = window.history.queue(window.session.history.add(record))
    qtbot.waitUntil(task.done)
    # Replicate out of reach (a port nothing listens on) while following
    window.session.replicate = ReplicateService(lambda: "t", "http://127.0.0.1:9", poll_interval=0.02)
    follow = asyncio.ensure_future(reattach_unfinished(window))
    qtbot.waitUntil(follow.done, timeout=20_000)
    check = asyncio.ensure_future(window.session.history.page(Filter(), 0, 10))
    qtbot.waitUntil(check.done)
    assert [r.status for r in check.result()] == ["processing"]


def test_the_delete_key_deletes_runs_only_from_the_list(window, qtbot):
    run_prompt(window, qtbot, "meta/meta-llama-3-8b-instruct", "keep me", max_tokens=2)
    wait_rows(window, qtbot, 1)
    window.prompt.setFocus()
    qtbot.keyClick(window.prompt, Qt.Key.Key_Delete)
    qtbot.wait(100)
    assert window.history.model.rowCount() == 1
    view = window.history.panel.list
    view.setCurrentIndex(window.history.model.index(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_rows(window, qtbot, 0)
