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

import qasync
import replicate
from PySide6.QtCore import QSettings

from bench.gaps import GapRecorder, summary
from core.session import Session
from core.token_store import TokenStore
from gui.app import make_application
from gui.main_window import MainWindow
from gui.settings import AppSettings
from tests.local_replicate.predictions import Pace
from tests.local_replicate.server import DEFAULT_TOKEN, LocalReplicate


async def until(condition, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.01)


async def run_in_window(window: MainWindow, model: str, prompt: str, tokens: int | None) -> float:
    window.picker.set_text(model)
    window.resolve_model(model)
    await until(lambda: window._resolving.done())
    if tokens:
        window.form.editors["max_tokens"].spin.setValue(tokens)
    window.prompt.setPlainText(prompt)
    started = time.perf_counter()
    window.start_run()
    await until(lambda: window.run_task.done())
    assert window.status_label.text().startswith("Done"), window.status_label.text()
    return time.perf_counter() - started


async def bench(base_url: str, scratch: Path, tokens: int, repeat: int) -> None:
    session = Session(TokenStore(), base_url, poll_interval=0.1, data=scratch)
    session.token = DEFAULT_TOKEN
    window = MainWindow(session, AppSettings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat)))
    window.show()
    recorder = GapRecorder()
    for round_ in range(1, repeat + 1):
        recorder.start()
        seconds = await run_in_window(window, "meta/meta-llama-3-8b-instruct", "Tell me a long story", tokens)
        chars = len(window.output.plain_text())
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
        seconds = await run_in_window(window, "stability-ai/sdxl", "a lighthouse", None)
        print(summary("image", recorder.stop(), f"1024x1024 PNG run in {seconds:.2f} s  [round {round_}]"), flush=True)

        recorder.start()
        await asyncio.sleep(0.05)
        client = replicate.Client(api_token=DEFAULT_TOKEN, base_url=base_url)
        blocked = time.perf_counter()
        client.run("stability-ai/sdxl", input={"prompt": "a lighthouse"})  # blocks the UI thread
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
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    make_application(sys.argv[:1])
    pace = Pace(start_delay=0.05, token_delay=0.0, step_delay=0.05, image_steps=4)
    with LocalReplicate(pace=pace) as server, tempfile.TemporaryDirectory() as scratch:
        qasync.run(bench(server.base_url, Path(scratch), args.tokens, args.repeat))


if __name__ == "__main__":
    main()
