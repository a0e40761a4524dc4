"""The window with many runs at once (issue 10): how long the UI thread stalls.

A 5 ms heartbeat QTimer (precise) records the gaps between its ticks in the real main window
(concurrency cap 12), against the local Replicate-compatible server in a child process
(bench/local_server.py: its Python threads do not take the GIL from the window, as a remote
Replicate would not). Each round runs every scenario, side by side:

  load    idle        nothing going: the heartbeat's own jitter
          streams     8 meta/meta-llama-3-8b-instruct runs streaming 200 tokens/s each
          images      4 stability-ai/sdxl runs of one 2048x2048 PNG each (downloaded, decoded, shown)
          both-image  the 8 streams and the 4 images at once, an image run shown (the last started)
          both-text   the same, a streaming run shown
  switch  the shown run changed (a row of the run list selected) every 300 ms while 8 runs
          stream: to another live run, to a finished text run, to a finished 2048x2048 image
          run (both built from the history); "none" is the same span with no switch
  model   the composer switched between SDXL and Llama 3 (window.models.choose: the form
          rebuilt), idle and while 8 runs stream; "first pick" includes the model's look-up

--plain-qasync runs it all on qasync's own loop, which keeps the Qt timer of a cancelled asyncio
timer until it fires (the app's gui/event_loop.py releases it): run the bench with and without
it, one after the other, to compare.

Targets (issue 10): load p99 gap < 16 ms and max < 50 ms; switch and model stalls < 50 ms.
Figures, not assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/runs_side_by_side.py [--rounds 5] [--only load,switch,model]
        [--plain-qasync] [--why MS]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync

from bench.gaps import GapRecorder, GcWatch, StallSampler, percentile
from bench.local_server import ServerProcess
from bench.window import (
    LLAMA,
    SDXL,
    choose,
    close,
    failures,
    launch,
    make_window,
    quiet_qt,
    state_for,
    until,
    wait_end,
    wait_settled,
    wait_shown,
)
from core.run_events import RunStatus
from core.run_manager import LiveRun
from gui import event_loop
from gui.app import freeze_start_up_objects, make_application
from gui.composer import ComposerState
from gui.main_window import MainWindow
from tests.local_replicate.predictions import Pace

PACE = Pace(start_delay=0.05, token_delay=0.005, step_delay=0.05, image_steps=4)  # 200 tokens/s
HEARTBEAT = 5  # ms
STREAMS, IMAGES, SIDE = 8, 4, 2048
LOAD_TOKENS = 600  # about 3 s at 200 tokens/s: the images come and go while the streams go on
SWITCH_TOKENS = 1400
SWITCH_EVERY = 0.3  # s
TARGET = 50.0  # ms: no stall over this (issue 10)
AFTER = 0.1  # s of heartbeat kept after a switch is done: its layout and paint

Figures = dict[str, list[float]]


def registered_timers() -> int:
    """Qt timers the running loop holds for asyncio callbacks (cancelled or not)."""
    timers = asyncio.get_running_loop()._timer  # type: ignore[attr-defined]
    if isinstance(timers, event_loop.LoopTimers):
        return len(timers.handles)
    return len(timers._SimpleTimer__callbacks)  # qasync's own


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.platform()}, {os.cpu_count()} cores ({cpu}), CPython {platform.python_version()}"


class Bench:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.recorder = GapRecorder(HEARTBEAT, precise=True)
        self.figures: dict[str, Figures] = defaultdict(lambda: defaultdict(list))
        self.gc = GcWatch()

    def note(self, scenario: str, **values: float) -> None:
        for name, value in values.items():
            self.figures[scenario][name].append(value)

    def stall(self, scenario: str, began: float, ended: float) -> float:
        """The worst gap of [began, ended]; one over target is printed, with any full garbage
        collection inside it."""
        worst = self.recorder.worst_between(began, ended)
        if worst > TARGET:
            full = self.gc.between(began - worst / 1000, ended)
            why = f" (full garbage collection: {', '.join(f'{ms:.0f} ms' for ms in full)})" if full else ""
            print(f"  {scenario}: stall of {worst:.1f} ms{why}")
        return worst

    async def prepare(self) -> None:
        """What Run sends, as snapshots of the composer (made again every round: a snapshot holds
        the model as looked up, and the model round looks models up again)."""
        window = self.window
        self.llama = await state_for(window, LLAMA, "Tell me a long story", max_tokens=LOAD_TOKENS)
        self.long_llama = await state_for(window, LLAMA, "Tell me a longer story", max_tokens=SWITCH_TOKENS)
        self.sdxl = await state_for(window, SDXL, "a lighthouse at dusk", width=SIDE, height=SIDE)

    async def warm_up(self) -> None:
        """The first request builds the HTTP client; the first image shown loads Qt's PNG code."""
        await self.prepare()
        await wait_end(self.window, await launch(self.window, self.llama))
        image = await wait_end(self.window, await launch(self.window, self.sdxl))
        await wait_settled(await wait_shown(self.window, image))

    # --- load ----------------------------------------------------------------------------
    async def load(self, name: str, first: list[ComposerState], then: list[ComposerState]) -> None:
        window = self.window
        await asyncio.sleep(0.2)
        self.recorder.start()
        began = time.perf_counter()
        runs = [await launch(window, state) for state in first + then]
        if runs:
            for live in runs:
                await wait_end(window, live)
            await wait_settled(await wait_shown(window, runs[-1]))
        else:
            await asyncio.sleep(2.0)
        ended = time.perf_counter()
        gaps = self.recorder.stop()
        full = self.gc.between(began, ended)
        self.note(f"load {name}", p99=percentile(gaps, 0.99), max=max(gaps), seconds=ended - began)
        print(
            f"  load {name:<23} p99 {percentile(gaps, 0.99):5.1f} ms  max {max(gaps):6.1f} ms  {ended - began:.2f} s"
            f"  Qt timers {registered_timers()}"
            + (f"  (full garbage collection: {', '.join(f'{ms:.0f} ms' for ms in full)})" if full else "")
        )

    async def load_round(self) -> None:
        llama, sdxl = [self.llama] * STREAMS, [self.sdxl] * IMAGES
        await self.load("idle", [], [])
        await self.load("streams", llama, [])
        await self.load("images", sdxl, [])
        await self.load("both-image", llama, sdxl)
        await self.load("both-text", sdxl, llama)

    # --- switching the shown run ---------------------------------------------------------
    async def switch_round(self) -> None:
        window = self.window
        # Two finished runs, recent enough to be listed, to be shown again from the history.
        done_text = await wait_end(window, await launch(window, self.llama))
        done_image = await wait_end(window, await launch(window, self.sdxl))
        await wait_settled(await wait_shown(window, done_image))
        streams = [await launch(window, self.long_llama) for _ in range(STREAMS)]
        await until(lambda: all(live.status is RunStatus.PROCESSING for live in streams), 30)
        self.recorder.start()
        await asyncio.sleep(0.3)
        targets: list[tuple[str, LiveRun]] = []
        for index in range(STREAMS):
            targets.append(("live run", streams[index]))
            if index % 3 == 0:
                targets.append(("finished text", done_text))
            if index % 3 == 1:
                targets.append(("finished image", done_image))
        for kind, live in targets:
            if all(run.finished is not None for run in streams):
                break
            quiet_began = time.perf_counter()
            await asyncio.sleep(SWITCH_EVERY / 2)
            began = time.perf_counter()
            self.note("switch none", stall=self.stall("switch none", quiet_began, began))
            if not window.run_list.panel.select_run(live.record_id):
                raise RuntimeError("the run is not listed")
            panel = await wait_shown(window, live)
            if live.finished is not None and live not in streams:
                await wait_settled(panel)
                await until(lambda panel=panel: bool(panel.plain_text() or panel.image_cards()), 10)
            shown = time.perf_counter()
            await asyncio.sleep(AFTER)
            self.note(
                f"switch {kind}",
                stall=self.stall(f"switch {kind}", began, shown + AFTER),
                shown=(shown - began) * 1000,
            )
            await asyncio.sleep(SWITCH_EVERY / 2 - AFTER)
        gaps = self.recorder.stop()
        for live in streams:
            await wait_end(window, live)
        print(f"  switch: {len(targets)} switches while 8 runs streamed; whole span max gap {max(gaps):.1f} ms")

    # --- switching the model -------------------------------------------------------------
    async def model_switch(self, label: str, first_pick: bool) -> None:
        window = self.window
        for model in (SDXL, LLAMA):
            if first_pick:
                window.models._cache.clear()  # as a fresh start: the model is looked up again
            await asyncio.sleep(0.15)
            began = time.perf_counter()
            await choose(window, model)
            shown = time.perf_counter()
            await asyncio.sleep(AFTER)
            name = f"model {label} {'SDXL' if model == SDXL else 'Llama 3'}"
            self.note(
                name,
                stall=self.stall(name, began, shown + AFTER),
                shown=(shown - began) * 1000,
            )

    async def model_round(self) -> None:
        window = self.window
        await choose(window, LLAMA)
        self.recorder.start()
        for _ in range(3):
            await self.model_switch("idle", first_pick=False)
        await self.model_switch("idle, first pick", first_pick=True)
        await self.prepare()  # snapshots of the models as looked up again
        streams = [await launch(window, self.long_llama) for _ in range(STREAMS)]
        await until(lambda: all(live.status is RunStatus.PROCESSING for live in streams), 30)
        for _ in range(3):
            await self.model_switch("8 streams", first_pick=False)
        await self.model_switch("8 streams, first pick", first_pick=True)
        self.recorder.stop()
        for live in streams:
            await wait_end(window, live)
        await choose(window, LLAMA)

    def report(self) -> None:
        print("\nmedians over every round (max: the worst of all)")
        for scenario, figures in self.figures.items():
            parts = []
            for name, values in figures.items():
                unit = " s" if name == "seconds" else " ms"
                parts.append(f"{name} {statistics.median(values):6.1f}{unit}")
                if name in ("max", "stall"):
                    parts.append(f"(worst {max(values):.1f} ms, n={len(values)})")
            print(f"  {scenario:<36} " + "  ".join(parts))


async def bench(base_url: str, scratch: Path, rounds: int, only: set[str], why: float) -> None:
    window = make_window(base_url, scratch, concurrent=12)
    window.resize(1360, 800)
    window.show()
    failed = failures()
    bench = Bench(window)
    await bench.warm_up()
    freeze_start_up_objects()  # as the app does once started
    sampler = StallSampler(bench.recorder, why) if why else None
    for round_ in range(1, rounds + 1):
        print(f"round {round_}", flush=True)
        await bench.prepare()
        if "load" in only:
            await bench.load_round()
        if "switch" in only:
            await bench.switch_round()
        if "model" in only:
            await bench.model_round()
    bench.report()
    if sampler is not None:
        print(f"\nwhere the UI thread was during gaps over {why:.0f} ms (samples every 2 ms):")
        for where, count in sampler.stop():
            print(f"  {count:5d}  {where}")
    if failed:
        print(f"\n{len(failed)} background task(s) failed:", *sorted(set(failed)), sep="\n  ")
    await close(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="load,switch,model")
    parser.add_argument(
        "--why",
        type=float,
        default=0.0,
        metavar="MS",
        help="sample the stacks of gaps over MS ms (perturbs the figures)",
    )
    parser.add_argument(
        "--plain-qasync",
        action="store_true",
        help="run on qasync's own loop, which keeps cancelled timers' Qt timers until they fire",
    )
    args = parser.parse_args()
    loop = "qasync as is" if args.plain_qasync else "the app's (gui/event_loop.py)"
    print(f"{machine()} | loop: {loop}", flush=True)
    make_application(sys.argv[:1])
    quiet_qt()
    with ServerProcess(PACE) as server, tempfile.TemporaryDirectory() as scratch:
        main = bench(server.base_url, Path(scratch), args.rounds, set(args.only.split(",")), args.why)
        if args.plain_qasync:
            qasync.run(main)
        else:
            event_loop.run(main)


if __name__ == "__main__":
    main()
