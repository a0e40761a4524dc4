"""Added latency of a streamed answer (issue 10): from the moment the server writes an SSE
`output` event to the moment its text is in the output document of the run shown (the shown
RunView's OutputPanel.text document), beside the bare official client reading the same kind of
prediction with `Prediction.async_stream()` in the same event loop.

The server (bench/local_server.py, a child process) notes time.monotonic() right after writing
each event to the socket; the window notes it on every `contentsChange` of the document, and
an event counts as shown once the document holds all the text up to and including it. Linux's
CLOCK_MONOTONIC (time.monotonic) is one clock for both processes. Each round, side by side:

  client       the official client's async_stream, event received (no window work)
  app          one meta/meta-llama-3-8b-instruct run shown, streaming 200 tokens/s
  app+7        the same while 7 more runs stream (hidden views)

Target (issue 10): app p95 < 16 ms. Figures, not assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stream_latency.py [--rounds 5] [--tokens 400]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import aclosing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import replicate
from replicate.stream import ServerSentEvent

from bench.gaps import percentile
from bench.local_server import WRITTEN, ServerProcess
from bench.runs_side_by_side import machine
from bench.window import (
    LLAMA,
    close,
    failures,
    launch,
    make_window,
    quiet_qt,
    state_for,
    until,
    view_panel,
    wait_end,
    wait_shown,
)
from gui import event_loop
from gui.app import freeze_start_up_objects, make_application
from gui.composer import ComposerState
from gui.main_window import MainWindow
from tests.local_replicate.predictions import Pace
from tests.local_replicate.server import DEFAULT_TOKEN

PACE = Pace(start_delay=0.2, token_delay=0.005, step_delay=0.05, image_steps=4)  # 200 tokens/s
PROMPT = "Tell me a story"


async def written(base_url: str, prediction_id: str) -> list[tuple[int, float, int]]:
    """The server's (event id, time written, characters) of each output event."""
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{base_url}{WRITTEN}{prediction_id}")
        return [tuple(row) for row in response.json()]


def latencies(events: list[tuple[int, float, int]], shown: list[tuple[float, int]]) -> list[float]:
    """For each event: the first moment the document held every character up to its end."""
    out, position, total = [], 0, 0
    for _index, at, length in events:
        total += length
        while position < len(shown) and shown[position][1] < total:
            position += 1
        if position == len(shown):
            break  # never shown in full before the document was re-rendered
        out.append((shown[position][0] - at) * 1000)
    return out


LEFT_TO_GC: list[str] = []


def count_unraisable(info: sys.UnraisableHookArgs) -> None:
    """`async_stream` stops reading at `done` and leaves httpx's byte stream to the garbage
    collector, which closes it from another task (docs: ../shared/FACTS.md): counted, not printed."""
    LEFT_TO_GC.append(f"{type(info.exc_value).__name__}: {info.exc_value}")


async def official_client(base_url: str, tokens: int) -> list[float]:
    client = replicate.Client(api_token=DEFAULT_TOKEN, base_url=base_url)
    prediction = await client.models.predictions.async_create(
        model=LLAMA, input={"prompt": PROMPT, "max_tokens": tokens}, stream=True
    )
    received: dict[int, float] = {}
    async with aclosing(prediction.async_stream()) as events:
        async for event in events:
            if event.event == ServerSentEvent.EventType.OUTPUT:
                received[int(event.id)] = time.monotonic()
    return [(received[index] - at) * 1000 for index, at, _n in await written(base_url, prediction.id)]


async def app_run(window: MainWindow, base_url: str, state: ComposerState) -> list[float]:
    live = await launch(window, state)
    shown: list[tuple[float, int]] = []
    await until(lambda: view_panel(window, live) is not None, 10, step=0.001)
    panel = view_panel(window, live)
    assert panel is not None
    document = panel.text.document()
    if not document.isEmpty():
        raise RuntimeError("text arrived before the document was watched")
    document.contentsChange.connect(lambda *_: shown.append((time.monotonic(), document.characterCount() - 1)))
    await wait_end(window, live)
    assert live.record.prediction_id is not None
    events = await written(base_url, live.record.prediction_id)
    found = latencies(events, shown)
    if len(found) < len(events):
        print(f"    ({len(events) - len(found)} of {len(events)} events not matched)")
    await wait_shown(window, live)
    return found


async def bench(base_url: str, scratch: Path, rounds: int, tokens: int) -> None:
    window = make_window(base_url, scratch, concurrent=12)
    window.resize(1360, 800)
    window.show()
    failed = failures()
    state = await state_for(window, LLAMA, PROMPT, max_tokens=tokens)
    others = await state_for(window, LLAMA, "Tell me another story", max_tokens=tokens + 200)
    await wait_end(window, await launch(window, state))  # warm up: the HTTP clients are built
    await official_client(base_url, 10)
    freeze_start_up_objects()  # as the app does once started
    figures: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))

    def note(name: str, values: list[float]) -> None:
        stats = {"p50": statistics.median(values), "p95": percentile(values, 0.95), "max": max(values)}
        for key, value in stats.items():
            figures[name][key].append(value)
        print(f"  {name:<7} " + "  ".join(f"{k} {v:6.1f} ms" for k, v in stats.items()) + f"  ({len(values)} events)")

    for round_ in range(1, rounds + 1):
        print(f"round {round_}", flush=True)
        await asyncio.sleep(0.3)
        note("client", await official_client(base_url, tokens))
        await asyncio.sleep(0.3)
        note("app", await app_run(window, base_url, state))
        await asyncio.sleep(0.3)
        going = [await launch(window, others) for _ in range(7)]
        note("app+7", await app_run(window, base_url, state))
        for live in going:
            await wait_end(window, live)
    print(f"\nmedians of {rounds} rounds (latency from the server's write)")
    for name, stats in figures.items():
        print(f"  {name:<7} " + "  ".join(f"{k} {statistics.median(v):6.1f} ms" for k, v in stats.items()))
    if LEFT_TO_GC:
        print(f"\nthe official client's async_stream left {len(LEFT_TO_GC)} errors to the garbage collector")
    if failed:
        print(f"\n{len(failed)} background task(s) failed:", *sorted(set(failed)), sep="\n  ")
    await close(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=400)
    args = parser.parse_args()
    print(machine(), flush=True)
    make_application(sys.argv[:1])
    quiet_qt()
    sys.unraisablehook = count_unraisable
    with ServerProcess(PACE) as server, tempfile.TemporaryDirectory() as scratch:
        event_loop.run(bench(server.base_url, Path(scratch), args.rounds, args.tokens))


if __name__ == "__main__":
    main()
