"""Searching for a model as the user types (issue 11): keystroke to results from the local
catalog of 4,000 models, and the UI thread's longest stalls while results and cover images
arrive.

The real window (bench/window.py) against the local server in a child process; its catalog
filled with 4,000 real public models (the npm package all-the-public-replicate-models, from
the tests' cache; padded with renamed copies) whose covers are served by the local server,
each at its own URL. Words are typed into the model picker one key at a time (QTest, 120 ms
between keys, a fast typist); "keystroke to results" runs from the key press to the picker's
list holding the catalog's answer for the words typed so far. A 5 ms precise heartbeat
records the gaps of the whole session, Replicate's answers and the covers included.

Targets: keystroke to results p95 < 30 ms; no gap over 16 ms. Figures, not assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/model_search.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

from bench.gaps import GapRecorder, percentile
from bench.local_server import ServerProcess
from bench.window import LLAMA, choose, close, failures, make_window, quiet_qt, until
from core.model_summary import ModelSummary
from gui import event_loop
from gui.app import freeze_start_up_objects, make_application
from gui.main_window import MainWindow
from tests.local_replicate.catalog import FIXTURE
from tests.local_replicate.predictions import Pace
from tests.public_catalog import CACHE

MODELS = 4000
QUERIES = ("upscale", "image generator", "whisper", "llama", "video", "remove background", "music", "sdxl")
KEY_GAP = 0.12  # s between key presses


def catalog_models(base_url: str) -> list[ModelSummary]:
    """4,000 public models, each cover at its own URL on the local server."""
    public = CACHE / "models.json"
    source = public if public.exists() else FIXTURE
    raw = json.loads(source.read_text(encoding="utf-8"))
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    covers = [f"{m['owner']}/{m['name']}" for m in fixture if m.get("cover_image_url")]
    models: list[ModelSummary] = []
    copy = 0
    while len(models) < MODELS:
        for data in raw:
            if len(models) >= MODELS:
                break
            shown = dict(data, name=data["name"] + (f"-copy-{copy}" if copy else ""))
            slug = f"{shown['owner']}/{shown['name']}"
            shown["cover_image_url"] = f"{base_url}/covers/{covers[len(models) % len(covers)]}.png?for={slug}"
            summary = ModelSummary.from_api(shown)
            if summary is not None:
                models.append(summary)
        copy += 1
    return models


async def type_words(window: MainWindow, words: str, latencies: list[float]) -> None:
    picker = window.composer.picker
    answered: dict[str, float] = {}
    picker.line.clear()
    window.finder.search.ask("")
    connection = window.finder.search.results.connect(
        lambda typed, _found: answered.setdefault(typed, time.perf_counter())
    )
    try:
        for count in range(1, len(words) + 1):
            typed = " ".join(words[:count].split())
            pressed = time.perf_counter()
            QTest.keyClick(picker.line, words[count - 1])
            if typed and typed != " ".join(words[: count - 1].split()):
                await until(lambda typed=typed: typed in answered, 10, step=0.001)
                latencies.append((answered[typed] - pressed) * 1000)
            await asyncio.sleep(KEY_GAP)
        # Replicate's answer, then the covers of the rows shown.
        await until(lambda: window.finder.search.asked_replicate and not picker.description.text().startswith("Search"))
        await asyncio.sleep(1.0)
    finally:
        window.finder.search.results.disconnect(connection)


async def bench(base_url: str, scratch: Path, rounds: int) -> None:
    window = make_window(base_url, scratch)
    window.resize(1360, 800)
    window.show()
    window.activateWindow()
    failed = failures()
    await choose(window, LLAMA)
    await window.session.catalog.remember(catalog_models(base_url))
    print(f"catalog: {await window.session.catalog.count()} models", flush=True)
    freeze_start_up_objects()  # as the app does once started
    window.composer.picker.line.setFocus()
    recorder = GapRecorder(5, precise=True)
    all_latencies: list[float] = []
    p95s, maxima, p99s = [], [], []
    for round_ in range(1, rounds + 1):
        latencies: list[float] = []
        recorder.start()
        for words in QUERIES:
            await type_words(window, words, latencies)
        gaps = recorder.stop()
        all_latencies += latencies
        p95s.append(percentile(latencies, 0.95))
        p99s.append(percentile(gaps, 0.99))
        maxima.append(max(gaps))
        print(
            f"round {round_}: keystroke to results p50 {statistics.median(latencies):5.1f} ms  "
            f"p95 {percentile(latencies, 0.95):5.1f} ms  max {max(latencies):5.1f} ms ({len(latencies)} keys); "
            f"heartbeat p99 {percentile(gaps, 0.99):5.1f} ms  max {max(gaps):5.1f} ms; "
            f"Replicate asked {window.finder.search.asked_replicate} times so far",
            flush=True,
        )
    covers = len(list((window.session.data / "covers").glob("*")))
    print(
        f"\nmedians of {rounds} rounds: keystroke to results p95 {statistics.median(p95s):.1f} ms "
        f"(all keys: p50 {statistics.median(all_latencies):.1f}, p95 {percentile(all_latencies, 0.95):.1f}, "
        f"max {max(all_latencies):.1f} ms); heartbeat p99 {statistics.median(p99s):.1f} ms, "
        f"max {statistics.median(maxima):.1f} ms (worst {max(maxima):.1f}); {covers} covers cached"
    )
    if failed:
        print(f"\n{len(failed)} background task(s) failed:", *sorted(set(failed)), sep="\n  ")
    await close(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    make_application(sys.argv[:1])
    quiet_qt()
    with ServerProcess(Pace()) as server, tempfile.TemporaryDirectory() as scratch:
        event_loop.run(bench(server.base_url, Path(scratch), args.rounds))


if __name__ == "__main__":
    main()
