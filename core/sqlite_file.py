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


def stored_version(path: Path) -> int:
    """The schema version of a SQLite file, read without writing anything (0: no file yet)."""
    if not path.exists():
        return 0
    try:
        # immutable: no lock, no -wal or -shm file made beside it (the header holds the version;
        # one still in a newer app's WAL is caught by the read-write open).
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return 0  # cannot even be read: the read-write open says why
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        db.close()


class SqliteFile:
    def __init__(
        self,
        path: Path,
        migrations: list[str],
        newer: Callable[[int], Exception],
        name: str,
        empty_if_newer: bool = False,
        unwritable: Callable[[Exception], Exception] | None = None,
    ) -> None:
        """`migrations[n]` upgrades the schema from version n to n + 1 (never edit a shipped one,
        append); a file of a newer schema raises `newer(version)` before anything touches it,
        or with `empty_if_newer` is left alone for an empty database in memory (`refused` says
        why), so that the app keeps going and its owner refuses what must be written. With
        `unwritable`, a file that cannot be opened for writing (a read-only data folder) is
        refused the same way, `unwritable(error)` saying why."""
        self.path = path
        self.migrations = migrations
        self._newer = newer
        self._empty_if_newer = empty_if_newer
        self._unwritable = unwritable
        self.refused: Exception | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._db: sqlite3.Connection | None = None

    def newer(self) -> Exception | None:
        """Why the file cannot be used (it is of a newer schema), checked read-only, at once."""
        version = stored_version(self.path)
        return self._newer(version) if version > len(self.migrations) else None

    async def call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self._run, work)

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        if self._db is None:
            self._db = self._connect()
        return work(self._db)

    def _connect(self) -> sqlite3.Connection:
        # Checked read-only, before anything could change the file (WAL mode included).
        if (refused := self.newer()) is not None:
            return self._refuse(refused)
        db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None)  # explicit, short transactions
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version <= len(self.migrations):
                db.execute("PRAGMA journal_mode=WAL")  # the first write: a read-only file fails here
        except (OSError, sqlite3.OperationalError) as error:
            if db is not None:
                db.close()
            if self._unwritable is None:
                raise
            return self._refuse(self._unwritable(error), always=True)
        if version > len(self.migrations):  # a newer Replidesk's version still in its WAL
            db.close()
            return self._refuse(self._newer(version))
        return self._prepared(db, version)

    def _refuse(self, refused: Exception, always: bool = False) -> sqlite3.Connection:
        if not (self._empty_if_newer or always):
            raise refused
        self.refused = refused
        return self._prepared(sqlite3.connect(":memory:", isolation_level=None), 0)

    def _prepared(self, db: sqlite3.Connection, version: int) -> sqlite3.Connection:
        db.row_factory = sqlite3.Row
        try:
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
