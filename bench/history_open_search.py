"""Opening and searching a history of 10,000 runs (targets: open under 150 ms, search under 30 ms).

"Open" is what the app does at start: a new connection (schema check, WAL), the count and the
first page of the sidebar. "Search" is the sidebar's query for a word: count plus first page,
through FTS5. Each is timed over several rounds, medians printed.

    .venv/bin/python bench/history_open_search.py [--runs 10000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.history import Filter, HistoryStore, RunRecord

WORDS = (
    "lighthouse storm llama quantum garden violin harbour pixel dragon river meadow comet "
    "velvet canyon lantern orbit marble thunder willow ember"
).split()


def fake_runs(count: int) -> list[RunRecord]:
    rng = random.Random(7)
    runs = []
    for i in range(count):
        prompt = " ".join(rng.choice(WORDS) for _ in range(12))
        answer = " ".join(rng.choice(WORDS) for _ in range(250))
        runs.append(
            RunRecord(
                model=f"owner/model-{i % 25}",
                status="succeeded",
                prompt=prompt,
                output_text=answer + f" marker{i}",
                created_at=1_700_000_000 + i,
                inputs={"prompt": prompt, "max_tokens": 512},
                files=[f"p{i}/out-0.png"],
            )
        )
    return runs


async def timed(work) -> float:
    began = time.perf_counter()
    await work()
    return (time.perf_counter() - began) * 1000


async def bench(runs: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "history.sqlite3"
        store = HistoryStore(path)
        began = time.perf_counter()
        await store.add_many(fake_runs(runs))
        print(
            f"{runs} runs written in {time.perf_counter() - began:.1f} s; database {path.stat().st_size / 1e6:.1f} MB"
        )
        await store.close()
        opens, searches, rare = [], [], []
        for round_ in range(rounds):
            fresh = HistoryStore(path)

            async def open_history(fresh=fresh):
                await fresh.count(Filter())
                await fresh.page(Filter(), 0, 200)

            opens.append(await timed(open_history))
            word = WORDS[round_ % len(WORDS)]

            async def search(text=word, fresh=fresh):
                await fresh.count(Filter(text=text))
                await fresh.page(Filter(text=text), 0, 200)

            searches.append(await timed(search))
            rare_word = f"marker{round_ * 613 % runs}"
            rare.append(await timed(lambda text=rare_word: search(text)))
            await fresh.close()
        print(
            f"open (connect, count, first 200 rows): median {statistics.median(opens):6.1f} ms  "
            f"max {max(opens):6.1f} ms"
        )
        print(
            f"search a common word (count + 200 rows): median {statistics.median(searches):6.1f} ms  "
            f"max {max(searches):6.1f} ms"
        )
        print(
            f"search a rare word (count + page):       median {statistics.median(rare):6.1f} ms  "
            f"max {max(rare):6.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    asyncio.run(bench(args.runs, args.rounds))


if __name__ == "__main__":
    main()
