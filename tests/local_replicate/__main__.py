"""Run the local Replicate-compatible server by hand, with the faults of real Replicate:

python -m tests.local_replicate --port 8787 [--history 60 --expired 20] [fault switches]
REPLICATE_BASE_URL=http://127.0.0.1:8787 REPLICATE_API_TOKEN=local-test-token python main.py

`--help` lists the switches; docs/RELIABILITY.md says what the app should do with each.
"""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from . import server as server_module
from .files import file_faults
from .poll_faults import ANSWERS, PollFaults
from .predictions import TERMINAL, Pace, Prediction
from .server import DEFAULT_TOKEN, Injected, LocalReplicate
from .stream_host import StreamFault, StreamFaults

EPILOG = """Models run as on Replicate: official models by name, any other (a community model,
e.g. stability-ai/stable-diffusion) answers 404 by name and runs by version. Every switch
applies to every run until the server stops, except --rate-limit (the next N requests)."""


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.local_replicate",
        description="Local Replicate-compatible server (127.0.0.1 only)",
        epilog=EPILOG,
    )
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the API token it accepts")
    parser.add_argument("--token-delay", type=float, default=0.03, help="seconds between streamed tokens")
    parser.add_argument("--history", type=int, default=0, help="past predictions the account starts with")
    parser.add_argument("--expired", type=int, default=0, help="... of which older than an hour (data removed)")
    faults = parser.add_argument_group("faults")
    add = faults.add_argument
    add("--start-delay", type=float, default=0.2, metavar="S", help="seconds each prediction stays `starting`")
    add("--create-delay", type=float, default=0.0, metavar="S", help="hold each create's answer S seconds")
    add("--rate-limit", type=int, default=0, metavar="N", help="the next N POST requests (creates) answer 429")
    add("--retry-after", default="1", metavar="V", help="their Retry-After: seconds or an HTTP date (default 1)")
    add("--stream-error", type=int, choices=(404, 502, 503), metavar="STATUS", help="every stream answers 404/502/503")
    silent = "each stream is silent S s at first (the app reopens it after 30 s)"
    add("--stream-silent", type=float, default=0.0, metavar="S", help=silent)
    add("--stream-linger", type=float, default=0.0, metavar="S", help="streams stay open S s after `done`")
    add("--download-cut", type=int, metavar="BYTES", help="each file's first transfer stops after BYTES")
    add("--download-slow", type=float, default=0.0, metavar="S", help="seconds between 4 KB chunks of files")
    add("--download-fail", type=int, default=0, metavar="N", help="each file answers 503 N times first")
    add("--data-removed-after", type=float, metavar="S", help="data_removed S s after a prediction began")
    add("--abort-after", type=float, metavar="S", help="predictions still going after S s end as `aborted`")
    kinds = ", ".join(sorted(ANSWERS))
    add("--poll-fault", metavar="KINDS", help=f"polls answer these in turn (comma-separated: {kinds})")
    add("--poll-fault-times", type=int, default=2, metavar="N", help="... N polls of each prediction (0: for good)")
    add("--poll-fault-after", type=int, default=1, metavar="N", help="... after its first N polls answered as usual")
    add("--revoke-token-after", type=float, metavar="S", help="the token is refused (401) S s after the first create")
    add("--no-version", action="append", default=[], metavar="OWNER/NAME", help="this model has latest_version null")
    return parser.parse_args(argv)


class ManualStreamFaults(StreamFaults):
    """The stream switches, made per request: every request fails with the error; the first
    request of each prediction is silent; every stream lingers."""

    def __init__(self, error: int | None, silent: float, linger: float) -> None:
        super().__init__()
        self.error, self.silent, self.linger = error, silent, linger
        self._silenced: set[str] = set()
        self._lock = threading.Lock()

    def serve(self, handler: Any, prediction: Any) -> None:
        with self._lock:
            fault: StreamFault | None = None
            if self.error:
                fault = StreamFault("status", status=self.error)
            elif self.silent and prediction.id not in self._silenced:
                self._silenced.add(prediction.id)
                fault = StreamFault("silent", seconds=self.silent)
            elif self.linger:
                fault = StreamFault("linger", seconds=self.linger)
            self.faults[:] = [fault] if fault else []
            self.last_event_ids.clear()  # nobody reads them here: keep memory flat
        super().serve(handler, prediction)


def arrange(server: LocalReplicate, args: argparse.Namespace) -> list[str]:
    """Switch the faults on; what was switched on, to print."""
    said: list[str] = []
    server.create_delay = args.create_delay
    for _ in range(args.rate_limit):
        headers = {"Retry-After": args.retry_after}
        server.injected.append(Injected(429, "Too many requests", "Request was throttled.", headers=headers))
    if args.rate_limit:
        said.append(f"429 on the next {args.rate_limit} creates (Retry-After: {args.retry_after})")
    if args.stream_error or args.stream_silent or args.stream_linger:
        streams = ManualStreamFaults(args.stream_error, args.stream_silent, args.stream_linger)
        # on the API's own origin: the app sends its token only there (over plain http)
        server_module._Handler.h_stream = lambda h, body, pid: streams.serve(h, h._prediction(pid))  # type: ignore[method-assign, assignment]
        said.append(f"streams: error {args.stream_error}, silent {args.stream_silent} s, linger {args.stream_linger} s")
    if args.download_cut is not None or args.download_slow or args.download_fail:
        files = file_faults(server)
        files.each_file = True  # each file meets the faults anew
        files.cuts = [args.download_cut] if args.download_cut is not None else []
        files.chunk_delay = args.download_slow
        files.statuses = [(503, {})] * args.download_fail
        said.append(f"downloads: cut {args.download_cut}, slow {args.download_slow} s, fail {args.download_fail}×")
    if args.data_removed_after is not None:
        server.predictions.remove_after = args.data_removed_after
        said.append(f"data_removed {args.data_removed_after} s after a prediction began")
    if args.abort_after is not None:
        _abort_after(server, args.abort_after)
        said.append(f"aborted after {args.abort_after} s")
    if args.create_delay:
        said.append(f"creates answered after {args.create_delay} s")
    if args.poll_fault:
        times = args.poll_fault_times or None
        server.poll_faults = PollFaults(args.poll_fault.split(","), times, args.poll_fault_after)
        said.append(f"polls: {args.poll_fault} × {times or 'every poll'} after {args.poll_fault_after} good ones")
    if args.revoke_token_after is not None:
        server.revoke_token_after = args.revoke_token_after
        said.append(f"token refused {args.revoke_token_after} s after the first create")
    if args.no_version:
        server.versionless.update(args.no_version)
        said.append(f"no version: {', '.join(args.no_version)}")
    return said


def _abort_after(server: LocalReplicate, seconds: float) -> None:
    store = server.predictions
    create = store.create

    def abort(prediction: Prediction) -> None:
        if prediction.status not in TERMINAL:
            store.set_status(prediction.id, "aborted")

    def create_then_abort(*args: Any, **kwargs: Any) -> Prediction:
        prediction = create(*args, **kwargs)
        timer = threading.Timer(seconds, abort, (prediction,))
        timer.daemon = True
        timer.start()
        return prediction

    store.create = create_then_abort  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    pace = Pace(start_delay=args.start_delay, token_delay=args.token_delay)
    server = LocalReplicate(args.port, {args.token}, pace)
    said = arrange(server, args)
    server.start()
    server.seed_account_history(args.history, min(args.expired, args.history))
    print(f"Local Replicate-compatible server at {server.base_url} (token: {args.token})", flush=True)
    for line in said:
        print(f"  fault: {line}", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    stopped.wait()
    server.stop()


if __name__ == "__main__":
    main()
