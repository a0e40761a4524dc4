"""Start-up time to a shown window, and the sizes of the Linux packages.

Run after tools/package_linux.sh. Each round starts the source app (python main.py) and the
frozen one-folder app side by side with --exit-when-shown (the app quits once its first frame
is painted), warm; and, when this user may drop the page cache (root), cold as well.

    .venv/bin/python bench/startup_and_size.py [--rounds 7] [--source-only] [--baseline ../other-checkout]
        [--frozen-baseline ../other-build/Replidesk]   (another one-folder build, side by side)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "Replidesk" / "replidesk"
COMMANDS = {
    "bare": [sys.executable, str(ROOT / "bench" / "bare_window.py")],  # the yardstick: 1.6x at most
    "source": [sys.executable, str(ROOT / "main.py"), "--exit-when-shown"],
    "source ready": [sys.executable, str(ROOT / "main.py"), "--exit-when-ready"],  # the whole window built
    "frozen": [str(FROZEN), "--exit-when-shown"],
    "frozen ready": [str(FROZEN), "--exit-when-ready"],
}


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(command: list[str]) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "REPLIDESK_DATA_DIR": str(ROOT / "build" / "bench-data"),
    }
    # Python's bytecode cache, as on a user's machine (this workplace's environment turns it off:
    # the source app then compiled every module of its own at every start, the bare window none).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - began) * 1000


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--source-only", action="store_true", help="the source app only (no build needed)")
    parser.add_argument("--sizes-only", action="store_true", help="the packages' sizes against their targets only")
    parser.add_argument("--baseline", type=Path, help="another checkout's source app, started side by side")
    parser.add_argument("--frozen-baseline", type=Path, help="another one-folder build, started side by side")
    args = parser.parse_args()
    if args.source_only:
        del COMMANDS["frozen"], COMMANDS["frozen ready"]
    elif not FROZEN.exists():
        raise SystemExit("build first: tools/package_linux.sh (or --source-only)")
    if args.baseline is not None:
        # A checkout from before the two-step start (issue 14) knows only --exit-when-shown, which
        # there means the whole window: compare it with "source ready".
        COMMANDS["baseline"] = [sys.executable, str(args.baseline / "main.py"), "--exit-when-shown"]
    if args.frozen_baseline is not None:
        COMMANDS["frozen baseline"] = [str(args.frozen_baseline / "replidesk"), "--exit-when-shown"]
    if args.sizes_only:
        print_sizes()
        return
    results: dict[str, list[float]] = {f"{name} {kind}": [] for name in COMMANDS for kind in ("warm", "cold")}
    can_drop = drop_caches()
    for _ in range(args.rounds):
        for name, command in COMMANDS.items():
            timed(command)  # warms the cache for the warm figure
            results[f"{name} warm"].append(timed(command))
            if can_drop and drop_caches():
                results[f"{name} cold"].append(timed(command))
    print(
        f"start-up to a shown window, {args.rounds} rounds, platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}"
    )
    for label, values in results.items():
        if values:
            print(
                f"  {label:<20} median {statistics.median(values):6.0f} ms   "
                f"min {min(values):6.0f} ms   max {max(values):6.0f} ms"
            )
        else:
            print(f"  {label:<20} not measured: dropping the page cache needs root")
    for kind in ("warm", "cold"):
        bare = results[f"bare {kind}"]
        for name in COMMANDS:
            if name != "bare" and bare and results[f"{name} {kind}"]:
                ratio = statistics.median(results[f"{name} {kind}"]) / statistics.median(bare)
                print(f"  {name} {kind}: {ratio:.2f}x the bare window (target: 1.6x at most)")
    if args.source_only:
        return
    print_sizes()


def print_sizes() -> None:
    print("sizes")
    unpacked = folder_size(FROZEN.parent) / 1e6
    print(f"  {'one-folder app (unpacked)':<40} {unpacked:7.1f} MB (target: 180 MB at most)")
    packages = [
        path for pattern in ("*.tar.xz", "*.deb", "*.AppImage") for path in sorted((ROOT / "dist").glob(pattern))
    ]
    for package in packages:
        print(f"  {package.name:<40} {package.stat().st_size / 1e6:7.1f} MB (target: 55 MB at most)")


if __name__ == "__main__":
    main()
