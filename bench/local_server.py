"""The local Replicate-compatible server for benchmarks: the tests' LocalReplicate, unchanged,
with a handler that notes when each streamed `output` event was written to the socket
(time.monotonic(), one clock for every process on Linux) and answers them at
GET /bench/written/{prediction id} as [[event id, seconds, characters], ...].

Run in its own process, so that the server's Python threads (tokens, PNG encoding) do not take
the GIL from the window being measured, as a remote Replicate would not:

    with ServerProcess(Pace(token_delay=0.005)) as server: ... server.base_url ...
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.local_replicate.predictions import Pace
from tests.local_replicate.server import LocalReplicate, _Handler

WRITTEN = "/bench/written/"


class TimedHandler(_Handler):
    def do_GET(self) -> None:
        if self.path.startswith(WRITTEN):
            pid = self.path[len(WRITTEN) :]
            with self.app.written_lock:
                body = json.dumps(self.app.written.get(pid, [])).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def _event_written(self, prediction: Any, index: int, event: str, data: str) -> None:
        if event == "output":
            with self.app.written_lock:
                self.app.written.setdefault(prediction.id, []).append((index, time.monotonic(), len(data)))


class TimedReplicate(LocalReplicate):
    def __init__(self, port: int = 0, pace: Pace | None = None) -> None:
        super().__init__(port, pace=pace)
        self.written: dict[str, list[tuple[int, float, int]]] = {}
        self.written_lock = threading.Lock()
        self._httpd.RequestHandlerClass = TimedHandler


class ServerProcess:
    """TimedReplicate in a child process; `base_url` once it listens."""

    def __init__(self, pace: Pace) -> None:
        self.pace = pace
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> ServerProcess:
        self._process = subprocess.Popen(
            [sys.executable, __file__, "--pace", json.dumps(asdict(self.pace))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http://"):
            raise RuntimeError("the local server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()  # the child stops at the end of its stdin
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pace", default="{}", help="Pace fields as JSON")
    args = parser.parse_args()
    server = TimedReplicate(pace=Pace(**json.loads(args.pace))).start()
    print(server.base_url, flush=True)
    sys.stdin.read()  # until the parent closes it (or dies)
    server.stop()


if __name__ == "__main__":
    main()
