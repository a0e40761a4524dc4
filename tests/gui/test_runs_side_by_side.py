"""Several runs at once in the real window (issue 10): each has its own view, the composer is
independent of what is shown, conversations carry their turns, comparisons and batches send
one prediction each, and closing with runs going asks what to do."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from core.run_events import RunStatus
from gui.run_list_model import RecordRole
from tests.helpers.driving import LLAMA, SDXL, choose, fill, run, shown, start, wait_end, wait_shown

DEEPSEEK = "kcaverly/deepseek-coder-6.7b-instruct"


def creates(server) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions"))


def select(window, qtbot, live) -> None:
    qtbot.waitUntil(lambda: window.run_list.panel.select_run(live.record_id), timeout=10_000)
    wait_shown(window, qtbot, live)


def test_runs_started_while_one_streams_each_show_only_their_own_output(window, qtbot, server):
    server.predictions.pace.token_delay = 0.02
    choose(window, qtbot, LLAMA)
    fill(window, "first question", max_tokens=80)
    first = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(window).plain_text()) > 10, timeout=10_000)
    fill(window, "second question", max_tokens=20)
    second = start(window, qtbot)[0]  # Run starts another run while the first streams
    choose(window, qtbot, SDXL)
    fill(window, "a red boat", width=64, height=64)
    third = start(window, qtbot)[0]
    assert first.finished is None  # still going: nothing waited for it
    for live in (first, second, third):
        wait_end(window, qtbot, live)
    select(window, qtbot, first)
    assert shown(window).plain_text() == first.record.output_text
    assert shown(window).plain_text().startswith("You asked: first question")
    assert "second question" not in shown(window).plain_text()
    select(window, qtbot, second)
    assert shown(window).plain_text().startswith("You asked: second question")
    select(window, qtbot, third)
    qtbot.waitUntil(lambda: len(shown(window).image_cards()) == 1)
    assert shown(window).plain_text() == ""
    assert creates(server) == 3


def test_switching_rows_mid_stream_disturbs_no_run(window, qtbot, server):
    server.predictions.pace.token_delay = 0.03
    done = run(window, qtbot, LLAMA, "an old question", max_tokens=5)
    fill(window, "a long answer please", max_tokens=120)
    going = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(window).plain_text()) > 20, timeout=10_000)
    select(window, qtbot, done)  # look at an old run while the new one streams
    assert shown(window).plain_text() == done.record.output_text
    qtbot.wait(200)
    assert shown(window).plain_text() == done.record.output_text  # nothing spliced in
    select(window, qtbot, going)
    wait_end(window, qtbot, going)
    qtbot.waitUntil(lambda: shown(window).plain_text() == going.record.output_text, timeout=10_000)
    assert going.record.output_text.startswith("You asked: a long answer please")


def test_changing_the_model_while_a_run_streams_leaves_its_view_alone(window, qtbot, server):
    server.predictions.pace.token_delay = 0.03
    choose(window, qtbot, LLAMA)
    fill(window, "keep streaming", max_tokens=60)
    live = start(window, qtbot)[0]
    view = window.outputs.primary()
    choose(window, qtbot, SDXL)  # the composer moves on
    assert window.outputs.primary() is view and view.model_label.text() == LLAMA
    wait_end(window, qtbot, live)
    qtbot.waitUntil(lambda: view.output.plain_text() == live.record.output_text)


def test_beyond_the_cap_runs_wait_queued_and_start_in_order(make_window, memory_keyring, token, qtbot, server):
    server.predictions.pace.token_delay = 0.03
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    window = make_window(memory_keyring, concurrent=1)
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    choose(window, qtbot, LLAMA)
    fill(window, "one", max_tokens=30)
    first = start(window, qtbot)[0]
    fill(window, "two", max_tokens=5)
    second = start(window, qtbot)[0]
    assert second.queued and creates(server) <= 1
    wait_shown(window, qtbot, second)
    qtbot.waitUntil(lambda: window.outputs.primary().status_label.text().startswith("Queued"), timeout=5_000)
    row = window.run_list.model.row_of(second.record_id)
    qtbot.waitUntil(lambda: window.run_list.model.row_of(second.record_id) is not None, timeout=5_000)
    row = window.run_list.model.row_of(second.record_id)
    assert "Queued" in window.run_list.model.index(row).data()
    wait_end(window, qtbot, second)
    assert first.finished.status is second.finished.status is RunStatus.SUCCEEDED
    assert first.ended <= second.began  # the second started when the first left its slot
    four = next(a for a in window.menu_actions.concurrent.actions() if a.data() == 4)
    four.trigger()  # Run → Runs at once → 4: kept for the next start
    assert window.manager.max_concurrent == 4 and window.settings.concurrent_runs() == 4


def test_cancel_acts_on_the_run_shown_and_leaves_the_others(window, qtbot, server):
    server.predictions.pace.token_delay = 0.05
    choose(window, qtbot, LLAMA)
    fill(window, "keep me", max_tokens=40)
    keep = start(window, qtbot)[0]
    fill(window, "stop me", max_tokens=400)
    stop = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(window).plain_text()) > 10, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the run shown is the one just started
    assert wait_end(window, qtbot, stop).status is RunStatus.CANCELED
    assert wait_end(window, qtbot, keep).status is RunStatus.SUCCEEDED
    assert server.predictions.get(stop.record.prediction_id).cancel_requested
    assert not server.predictions.get(keep.record.prediction_id).cancel_requested


def test_cancel_all(window, qtbot, server):
    server.predictions.pace.token_delay = 0.05
    choose(window, qtbot, LLAMA)
    runs = []
    for n in range(3):
        fill(window, f"story {n}", max_tokens=300)
        runs.append(start(window, qtbot)[0])
    window.menu_actions.cancel_all.trigger()
    assert [wait_end(window, qtbot, live).status for live in runs] == [RunStatus.CANCELED] * 3


def test_a_follow_up_carries_the_conversation_and_a_new_one_does_not(window, qtbot, server):
    first = run(window, qtbot, LLAMA, "What is a llama?", max_tokens=12)
    assert window.composer.follow_up is not None and window.composer.thread_bar.isVisible()
    fill(window, "How tall are they?")
    second = start(window, qtbot)[0]
    wait_end(window, qtbot, second)
    sent = server.predictions.get(second.record.prediction_id).input
    assert "What is a llama?" in sent["prompt_template"] and first.record.output_text in sent["prompt_template"]
    assert sent["prompt"] == "How tall are they?" and second.record.parent_id == first.record_id
    view = wait_shown(window, qtbot, second) and window.outputs.primary()
    qtbot.waitUntil(lambda: "What is a llama?" in view.conversation.raw())  # the thread is shown
    window.menu_actions.new_conversation.trigger()  # Ctrl+N
    assert window.composer.follow_up is None and not window.composer.thread_bar.isVisible()
    fill(window, "Something else")
    third = start(window, qtbot)[0]
    wait_end(window, qtbot, third)
    fresh = server.predictions.get(third.record.prediction_id).input
    assert fresh["prompt_template"] == "{prompt}" and third.record.parent_id is None


def test_a_messages_model_gets_the_earlier_turns_as_messages(window, qtbot, server):
    first = run(window, qtbot, DEEPSEEK, "Write hello in Rust", max_new_tokens=8)
    fill(window, "Now in Go")
    second = start(window, qtbot)[0]
    wait_end(window, qtbot, second)
    messages = json.loads(server.predictions.get(second.record.prediction_id).input["messages"])
    assert messages == [
        {"role": "user", "content": "Write hello in Rust"},
        {"role": "assistant", "content": first.record.output_text},
        {"role": "user", "content": "Now in Go"},
    ]


def test_regenerate_and_edit_a_question(window, qtbot, server):
    first = run(window, qtbot, LLAMA, "Name a colour", max_tokens=6)
    fill(window, "Another one")
    second = start(window, qtbot)[0]
    wait_end(window, qtbot, second)
    view = wait_shown(window, qtbot, second) and window.outputs.primary()
    qtbot.waitUntil(view.regenerate_button.isVisible)
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as again:
        view.regenerate_button.click()
    regenerated = again.args[0][0]
    wait_end(window, qtbot, regenerated)
    assert regenerated.record.parent_id == first.record_id and regenerated.record.prompt == "Another one"
    view = wait_shown(window, qtbot, regenerated) and window.outputs.primary()
    qtbot.waitUntil(view.edit_button.isVisible)
    window.composer.prompt.clear()
    view.edit_button.click()
    qtbot.waitUntil(lambda: window.composer.prompt.toPlainText() == "Another one")
    qtbot.waitUntil(lambda: window.composer.follow_up is not None and window.composer.follow_up.id == first.record_id)
    fill(window, "A different question")
    edited = start(window, qtbot)[0]
    wait_end(window, qtbot, edited)
    sent = server.predictions.get(edited.record.prediction_id).input["prompt_template"]
    assert "Name a colour" in sent and "Another one" not in sent  # the edited turn replaced it


def test_compare_sends_one_prediction_per_model_and_shows_them_side_by_side(window, qtbot, server):
    choose(window, qtbot, LLAMA)
    fill(window, "Say hello", max_tokens=6)
    window.menu_actions.compare.trigger()
    dialog = window.findChild(QDialog, "compareDialog")
    dialog.pickers[1].setEditText("meta/meta-llama-3-8b")
    before = creates(server)
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:
        dialog.buttons.accepted.emit()
    runs = started.args[0]
    assert [str(live.info.ref) for live in runs] == [LLAMA, "meta/meta-llama-3-8b"]
    for live in runs:
        wait_end(window, qtbot, live)
    assert creates(server) - before == 2
    assert runs[0].record.group_id == runs[1].record.group_id is not None
    qtbot.waitUntil(lambda: window.outputs.currentWidget() is window.outputs.compare_area, timeout=10_000)
    assert sorted(window.outputs.shown) == sorted(live.record_id for live in runs)
    inputs = [server.predictions.get(live.record.prediction_id).input for live in runs]
    assert all(i["prompt"] == "Say hello" and i["max_tokens"] == 6 for i in inputs)  # the shared input too


@pytest.mark.parametrize("action", ["compare", "batch"])
def test_compare_and_batch_say_an_empty_prompt_before_their_dialog(window, qtbot, server, action):
    """A chat question sent empties the prompt box: the dialog is not filled in for nothing."""
    choose(window, qtbot, LLAMA)
    window.composer.prompt.setPlainText("")
    getattr(window.menu_actions, action).trigger()
    assert window.findChild(QDialog, f"{action}Dialog") is None
    banner = window.composer.banner
    assert banner.isVisibleTo(window) and "The prompt is empty" in banner.text()
    assert "in the Prompt box" in banner.text() and window.composer.prompt.hasFocus()


def test_a_batch_of_many_asks_first_then_runs_one_per_line(window, qtbot, server):
    choose(window, qtbot, LLAMA)
    fill(window, "\n".join(f"line {n}" for n in range(5)), max_tokens=3)
    window.menu_actions.batch.trigger()
    dialog = window.findChild(QDialog, "batchDialog")
    dialog.lines_choice.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmManyBox") is not None)
    box = window.findChild(QMessageBox, "confirmManyBox")
    assert "5 predictions" in box.text() and creates(server) == 0
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:
        next(b for b in box.buttons() if b.text().startswith("Start")).click()
    runs = started.args[0]
    for live in runs:
        wait_end(window, qtbot, live)
    assert sorted(live.record.prompt for live in runs) == [f"line {n}" for n in range(5)]


def test_closing_with_runs_going_can_let_them_finish_on_replicate(window, qtbot, server):
    server.predictions.pace.token_delay = 0.05
    choose(window, qtbot, LLAMA)
    fill(window, "a long story", max_tokens=300)
    live = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(window).plain_text()) > 10, timeout=10_000)  # sent and streaming
    window.closing = False  # ask, as for a user
    window.close()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "closeWithRunsBox") is not None)
    box = window.findChild(QMessageBox, "closeWithRunsBox")
    assert window.isVisible() and "still going" in box.text()
    next(b for b in box.buttons() if b.text().startswith("Let them finish")).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert live.finished.detached and not server.predictions.get(live.record.prediction_id).cancel_requested


def test_closing_with_runs_going_can_cancel_them(window, qtbot, server):
    server.predictions.pace.token_delay = 0.05
    choose(window, qtbot, LLAMA)
    fill(window, "a long story", max_tokens=300)
    live = start(window, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(window).plain_text()) > 10, timeout=10_000)
    window.closing = False
    window.close()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "closeWithRunsBox") is not None)
    box = window.findChild(QMessageBox, "closeWithRunsBox")
    next(b for b in box.buttons() if b.text().startswith("Cancel the runs")).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert live.finished.status is RunStatus.CANCELED
    assert server.predictions.get(live.record.prediction_id).cancel_requested


def test_runs_left_going_are_listed_live_at_the_next_start(make_window, memory_keyring, token, qtbot, server):
    server.predictions.pace.token_delay = 0.05
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    first = make_window(memory_keyring)
    qtbot.waitUntil(lambda: first.composer.info is not None, timeout=10_000)
    choose(first, qtbot, LLAMA)
    fill(first, "left going", max_tokens=80)
    live = start(first, qtbot)[0]
    qtbot.waitUntil(lambda: len(shown(first).plain_text()) > 10, timeout=10_000)
    first.closing = False
    first.close()
    qtbot.waitUntil(lambda: first.findChild(QMessageBox, "closeWithRunsBox") is not None)
    box = first.findChild(QMessageBox, "closeWithRunsBox")
    next(b for b in box.buttons() if b.text().startswith("Let them finish")).click()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=10_000)

    again = make_window(memory_keyring)  # the next start, on the same data folder
    qtbot.waitUntil(lambda: bool(again.live.live), timeout=10_000)
    followed = again.live.live[0]
    assert followed.reattached and followed.record_id == live.record_id
    qtbot.waitUntil(lambda: again.status_label.text().startswith("Following 1 run"), timeout=5_000)
    qtbot.waitUntil(lambda: again.run_list.model.row_of(live.record_id) is not None, timeout=5_000)
    row = again.run_list.model.index(again.run_list.model.row_of(live.record_id))
    assert "Running" in row.data() or "Starting" in row.data()  # listed as live, with its time
    wait_end(again, qtbot, followed)
    qtbot.waitUntil(lambda: not again.status_label.text().startswith("Following"), timeout=5_000)
    qtbot.waitUntil(
        lambda: (
            again.run_list.model.index(again.run_list.model.row_of(live.record_id) or 0).data(RecordRole).status
            is RunStatus.SUCCEEDED
        ),
        timeout=5_000,
    )
    assert followed.record.output_text == "".join(server.predictions.get(live.record.prediction_id).output)


def test_the_compare_dialog_grows_for_its_message_in_the_error_colour(qtbot):
    from gui.run_choices import CompareDialog

    dialog = CompareDialog(LLAMA, [LLAMA])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.pickers[1].setEditText("llama 70b")
    dialog.buttons.accepted.emit()
    assert dialog.problem.isVisible() and dialog.problem.property("role") == "fieldError"
    assert dialog.height() >= before + dialog.problem.sizeHint().height() // 2  # grown, rows kept
    assert all(picker.height() >= picker.minimumSizeHint().height() for picker in dialog.pickers)
