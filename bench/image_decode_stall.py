"""How long the event loop stalls while a 4096×4096 PNG output is decoded and shown.

Side by side in one process, each round: the output panel's way (decoded at preview size in a
worker thread, then shown), and the naive way (QImage(path) and a QPixmap on the UI thread).
A 10 ms QTimer records the gaps (target: no stall over 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/image_decode_stall.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPixmap

from bench.gaps import GapRecorder, summary
from core.run_events import FileReady
from gui import event_loop
from gui.app import make_application
from gui.output_panel import OutputPanel


def noisy_png(width: int, height: int) -> bytes:
    """A PNG that compresses like a photo would not: random pixels (about 50 MB at 4096²)."""
    import struct
    import zlib

    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


async def bench(image: Path, rounds: int) -> None:
    panel = OutputPanel()
    panel.resize(900, 700)
    panel.show()
    recorder = GapRecorder()
    worst = {"panel": [], "naive": []}
    for round_ in range(1, rounds + 1):
        panel.clear()
        await asyncio.sleep(0.1)
        recorder.start()
        await asyncio.sleep(0.05)
        began = time.perf_counter()
        await panel.add_file(FileReady(image, "http://127.0.0.1/x.png", "image/png"))
        shown = time.perf_counter() - began
        await asyncio.sleep(0.05)
        gaps = recorder.stop()
        worst["panel"].append(max(gaps))
        print(summary("panel", gaps, f"shown in {shown * 1000:.0f} ms  [round {round_}]"), flush=True)

        recorder.start()
        await asyncio.sleep(0.05)
        began = time.perf_counter()
        QPixmap.fromImage(QImage(str(image)))  # all on the UI thread
        blocked = time.perf_counter() - began
        await asyncio.sleep(0.05)
        gaps = recorder.stop()
        worst["naive"].append(max(gaps))
        print(summary("naive", gaps, f"decoded in {blocked * 1000:.0f} ms  [round {round_}]"), flush=True)
    for name, values in worst.items():
        print(f"{name}: median of the worst gap over {rounds} rounds = {statistics.median(values):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        image = Path(scratch) / "big.png"
        image.write_bytes(noisy_png(4096, 4096))
        print(f"4096x4096 PNG, {image.stat().st_size / 1e6:.1f} MB")
        event_loop.run(bench(image, args.rounds))


if __name__ == "__main__":
    main()
