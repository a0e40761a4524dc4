"""A SQLite file with a versioned schema, used from asyncio: all its work runs on one worker
thread that owns the connection, so the UI thread never waits on SQLite."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class SqliteFile:
    def __init__(self, path: Path, migrations: list[str], newer: Callable[[int], Exception], name: str) -> None:
        """`migrations[n]` upgrades the schema from version n to n + 1 (never edit a shipped one,
        append); a file of a newer schema raises `newer(version)` before anything touches it."""
        self.path = path
        self.migrations = migrations
        self._newer = newer
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._db: sqlite3.Connection | None = None

    async def call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self._run, work)

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        if self._db is None:
            self._db = self._connect()
        return work(self._db)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None)  # explicit, short transactions
        db.row_factory = sqlite3.Row
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(self.migrations):  # checked before anything changes the file, WAL mode included
            db.close()
            raise self._newer(version)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
            db.execute("PRAGMA foreign_keys=ON")
            for number in range(version, len(self.migrations)):
                migrate(db, self.migrations[number], number + 1)
        except BaseException:
            db.close()  # a failed migration is rolled back; the file stays as it was before it
            raise
        return db

    async def close(self) -> None:
        def shut(db: sqlite3.Connection) -> None:
            db.close()
            self._db = None

        if self._db is not None:
            await self.call(shut)
        self._worker.shutdown(wait=True)


def migrate(db: sqlite3.Connection, script: str, version: int) -> None:
    """One migration and its schema version in one transaction: all of it, or none (SQLite's DDL
    is transactional), so a migration failing half-way leaves the tables and version as before."""
    db.execute("BEGIN IMMEDIATE")  # also keeps another process from migrating at the same time
    try:
        for statement in statements(script):
            db.execute(statement)
        db.execute(f"PRAGMA user_version={version}")
    except BaseException:
        if db.in_transaction:  # SQLite may have rolled back already (a full disk)
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def statements(script: str) -> list[str]:
    """A migration script split into statements (triggers keep their inner semicolons)."""
    found, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            found.append(joined)
            current = []
    rest = "\n".join(current).strip()
    if rest:  # a last statement without its semicolon is run too, never silently dropped
        found.append(rest)
    return found
