"""The real app process, killed with SIGKILL while a prediction streams, then started again:
the database is intact, the run is re-attached and completes with the full output."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.local_replicate.outputs import text_tokens

ROOT = Path(__file__).resolve().parents[2]
LLAMA = "meta/meta-llama-3-8b-instruct"


def app(tmp_path, server, token, *args):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REPLIDESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "REPLICATE_BASE_URL": server.base_url,
        "REPLICATE_API_TOKEN": token,
    }
    return subprocess.Popen(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def row(tmp_path):
    db = sqlite3.connect(f"file:{tmp_path / 'data' / 'history.sqlite3'}?mode=ro", uri=True)
    try:
        return db.execute("SELECT prediction_id, status, output_text FROM runs").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        db.close()


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def test_killed_mid_stream_then_reattached(server, token, tmp_path):
    server.predictions.pace.token_delay = 0.02
    prompt = "A long story about a lighthouse"
    first = app(tmp_path, server, token, "--model", LLAMA, "--prompt", prompt, "--run")
    try:
        prediction = wait_for(lambda: server.predictions.newest_first(), 60, "the prediction")[0]
        wait_for(
            lambda: len(prediction.output or []) > 20 and (row(tmp_path) or [None])[0],
            60,
            "tokens streaming and the run recorded",
        )
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    assert prediction.status == "processing"  # still going on the server, as on Replicate
    db = sqlite3.connect(tmp_path / "data" / "history.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert row(tmp_path)[1] in ("starting", "processing")

    second = app(tmp_path, server, token)
    try:
        done = wait_for(lambda: (r := row(tmp_path)) and r[1] == "succeeded" and r, 60, "the re-attached run")
    finally:
        second.terminate()
        second.wait(10)
    model = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    expected = "".join(text_tokens(prompt, model["default_example"]["output"], 512))
    assert done[0] == prediction.id and done[2] == expected
    assert len(server.predictions.newest_first()) == 1  # followed, not run again


def test_killed_while_the_create_request_is_in_flight_then_found_and_followed(server, token, tmp_path):
    """Replicate made the prediction but its answer never reached the app: at the next start the
    run is found in the account's list (same model and input, around the row's time) and followed,
    instead of staying "still running" forever with no prediction id."""
    server.create_delay = 60.0  # the answer to the create is held until the app is gone
    prompt = "A question whose answer was lost"
    first = app(tmp_path, server, token, "--model", LLAMA, "--prompt", prompt, "--run")
    try:
        prediction = wait_for(lambda: server.predictions.newest_first(), 60, "the create request")[0]
        wait_for(lambda: (r := row(tmp_path)) and r[1] == "starting", 30, "the run recorded as starting")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    assert row(tmp_path)[:2] == (None, "starting")  # what the crash leaves: no prediction id
    server.create_delay = 0.0

    second = app(tmp_path, server, token)
    try:
        done = wait_for(lambda: (r := row(tmp_path)) and r[1] not in ("starting", "processing") and r, 60, "its end")
    finally:
        second.terminate()
        second.wait(10)
    model = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    expected = "".join(text_tokens(prompt, model["default_example"]["output"], 512))
    assert done == (prediction.id, "succeeded", expected)
    assert len(server.predictions.newest_first()) == 1  # found and followed, not run again
    assert ("GET", "/v1/predictions") in [r[:2] for r in server.requests]
