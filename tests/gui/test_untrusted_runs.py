"""What a model returns and what an import holds is untrusted (issue 9), through the real window:
a hostile answer reads no local file however it is shown, a masked secret is never sent back,
and no file leaves the computer that the user did not pick in this session without a question."""

import json
import zipfile

from PySide6.QtWidgets import QMessageBox

from core.run_events import RunStatus
from tests.helpers.driving import LLAMA, choose, fill, posts, run, shown, start, wait_end, wait_shown
from tests.helpers.reading import assert_reads_nothing
from tests.local_replicate.outputs import png_bytes

TRAINER = "lucataco/stable-diffusion-3.5-large-lora-trainer"  # takes a password input (hf_token)
UPSCALER = "nightmareai/real-esrgan"


def uploads(server) -> int:
    return sum(1 for method, path, _ in server.requests if method == "POST" and path.startswith("/v1/files"))


def test_a_hostile_answer_reads_nothing_streamed_reopened_or_imported(window, qtbot, server, bait, tmp_path):
    hostile = f"look ![x]({bait}) <img src='{bait}'>"
    live = assert_reads_nothing(lambda: run(window, qtbot, LLAMA, hostile, max_tokens=40))
    assert bait in live.record.output_text  # the model did answer with it
    panel = assert_reads_nothing(lambda: wait_shown(window, qtbot, live))
    assert bait not in panel.text.toHtml().split("href")[0]  # shown as a link, never as an image

    other = run(window, qtbot, LLAMA, "something else", max_tokens=3)
    assert window.outputs.current.id == other.record_id

    def reopen(run_id: int) -> None:
        qtbot.waitUntil(lambda: window.run_list.panel.select_run(run_id), timeout=10_000)
        qtbot.waitUntil(lambda: window.outputs.current is not None and window.outputs.current.id == run_id)
        qtbot.waitUntil(lambda: bait in shown(window).plain_text(), timeout=10_000)
        qtbot.wait(100)  # painted

    assert_reads_nothing(lambda: reopen(live.record_id))
    export = tmp_path / "hostile.zip"
    task = window.run_list.export_to([live.record], export)
    qtbot.waitUntil(task.done, timeout=10_000)
    window.run_list.import_from(export)
    qtbot.waitUntil(lambda: window.run_list.model.rowCount() == 3, timeout=10_000)
    imported = next(r for r in window.run_list.model.rows if r.prediction_id is None)
    assert_reads_nothing(lambda: reopen(imported.id))


def test_run_again_never_sends_a_masked_secret_and_asks_for_it(window, qtbot, server):
    secret = "hf-secret-value"
    first = run(window, qtbot, TRAINER, "a photo of TOK", hf_token=secret)
    assert server.predictions.get(first.record.prediction_id).input["hf_token"] == secret
    assert first.record.inputs["hf_token"] == "[secret]"
    before = len(posts(server))
    window.run_list.rerun_requested.emit(first.record)
    form = window.composer.form
    qtbot.waitUntil(lambda: form.errors["hf_token"].isVisibleTo(window), timeout=10_000)
    assert "type it again" in form.errors["hf_token"].text()
    assert len(posts(server)) == before  # nothing was sent, least of all "[secret]"
    assert all(p.input.get("hf_token") != "[secret]" for p in server.predictions.newest_first())
    assert window.composer.info.ref.name == "stable-diffusion-3.5-large-lora-trainer"  # fixed in the composer
    form.editors["hf_token"].line.setText(secret)
    form.editors["hf_token"].edited.emit()
    again = start(window, qtbot)[0]
    assert wait_end(window, qtbot, again).status is RunStatus.SUCCEEDED
    assert server.predictions.get(again.record.prediction_id).input["hf_token"] == secret


def crafted_export(path, inputs: dict) -> None:
    """An export as someone else might craft it (format 1, absolute and home paths)."""
    run_entry = {
        "model": UPSCALER,
        "status": "succeeded",
        "prompt": "",
        "inputs": inputs,
        "created_at": 1_760_000_000.0,
        "files": [],
    }
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "replidesk-runs/1", "runs": [run_entry]}))


def test_an_imported_run_never_uploads_a_path_it_names(window, qtbot, server, tmp_path):
    secret_file = tmp_path / "home" / ".ssh" / "id_rsa"
    secret_file.parent.mkdir(parents=True)
    secret_file.write_text("-----BEGIN OPENSSH PRIVATE KEY-----")
    export = tmp_path / "shared.zip"
    crafted_export(export, {"image": str(secret_file), "scale": 2})
    window.run_list.import_from(export)
    qtbot.waitUntil(lambda: window.run_list.model.rowCount() == 1, timeout=10_000)
    record = window.run_list.model.rows[0]
    assert str(secret_file) not in json.dumps(record.inputs)  # the path is dropped at import
    window.run_list.rerun_requested.emit(record)
    form = window.composer.form
    qtbot.waitUntil(lambda: "image" in form.errors and form.errors["image"].isVisibleTo(window), timeout=10_000)
    assert "another computer" in form.errors["image"].text()
    assert uploads(server) == 0 and posts(server) == []


def test_a_file_not_picked_in_this_session_is_sent_only_when_the_user_says_so(window, qtbot, server, tmp_path):
    picture = tmp_path / "remembered.png"
    picture.write_bytes(png_bytes(32, 32))
    choose(window, qtbot, UPSCALER)
    window.composer.form.set_value("image", str(picture))  # as remembered from an earlier session
    fill(window, "")

    def answer(label: str) -> None:
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmUploadsBox") is not None, timeout=10_000)
        box = window.findChild(QMessageBox, "confirmUploadsBox")
        assert str(picture) in box.text()
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmUploadsBox") is None, timeout=5_000)

    window.composer.run_button.click()
    answer("Cancel")
    qtbot.waitUntil(lambda: "Nothing was sent" in window.composer.banner.text(), timeout=5_000)
    assert uploads(server) == 0 and posts(server) == []
    with qtbot.waitSignal(window.launcher.started, timeout=10_000) as started:
        window.composer.run_button.click()
        answer("Send")
    live = started.args[0][0]
    assert wait_end(window, qtbot, live).status is RunStatus.SUCCEEDED
    assert uploads(server) == 1
    assert server.predictions.get(live.record.prediction_id).received_files["image"] == [picture.read_bytes()]
