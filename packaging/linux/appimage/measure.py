"""Size and start-up of AppImages built with different squashfs compressions, side by side.

    .venv/bin/python packaging/linux/appimage/measure.py [--rounds 5] APPIMAGE... [--folder dist/Replidesk]

For each file: its size, then the median wall time from launch to the end of `--version`, of
`--exit-when-shown` (the first window painted, offscreen) and of `--self-test` (inside
dbus-run-session + tools/with-keyring.sh), through FUSE and through --appimage-extract-and-run.
With --folder, the one-folder build itself is measured the same way, for reference. Rounds are
interleaved so that a busy machine slows every variant alike; each starts warm (page cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CHECKS = {
    "version": ["--version"],
    "first window": ["--exit-when-shown"],
    "self-test": ["--self-test"],
}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT, timeout=300)
    return time.perf_counter() - started


def variants(appimages: list[Path], folder: Path | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if folder is not None:
        found["one-folder"] = [str(folder / "replidesk")]
    for image in appimages:
        found[f"{image.name} (FUSE)"] = [str(image)]
        found[f"{image.name} (extract-and-run)"] = [str(image), "--appimage-extract-and-run"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("appimages", nargs="+", type=Path)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--checks", nargs="+", choices=list(CHECKS), default=list(CHECKS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPLIDESK_DATA_DIR": data}
        runs = variants(args.appimages, args.folder)
        times: dict[tuple[str, str], list[float]] = {}
        for command in runs.values():  # one warm-up each: page cache filled
            timed([*command, "--version"], env)
        for _ in range(args.rounds):
            for check in args.checks:
                flags = CHECKS[check]
                for name, command in runs.items():
                    full = [*command, *flags]
                    if check == "self-test":
                        full = ["dbus-run-session", "--", "bash", "tools/with-keyring.sh", *full]
                    times.setdefault((name, check), []).append(timed(full, env))
    for image in args.appimages:
        print(f"{image.name}: {image.stat().st_size / 1e6:.1f} MB")
    print(f"{'':48} " + " ".join(f"{check:>13}" for check in args.checks))
    for name in runs:
        medians = [statistics.median(times[name, check]) * 1000 for check in args.checks]
        print(f"{name:48} " + " ".join(f"{value:10.0f} ms" for value in medians))


if __name__ == "__main__":
    main()
