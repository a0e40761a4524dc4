"""Memory of the window as runs come and go (issue 10): RSS right after start (the window shown
and idle), after 20 runs and after 200 runs: short meta/meta-llama-3-8b-instruct answers (30
tokens) alternating with small stability-ai/sdxl images (256x256), started 4 at a time through
the composer's launcher, each new run shown as Run shows it. Each round runs in a fresh
process; the local server runs in another (bench/local_server.py), so its own memory (the
files it made) is not counted.

Besides RSS, each round counts what lives after a full garbage collection (Qt widgets, every
QObject under the window, Python objects by type) so that a leak can be named; `--trace`
adds a tracemalloc comparison of run 20 and run 200 (slower, and its own memory inflates RSS).

Target (issue 10): RSS after 200 runs at most 30 MB over RSS after 20 runs. Figures, not
assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/memory_runs.py [--rounds 3] [--trace]
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BATCH = 4
MARKS = (20, 200)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def trimmed_rss_mb() -> float:
    """RSS once freed C memory is given back to the system (glibc malloc_trim)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    return rss_mb()


def census(window: Any) -> dict[str, Any]:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    gc.collect()
    types = Counter(type(o).__name__ for o in gc.get_objects())
    return {
        "widgets": len(QApplication.allWidgets()),
        "qobjects": len(window.findChildren(QObject)),
        "run_views": len(window.outputs.views),
        "thumbnails": len(window.run_list.model._thumbnails),
        "list_rows": len(window.run_list.model.rows),
        "types": dict(types),
    }


async def one_round(base_url: str, scratch: Path, trace: bool) -> dict[str, Any]:
    from bench.window import LLAMA, SDXL, close, failures, launch, make_window, state_for, wait_end, wait_settled
    from bench.window import wait_shown as shown
    from gui.app import freeze_start_up_objects

    window = make_window(base_url, scratch)
    window.resize(1360, 800)
    window.show()
    failed = failures()
    text = await state_for(window, LLAMA, "Say hello", max_tokens=30)
    image = await state_for(window, SDXL, "a small lighthouse", width=256, height=256)
    freeze_start_up_objects()  # as the app does once started
    await asyncio.sleep(1.0)
    result: dict[str, Any] = {"start": trimmed_rss_mb(), "start_raw": rss_mb()}
    snapshots: dict[int, tracemalloc.Snapshot] = {}
    done = 0
    while done < MARKS[-1]:
        runs = [await launch(window, text if (done + i) % 2 == 0 else image) for i in range(BATCH)]
        for live in runs:
            await wait_end(window, live)
        await wait_settled(await shown(window, runs[-1]))
        done += BATCH
        if done in MARKS:
            await asyncio.sleep(0.5)  # the list's refresh, views dropped (deleteLater)
            gc.collect()
            await asyncio.sleep(0.1)
            result[f"raw_{done}"] = rss_mb()
            result[f"rss_{done}"] = trimmed_rss_mb()
            result[f"census_{done}"] = census(window)
            if trace:
                if done == MARKS[0]:
                    tracemalloc.start(8)
                snapshots[done] = tracemalloc.take_snapshot()
    if trace:
        first, last = snapshots[MARKS[0]], snapshots[MARKS[-1]]
        keep = [tracemalloc.Filter(False, tracemalloc.__file__)]
        diff = last.filter_traces(keep).compare_to(first.filter_traces(keep), "traceback")
        result["trace"] = [
            {"kb": stat.size_diff / 1024, "count": stat.count_diff, "where": [str(f) for f in stat.traceback][-4:]}
            for stat in diff[:12]
        ]
    result["failed"] = failed
    await close(window)
    return result


def run_one(trace: bool) -> None:
    from bench.local_server import ServerProcess
    from bench.window import quiet_qt
    from gui import event_loop
    from gui.app import make_application
    from tests.local_replicate.predictions import Pace

    make_application(sys.argv[:1])
    quiet_qt()
    pace = Pace(start_delay=0.02, token_delay=0.002, step_delay=0.02, image_steps=2)
    with ServerProcess(pace) as server, tempfile.TemporaryDirectory() as scratch:
        result = event_loop.run(one_round(server.base_url, Path(scratch), trace))
    print("RESULT " + json.dumps(result), flush=True)


def grown(before: dict[str, int], after: dict[str, int], top: int = 8) -> str:
    change = Counter({k: after.get(k, 0) - before.get(k, 0) for k in set(before) | set(after)})
    return ", ".join(f"{name} {count:+d}" for name, count in change.most_common(top) if count > 0) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--trace", action="store_true", help="compare tracemalloc snapshots at run 20 and 200")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.trace)
        return
    from bench.runs_side_by_side import machine

    print(machine(), flush=True)
    results = []
    for round_ in range(1, args.rounds + 1):
        command = [sys.executable, __file__, "--one"] + (["--trace"] if args.trace else [])
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(done.stdout, done.stderr, sep="\n")
            raise SystemExit(f"round {round_} failed")
        result = json.loads(line[len("RESULT ") :])
        results.append(result)
        first, last = result["census_20"], result["census_200"]
        print(
            f"round {round_}: RSS start {result['start']:.1f} MB, after 20 runs {result['rss_20']:.1f} MB, "
            f"after 200 runs {result['rss_200']:.1f} MB (+{result['rss_200'] - result['rss_20']:.1f} MB; "
            f"before malloc_trim {result['raw_20']:.1f} -> {result['raw_200']:.1f} MB)",
            flush=True,
        )
        for key in ("widgets", "qobjects", "run_views", "thumbnails", "list_rows"):
            print(f"    {key:<10} {first[key]:>6} -> {last[key]:>6}")
        print(f"    Python objects grown: {grown(first['types'], last['types'])}")
        for stat in result.get("trace", []):
            print(f"    {stat['kb']:+8.1f} KB {stat['count']:+6d} blocks  " + " <- ".join(stat["where"][::-1]))
        if result["failed"]:
            failed = sorted(set(result["failed"]))
            print(f"    {len(result['failed'])} background task(s) failed:", *failed, sep="\n      ")
    med = {key: statistics.median(r[key] for r in results) for key in ("start", "rss_20", "rss_200")}
    growth = statistics.median(r["rss_200"] - r["rss_20"] for r in results)
    print(
        f"\nmedians of {len(results)} rounds: RSS start {med['start']:.1f} MB, after 20 runs {med['rss_20']:.1f} MB, "
        f"after 200 runs {med['rss_200']:.1f} MB; 200 runs add {growth:+.1f} MB over 20 (target: at most +30 MB)"
    )


if __name__ == "__main__":
    main()
