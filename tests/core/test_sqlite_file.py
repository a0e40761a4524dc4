"""The versioned SQLite file (core/sqlite_file.py): each migration is all or nothing."""

import sqlite3

import pytest

from core.sqlite_file import SqliteFile, statements
from tests.conftest import run_async

FIRST = "CREATE TABLE runs (id INTEGER PRIMARY KEY, model TEXT);"
# The second statement fails: the first one's table and column must not stay behind.
BROKEN = """
    CREATE TABLE tags (run_id INTEGER, tag TEXT);
    ALTER TABLE runs ADD COLUMN prompt TEXT;
    INSERT INTO nowhere VALUES (1);
"""
FIXED = """
    CREATE TABLE tags (run_id INTEGER, tag TEXT);
    ALTER TABLE runs ADD COLUMN prompt TEXT;
"""


class Newer(Exception):
    pass


def open_with(path, migrations):
    async def scenario():
        file = SqliteFile(path, migrations, Newer, "test")
        try:
            return await file.call(lambda db: db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            await file.close()

    return run_async(scenario())


def schema(path) -> tuple[int, set[str], list[str]]:
    db = sqlite3.connect(path)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = [row[1] for row in db.execute("PRAGMA table_info(runs)")]
        return version, tables, columns
    finally:
        db.close()


def test_a_migration_failing_half_way_leaves_the_schema_as_before(tmp_path):
    path = tmp_path / "h.sqlite3"
    assert open_with(path, [FIRST]) == 1
    with pytest.raises(sqlite3.OperationalError, match="nowhere"):
        open_with(path, [FIRST, BROKEN])
    assert schema(path) == (1, {"runs"}, ["id", "model"])  # no `tags`, no `prompt`, still version 1
    assert open_with(path, [FIRST, FIXED]) == 2  # the file is not left locked or half-done
    assert schema(path) == (2, {"runs", "tags"}, ["id", "model", "prompt"])


def test_a_first_migration_failing_leaves_an_empty_file(tmp_path):
    path = tmp_path / "h.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        open_with(path, [FIRST + "\nINSERT INTO nowhere VALUES (1);"])
    assert schema(path) == (0, set(), [])


def test_a_newer_file_is_refused_untouched(tmp_path):
    path = tmp_path / "h.sqlite3"
    open_with(path, [FIRST, FIXED])
    with pytest.raises(Newer):
        open_with(path, [FIRST])
    assert schema(path)[0] == 2


def test_a_newer_file_is_only_ever_opened_read_only(tmp_path, monkeypatch):
    path = tmp_path / "h.sqlite3"
    open_with(path, [FIRST, FIXED])
    opened = []
    connect = sqlite3.connect

    def recorded(target, *args, **kwargs):
        opened.append(str(target))
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recorded)
    with pytest.raises(Newer):
        open_with(path, [FIRST])
    assert opened and all("?mode=ro" in target for target in opened), opened


def test_a_newer_file_can_leave_an_empty_database_in_its_place(tmp_path):
    path = tmp_path / "h.sqlite3"
    open_with(path, [FIRST, FIXED])
    before, wal = path.read_bytes(), path.with_name("h.sqlite3-wal").exists()

    async def scenario():
        file = SqliteFile(path, [FIRST], Newer, "test", empty_if_newer=True)
        assert isinstance(file.newer(), Newer)
        try:
            rows = await file.call(lambda db: db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])
            return rows, file.refused
        finally:
            await file.close()

    rows, refused = run_async(scenario())
    assert rows == 0 and isinstance(refused, Newer)
    assert path.read_bytes() == before and path.with_name("h.sqlite3-wal").exists() == wal


def test_a_last_statement_without_its_semicolon_is_kept():
    assert statements("CREATE TABLE a (x);\nCREATE TABLE b (y)") == ["CREATE TABLE a (x);", "CREATE TABLE b (y)"]
    trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\nEND;"
    assert statements(trigger) == [trigger]
