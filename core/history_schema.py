"""The history database's schema: its tables, the full-text index and the triggers that keep it,
as forward migrations (core/sqlite_file.py runs each in one transaction)."""

from __future__ import annotations

# Each entry upgrades the schema by one version; never edit a shipped one, append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        prediction_id TEXT UNIQUE,
        model TEXT NOT NULL,
        version TEXT,
        inputs TEXT NOT NULL DEFAULT '{}',
        prompt TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        error TEXT,
        logs TEXT NOT NULL DEFAULT '',
        output_text TEXT NOT NULL DEFAULT '',
        output_value TEXT,
        files TEXT NOT NULL DEFAULT '[]',
        metrics TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL,
        completed_at REAL,
        favourite INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX runs_newest ON runs (created_at DESC, id DESC);
    CREATE TABLE versions (
        model TEXT NOT NULL,
        version TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        openapi_schema TEXT NOT NULL,
        PRIMARY KEY (model, version)
    );
    CREATE INDEX runs_model ON runs (model);
    CREATE VIRTUAL TABLE runs_text USING fts5 (
        prompt, output_text, model, content='runs', content_rowid='id', tokenize='unicode61');
    CREATE TRIGGER runs_text_insert AFTER INSERT ON runs BEGIN
        INSERT INTO runs_text (rowid, prompt, output_text, model)
        VALUES (new.id, new.prompt, new.output_text, new.model);
    END;
    CREATE TRIGGER runs_text_delete AFTER DELETE ON runs BEGIN
        INSERT INTO runs_text (runs_text, rowid, prompt, output_text, model)
        VALUES ('delete', old.id, old.prompt, old.output_text, old.model);
    END;
    CREATE TRIGGER runs_text_update AFTER UPDATE OF prompt, output_text, model ON runs BEGIN
        INSERT INTO runs_text (runs_text, rowid, prompt, output_text, model)
        VALUES ('delete', old.id, old.prompt, old.output_text, old.model);
        INSERT INTO runs_text (rowid, prompt, output_text, model)
        VALUES (new.id, new.prompt, new.output_text, new.model);
    END;
    """,
    # 2: conversations (each turn points at the turn before it) and runs started together
    # (a comparison, a batch).
    """
    ALTER TABLE runs ADD COLUMN parent_id INTEGER;
    ALTER TABLE runs ADD COLUMN group_id TEXT;
    CREATE INDEX runs_parent ON runs (parent_id);
    CREATE INDEX runs_group ON runs (group_id);
    """,
    # 3: when the create request went out (a run lost during it is looked for around that time,
    # not its queue time) and a cancel asked for (a run found again is cancelled, not followed).
    """
    ALTER TABLE runs ADD COLUMN sent_at REAL;
    ALTER TABLE runs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: the search index takes the first 100,000 characters of a prompt and of an answer. It took
    # all of them, and a 10 MB prompt was tokenized again at every flush of its streaming answer
    # (bench/history_big_prompt.py: 364-719 ms a flush, 137-199 ms now, 110-187 of which is the
    # row's own rewrite). The triggers' delete must give FTS5 exactly what was
    # indexed, so the index is emptied and refilled in the same cut form.
    """
    DROP TRIGGER runs_text_insert;
    DROP TRIGGER runs_text_delete;
    DROP TRIGGER runs_text_update;
    INSERT INTO runs_text (runs_text) VALUES ('delete-all');
    CREATE TRIGGER runs_text_insert AFTER INSERT ON runs BEGIN
        INSERT INTO runs_text (rowid, prompt, output_text, model)
        VALUES (new.id, substr(new.prompt, 1, 100000), substr(new.output_text, 1, 100000), new.model);
    END;
    CREATE TRIGGER runs_text_delete AFTER DELETE ON runs BEGIN
        INSERT INTO runs_text (runs_text, rowid, prompt, output_text, model)
        VALUES ('delete', old.id, substr(old.prompt, 1, 100000), substr(old.output_text, 1, 100000), old.model);
    END;
    CREATE TRIGGER runs_text_update AFTER UPDATE OF prompt, output_text, model ON runs BEGIN
        INSERT INTO runs_text (runs_text, rowid, prompt, output_text, model)
        VALUES ('delete', old.id, substr(old.prompt, 1, 100000), substr(old.output_text, 1, 100000), old.model);
        INSERT INTO runs_text (rowid, prompt, output_text, model)
        VALUES (new.id, substr(new.prompt, 1, 100000), substr(new.output_text, 1, 100000), new.model);
    END;
    INSERT INTO runs_text (rowid, prompt, output_text, model)
        SELECT id, substr(prompt, 1, 100000), substr(output_text, 1, 100000), model FROM runs;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
