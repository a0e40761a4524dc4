"""A second origin that serves only the SSE streams of a LocalReplicate's predictions, as
Replicate's separate stream host does, and records what each request carried.

It resumes after `Last-Event-ID` (event ids are 1, 2, 3… per prediction), and can fail as the
real stream host does, one request per entry of `faults`: an HTTP error of its own (a 502 page),
a drop after N events, or silence for a while before the first event (a cold boot longer than
the client's read timeout), or a stream held open after `done`."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from .prediction_handlers import start_event_stream, write_event
from .server import NOT_FOUND, ApiError, LocalReplicate, _Handler

_STREAM = re.compile(r"/v1/stream/(?P<pid>[^/]+)/?$")


@dataclass(frozen=True)
class StreamFault:
    """How the next stream request fails: `kind` is "status" (answer `status` with an HTML page),
    "drop" (close the connection after `after` events), "silent" (say nothing for `seconds`,
    then stream as usual if the client is still there) or "linger" (keep the connection open
    `seconds` after `done`, as a proxy that does not close it)."""

    kind: str
    status: int = 502
    after: int = 0
    seconds: float = 0.0


class StreamFaults:
    """The fault switches of a stream origin, and the `Last-Event-ID` each request carried."""

    def __init__(self) -> None:
        self.last_event_ids: list[str | None] = []
        self.faults: list[StreamFault] = []  # one used per request, in order

    def serve(self, handler: _Handler, prediction: Any) -> None:
        """Answer one stream request on `handler` (this host's, or the API's own `h_stream`)."""
        last = handler.headers.get("Last-Event-ID")
        self.last_event_ids.append(last)
        fault = self.faults.pop(0) if self.faults else None
        if fault is not None and fault.kind == "status":
            _send_error_page(handler, fault.status)
            return
        _resume(handler, prediction, int(last) if last and last.isdigit() else 0, fault)


class StreamHost(StreamFaults):
    """`with StreamHost(server) as host: server.stream_base_url = host.base_url`. Its stream URL
    is plain http on another port, so the app refuses to send it the token and polls instead:
    tests of the app's stream faults use `StreamFaults` on the API's own origin."""

    def __init__(self, app: LocalReplicate, host: str = "127.0.0.1") -> None:
        super().__init__()
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, Authorization
        self._httpd = ThreadingHTTPServer((host, 0), _StreamHandler)
        self._httpd.daemon_threads = True
        self._httpd.app = app  # type: ignore[attr-defined]
        self._httpd.host = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StreamHost:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class _StreamHandler(_Handler):
    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        host: StreamHost = self.server.host  # type: ignore[attr-defined]
        host.requests.append((method, path, self.headers.get("Authorization")))
        try:
            match = _STREAM.match(path)
            if method != "GET" or not match:
                raise NOT_FOUND
            host.serve(self, self._prediction(match["pid"]))
        except ApiError as error:
            self._send_json(error.status, error.body, error.headers)


def _send_error_page(handler: _Handler, status: int) -> None:
    page = f"<html><body><h1>{status} Bad Gateway</h1></body></html>".encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(page)))
    handler.end_headers()
    handler.wfile.write(page)


def _resume(handler: _Handler, prediction: Any, after: int, fault: StreamFault | None) -> None:
    """The events after id `after`, as the server's `_send_events` sends them, with the fault's
    drop or silence."""
    start_event_stream(handler)
    try:
        handler.wfile.flush()
        if fault is not None and fault.kind == "silent":
            time.sleep(fault.seconds)
        sent = 0
        for index, event, data in handler.app.predictions.events(prediction):
            if index <= after:
                continue
            if fault is not None and fault.kind == "drop" and sent >= fault.after:
                return  # the connection closes without `done`
            write_event(handler, index, event, data)
            sent += 1
        if fault is not None and fault.kind == "linger":
            time.sleep(fault.seconds)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client went away: the prediction goes on, as on Replicate
