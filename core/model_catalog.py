"""The local catalog: every model seen (searched, browsed, looked up or run), the collections, and
the user's favourite models, in SQLite beside the history. The picker and the browser answer
from it at once, and offline; Replicate's answers refresh it."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .model_summary import ModelSummary
from .sqlite_file import SqliteFile

MIGRATIONS: list[str] = [
    """
    CREATE TABLE models (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        words TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        run_count INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        seen_at REAL NOT NULL
    );
    CREATE VIRTUAL TABLE models_text USING fts5 (
        words, description, content='models', content_rowid='id', tokenize='unicode61');
    CREATE TRIGGER models_text_insert AFTER INSERT ON models BEGIN
        INSERT INTO models_text (rowid, words, description) VALUES (new.id, new.words, new.description);
    END;
    CREATE TRIGGER models_text_delete AFTER DELETE ON models BEGIN
        INSERT INTO models_text (models_text, rowid, words, description)
        VALUES ('delete', old.id, old.words, old.description);
    END;
    CREATE TRIGGER models_text_update AFTER UPDATE OF words, description ON models BEGIN
        INSERT INTO models_text (models_text, rowid, words, description)
        VALUES ('delete', old.id, old.words, old.description);
        INSERT INTO models_text (rowid, words, description) VALUES (new.id, new.words, new.description);
    END;
    CREATE TABLE favourites (slug TEXT PRIMARY KEY, added_at REAL NOT NULL);
    CREATE TABLE collections (
        slug TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        models TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0
    );
    """,
]
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Collection:
    slug: str
    name: str
    description: str = ""


class NewerCatalog(UserError):
    def __init__(self, version: int, path: Path) -> None:
        super().__init__(
            "Model list from a newer Replidesk",
            f"The list of known models in {path.parent} was written by a newer version of Replidesk "
            f"(schema {version}); models are looked up on Replicate instead.",
        )


def _match(words: list[str]) -> str:
    """User words as an FTS5 query: each a quoted prefix term, all required."""
    return " ".join('"{}"*'.format(word.replace('"', '""')) for word in words)


def words_of(text: str) -> list[str]:
    """The words of a search as the catalog splits them (owner/name-with-dashes → its parts)."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text.lower())
    return cleaned.split()


class ModelCatalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        # A cache: a newer or unwritable file leaves it empty, in memory, rather than the app stopped.
        self._file = SqliteFile(
            path,
            MIGRATIONS,
            lambda version: NewerCatalog(version, path),
            "catalog",
            empty_if_newer=True,
            unwritable=lambda error: error,
        )

    async def close(self) -> None:
        await self._file.close()

    # --- models ----------------------------------------------------------------------------
    async def remember(self, models: list[ModelSummary]) -> None:
        """Keep these models (newer facts replace older ones), in one short transaction."""
        if not models:
            return
        now = time.time()

        def write(db: sqlite3.Connection) -> None:
            with db:
                db.execute("BEGIN")
                db.executemany(
                    "INSERT INTO models (slug, words, description, run_count, data, seen_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET words = excluded.words, "
                    "description = excluded.description, run_count = excluded.run_count, "
                    "data = excluded.data, seen_at = excluded.seen_at",
                    [
                        (m.slug, " ".join(words_of(m.slug)), m.description, m.run_count, m.to_json(), now)
                        for m in models
                    ],
                )

        await self._file.call(write)

    async def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[ModelSummary]:
        """Known models whose name, owner or description hold every word (as a prefix): those
        with every word in their name first, then the most run."""
        words = words_of(text)
        if not words:
            return []

        def read(db: sqlite3.Connection) -> list[ModelSummary]:
            # Ranked in SQL on the small columns, then only the rows shown are read whole: a
            # one-letter prefix matches most of the catalog.
            terms = _match(words)
            named = _ranked(db, f"{{words}} : ({terms})", limit, ())
            rest = _ranked(db, terms, limit - len(named), named) if len(named) < limit else []
            slugs = named + rest
            marks = ", ".join("?" for _ in slugs)
            rows = db.execute(f"SELECT slug, data FROM models WHERE slug IN ({marks})", slugs).fetchall()
            data = {row["slug"]: row["data"] for row in rows}
            return _summaries(data[slug] for slug in slugs if slug in data)

        return await self._file.call(read)

    async def get(self, slug: str) -> ModelSummary | None:
        def read(db: sqlite3.Connection) -> ModelSummary | None:
            row = db.execute("SELECT data FROM models WHERE slug = ?", (slug,)).fetchone()
            return ModelSummary.from_json(row["data"]) if row else None

        return await self._file.call(read)

    async def count(self) -> int:
        return await self._file.call(lambda db: int(db.execute("SELECT count(*) FROM models").fetchone()[0]))

    # --- favourites ------------------------------------------------------------------------
    async def set_favourite(self, slug: str, favourite: bool) -> None:
        def write(db: sqlite3.Connection) -> None:
            if favourite:
                db.execute("INSERT OR IGNORE INTO favourites (slug, added_at) VALUES (?, ?)", (slug, time.time()))
            else:
                db.execute("DELETE FROM favourites WHERE slug = ?", (slug,))

        await self._file.call(write)

    async def favourites(self) -> list[str]:
        def read(db: sqlite3.Connection) -> list[str]:
            return [row["slug"] for row in db.execute("SELECT slug FROM favourites ORDER BY added_at DESC, slug")]

        return await self._file.call(read)

    # --- collections -----------------------------------------------------------------------
    async def remember_collections(self, collections: list[Collection]) -> None:
        def write(db: sqlite3.Connection) -> None:
            with db:
                db.execute("BEGIN")
                for position, found in enumerate(collections):
                    db.execute(
                        "INSERT INTO collections (slug, name, description, position) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, "
                        "description = excluded.description, position = excluded.position",
                        (found.slug, found.name, found.description, position),
                    )

        await self._file.call(write)

    async def collections(self) -> list[Collection]:
        def read(db: sqlite3.Connection) -> list[Collection]:
            rows = db.execute("SELECT slug, name, description FROM collections ORDER BY position, name")
            return [Collection(row["slug"], row["name"], row["description"]) for row in rows]

        return await self._file.call(read)

    async def remember_collection_models(self, slug: str, models: list[ModelSummary]) -> None:
        await self.remember(models)
        slugs = json.dumps([model.slug for model in models])
        await self._file.call(lambda db: db.execute("UPDATE collections SET models = ? WHERE slug = ?", (slugs, slug)))

    async def collection_models(self, slug: str) -> list[ModelSummary]:
        def read(db: sqlite3.Connection) -> list[ModelSummary]:
            row = db.execute("SELECT models FROM collections WHERE slug = ?", (slug,)).fetchone()
            try:
                slugs = json.loads(row["models"]) if row else []
            except ValueError:
                slugs = []
            found = []
            for model_slug in slugs if isinstance(slugs, list) else []:
                data = db.execute("SELECT data FROM models WHERE slug = ?", (str(model_slug),)).fetchone()
                if data is not None:
                    found.append(data["data"])
            return _summaries(found)

        return await self._file.call(read)


def _ranked(db: sqlite3.Connection, query: str, limit: int, leave_out: tuple[str, ...] | list[str]) -> list[str]:
    """The slugs matching an FTS5 query, the most run first."""
    if limit <= 0:
        return []
    rows = db.execute(
        "SELECT models.slug FROM models_text JOIN models ON models.id = models_text.rowid "
        "WHERE models_text MATCH ? ORDER BY models.run_count DESC LIMIT ?",
        (query, limit + len(leave_out)),
    ).fetchall()
    left = set(leave_out)
    return [row["slug"] for row in rows if row["slug"] not in left][:limit]


def _summaries(rows: Iterable[str]) -> list[ModelSummary]:
    found = (ModelSummary.from_json(data) for data in rows)
    return [summary for summary in found if summary is not None]
