"""A large download from the local server (loopback) while a 10 ms heartbeat runs on the same
event loop (issue 13): throughput, and how long the loop was kept from its heartbeat by the
download's file writes. The event loop is the window's thread in the app (qasync): a gap here is
a frozen window there.

Two disks: the real one (the temporary folder's), and a slow one, simulated by a `.part` file
object whose `write` sleeps as a disk of `--disk-mbps` MB/s would (a USB stick, a network share);
the bytes still go to the real file. The server runs in its own process, the download in another
fresh process per round, so the server's threads take no GIL from the loop measured.

    .venv/bin/python bench/download_writes.py [--mb 500] [--disk-mbps 40] [--rounds 3]

Run it with `--root` of another checkout (the code before a change, e.g. `git archive HEAD core
| tar -x -C /tmp/before`): the same script and server, that checkout's `core/`. Figures, not
assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent


def serve(size: int) -> None:
    """The local server with one file of `size` bytes; prints its URL, stops at the end of stdin."""
    sys.path.insert(0, str(HERE))
    from tests.local_replicate.files import file_faults
    from tests.local_replicate.server import LocalReplicate

    server = LocalReplicate().start()
    file_faults(server)  # served as Replicate's file host does: length, ETag, ranges
    block = bytes(range(256)) * 4096  # 1 MiB
    data = (block * (size // len(block) + 1))[:size]
    server.predictions.files["/files/bench/big.bin"] = data
    server.predictions.content_types["/files/bench/big.bin"] = "application/octet-stream"
    print(f"{server.base_url}/files/bench/big.bin", flush=True)
    sys.stdin.read()
    server.stop()


def download(root: str, url: str, disk_mbps: float) -> None:
    """One download with `root`'s core/, in this fresh process; prints its figures as JSON."""
    sys.path.insert(0, root)
    import asyncio

    from core.downloads import Downloader

    if disk_mbps > 0:
        _slow_disk(disk_mbps * 1e6)
    gaps: list[float] = []

    async def heartbeat() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append((now - last) * 1000)
            last = now

    async def run() -> tuple[float, int]:
        with tempfile.TemporaryDirectory(prefix="download-writes-") as folder:
            downloader = Downloader(Path(folder), max_file_bytes=None)
            await downloader._client()  # built before the clock starts (its SSL context)
            beating = asyncio.create_task(heartbeat())
            began = time.perf_counter()
            got = await downloader.fetch(url, "bench")
            took = time.perf_counter() - began
            beating.cancel()
            size = got.path.stat().st_size
            await downloader.close()
        return took, size

    took, size = asyncio.run(run())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    ordered = sorted(gaps)
    print(
        json.dumps(
            {
                "mb_per_s": size / took / 1e6,
                "seconds": took,
                "worst_gap_ms": ordered[-1] if ordered else 0.0,
                "p99_gap_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
                "gaps_over_50ms": sum(1 for gap in gaps if gap > 50),
                "ticks_share": len(gaps) * 0.010 / took,  # 1.0: the heartbeat never waited
                "peak_rss_mb": peak,
            }
        ),
        flush=True,
    )


def _slow_disk(bytes_per_second: float) -> None:
    """`.part` files written at `bytes_per_second`: each write sleeps its share (blocking)."""
    real_open = Path.open

    class Slow:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def write(self, data: bytes) -> int:
            time.sleep(len(data) / bytes_per_second)
            return self.handle.write(data)

        def flush(self) -> None:
            self.handle.flush()

        def close(self) -> None:
            self.handle.close()

        def __enter__(self) -> Slow:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def open_(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        return Slow(handle) if path.name.endswith(".part") and "b" in mode else handle

    Path.open = open_  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=500, help="the file's size, MB (10^6 bytes)")
    parser.add_argument("--disk-mbps", type=float, default=40.0, help="the slow disk's speed, MB/s")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--root", default=str(HERE), help="the checkout whose core/ downloads")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--download", nargs=3, help=argparse.SUPPRESS)  # root, url, disk MB/s
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)
    if args.download:
        return download(args.download[0], args.download[1], float(args.download[2]))

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(args.mb * 1_000_000)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    url = server.stdout.readline().strip()
    root = str(Path(args.root).resolve())
    print(f"{args.mb} MB from {url} with {root}/core, {args.rounds} round(s) each (median)")
    try:
        for disk, mbps in (("real disk", 0.0), (f"slow disk ({args.disk_mbps:g} MB/s)", args.disk_mbps)):
            rounds = []
            for _ in range(args.rounds):
                done = subprocess.run(
                    [sys.executable, __file__, "--download", root, url, str(mbps)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                )
                rounds.append(json.loads(done.stdout.strip().splitlines()[-1]))
            m = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
            print(
                f"  {disk:<24} {m['mb_per_s']:7.1f} MB/s  worst loop gap {m['worst_gap_ms']:7.1f} ms  "
                f"p99 {m['p99_gap_ms']:6.1f} ms  gaps > 50 ms: {m['gaps_over_50ms']:4.0f}  "
                f"heartbeat kept {m['ticks_share']:4.0%}  peak RSS {m['peak_rss_mb']:5.0f} MB"
            )
    finally:
        server.stdin.close()
        server.wait(20)


if __name__ == "__main__":
    main()
