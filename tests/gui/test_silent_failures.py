"""Failures that used to be silent (issue 13): each is said plainly, and the app keeps running."""

from __future__ import annotations

import errno
import sqlite3
import zipfile

from PySide6.QtWidgets import QMessageBox, QWidget

from core.archive import export_runs
from core.errors import NewerHistory, UnwritableHistory, explain
from core.history import RunRecord
from core.history_schema import SCHEMA_VERSION
from core.run_events import RunStatus
from gui.composer import REMEMBERED_AT_MOST
from gui.error_reporting import tell_at_start
from gui.tasks import spawn
from tests.helpers.driving import LLAMA, choose, fill

CREATED = 1_700_000_000.0


def creates(server) -> list:
    return [r for r in server.requests if r[0] == "POST" and "predictions" in r[1]]


def signed_in(make_window, memory_keyring, token, qtbot):
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    window = make_window(memory_keyring)
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    return window


def press_run_and_expect(window, qtbot, task_failures, kind) -> str:
    """Run pressed: the run is refused with the history's reason, in the composer's banner (or,
    until the launcher catches it, in the box of the app's exception hook); nothing is sent."""
    choose(window, qtbot, LLAMA)
    fill(window, "hello")
    window.composer.run_button.click()
    banner = window.composer.banner
    qtbot.waitUntil(lambda: bool(task_failures) or banner.problem is not None, timeout=10_000)
    if banner.problem is not None:
        return banner.problem.message
    refused = task_failures.pop()
    assert isinstance(refused, kind), refused
    return explain(refused).message


def test_a_newer_history_is_said_at_start_and_run_says_runs_cannot_be_recorded(
    make_window, memory_keyring, token, qtbot, tmp_path, server, task_failures
):
    path = tmp_path / "data" / "history.sqlite3"
    path.parent.mkdir()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY)")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    db.commit()
    db.close()
    before = path.read_bytes()
    window = signed_in(make_window, memory_keyring, token, qtbot)
    told = window.session.history.newer()
    assert told is not None
    [box] = tell_at_start(window, [told.problem])
    assert box.isVisible() and box.objectName() == "startProblemBox"
    said = box.text()
    assert f"This history was written by a newer Replidesk (version {SCHEMA_VERSION + 3})." in said
    assert "Update Replidesk, or choose another data folder in Settings." in said
    box.close()
    qtbot.wait(100)
    assert window.run_list.model.rowCount() == 0 and not task_failures  # the start went on quietly

    said = press_run_and_expect(window, qtbot, task_failures, NewerHistory)
    assert "runs cannot be recorded" in said
    assert creates(server) == []
    assert window.isVisible()
    assert path.read_bytes() == before and not path.with_name("history.sqlite3-wal").exists()


def test_a_data_folder_that_cannot_be_written_still_opens_the_window(
    make_window, memory_keyring, token, qtbot, tmp_path, server, task_failures
):
    (tmp_path / "data").write_text("a file where the data folder should be")  # root ignores chmod
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    window = make_window(memory_keyring, start=False)
    # The catalog of models is a cache: kept in memory meanwhile (the lead's wiring in core/model_catalog.py).
    window.session.catalog._file._unwritable = lambda error: error
    spawn(window.start(), "start the window")
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    qtbot.wait(200)
    assert not task_failures, task_failures
    said = press_run_and_expect(window, qtbot, task_failures, UnwritableHistory)
    assert "runs cannot be recorded" in said and "Settings → Files" in said and "REPLIDESK_DATA_DIR" in said
    assert creates(server) == []


def a_run(**changes) -> RunRecord:
    return RunRecord(model="a/b", status=RunStatus.SUCCEEDED, prompt="hi", created_at=CREATED, **changes)


def test_an_export_to_a_full_disk_says_so_and_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    record = a_run()
    writestr = zipfile.ZipFile.writestr

    def disk_fills_up(self, name, *args, **kwargs):
        if name == "manifest.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return writestr(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_fills_up)
    folder = tmp_path / "exports"
    folder.mkdir()
    told = []
    window.run_list.problem.connect(told.append)
    task = window.run_list.export_to([record], folder / "runs.zip")
    qtbot.waitUntil(task.done, timeout=10_000)
    assert len(told) == 1 and told[0].title == "The disk is full"
    assert told[0].message.startswith("The disk is full") and str(folder / "runs.zip") in told[0].message
    assert list(folder.iterdir()) == []


def test_an_import_the_history_cannot_take_leaves_nothing_and_says_so_plainly(window, qtbot, tmp_path, monkeypatch):
    outputs = tmp_path / "elsewhere"
    (outputs / "p1").mkdir(parents=True)
    (outputs / "p1" / "out.png").write_bytes(b"png")
    source = tmp_path / "runs.zip"
    export_runs([a_run(files=["p1/out.png"])], outputs, source)

    async def refused(_records):
        raise sqlite3.IntegrityError("NOT NULL constraint failed: runs.created_at")

    monkeypatch.setattr(window.session.history, "add_many", refused)
    told, said = [], []
    window.run_list.problem.connect(told.append)
    window.run_list.status.connect(said.append)
    task = window.run_list.import_from(source)
    qtbot.waitUntil(task.done, timeout=10_000)
    assert len(told) == 1 and "Nothing was imported" in told[0].message
    assert "IntegrityError" not in told[0].message and "IntegrityError" not in told[0].title
    assert said[-1] == "Nothing was imported from runs.zip"
    outputs_now = window.session.outputs
    assert not outputs_now.exists() or not any(outputs_now.glob("imported-*"))  # its files removed too

    told.clear()
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(source.read_bytes()[:100])
    task = window.run_list.import_from(damaged)
    qtbot.waitUntil(task.done, timeout=10_000)
    assert len(told) == 1 and "damaged" in told[0].message and "Nothing was imported" in told[0].message


def test_a_huge_prompt_or_input_is_never_written_into_the_settings(window, qtbot):
    choose(window, qtbot, LLAMA)
    huge = "llama " * 2_000_000  # 12 MB
    fill(window, huge, prompt_template=huge, max_tokens=30)
    window.composer.form.set_value("prompt", "a prompt is never kept")
    slug, kept = window.composer.remembered_inputs()
    assert slug == "meta/meta-llama-3-8b-instruct" and kept == {"max_tokens": 30}
    window.composer.form.set_value("prompt_template", "{prompt}")
    assert window.composer.remembered_inputs()[1]["prompt_template"] == "{prompt}"  # small: kept
    window.composer.form.set_value("prompt_template", "x" * (REMEMBERED_AT_MOST + 1))
    assert "prompt_template" not in window.composer.remembered_inputs()[1]
    window.composer.form.set_value("prompt_template", huge)
    window.close()  # the window keeps the inputs in the settings as it closes
    settings = open(window.settings._store.fileName(), "rb").read()
    assert b"max_tokens" in settings and len(settings) < 100_000 and b"llama llama" not in settings


def test_a_message_box_at_start_is_plain_text(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    [box] = tell_at_start(parent, [explain(FileNotFoundError(2, "x", "<b>a.png</b>"))])
    assert isinstance(box, QMessageBox) and "<b>a.png</b>" in box.text()
    assert box.textFormat().name == "PlainText"
