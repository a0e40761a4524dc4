"""The run list against the real window, the local server and a real SQLite file."""

import asyncio
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.history import RunRecord
from core.run_events import RunStatus
from core.run_manager import RunManager
from gui.run_list_model import THUMBNAIL, RecordRole, initials
from tests.helpers.driving import LLAMA, SDXL, choose, fill, run, shown, start, wait_end


def run_prompt(window, qtbot, model, prompt, **values):
    return run(window, qtbot, model, prompt, **values)


def rows(window):
    return window.run_list.model


def wait_rows(window, qtbot, count):
    qtbot.waitUntil(lambda: rows(window).rowCount() == count, timeout=10_000)


def record_at(window, row):
    return rows(window).index(row).data(RecordRole)


def test_runs_are_listed_searchable_and_open_offline(window, qtbot, server):
    llama = run_prompt(window, qtbot, LLAMA, "Tell me about llamas", max_tokens=30)
    answer = llama.record.output_text
    run_prompt(window, qtbot, SDXL, "a lighthouse", width=128, height=96)
    qtbot.waitUntil(lambda: rows(window).rowCount() == 2 and bool(record_at(window, 0).files), timeout=10_000)
    first = record_at(window, 0)
    assert first.model == SDXL and first.status is RunStatus.SUCCEEDED and len(first.files) == 1
    waiting = rows(window).badge(SDXL)  # shown until the thumbnail is decoded
    qtbot.waitUntil(lambda: rows(window).index(0).data(Qt.ItemDataRole.DecorationRole) is not waiting)
    text_run = rows(window).index(1).data(Qt.ItemDataRole.DecorationRole).toImage()
    assert text_run.pixelColor(THUMBNAIL // 2, 6).alpha() == 255  # the model's badge, not a hole
    assert text_run != rows(window).badge(SDXL).toImage()  # each model its own

    window.run_list.panel.search.setText(answer.split()[-1])  # a word from the llama answer
    qtbot.waitUntil(lambda: rows(window).rowCount() == 1, timeout=5_000)
    found = record_at(window, 0)
    assert found.model == LLAMA

    server.stop()  # showing a past run needs no network
    window.run_list.panel.list.setCurrentIndex(rows(window).index(0))
    qtbot.waitUntil(lambda: window.outputs.current is not None and window.outputs.current.id == found.id)
    qtbot.waitUntil(lambda: shown(window).plain_text() == answer, timeout=5_000)
    # selecting shows the run and leaves the composer as it was
    assert window.composer.info.ref.name == "sdxl" and window.composer.prompt.toPlainText() == "a lighthouse"
    window.run_list.reuse_requested.emit(found)  # "Use inputs": now the composer takes them
    qtbot.waitUntil(lambda: window.composer.prompt.toPlainText() == "Tell me about llamas", timeout=5_000)
    qtbot.waitUntil(lambda: window.composer.info.ref.name == "meta-llama-3-8b-instruct")
    assert window.composer.form.values.values.get("max_tokens") == 30
    assert window.composer.form.editors["max_tokens"].spin.value() == 30


def test_delete_with_undo_puts_the_run_and_its_files_back(window, qtbot, tmp_path):
    run_prompt(window, qtbot, SDXL, "a boat", width=64, height=64)
    qtbot.waitUntil(
        lambda: rows(window).rowCount() == 1 and bool(record_at(window, 0).files),
        timeout=10_000,
    )
    record = record_at(window, 0)
    picture = window.session.outputs / record.files[0]
    data = picture.read_bytes()
    window.run_list.panel.list.setCurrentIndex(rows(window).index(0))
    window.run_list.delete_action.trigger()
    wait_rows(window, qtbot, 0)
    assert not picture.exists()
    window.run_list.undo_action.trigger()
    wait_rows(window, qtbot, 1)
    assert picture.read_bytes() == data


def test_delete_all_asks_first(window, qtbot):
    run_prompt(window, qtbot, LLAMA, "hi", max_tokens=3)
    wait_rows(window, qtbot, 1)
    window.run_list.delete_all_action.trigger()
    box = window.run_list.delete_all_box
    assert box.isVisible() and rows(window).rowCount() == 1
    box.button(box.StandardButton.Cancel).click()
    assert rows(window).rowCount() == 1
    window.run_list.delete_all_action.trigger()
    delete = next(b for b in window.run_list.delete_all_box.buttons() if b.text() == "Delete all")
    delete.click()
    wait_rows(window, qtbot, 0)
    # the run shown is gone: so is its view, and the status line says how to bring it back
    qtbot.waitUntil(lambda: window.outputs.currentWidget() is window.outputs.empty, timeout=5_000)
    assert window.outputs.shown == [] and window.outputs.views == {}
    assert window.status_label.text() == "1 run deleted. To bring back: Edit → Undo."


def test_run_again_makes_a_new_run_with_the_same_inputs(window, qtbot, server):
    run_prompt(window, qtbot, LLAMA, "once more", max_tokens=7)
    wait_rows(window, qtbot, 1)
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:
        window.run_list.rerun_requested.emit(record_at(window, 0))
    wait_end(window, qtbot, started.args[0][0])
    wait_rows(window, qtbot, 2)
    inputs = [p.input for p in server.predictions.newest_first()]
    assert inputs[0]["max_tokens"] == inputs[1]["max_tokens"] == 7 and inputs[0]["prompt"] == "once more"


def test_ten_thousand_runs_scroll_through_the_model_without_a_widget_per_row(window, qtbot):
    records = [
        RunRecord(
            model=f"owner/model-{i % 7}",
            status=RunStatus.SUCCEEDED,
            prompt=f"prompt number {i}",
            output_text=f"answer {i}",
            created_at=1_700_000_000 + i,
        )
        for i in range(10_000)
    ]
    window.run_list.queue(lambda: window.session.history.add_many(records))
    qtbot.waitUntil(lambda: window.run_list.model.total == 10_000, timeout=10_000)
    view = window.run_list.panel.list
    widgets_before = len(view.findChildren(QWidget))

    def scrolled_to_the_end() -> bool:  # each scroll to the bottom asks for the next page
        view.scrollToBottom()
        return rows(window).rowCount() == 10_000

    qtbot.waitUntil(scrolled_to_the_end, timeout=30_000)
    assert len(view.findChildren(QWidget)) == widgets_before  # rows are painted, not widgets
    assert view.model().index(9_999).data(RecordRole).prompt == "prompt number 0"
    window.run_list.panel.search.setText("number 4242")
    qtbot.waitUntil(lambda: rows(window).rowCount() == 1, timeout=5_000)
    assert record_at(window, 0).prompt == "prompt number 4242"


def test_no_token_or_secret_input_reaches_the_database_or_an_export(window, qtbot, server, token, tmp_path):
    secret = "sk-test-" + "x" * 24
    run_prompt(window, qtbot, "lucataco/stable-diffusion-3.5-large-lora-trainer", "a photo of TOK", hf_token=secret)
    assert server.predictions.newest_first()[0].input["hf_token"] == secret  # it was sent, as it must be
    qtbot.waitUntil(
        lambda: rows(window).rowCount() == 1 and record_at(window, 0).status is RunStatus.SUCCEEDED,
        timeout=10_000,
    )
    record = record_at(window, 0)
    export = tmp_path / "export.zip"
    task = window.run_list.export_to([record], export)
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()
    window.run_list.import_from(export)
    qtbot.waitUntil(lambda: rows(window).rowCount() == 2, timeout=10_000)
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

    run_prompt(window, qtbot, SDXL, "two boats", num_outputs=2, width=64, height=48)
    qtbot.waitUntil(lambda: rows(window).rowCount() == 1 and len(record_at(window, 0).files) == 2, timeout=10_000)
    before = record_at(window, 0)
    window.close()
    session = Session(TokenStore(memory_keyring), server.base_url, poll_interval=0.02, data=tmp_path / "data")
    again = MainWindow(RunManager(session), AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    again.show()
    again.run_list.refresh()
    qtbot.waitUntil(lambda: again.run_list.model.rowCount() == 1, timeout=10_000)
    after = again.run_list.model.index(0).data(RecordRole)
    assert after == before
    again.run_list.panel.list.setCurrentIndex(again.run_list.model.index(0))
    qtbot.waitUntil(lambda: again.outputs.shown_panel() is not None, timeout=10_000)
    panel = again.outputs.shown_panel()
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 2, timeout=10_000)
    for card in panel.image_cards():  # named after the prompt and model: two-boats_sdxl_<n>.png
        number = int(card.path.stem.rsplit("_", 1)[1])
        assert card.path.name == f"two-boats_sdxl_{number}.png"
        served = server.predictions.files[f"/files/{card.path.parent.name}/out-{number - 1}.png"]
        assert card.path.read_bytes() == served


def test_an_unreachable_replicate_leaves_unfinished_runs_for_the_next_start(window, qtbot, server):
    """Replicate out of reach while a run is followed: the run is let go as still running (its
    model's schema is kept, so it is followed, and the detach path is the one taken)."""
    server.predictions.pace.token_delay = 0.05
    choose(window, qtbot, LLAMA)
    fill(window, "a long story", max_tokens=200)
    live = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(live.record.output_text) > 0 or bool(live.recorder._text), timeout=10_000)
    server.stop()  # the network goes away mid-run
    finished = wait_end(window, qtbot, live)
    assert finished.detached and "next start" in finished.problem.message
    check = asyncio.ensure_future(window.session.history.unfinished())
    qtbot.waitUntil(check.done)
    assert [r.id for r in check.result()] == [live.record_id]
    assert check.result()[0].status is RunStatus.PROCESSING


def test_the_delete_key_deletes_runs_only_from_the_list(window, qtbot):
    run_prompt(window, qtbot, LLAMA, "keep me", max_tokens=2)
    wait_rows(window, qtbot, 1)
    window.composer.prompt.setFocus()
    qtbot.keyClick(window.composer.prompt, Qt.Key.Key_Delete)
    qtbot.wait(100)
    assert rows(window).rowCount() == 1
    view = window.run_list.panel.list
    view.setCurrentIndex(rows(window).index(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_rows(window, qtbot, 0)


def test_refreshes_asked_together_reload_the_list_once(window, qtbot, monkeypatch):
    run_list = window.run_list
    qtbot.waitUntil(lambda: not run_list._lock.locked(), timeout=10_000)
    reloads = []
    reload = run_list.model.reload
    monkeypatch.setattr(run_list.model, "reload", lambda *args: reloads.append(args) or reload(*args))
    first = run_list.refresh()
    assert all(run_list.refresh() is first for _ in range(5))  # runs starting or ending together
    qtbot.waitUntil(first.done, timeout=10_000)
    later = run_list.refresh()  # a change after the reload began gets a reload of its own
    qtbot.waitUntil(later.done, timeout=10_000)
    assert later is not first and len(reloads) == 2


def test_a_runs_badge_names_its_model():
    assert initials("meta/meta-llama-3-8b-instruct") == "ML"
    assert initials("stability-ai/sdxl") == "S" and initials("nightmareai/real-esrgan") == "RE"
    assert initials("someone/123") == "?"
