"""One Replidesk per data folder (issue 14): a second start hands its command line to the
running app over a real local socket and exits; the running window comes forward with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import single_instance
from gui.single_instance import InstanceLock, InstanceServer, Request

ROOT = Path(__file__).resolve().parents[2]


def test_a_request_survives_the_wire_and_hostile_bytes_are_refused() -> None:
    request = Request("stability-ai/sdxl", 'a "quoted"\nprompt ✓', run=True)
    assert Request.decoded(request.encoded()) == request
    assert request.encoded().count(b"\n") == 1  # the line's end is the request's end
    for hostile in (b"", b"\xff\xfe", b"[1, 2]", b'{"model": 5, "prompt": ["x"], "run": "yes"}'):
        decoded = Request.decoded(hostile)
        assert decoded is None or decoded == Request()


def test_the_lock_is_held_once_per_data_folder(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "data")  # the folder is made if missing
    assert first.taken()
    assert not InstanceLock(tmp_path / "data").taken()
    assert InstanceLock(tmp_path / "other").taken()  # another history: another app
    first.release()
    assert InstanceLock(tmp_path / "data").taken()


def test_a_lock_left_by_a_killed_app_is_taken_over(tmp_path: Path) -> None:
    hold = (
        "import sys, time; from pathlib import Path; from gui.single_instance import InstanceLock;"
        "lock = InstanceLock(Path(sys.argv[1])); assert lock.taken(); print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not InstanceLock(tmp_path).taken()
    finally:
        holder.kill()
        holder.wait()
    assert InstanceLock(tmp_path).taken()


def test_names_differ_by_folder_and_stay_short(tmp_path: Path) -> None:
    deep = tmp_path / ("a-very-long-folder-name-" * 8)
    names = {single_instance.server_name(folder) for folder in (tmp_path, tmp_path / "x", deep)}
    assert len(names) == 3
    assert all(len(name) < 40 and str(tmp_path) not in name for name in names)
    assert single_instance.server_name(tmp_path / "x" / "..") == single_instance.server_name(tmp_path)


def test_a_second_start_hands_its_command_line_over_and_exits(qtbot, tmp_path: Path) -> None:
    """`main.py` started again on the same data folder: it exits at once with 0, having sent
    its arguments to the server of the running app (here, this test)."""
    data = tmp_path / "data"
    lock = InstanceLock(data)
    assert lock.taken()
    server = InstanceServer(single_instance.server_name(data))
    assert server.listening
    env = {**os.environ, "REPLIDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    prompt = "two lines\nand “quotes”"
    with qtbot.waitSignal(server.asked, timeout=20_000) as asked:
        second = subprocess.Popen(
            [sys.executable, "main.py", "--model", "meta/meta-llama-3-8b-instruct", "--prompt", prompt, "--run"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
    assert asked.args == [Request("meta/meta-llama-3-8b-instruct", prompt, run=True)]
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.returncode == 0, second.stderr.read() if second.stderr else ""
    lock.release()


@pytest.mark.parametrize("answer", ["none", "garbage"])
def test_a_running_app_that_does_not_answer_is_not_taken_for_one_that_did(qtbot, tmp_path, answer) -> None:
    name = single_instance.server_name(tmp_path)
    if answer == "garbage":
        server = InstanceServer(name)  # listens, but the request below is cut: no "ok" comes back
        server.server.newConnection.disconnect()
        server.server.newConnection.connect(lambda: server.server.nextPendingConnection().abort())
    assert not single_instance.hand_over(name, Request(prompt="hello"), seconds=0.5)


def test_the_running_window_takes_a_later_start_and_the_replaced_prompt_is_one_undo_away(window, qtbot) -> None:
    """What app.py connects to the server: the window comes forward with a later start's prompt
    and runs it; what the user had typed comes back with Undo."""
    window.composer.prompt.setPlainText("my own careful words")
    name = single_instance.server_name(window.session.data)
    server = InstanceServer(name, window)
    server.asked.connect(lambda request: window.take_request(request.model, request.prompt, request.run))
    send = (
        "import sys; from gui.single_instance import Request, hand_over;"
        "sys.exit(0 if hand_over(sys.argv[1], Request(prompt='from the command line', run=True)) else 3)"
    )
    with qtbot.waitSignal(window.launcher.started, timeout=20_000) as started:
        later = subprocess.Popen([sys.executable, "-c", send, name], cwd=ROOT)
    qtbot.waitUntil(lambda: later.poll() is not None, timeout=10_000)
    assert later.returncode == 0
    assert started.args[0][0].record.prompt == "from the command line"
    while window.composer.prompt.document().isUndoAvailable():  # a chat model's box was emptied once sent
        window.composer.prompt.undo()
    assert window.composer.prompt.toPlainText() == "my own careful words"
