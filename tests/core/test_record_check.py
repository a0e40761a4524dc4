"""The run checker: untrusted dicts (imports) refused with a reason, old rows repaired."""

import json
import sqlite3
import time

import pytest

from core.history import HistoryStore, RunRecord
from core.record_check import MAX_DEPTH, BadRecord, checked_record, repaired_record
from core.run_events import RunStatus
from tests.conftest import run_async

CREATED = 1_700_000_000.0


def entry(**changes):
    return {
        "model": "meta/meta-llama-3-8b-instruct",
        "status": "succeeded",
        "prompt": "why is the sky blue",
        "inputs": {"prompt": "why is the sky blue", "max_tokens": 40, "stop": ["\n"]},
        "output_text": "Rayleigh scattering.",
        "output_value": {"words": [{"t": 0.5, "w": "hi"}]},
        "metrics": {"predict_time": 1.5},
        "files": ["p1/out-0.png"],
        "created_at": CREATED,
        "completed_at": CREATED + 2,
        "favourite": True,
        **changes,
    }


def nested(depth):
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


def test_a_good_entry_becomes_a_record_that_is_a_copy_of_the_run():
    record = checked_record(entry(prediction_id="abc", id=7, parent_id=3, version="5c7d5dc6dd8b"))
    assert isinstance(record, RunRecord)
    assert record.status is RunStatus.SUCCEEDED and record.model == "meta/meta-llama-3-8b-instruct"
    assert record.inputs["max_tokens"] == 40 and record.files == ["p1/out-0.png"] and record.favourite is True
    assert record.created_at == CREATED and record.version == "5c7d5dc6dd8b"
    assert record.prediction_id is None and record.id is None and record.parent_id is None


@pytest.mark.parametrize("status", ["queued", "starting", "processing"])
def test_an_unfinished_run_comes_in_canceled(status):
    assert checked_record(entry(status=status)).status is RunStatus.CANCELED


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"created_at": "yesterday"}, "created_at is not a date"),
        ({"created_at": 1e300}, "created_at is not a date between 2000 and today"),
        ({"created_at": float("nan")}, "created_at is not a date"),
        ({"created_at": True}, "created_at is not a date"),
        ({"created_at": 0}, "created_at is not a date between 2000 and today"),
        ({"created_at": time.time() + 7 * 86_400}, "created_at is not a date between 2000 and today"),
        ({"created_at": None}, "created_at is missing"),
        ({"completed_at": float("inf")}, "completed_at is not a date"),
        ({"inputs": []}, "inputs is not an object"),
        ({"inputs": "{}"}, "inputs is not an object"),
        ({"inputs": {"x": nested(900)}}, f"a value in inputs is nested more than {MAX_DEPTH} levels deep"),
        ({"inputs": {"x": float("nan")}}, "a number in inputs is not finite"),
        ({"inputs": {"x": {1: 2}}}, "inputs has a key that is not text"),
        ({"inputs": {"x": object()}}, "inputs holds a value that is not JSON"),
        ({"metrics": [1]}, "metrics is not an object"),
        ({"output_value": {"x": 10**400}}, "a number in output_value is too large"),
        ({"status": "paused"}, "status “paused” is not a known status"),
        ({"status": 3}, "status is not text"),
        ({"status": None}, "status is missing"),
        ({"model": "not a model"}, "model is not a model name (owner/name)"),
        ({"model": ["a/b"]}, "model is not text"),
        ({"version": "../../x"}, "version is not a version id"),
        ({"prompt": 5}, "prompt is not text"),
        ({"prompt": "x" * (1024 * 1024 + 1)}, "prompt is larger than 1 MB"),
        ({"prompt": "é" * (600 * 1024)}, "prompt is larger than 1 MB"),  # 1.2 MB of UTF-8
        ({"error": ["boom"]}, "error is not text"),
        ({"files": "out.png"}, "files is not a list of file names"),
        ({"files": [1]}, "files is not a list of file names"),
        ({"files": [""]}, "files holds a name that is empty or too long"),
        ({"favourite": "yes"}, "favourite is not true or false"),
        ({"group_id": 5}, "group_id is not text"),
    ],
)
def test_each_bad_field_is_named_in_the_reason(changes, reason):
    with pytest.raises(BadRecord) as bad:
        checked_record(entry(**changes))
    assert bad.value.reason == reason


def test_not_a_dict_is_refused():
    with pytest.raises(BadRecord, match="the run is not an object"):
        checked_record(["a/b", "succeeded"])  # type: ignore[arg-type]


def test_the_walker_is_iterative_and_bounded():
    with pytest.raises(BadRecord, match="nested more than"):
        checked_record(entry(output_value=nested(200_000)))  # no RecursionError
    assert checked_record(entry(output_value=nested(MAX_DEPTH))).output_value == nested(MAX_DEPTH)
    with pytest.raises(BadRecord, match="inputs is larger than 16 MB"):
        checked_record(entry(inputs={"x": [0] * 3_000_000}))
    with pytest.raises(BadRecord, match="metrics is larger than 1 MB"):
        checked_record(entry(metrics={"x": "y" * (2 * 1024 * 1024)}))


def test_missing_optional_fields_take_defaults_and_broken_emoji_can_be_stored():
    record = checked_record(
        {"model": "a/b", "status": "failed", "created_at": CREATED, "prompt": "half \ud83d", "logs": "\ud83d\ude00"}
    )
    assert record.inputs == {} and record.files == [] and record.output_text == "" and record.favourite is False
    assert record.prompt == "half \ufffd" and record.logs == "\U0001f600"  # SQLite can store both


# --- repaired_record: rows an older Replidesk wrote --------------------------------------------


def row(**changes):
    base = {
        "id": 4,
        "prediction_id": "p4",
        "model": "a/b",
        "version": None,
        "inputs": '{"prompt": "hi"}',
        "prompt": "hi",
        "status": "succeeded",
        "error": None,
        "logs": "",
        "output_text": "answer",
        "output_value": '"a string value"',
        "files": '["p4/out.png"]',
        "metrics": "{}",
        "created_at": CREATED,
        "completed_at": None,
        "favourite": 1,
        "parent_id": None,
        "group_id": None,
    }
    return {**base, **changes}


def test_a_good_row_is_read_as_it_was():
    record = repaired_record(row())
    assert record.id == 4 and record.prediction_id == "p4" and record.status is RunStatus.SUCCEEDED
    assert record.inputs == {"prompt": "hi"} and record.output_value == "a string value"
    assert record.files == ["p4/out.png"] and record.favourite is True and record.created_at == CREATED


def test_bad_fields_are_replaced_by_safe_values():
    record = repaired_record(
        row(
            created_at="yesterday",
            completed_at=1e300,
            status="paused",
            inputs='{"good": 1, "bad": NaN, "deep": ' + json.dumps(nested(900)) + "}",
            output_value="not json",
            files='["a.png", 3, null]',
            metrics="[1, 2]",
            favourite="yes",
            model=None,
            prompt=b"bytes",
            id="seven",
        )
    )
    assert record.created_at == 0.0 and record.completed_at is None and record.status is RunStatus.FAILED
    assert record.inputs == {"good": 1} and record.output_value is None and record.files == ["a.png"]
    assert record.metrics == {} and record.favourite is False and record.model == "unknown"
    assert record.prompt == "" and record.id is None


def test_unfinished_rows_stay_unfinished_and_text_is_never_shortened():
    logs = "x" * (20 * 1024 * 1024)
    record = repaired_record(row(status="starting", logs=logs))
    assert record.status is RunStatus.STARTING and record.logs is logs  # a live run, or one to re-attach


@pytest.mark.parametrize("junk", [None, "", 0, -1, 1e308, float("nan"), [], {}, "[" * 100_000, b"\xff", object()])
def test_no_value_in_any_column_makes_it_raise(junk):
    for name in row():
        repaired_record(row(**{name: junk}))
    repaired_record({})
    repaired_record("not a row")  # type: ignore[arg-type]


def test_a_real_sqlite_row_written_badly_is_repaired(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    run_async(store.integrity())  # creates the schema
    run_async(store.close())
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    db.execute(
        "INSERT INTO runs (model, status, inputs, created_at, files, metrics) VALUES (?, ?, ?, ?, ?, ?)",
        ("a/b", "succeeded", "[]", "yesterday", "{}", "oops"),
    )
    db.commit()
    db.row_factory = sqlite3.Row
    record = repaired_record(db.execute("SELECT * FROM runs").fetchone())  # the Row itself will do
    db.close()
    assert record.model == "a/b" and record.inputs == {} and record.files == [] and record.metrics == {}
    assert record.created_at == 0.0 and isinstance(record.id, int)
