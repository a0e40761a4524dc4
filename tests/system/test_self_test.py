"""`main.py --self-test` from source: the same check the frozen builds run in CI."""

import os
import subprocess
import sys
from pathlib import Path

from core import __version__
from tests.system.test_secret_service import secret_service

ROOT = Path(__file__).resolve().parents[2]


def self_test(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "--self-test", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version_flag():
    out = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == f"Replidesk {__version__}"


def test_self_test_fails_in_one_line_without_a_keyring(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + str(tmp_path / "no-bus")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    report = tmp_path / "report.txt"
    result = self_test("--self-test-report", str(report), env=env)
    assert result.returncode == 1
    assert result.stdout.count("\n") == 1 and "self-test FAILED" in result.stdout
    assert report.read_text() == result.stdout


def test_self_test_passes_and_runs_a_prompt(server, token, tmp_path):
    secret_service()  # skips (or fails under tools/test.sh) without a Secret Service
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "REPLICATE_BASE_URL": server.base_url, "REPLICATE_API_TOKEN": token, "TMPDIR": str(scratch)}
    result = self_test("--self-test-prompt", "hello there", env=env)
    assert list(scratch.iterdir()) == []  # its settings, history and files went with it
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout and "ran meta/meta-llama-3-8b-instruct (" in result.stdout
    assert "multimedia" in result.stdout and "locale data" in result.stdout
    assert ("POST", "/v1/models/meta/meta-llama-3-8b-instruct/predictions") in [r[:2] for r in server.requests]


def test_start_and_quit_say_nothing_on_stderr(tmp_path):
    """The window shown, then closed: no error on the way (a slot ran on a deleted line edit as
    the window closed, and the error dialog's hook then loaded replicate and pydantic: 240 ms
    more before the app could exit, and a traceback)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPLIDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "main.py", "--exit-when-ready"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr[-2000:]


def test_a_data_folder_that_cannot_be_written_still_starts_and_says_so(tmp_path):
    """A read-only data folder stopped the start (the log could not be opened): now the log goes
    to stderr and the user is told what to do. Root ignores chmod: a folder under a file then."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    data = folder / "data"
    if os.access(folder, os.W_OK):  # running as root
        (tmp_path / "a-file").write_text("")
        data = tmp_path / "a-file" / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPLIDESK_DATA_DIR": str(data)}
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "--exit-when-ready"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "The data folder cannot be written" in result.stderr and str(data) in result.stderr
    assert "Settings → Files" in result.stderr and "REPLIDESK_DATA_DIR" in result.stderr
    assert "Traceback" not in result.stderr
