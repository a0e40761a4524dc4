"""The history database: real SQLite files in temporary folders."""

import sqlite3

import pytest

from core.errors import explain
from core.history import Filter, HistoryStore, NewerHistory, RunRecord
from core.history_schema import SCHEMA_VERSION
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.recorder import SECRET_MASK, RunRecorder
from core.run_events import Created, FileReady, Finished, RunStatus, StatusChanged, TextAppended
from tests.conftest import run_async


def record(**changes):
    base = dict(
        model="meta/meta-llama-3-8b-instruct",
        status=RunStatus.SUCCEEDED,
        prompt="why is the sky blue",
        output_text="Because of Rayleigh scattering.",
        inputs={"max_tokens": 40},
    )
    return RunRecord(**{**base, **changes})


def test_schema_is_versioned_in_wal_mode(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    run_async(store.add(record()))
    run_async(store.close())
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_history_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY)")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    newer = HistoryStore(path)
    told = newer.newer()  # read at start, before the window asks for anything
    assert told is not None and told.version == SCHEMA_VERSION + 1
    assert f"written by a newer Replidesk (version {SCHEMA_VERSION + 1})" in explain(told).message
    assert "choose another data folder in Settings" in explain(told).message
    # The app keeps going: the list is empty, upkeep does nothing, a run is refused with the reason.
    assert run_async(newer.count(Filter())) == 0 and run_async(newer.page(Filter(), 0, 10)) == []
    assert run_async(newer.prune(1, tmp_path / "outputs", now=1e12)) == 0
    run_async(newer.keep_schema("a/b", "v1", "", {}))
    with pytest.raises(NewerHistory) as refused:
        run_async(newer.add(record()))
    assert "runs cannot be recorded" in explain(refused.value).message
    run_async(newer.close())
    assert path.read_bytes() == before  # not even switched to WAL
    assert not path.with_name("h.sqlite3-wal").exists()


def test_every_field_survives_a_reopen(tmp_path):
    original = record(
        prediction_id="abc",
        version="v1",
        error=None,
        logs="line 1\nline 2\n",
        output_value={"segments": [{"text": "hi", "start": 0.0}]},
        files=["abc/out-0.png"],
        metrics={"predict_time": 1.5},
        completed_at=1_764_000_000.5,
        favourite=True,
    )
    store = HistoryStore(tmp_path / "h.sqlite3")
    run_id = run_async(store.add(original))
    run_async(store.close())
    again = run_async(HistoryStore(tmp_path / "h.sqlite3").get(run_id))
    assert again == original


def test_search_filters_and_paging(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    run_async(
        store.add_many(
            [
                record(
                    prompt=f"prompt {i}",
                    output_text=f"answer number{i}",
                    created_at=1000 + i,
                    model="a/b" if i % 2 else "c/d",
                    status=RunStatus.FAILED if i % 5 == 0 else RunStatus.SUCCEEDED,
                )
                for i in range(50)
            ]
        )
    )
    assert run_async(store.count(Filter())) == 50
    found = run_async(store.page(Filter(text="number7"), 0, 10))
    assert [r.prompt for r in found] == ["prompt 7"]
    assert run_async(store.count(Filter(text="number1"))) == 11  # prefix search: 1, 10-19
    assert run_async(store.count(Filter(model="a/b"))) == 25
    assert run_async(store.count(Filter(statuses=(RunStatus.FAILED,)))) == 10
    assert run_async(store.count(Filter(statuses=(RunStatus.FAILED, RunStatus.SUCCEEDED)))) == 50
    newest = run_async(store.page(Filter(), 0, 3))
    assert [r.prompt for r in newest] == ["prompt 49", "prompt 48", "prompt 47"]
    assert run_async(store.count(Filter(text='quote" and (parens'))) == 0  # user text is never SQL


def test_delete_and_restore(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    ids = [run_async(store.add(record(prompt=f"p{i}"))) for i in range(3)]
    gone = run_async(store.delete(ids[:2]))
    assert {r.prompt for r in gone} == {"p0", "p1"} and run_async(store.count(Filter())) == 1
    run_async(store.restore(gone))
    assert run_async(store.count(Filter(text="p0"))) == 1 and run_async(store.integrity()) == "ok"


def test_recorder_masks_secrets_batches_text_and_keeps_the_prediction_id(tmp_path):
    schema = {
        "components": {
            "schemas": {
                "Input": {
                    "properties": {"prompt": {"type": "string"}, "api_key": {"type": "string", "format": "password"}}
                }
            }
        }
    }
    info = ModelInfo.from_schema(ModelRef("a", "b"), "", "v1", schema)
    store = HistoryStore(tmp_path / "h.sqlite3")
    recorder = RunRecorder.new(store, tmp_path / "outputs", info, {"prompt": "hi", "api_key": "hunter2"}, "hi")

    async def scenario():
        run_id = await recorder.start()
        assert (await store.get(run_id)).status is RunStatus.QUEUED
        await recorder.apply(StatusChanged(RunStatus.STARTING))
        await recorder.apply(Created("pred-1"))
        stored = await store.get(run_id)
        assert stored.prediction_id == "pred-1" and stored.status is RunStatus.STARTING
        await recorder.apply(StatusChanged(RunStatus.PROCESSING))
        for token in ["Hello", " world"]:
            await recorder.apply(TextAppended(token))
        assert (await store.get(run_id)).output_text == ""  # batched, not a write per token
        picture = tmp_path / "outputs" / "pred-1" / "out.png"
        picture.parent.mkdir(parents=True)
        picture.write_bytes(b"x")
        await recorder.apply(FileReady(picture, "http://x/out.png", "image/png"))
        await recorder.apply(Finished(RunStatus.SUCCEEDED, None, {"predict_time": 2}))
        return await store.get(run_id)

    done = run_async(scenario())
    assert done.inputs == {"prompt": "hi", "api_key": SECRET_MASK}
    assert done.output_text == "Hello world" and done.status is RunStatus.SUCCEEDED
    assert done.files == ["pred-1/out.png"] and done.metrics == {"predict_time": 2}
    run_async(store.close())
    assert b"hunter2" not in (tmp_path / "h.sqlite3").read_bytes()


def test_a_detached_end_keeps_the_run_unfinished_for_re_attaching(tmp_path):
    info = ModelInfo.from_schema(ModelRef("a", "b"), "", "v1", None)
    store = HistoryStore(tmp_path / "h.sqlite3")
    recorder = RunRecorder.new(store, tmp_path / "outputs", info, {"prompt": "hi"}, "hi")

    async def scenario():
        run_id = await recorder.start()
        await recorder.apply(Created("pred-1"))
        await recorder.apply(StatusChanged(RunStatus.PROCESSING))
        await recorder.apply(TextAppended("partial"))
        await recorder.apply(Finished(RunStatus.FAILED, None, {}, detached=True))
        return await store.get(run_id), await store.unfinished()

    stored, unfinished = run_async(scenario())
    assert stored.status is RunStatus.PROCESSING and stored.output_text == "partial"
    assert [r.prediction_id for r in unfinished] == ["pred-1"]


DAY = 86400.0
NOW = 1_800_000_000.0


def _old_run(store, outputs, name, days, **changes):
    """A run started `days` ago whose file `name` is in the outputs folder."""
    (outputs / name).parent.mkdir(parents=True, exist_ok=True)
    (outputs / name).write_bytes(b"png")
    return run_async(store.add(record(prompt=name, files=[name], created_at=NOW - days * DAY, **changes)))


def test_prune_deletes_old_runs_and_their_files_and_keeps_the_rest(tmp_path):
    path, outputs = tmp_path / "h.sqlite3", tmp_path / "outputs"
    store = HistoryStore(path)
    _old_run(store, outputs, "old/out-0.png", 40)
    _old_run(store, outputs, "recent/out-0.png", 10)
    _old_run(store, outputs, "starred/out-0.png", 400, favourite=True)
    _old_run(store, outputs, "going/out-0.png", 400, status=RunStatus.PROCESSING)
    assert run_async(store.prune(30, outputs, now=NOW)) == 1
    run_async(store.close())
    db = sqlite3.connect(path)  # what is on disk, read again
    left = sorted(row[0] for row in db.execute("SELECT prompt FROM runs"))
    found = db.execute("SELECT COUNT(*) FROM runs_text WHERE runs_text MATCH 'old'").fetchone()[0]
    db.close()
    assert left == ["going/out-0.png", "recent/out-0.png", "starred/out-0.png"]
    assert found == 0  # the search index forgot it too
    assert not (outputs / "old").exists()  # the file and its emptied run folder
    assert all((outputs / name).exists() for name in left)


def test_prune_forever_and_nothing_old_delete_nothing(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    _old_run(store, tmp_path / "outputs", "a/out.png", 5000)
    assert run_async(store.prune(0, tmp_path / "outputs", now=NOW)) == 0
    assert run_async(store.prune(9000, tmp_path / "outputs", now=NOW)) == 0
    assert run_async(store.count(Filter())) == 1 and (tmp_path / "outputs" / "a/out.png").exists()


def test_prune_keeps_the_beginning_of_a_kept_conversation(tmp_path):
    outputs = tmp_path / "outputs"
    store = HistoryStore(tmp_path / "h.sqlite3")
    first = _old_run(store, outputs, "t1.txt", 100)
    second = _old_run(store, outputs, "t2.txt", 95, parent_id=first)
    _old_run(store, outputs, "t3.txt", 1, parent_id=second)  # the conversation goes on today
    lone = _old_run(store, outputs, "lone.txt", 100)
    assert run_async(store.prune(30, outputs, now=NOW)) == 1
    assert run_async(store.get(lone)) is None
    assert [r.prompt for r in run_async(store.thread(run_async(store.page(Filter(), 0, 1))[0].id))] == [
        "t1.txt",
        "t2.txt",
        "t3.txt",
    ]


def test_prune_keeps_files_shared_with_kept_runs_and_never_leaves_the_outputs_folder(tmp_path):
    outputs = tmp_path / "outputs"
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    store = HistoryStore(tmp_path / "h.sqlite3")
    _old_run(store, outputs, "imported/shared.png", 100)
    run_async(store.add(record(files=["imported/shared.png"], created_at=NOW)))  # an import listed it twice
    run_async(store.add(record(files=["../precious.txt", str(outside)], created_at=NOW - 100 * DAY)))
    assert run_async(store.prune(30, outputs, now=NOW)) == 2
    assert (outputs / "imported/shared.png").exists()
    assert outside.read_text() == "keep me"
    assert run_async(store.count(Filter())) == 1 and run_async(store.integrity()) == "ok"


def test_prune_deletes_absolute_names_only_inside_the_folders_allowed(tmp_path):
    outputs, chosen = tmp_path / "outputs", tmp_path / "my-pictures"
    store = HistoryStore(tmp_path / "h.sqlite3")
    first = _old_run(store, chosen, "run/a.png", 100)  # saved while the output folder was another
    run_async(store.update(first, files=[str(chosen / "run/a.png")]))
    assert run_async(store.prune(30, outputs, now=NOW)) == 1
    assert (chosen / "run/a.png").exists()  # not allowed: left alone
    second = _old_run(store, chosen, "other/b.png", 100)
    run_async(store.update(second, files=[str(chosen / "other/b.png")]))
    assert run_async(store.prune(30, outputs, now=NOW, also_in=(chosen,))) == 1
    assert not (chosen / "other").exists() and (chosen / "run/a.png").exists()


def test_prune_goes_on_when_a_file_cannot_be_deleted(tmp_path, monkeypatch):
    """A file open in a viewer (Windows refuses to delete it): the others still go, no error."""
    from pathlib import Path

    store = HistoryStore(tmp_path / "h.sqlite3")
    outputs = tmp_path / "outputs"
    _old_run(store, outputs, "held/out-0.png", 40)
    _old_run(store, outputs, "free/out-0.png", 40)
    unlink = Path.unlink

    def refuse_held(self, missing_ok=False):
        if self.parent.name == "held":
            raise PermissionError(32, "The process cannot access the file")
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_held)
    assert run_async(store.prune(30, outputs, now=NOW)) == 2
    assert (outputs / "held" / "out-0.png").exists() and not (outputs / "free").exists()
    run_async(store.close())


def test_a_file_told_twice_is_recorded_once(tmp_path):
    """A re-attached run tells again the files it saved before (the downloader reuses them)."""
    info = ModelInfo.from_schema(ModelRef("a", "b"), "", "v1", None)
    store = HistoryStore(tmp_path / "h.sqlite3")
    outputs = tmp_path / "outputs"
    (outputs / "p").mkdir(parents=True)
    (outputs / "p" / "x.png").write_bytes(b"png")
    recorder = RunRecorder.new(store, outputs, info, {"prompt": "hi"}, "hi")

    async def scenario():
        run_id = await recorder.start()
        for _ in range(2):
            await recorder.apply(FileReady(outputs / "p" / "x.png", "https://files.example/x.png", "image/png"))
        return await store.get(run_id)

    assert run_async(scenario()).files == ["p/x.png"]
    run_async(store.close())


def test_a_history_of_schema_2_opens_with_its_runs_and_gains_the_send_time(tmp_path):
    """An older Replidesk's history: migrated in place, every run kept, the new columns empty."""
    from core.history_schema import MIGRATIONS
    from core.sqlite_file import migrate

    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        migrate(db, script, number)
    db.execute(
        "INSERT INTO runs (model, status, prompt, created_at, prediction_id) VALUES (?, ?, ?, ?, ?)",
        ("meta/meta-llama-3-8b-instruct", "processing", "old run", 1_700_000_000.0, "p1"),
    )
    db.close()
    store = HistoryStore(path)
    old = run_async(store.unfinished())
    assert [(r.prompt, r.prediction_id, r.sent_at, r.cancel_requested) for r in old] == [("old run", "p1", None, False)]
    assert [r.prompt for r in run_async(store.page(Filter(), 0, 10))] == ["old run"]
    run_async(store.close())
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    db.close()


def test_the_send_time_and_a_cancel_asked_for_are_written_at_once(tmp_path):
    from core.run_events import Sending

    store = HistoryStore(tmp_path / "h.sqlite3")
    info = ModelInfo.from_schema(ModelRef.parse("meta/meta-llama-3-8b-instruct"), "", "v1", None)

    async def scenario():
        recorder = RunRecorder.new(store, tmp_path, info, {"prompt": "hi"}, "hi")
        await recorder.start()
        await recorder.apply(StatusChanged(RunStatus.STARTING))
        await recorder.apply(Sending(1_760_000_000.5))
        await recorder.cancel_asked()
        row = await store.get(recorder.run_id)
        listed = await store.page(Filter(), 0, 10)
        await store.close()
        return row, listed

    row, listed = run_async(scenario())
    assert (row.sent_at, row.cancel_requested, row.status) == (1_760_000_000.5, True, RunStatus.STARTING)
    assert (listed[0].sent_at, listed[0].cancel_requested) == (1_760_000_000.5, True)


def fts_index_matches_its_runs(path) -> None:
    """FTS5's own check: the index holds exactly what its runs' text gives (raises if not)."""
    db = sqlite3.connect(path)
    db.execute("INSERT INTO runs_text (runs_text) VALUES ('integrity-check')")
    db.close()


def test_search_reads_the_first_100000_characters_of_a_text_and_stays_whole_through_updates(tmp_path):
    """A 10 MB prompt was tokenized again at every flush of its answer; the index now takes the
    start of each text. Updates and deletes must take out exactly what went in."""
    long_prompt = "opening words " + "filler " * 20_000 + "buriedword"
    store = HistoryStore(tmp_path / "h.sqlite3")
    long_id = run_async(store.add(record(prompt=long_prompt, output_text="first answer")))
    run_async(store.add(record(prompt="a lighthouse at dusk")))
    assert [run_async(store.count(Filter(text=word))) for word in ("opening", "buriedword", "lighthouse")] == [1, 0, 1]
    run_async(store.update(long_id, output_text="fresh answer"))
    assert [run_async(store.count(Filter(text=word))) for word in ("fresh", "first", "opening")] == [1, 0, 1]
    run_async(store.delete([long_id]))
    assert run_async(store.count(Filter(text="opening"))) == 0
    run_async(store.close())
    fts_index_matches_its_runs(tmp_path / "h.sqlite3")  # the short run alone is left: cut = whole


def test_a_history_of_schema_3_is_indexed_again_by_the_start_of_each_text(tmp_path):
    from core.history_schema import MIGRATIONS
    from core.sqlite_file import migrate

    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        migrate(db, script, number)
    insert = "INSERT INTO runs (model, status, prompt, output_text, created_at) VALUES ('a/b', 'succeeded', ?, ?, 1.0)"
    db.execute(insert, ("opening words " + "filler " * 20_000 + "buriedword", "old answer"))
    db.execute(insert, ("a lighthouse at dusk", "a poem"))
    db.close()
    store = HistoryStore(path)
    words = ("opening", "buriedword", "lighthouse", "poem", "answer")
    assert [run_async(store.count(Filter(text=word))) for word in words] == [1, 0, 1, 1, 1]
    long_run = run_async(store.page(Filter(text="opening"), 0, 1))[0]
    run_async(store.delete([long_run.id]))
    assert [run_async(store.count(Filter(text=word))) for word in words] == [0, 0, 1, 1, 0]
    run_async(store.close())
    fts_index_matches_its_runs(path)
