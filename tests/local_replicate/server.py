"""A Replicate-compatible HTTP server on 127.0.0.1, for tests and offline manual runs.

It answers what the official `replicate` client sends, in the shapes of Replicate's
OpenAPI spec: bearer auth, models and versions, predictions (created by version, by
deployment, or by model name for official models only: any other answers 404 there, as on
Replicate), `Prefer: wait`, polling, cancel, paginated listing, the SSE stream, and the
output files, served from its own URLs without auth (as Replicate's file host does); and file
uploads. The predictions' endpoints are in prediction_handlers.py; search, the model list,
collections, deployments and the models' cover images in browse.py (served here: every URL it
gives is on 127.0.0.1).
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .api_errors import NOT_FOUND, ApiError
from .browse import BROWSE_ROUTES, WITHOUT_AUTH, BrowseHandlers
from .catalog import Catalog
from .deployments import Deployment, seed_deployments
from .history import seed_account_history
from .model_kinds import seed_collections
from .poll_faults import PollFaults
from .prediction_handlers import PREDICTION_ROUTES, PredictionHandlers
from .predictions import Pace, Prediction, PredictionStore
from .uploads import StoredFile, new_file, parse_multipart

__all__ = ["ACCOUNT", "DEFAULT_TOKEN", "NOT_FOUND", "ApiError", "Injected", "LocalReplicate"]

DEFAULT_TOKEN = "local-test-token"  # not a Replicate token: the stand-in's own
ACCOUNT = {"type": "user", "username": "local-tester", "name": "Local Tester", "github_url": None, "avatar_url": None}


@dataclass
class Injected:
    """A failure the next matching request answers with, for tests of error handling."""

    status: int
    title: str
    detail: str
    method: str = "POST"
    headers: dict[str, str] = field(default_factory=dict)


class LocalReplicate:
    """The server: `with LocalReplicate() as server:` gives `server.base_url` on an ephemeral port."""

    def __init__(
        self, port: int = 0, tokens: set[str] | None = None, pace: Pace | None = None, page_size: int = 100
    ) -> None:
        self.catalog = Catalog.from_fixture()
        self.tokens = tokens if tokens is not None else {DEFAULT_TOKEN}
        self.page_size = page_size
        # Where `urls.stream` points (another origin, e.g. a StreamHost) and whether the
        # stream answers with a redirect there instead; both None: served here, as before.
        self.stream_base_url: str | None = None
        self.stream_redirect: str | None = None
        self.predictions = PredictionStore(pace or Pace(), lambda: self.base_url, lambda: self.stream_base_url)
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, Authorization
        self.injected: list[Injected] = []
        self.files: dict[str, StoredFile] = {}
        self.collections = seed_collections(self.catalog.models())
        self.deployments: dict[str, Deployment] = seed_deployments(self.catalog, ACCOUNT)
        # Seconds to hold the answer to a search (GET /v1/search, QUERY /v1/models) for its
        # query, e.g. `lambda q: 0.5 if q == "lla" else 0.0`; and every query received, in order.
        self.search_delay: Callable[[str], float] = lambda query: 0.0
        self.searches: list[str] = []
        # Seconds to hold the answer to a create once its prediction exists (an app closed while
        # its create request is in flight leaves a prediction it never heard of).
        self.create_delay = 0.0
        # Fault switches: polls answered with what is not Replicate's JSON (poll_faults.py); models
        # ("owner/name") shown with `latest_version: null`, as a model nobody published a version
        # of yet; and the token refused this many seconds after a prediction is created (revoked
        # mid-run: every request that needs it answers 401 from then on). None: never.
        self.poll_faults = PollFaults()
        self.versionless: set[str] = set()
        self.revoke_token_after: float | None = None
        self.stopping = threading.Event()  # ends the search delays when the server stops
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.app = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LocalReplicate:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop as the network going away would: the listening socket and every connection a
        client keeps alive are closed (a handler thread would keep answering on those)."""
        self.stopping.set()
        self.predictions.close()
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._connections_lock:
            open_now = list(self._connections)
        for connection in open_now:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def __enter__(self) -> LocalReplicate:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def served_model(self, model: dict) -> dict:
        """A model object as the API gives it: its cover image (if it has one) served here."""
        shown = dict(model)
        if shown.get("cover_image_url"):
            shown["cover_image_url"] = f"{self.base_url}/covers/{model['owner']}/{model['name']}.png"
        return shown

    def seed_account_history(self, count: int, expired: int = 0, days: float = 7.0) -> list[Prediction]:
        """Add `count` finished predictions of the account (text and image models), newest first:
        `count - expired` from the last hour, with their outputs, then `expired` older than an hour,
        spread over `days`, with `data_removed: true` and their files gone (404). See history.py."""
        return seed_account_history(self.predictions, self.catalog, count, expired, days)


ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (m, re.compile(p + r"/?$"), h)
    for m, p, h in [
        ("GET", r"/v1/account", "account"),
        ("GET", r"/v1/models/(?P<owner>[^/]+)/(?P<name>[^/]+)", "model"),
        ("GET", r"/v1/models/(?P<owner>[^/]+)/(?P<name>[^/]+)/versions", "versions"),
        ("GET", r"/v1/models/(?P<owner>[^/]+)/(?P<name>[^/]+)/versions/(?P<vid>[^/]+)", "version"),
        *PREDICTION_ROUTES,
        ("POST", r"/v1/files", "create_file"),
        ("GET", r"/v1/files/(?P<fid>[^/]+)", "get_file"),
        ("GET", r"/v1/files/(?P<fid>[^/]+)/download", "download_file"),
        *BROWSE_ROUTES,
    ]
]
FILE_HOST = frozenset({"file", "stream", "cover"})  # no injected failures there
UNAUTHENTICATED = frozenset({"file", "stream"}) | WITHOUT_AUTH


class _Handler(PredictionHandlers, BrowseHandlers, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LocalReplicate/1"
    # TCP_NODELAY: without it every small answer waited ~40 ms (Nagle's algorithm holding the body
    # until the client's delayed ACK of the headers), a delay Replicate does not have.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        with self.app._connections_lock:
            self.app._connections.add(self.connection)

    def finish(self) -> None:
        with self.app._connections_lock:
            self.app._connections.discard(self.connection)
        super().finish()

    @property
    def app(self) -> LocalReplicate:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_QUERY(self) -> None:  # the HTTP QUERY method: a GET with a body (the search's)
        self._dispatch("QUERY")

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        self.query = parse_qs(url.query)
        self.app.requests.append((method, url.path, self.headers.get("Authorization")))
        try:
            body = self._read_body() if method == "POST" else self._read_text() if method == "QUERY" else {}
            for route_method, pattern, handler in ROUTES:
                match = pattern.match(url.path)
                if match and route_method == method:
                    if handler not in UNAUTHENTICATED:
                        self._authorize()
                    if handler not in FILE_HOST:
                        self._injected(method)
                    getattr(self, "h_" + handler)(body, **match.groupdict())
                    return
            raise NOT_FOUND
        except ApiError as error:
            self._send_json(error.status, error.body, error.headers)

    def _read_body(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        content_type = self.headers.get("Content-Type", "")
        if content_type.startswith("multipart/form-data"):
            return {"multipart": parse_multipart(content_type, raw)}
        try:
            data = json.loads(raw or b"{}")
        except ValueError:
            raise ApiError(400, "Bad request", "The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Bad request", "The request body must be a JSON object.")
        return data

    def _read_text(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return {"text": raw.decode("utf-8")}
        except UnicodeDecodeError:
            raise ApiError(400, "Bad request", "The request body is not valid UTF-8 text.") from None

    def _authorize(self) -> None:
        scheme, _, token = (self.headers.get("Authorization") or "").partition(" ")
        if scheme != "Bearer" or token not in self.app.tokens:
            raise ApiError(401, "Unauthenticated", "You did not pass a valid authentication token")

    def _injected(self, method: str) -> None:
        for failure in list(self.app.injected):
            if failure.method == method:
                self.app.injected.remove(failure)
                raise ApiError(failure.status, failure.title, failure.detail, failure.headers)

    def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status < 400 else "application/problem+json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    # --- handlers ----------------------------------------------------------------
    def h_account(self, body: dict) -> None:
        self._send_json(200, ACCOUNT)

    def _model(self, owner: str, name: str) -> dict:
        model = self.app.catalog.model(owner, name)
        if model is None:
            raise NOT_FOUND
        return model

    def h_model(self, body: dict, owner: str, name: str) -> None:
        model = self.app.served_model(self._model(owner, name))
        if f"{owner}/{name}" in self.app.versionless:
            model["latest_version"] = None
        self._send_json(200, model)

    def h_versions(self, body: dict, owner: str, name: str) -> None:
        latest = self._model(owner, name)["latest_version"]
        shown = [] if f"{owner}/{name}" in self.app.versionless else [latest]
        self._send_json(200, {"next": None, "previous": None, "results": shown})

    def h_version(self, body: dict, owner: str, name: str, vid: str) -> None:
        version = self.app.catalog.version(owner, name, vid)
        if version is None or f"{owner}/{name}" in self.app.versionless:
            raise NOT_FOUND
        self._send_json(200, version)

    def h_create_file(self, body: dict) -> None:
        stored = new_file(body.get("multipart") or {})
        if stored is None:
            raise ApiError(422, "Invalid file", "A multipart form with a `content` file is required.")
        self.app.files[stored.id] = stored
        self._send_json(201, stored.to_json(self.app.base_url))

    def _file(self, fid: str) -> StoredFile:
        if fid not in self.app.files:
            raise NOT_FOUND
        return self.app.files[fid]

    def h_get_file(self, body: dict, fid: str) -> None:
        self._send_json(200, self._file(fid).to_json(self.app.base_url))

    def h_download_file(self, body: dict, fid: str) -> None:
        stored = self._file(fid)
        self._send_bytes(stored.data, stored.content_type)

    def _send_bytes(self, data: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
