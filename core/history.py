"""Every run, kept in a local SQLite database (WAL, versioned schema, forward migrations),
searchable with FTS5. All database work runs on one worker thread that owns the connection,
so the UI thread never waits on SQLite."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .errors import NewerHistory, UnwritableHistory
from .history_schema import MIGRATIONS
from .record_check import repaired_record
from .run_events import RunStatus
from .run_record import RunRecord, row_fields, to_row
from .sqlite_file import SqliteFile
from .trash import delete_files

T = TypeVar("T")

# What the sidebar shows: everything but the bulky text, logs and value.
LIST_COLUMNS = (
    "runs.id, prediction_id, model, version, inputs, prompt, status, error, '' AS logs, "
    "'' AS output_text, NULL AS output_value, files, metrics, created_at, completed_at, favourite, "
    "parent_id, group_id, sent_at, cancel_requested"
)
# Every file name the runs list (a damaged `files` column lists none).
FILE_NAMES = (
    "SELECT DISTINCT names.value FROM runs, json_each(CASE WHEN json_valid(runs.files) AND "
    "json_type(runs.files) = 'array' THEN runs.files ELSE '[]' END) AS names WHERE names.type = 'text'"
)


@dataclass(frozen=True)
class Filter:
    text: str = ""  # words to find in prompts, outputs and model names
    model: str = ""
    statuses: tuple[RunStatus, ...] = ()  # any of these; none: every status
    favourites: bool = False


def _fts_query(text: str) -> str:
    """User words as an FTS5 query: each a quoted prefix term, all required."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words)


class HistoryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        # A newer history is left untouched: the list shows no run, and what writes says why.
        self._file = SqliteFile(
            path,
            MIGRATIONS,
            lambda version: NewerHistory(version, path),
            "history",
            empty_if_newer=True,
            unwritable=lambda error: UnwritableHistory(path, error),
        )
        self._call = self._file.call

    def newer(self) -> NewerHistory | None:
        """Why runs cannot be recorded here (a newer Replidesk's history), read at once without
        writing: the start-up says so before any run."""
        refused = self._file.newer()
        return refused if isinstance(refused, NewerHistory) else None

    async def _write(self, work: Callable[[sqlite3.Connection], T], quiet: T | None = None) -> T:
        """Work that changes the history: refused with the reason when it belongs to a newer
        Replidesk or cannot be written (or `quiet` returned, for upkeep the user never asked for)."""

        def guarded(db: sqlite3.Connection) -> T:
            if self._file.refused is not None:
                if quiet is not None:
                    return quiet
                raise self._file.refused
            return work(db)

        return await self._call(guarded)

    async def close(self) -> None:
        await self._file.close()

    # --- writing ---------------------------------------------------------------------------
    async def add(self, record: RunRecord) -> int:
        row = to_row(record)
        row.pop("id")

        def insert(db: sqlite3.Connection) -> int:
            names = ", ".join(row)
            marks = ", ".join(f":{name}" for name in row)
            return int(db.execute(f"INSERT INTO runs ({names}) VALUES ({marks})", row).lastrowid or 0)

        record.id = await self._write(insert)
        return record.id

    async def update(self, run_id: int, **changes: Any) -> None:
        row = row_fields(changes)

        def write(db: sqlite3.Connection) -> None:
            assignments = ", ".join(f"{name} = :{name}" for name in row)
            db.execute(f"UPDATE runs SET {assignments} WHERE id = :id", {**row, "id": run_id})

        await self._write(write)

    async def delete(self, run_ids: list[int]) -> list[RunRecord]:
        """Remove runs; returns them, so that an undo can put them back."""

        def remove(db: sqlite3.Connection) -> list[RunRecord]:
            marks = ", ".join("?" * len(run_ids))
            with db:
                db.execute("BEGIN")
                rows = db.execute(f"SELECT * FROM runs WHERE id IN ({marks})", run_ids).fetchall()
                db.execute(f"DELETE FROM runs WHERE id IN ({marks})", run_ids)
            return [repaired_record(r) for r in rows]

        return await self._write(remove)

    async def prune(
        self, older_than_days: int, outputs: Path, now: float | None = None, also_in: tuple[Path, ...] = ()
    ) -> int:
        """Delete the runs started more than `older_than_days` ago, and their files no kept run
        lists (names are relative to `outputs`; absolute ones are deleted only inside `outputs`
        or `also_in`); returns how many. Kept: favourites, runs not ended, and the earlier turns
        of a kept conversation turn. All of it on the worker thread, off the UI thread."""
        if older_than_days <= 0:
            return 0
        cutoff = (time.time() if now is None else now) - older_than_days * 86400
        going = [s.value for s in (RunStatus.QUEUED, RunStatus.STARTING, RunStatus.PROCESSING)]
        # Kept: runs recent, starred or going, and the turns before a kept one (a chat's start).
        kept = f"""
            WITH RECURSIVE kept(id) AS (
                SELECT id FROM runs WHERE created_at >= ? OR favourite = 1 OR status IN ({", ".join("?" * len(going))})
                UNION
                SELECT runs.parent_id FROM runs JOIN kept ON runs.id = kept.id WHERE runs.parent_id IS NOT NULL
            )"""

        def remove(db: sqlite3.Connection) -> int:
            with db:
                db.execute("BEGIN")
                rows = db.execute(f"{kept} SELECT id FROM runs WHERE id NOT IN kept", [cutoff, *going]).fetchall()
                ids, doomed = json.dumps([row[0] for row in rows]), "SELECT value FROM json_each(?)"
                names = {row[0] for row in db.execute(f"{FILE_NAMES} AND runs.id IN ({doomed})", (ids,))}
                db.execute(f"DELETE FROM runs WHERE id IN ({doomed})", (ids,))
                listed = f"{FILE_NAMES} AND names.value IN ({doomed})"  # shared with a kept run (imports)
                still = {row[0] for row in db.execute(listed, (json.dumps(sorted(names)),))} if names else set()
            delete_files(outputs, names - still, also_in)
            return len(rows)

        return await self._write(remove, quiet=0)

    async def restore(self, records: list[RunRecord]) -> None:
        def put_back(db: sqlite3.Connection) -> None:
            with db:
                db.execute("BEGIN")
                for record in records:
                    row = to_row(record)
                    names = ", ".join(row)
                    db.execute(f"INSERT INTO runs ({names}) VALUES ({', '.join(':' + n for n in row)})", row)

        await self._write(put_back)

    # --- reading ---------------------------------------------------------------------------
    async def get(self, run_id: int) -> RunRecord | None:
        row = await self._call(lambda db: db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone())
        return repaired_record(row) if row else None

    async def page(self, where: Filter, offset: int, limit: int) -> list[RunRecord]:
        """A page of the list, newest first; light rows (no output text, logs or value: `get`
        reads a whole run)."""
        sql, args = _select(where, LIST_COLUMNS, index="INDEXED BY runs_newest")
        sql += " ORDER BY runs.created_at DESC, runs.id DESC LIMIT ? OFFSET ?"
        rows = await self._call(lambda db: db.execute(sql, [*args, limit, offset]).fetchall())
        return [repaired_record(r) for r in rows]

    async def count(self, where: Filter) -> int:
        if where.text.strip() and not (where.model or where.statuses or where.favourites):
            sql, args = "SELECT COUNT(*) FROM runs_text WHERE runs_text MATCH ?", [_fts_query(where.text)]
        else:
            sql, args = _select(where, "COUNT(*)")
        return await self._call(lambda db: db.execute(sql, args).fetchone()[0])

    async def models(self) -> list[str]:
        rows = await self._call(lambda db: db.execute("SELECT DISTINCT model FROM runs ORDER BY model").fetchall())
        return [r[0] for r in rows]

    async def add_many(self, records: list[RunRecord]) -> None:
        """Many runs in one transaction (imports, tests, benchmarks)."""
        rows = [to_row(r) for r in records]
        for row in rows:
            row.pop("id")

        def insert(db: sqlite3.Connection) -> None:
            names = ", ".join(rows[0])
            with db:
                db.execute("BEGIN")
                db.executemany(f"INSERT INTO runs ({names}) VALUES ({', '.join(':' + n for n in rows[0])})", rows)

        if rows:
            await self._write(insert)

    async def keep_schema(self, model: str, version: str, description: str, schema: dict) -> None:
        """A version's schema, kept once, so that old runs open without the network."""
        await self._write(
            lambda db: (
                db.execute(
                    "INSERT OR REPLACE INTO versions (model, version, description, openapi_schema) VALUES (?, ?, ?, ?)",
                    (model, version, description, json.dumps(schema)),
                ).rowcount
            ),
            quiet=0,  # a cache: a newer history keeps none, the model is looked up again
        )

    async def schema(self, model: str, version: str | None) -> tuple[str, dict] | None:
        row = await self._call(
            lambda db: db.execute(
                "SELECT description, openapi_schema FROM versions WHERE model = ? AND version = ?",
                (model, version or ""),
            ).fetchone()
        )
        return (row[0], json.loads(row[1])) if row else None

    async def unfinished(self, sent: bool = True) -> list[RunRecord]:
        """Runs sent to Replicate whose end was never seen: followed again at start. `sent=False`:
        those without a prediction id (closed while the create request was in flight), oldest first."""
        has_id = "IS NOT NULL" if sent else "IS NULL ORDER BY created_at, id"
        rows = await self._call(
            lambda db: db.execute(
                f"SELECT * FROM runs WHERE status IN (?, ?) AND prediction_id {has_id}",
                (RunStatus.STARTING.value, RunStatus.PROCESSING.value),
            ).fetchall()
        )
        return [repaired_record(r) for r in rows]

    async def settle_abandoned(self, message_queued: str, message_unsent: str, before: float = float("inf")) -> int:
        """Runs the last session left without a prediction id (still queued, or closed while the
        create request was in flight) can never be followed: end them, saying why. Only rows
        written `before` then: the runs this session asked for since are its own."""

        def settle(db: sqlite3.Connection) -> int:
            with db:
                db.execute("BEGIN")
                queued = db.execute(
                    "UPDATE runs SET status = ?, error = ? WHERE status = ? AND created_at < ?",
                    (RunStatus.CANCELED.value, message_queued, RunStatus.QUEUED.value, before),
                ).rowcount
                going = (RunStatus.STARTING.value, RunStatus.PROCESSING.value)
                unsent = db.execute(
                    "UPDATE runs SET status = ?, error = ? "
                    "WHERE status IN (?, ?) AND prediction_id IS NULL AND created_at < ?",
                    (RunStatus.FAILED.value, message_unsent, *going, before),
                ).rowcount
            return int(queued + unsent)

        return await self._write(settle, quiet=0)

    async def thread(self, run_id: int) -> list[RunRecord]:
        """A conversation up to this run: its earlier turns, oldest first, then the run itself."""
        sql = """
            WITH RECURSIVE chain(id, depth) AS (
                SELECT id, 0 FROM runs WHERE id = ?
                UNION ALL
                SELECT runs.parent_id, chain.depth + 1 FROM runs JOIN chain ON runs.id = chain.id
                WHERE runs.parent_id IS NOT NULL AND chain.depth < 1000
            )
            SELECT runs.* FROM chain JOIN runs ON runs.id = chain.id ORDER BY chain.depth DESC
        """
        rows = await self._call(lambda db: db.execute(sql, (run_id,)).fetchall())
        return [repaired_record(r) for r in rows]

    async def group(self, group_id: str) -> list[RunRecord]:
        rows = await self._call(
            lambda db: db.execute(
                f"SELECT {LIST_COLUMNS} FROM runs WHERE group_id = ? ORDER BY id", (group_id,)
            ).fetchall()
        )
        return [repaired_record(r) for r in rows]

    async def last_duration(self, model: str) -> float | None:
        """Seconds the model took in its latest successful run here, if any."""
        row = await self._call(
            lambda db: db.execute(
                "SELECT metrics FROM runs WHERE model = ? AND status = ? ORDER BY created_at DESC LIMIT 1",
                (model, RunStatus.SUCCEEDED.value),
            ).fetchone()
        )
        if row is None:
            return None
        metrics = json.loads(row[0] or "{}")
        seconds = metrics.get("predict_time") if isinstance(metrics, dict) else None
        return float(seconds) if isinstance(seconds, (int, float)) else None

    async def prediction_ids(self, ids: list[str]) -> set[str]:
        """Which of these prediction ids the history already has."""
        if not ids:
            return set()
        # One bound JSON array, whatever the count (SQLite caps the number of bound values).
        sql = "SELECT prediction_id FROM runs WHERE prediction_id IN (SELECT value FROM json_each(?))"
        wanted = json.dumps(ids)
        return await self._call(lambda db: {row[0] for row in db.execute(sql, (wanted,))})

    async def integrity(self) -> str:
        return await self._call(lambda db: db.execute("PRAGMA integrity_check").fetchone()[0])


def _select(where: Filter, columns: str, index: str = "") -> tuple[str, list[Any]]:
    sql, args, conditions = f"SELECT {columns} FROM runs {index}", [], []
    if where.text.strip():
        # A subquery, not a join: with the newest-first index forced, SQLite walks the runs in
        # order and stops at the page's end instead of sorting every match (docs/PERFORMANCE.md).
        conditions.append("runs.id IN (SELECT rowid FROM runs_text WHERE runs_text MATCH ?)")
        args.append(_fts_query(where.text))
    if where.model:
        conditions.append("runs.model = ?")
        args.append(where.model)
    if where.statuses:
        conditions.append(f"runs.status IN ({', '.join('?' * len(where.statuses))})")
        args.extend(status.value for status in where.statuses)
    if where.favourites:
        conditions.append("runs.favourite = 1")
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    return sql, args
