"""Memory of the window while image outputs are browsed (issue 13): the history is seeded with
runs of 1024x1024 PNGs (as stability-ai/sdxl gives them), then every run is selected in the run
list in turn, as a user going down the list would, and shown until its images are on screen.
RSS after start (the window shown, idle, list loaded) and after browsing, both after
`gc.collect()` and glibc's `malloc_trim(0)`; also the previews still decoded, the run views
kept and the image cards alive (made near the screen only, beyond 16 images), which say where
memory goes when RSS does not.

Each round runs in a fresh process; the local server runs in another (bench/local_server.py)
though no run is started: the window is the one users get. `--images 200 --runs 1` is the
probe's case (one run of 200 images, the output area scrolled to its end).

Target (issue 13): 1,000 image outputs browsed stay under 300 MB above idle. Figures, not
assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/memory_images.py [--runs 1000] [--images 1] [--rounds 3]

Run it from another checkout (the code before a change) with `--root`: the same script and
venv, that checkout's `gui/` and `core/`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIDE = 1024
DISTINCT = 12  # distinct pictures, linked under every run's own name


def held_previews(window: Any) -> int:
    """Image cards that hold a decoded picture (any version of the code)."""
    from PySide6.QtWidgets import QApplication

    count = 0
    for widget in QApplication.allWidgets():
        if type(widget).__name__ != "ImageCard":
            continue
        view = widget.view  # type: ignore[attr-defined]
        source = getattr(view, "_source", None)
        if (source is not None and not source.isNull()) or not view.item.pixmap().isNull():
            count += 1
    return count


def shown_id(window: Any) -> int | None:
    current = window.outputs.current
    return current.id if current is not None else None


def seed_files(outputs: Path, runs: int, images: int) -> list[list[str]]:
    """The runs' files under the outputs folder: distinct pictures, hard-linked (writing 1,000
    PNGs would take longer than browsing them)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    source = outputs / "seed"
    source.mkdir(parents=True)
    pictures = []
    for n in range(DISTINCT):
        image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(n * 360 // DISTINCT, 160, 220))
        painter = QPainter(image)
        painter.fillRect(SIDE // 4, SIDE // 4, SIDE // 2, SIDE // 2, QColor.fromHsv((n * 97) % 360, 200, 120))
        painter.end()
        path = source / f"{n}.png"
        image.save(str(path))
        pictures.append(path)
    files = []
    for run in range(runs):
        folder = outputs / f"run{run}"
        folder.mkdir()
        names = []
        for k in range(images):
            target = folder / f"out-{k}.png"
            os.link(pictures[(run * images + k) % DISTINCT], target)
            names.append(f"run{run}/out-{k}.png")
        files.append(names)
    return files


async def one_round(base_url: str, scratch: Path, runs: int, images: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from bench.memory_runs import rss_mb, trimmed_rss_mb
    from bench.window import close, failures, make_window, until, wait_settled
    from core.history import RunRecord
    from core.run_events import RunStatus
    from gui.app import freeze_start_up_objects

    window = make_window(base_url, scratch)
    window.resize(1360, 800)
    window.show()
    failed = failures()
    files = seed_files(window.session.outputs, runs, images)
    now = time.time() - 3600
    await window.session.history.add_many(
        [
            RunRecord(
                model="stability-ai/sdxl",
                status=RunStatus.SUCCEEDED,
                prompt=f"a small lighthouse, take {n}",
                files=names,
                created_at=now + n,
                completed_at=now + n + 3,
            )
            for n, names in enumerate(files)
        ]
    )
    model, panel = window.run_list.model, window.run_list.panel
    await model.reload()
    while model.canFetchMore():  # every row listed (the list pages 200 at a time)
        model.fetchMore()
        await until(lambda: not model._loading, 30)
    freeze_start_up_objects()
    await asyncio.sleep(1.0)
    result: dict[str, Any] = {"start": trimmed_rss_mb(), "start_raw": rss_mb(), "rows": len(model.rows)}
    began = time.monotonic()
    peak = 0.0
    for row in range(len(model.rows)):
        record = model.rows[row]
        panel.list.setCurrentIndex(model.index(row))
        # A past run is shown once its files are read: 1,000 images take a while (1024 px each).
        await until(lambda: shown_id(window) == record.id, 300)  # noqa: B023 (awaited in this turn)
        shown = window.outputs.shown_panel()
        assert shown is not None
        await wait_settled(shown)
        await until(lambda: len(shown.files) == images, 300)  # noqa: B023
        if images > 1:  # down the output area to its end, as a user reads them
            bar = shown.items_area.verticalScrollBar()
            for step in range(0, bar.maximum() + 1, max(1, shown.items_area.viewport().height() // 2)):
                bar.setValue(step)
                await asyncio.sleep(0.02)
        await asyncio.sleep(0.01)
        if row % 50 == 0:
            peak = max(peak, rss_mb())
    result["browse_s"] = time.monotonic() - began
    await asyncio.sleep(0.5)  # views dropped (deleteLater), decodes ended
    result["after_raw"] = rss_mb()
    result["after"] = trimmed_rss_mb()
    result["peak_raw"] = max(peak, result["after_raw"])
    result["previews"] = held_previews(window)
    result["views"] = len(window.outputs.views)
    gc.collect()
    kinds = Counter(type(o).__name__ for o in gc.get_objects())
    result["python"] = {k: kinds[k] for k in ("ImageCard", "ZoomView", "QImage", "QPixmap", "RunView", "OutputPanel")}
    result["widgets"] = len(QApplication.allWidgets())
    result["thumbnails"] = sum(1 for p in model._thumbnails.values() if p is not None)
    result["failed"] = failed
    await close(window)
    return result


def run_one(runs: int, images: int) -> None:
    from bench.local_server import ServerProcess
    from bench.window import quiet_qt
    from gui import event_loop
    from gui.app import make_application
    from tests.local_replicate.predictions import Pace

    make_application(sys.argv[:1])
    quiet_qt()
    with ServerProcess(Pace()) as server, tempfile.TemporaryDirectory() as scratch:
        result = event_loop.run(one_round(server.base_url, Path(scratch), runs, images))
    print("RESULT " + json.dumps(result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--images", type=int, default=1, help="images per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--root", type=Path, default=HERE, help="the checkout whose gui/ and core/ are measured")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    if args.one:
        run_one(args.runs, args.images)
        return
    results = []
    for round_ in range(1, args.rounds + 1):
        command = [sys.executable, str(Path(__file__).resolve()), "--one", "--root", str(root)]
        command += ["--runs", str(args.runs), "--images", str(args.images)]
        env = dict(os.environ, PYTHONPATH=str(root))
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=root)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(done.stdout, done.stderr, sep="\n")
            raise SystemExit(f"round {round_} failed")
        result = json.loads(line[len("RESULT ") :])
        results.append(result)
        print(
            f"round {round_} ({root.name}): {result['rows']} runs × {args.images} image(s) browsed in "
            f"{result['browse_s']:.0f} s; RSS idle {result['start']:.1f} MB, after {result['after']:.1f} MB "
            f"(+{result['after'] - result['start']:.1f} MB; peak before trim {result['peak_raw']:.1f} MB); "
            f"previews held {result['previews']}, views kept {result['views']}, thumbnails {result['thumbnails']}, "
            f"widgets {result['widgets']}, Python objects {result['python']}",
            flush=True,
        )
        if result["failed"]:
            print(f"    {len(result['failed'])} background task(s) failed:", *sorted(set(result["failed"])), sep="\n  ")
    idle = statistics.median(r["start"] for r in results)
    after = statistics.median(r["after"] for r in results)
    grown = statistics.median(r["after"] - r["start"] for r in results)
    print(
        f"\nmedians of {len(results)} rounds: RSS idle {idle:.1f} MB, after browsing {after:.1f} MB, "
        f"{grown:+.1f} MB above idle (target: under +300 MB for 1,000 images)"
    )


if __name__ == "__main__":
    main()
