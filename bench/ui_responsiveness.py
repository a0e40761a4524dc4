"""How long the UI thread stalls while the real window runs models against the local server.

A 10 ms QTimer records the gap between its ticks: a gap well over 10 ms is time the window
could not repaint or react. Three scenarios run side by side in one process:
  stream  - meta/meta-llama-3-8b-instruct streaming N tokens as fast as the server sends them
  image   - stability-ai/sdxl: a 1024x1024 PNG downloaded, decoded and shown
  sync    - the way not to do it: replicate.run() called on the UI thread (one SDXL run)

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_responsiveness.py [--tokens 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import replicate

from bench.gaps import GapRecorder, summary
from bench.window import LLAMA, SDXL, choose, close, fill, launch, make_window, wait_end, wait_settled, wait_shown
from core.run_events import RunStatus
from core.run_manager import LiveRun
from gui import event_loop
from gui.app import freeze_start_up_objects, make_application
from gui.main_window import MainWindow
from tests.local_replicate.predictions import Pace
from tests.local_replicate.server import DEFAULT_TOKEN, LocalReplicate


async def run_in_window(window: MainWindow, model: str, prompt: str, tokens: int | None) -> tuple[float, LiveRun]:
    await choose(window, model)
    fill(window, prompt, **({"max_tokens": tokens} if tokens else {}))
    started = time.perf_counter()
    live = await launch(window)
    await wait_end(window, live)
    panel = await wait_shown(window, live)
    await wait_settled(panel)
    assert live.finished is not None and live.finished.status is RunStatus.SUCCEEDED, live.finished
    return time.perf_counter() - started, live


async def bench(base_url: str, scratch: Path, tokens: int, repeat: int) -> None:
    window = make_window(base_url, scratch)
    window.show()
    freeze_start_up_objects()  # as the app does once started
    recorder = GapRecorder()
    for round_ in range(1, repeat + 1):
        recorder.start()
        seconds, live = await run_in_window(window, LLAMA, "Tell me a long story", tokens)
        panel = window.outputs.shown_panel()
        chars = len(panel.plain_text()) if panel is not None else 0
        print(
            summary(
                "stream",
                recorder.stop(),
                f"{tokens} tokens, {chars} chars in {seconds:.2f} s "
                f"({tokens / seconds:.0f} tokens/s shown)  [round {round_}]",
            ),
            flush=True,
        )

        recorder.start()
        seconds, live = await run_in_window(window, SDXL, "a lighthouse", None)
        panel = window.outputs.shown_panel()
        assert panel is not None and panel.image_cards(), "no image shown"
        print(summary("image", recorder.stop(), f"1024x1024 PNG run in {seconds:.2f} s  [round {round_}]"), flush=True)

        recorder.start()
        await asyncio.sleep(0.05)
        client = replicate.Client(api_token=DEFAULT_TOKEN, base_url=base_url)
        blocked = time.perf_counter()
        client.run(SDXL, input={"prompt": "a lighthouse"})  # blocks the UI thread
        blocked = time.perf_counter() - blocked
        await asyncio.sleep(0.05)
        print(
            summary(
                "sync",
                recorder.stop(),
                f"replicate.run() on the UI thread took {blocked * 1000:.0f} ms  [round {round_}]",
            ),
            flush=True,
        )
    await close(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    make_application(sys.argv[:1])
    pace = Pace(start_delay=0.05, token_delay=0.0, step_delay=0.05, image_steps=4)
    with LocalReplicate(pace=pace) as server, tempfile.TemporaryDirectory() as scratch:
        event_loop.run(bench(server.base_url, Path(scratch), args.tokens, args.repeat))


if __name__ == "__main__":
    main()
