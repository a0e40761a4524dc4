"""A second origin that serves only the SSE streams of a LocalReplicate's predictions, as
Replicate's separate stream host does, and records what each request carried."""

from __future__ import annotations

import re
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

from .server import NOT_FOUND, ApiError, LocalReplicate, _Handler

_STREAM = re.compile(r"/v1/stream/(?P<pid>[^/]+)/?$")


class StreamHost:
    """`with StreamHost(server) as host: server.stream_base_url = host.base_url`."""

    def __init__(self, app: LocalReplicate, host: str = "127.0.0.1") -> None:
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
        self.server.host.requests.append((method, path, self.headers.get("Authorization")))  # type: ignore[attr-defined]
        try:
            match = _STREAM.match(path)
            if method != "GET" or not match:
                raise NOT_FOUND
            self._send_events(self._prediction(match["pid"]))
        except ApiError as error:
            self._send_json(error.status, error.body, error.headers)
