"""What one flush of a streaming answer costs the history when the run's prompt is huge.

The recorder writes the answer so far at most once a second (core/recorder.py); each write is an
UPDATE of the run's row, and the search index's trigger takes the old text out and puts the new
in. Schema 3 indexed the whole prompt; schema 4 indexes its first 100,000 characters. Both are
built side by side from the app's own migrations, in real files, and the same updates timed on
each (medians); "no index" is the row's rewrite alone, the floor.

    .venv/bin/python bench/history_big_prompt.py [--size 10000000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.history_schema import MIGRATIONS
from core.sqlite_file import migrate


def history(path: Path, versions: int, index: bool) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:versions], start=1):
        migrate(db, script, number)
    if not index:
        for trigger in ("runs_text_insert", "runs_text_delete", "runs_text_update"):
            db.execute(f"DROP TRIGGER {trigger}")
    return db


def flush_ms(db: sqlite3.Connection, prompt: str, rounds: int) -> float:
    db.execute("INSERT INTO runs (model, status, prompt, created_at) VALUES ('a/b', 'processing', ?, 1.0)", (prompt,))
    run_id = db.execute("SELECT max(id) FROM runs").fetchone()[0]
    times = []
    for tokens in range(1, rounds + 1):
        began = time.perf_counter()
        db.execute("UPDATE runs SET output_text = ? WHERE id = ?", ("token " * tokens, run_id))
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000_000, help="the prompt's length in characters")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(7)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9))) for _ in range(5000)]
    prompt = " ".join(rng.choices(words, k=args.size // 5))[: args.size]
    print(f"one flush of the answer, prompt of {len(prompt):,} characters, median of {args.rounds}:")
    with tempfile.TemporaryDirectory() as scratch:
        for name, versions, index in (("schema 3", 3, True), ("schema 4", 4, True), ("no index", 4, False)):
            db = history(Path(scratch) / f"{name}.sqlite3", versions, index)
            print(f"  {name:9} {flush_ms(db, prompt, args.rounds):7.1f} ms")
            db.close()


if __name__ == "__main__":
    main()
