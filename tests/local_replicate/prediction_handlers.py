"""The local server's endpoints for predictions: create (by version, or by model name for official
models only), `Prefer: wait`, polling, cancel, the paginated list, the SSE stream, and the output
files, served from their own URLs without auth (as Replicate's file host does)."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .api_errors import NOT_FOUND, ApiError
from .catalog import RUN_BY_NAME, validate_input
from .predictions import Prediction
from .uploads import received_files

if TYPE_CHECKING:
    from http.server import BaseHTTPRequestHandler

    from .server import LocalReplicate

PREDICTION_ROUTES = [
    ("POST", r"/v1/models/(?P<owner>[^/]+)/(?P<name>[^/]+)/predictions", "create_by_model"),
    ("POST", r"/v1/predictions", "create_by_version"),
    ("GET", r"/v1/predictions", "list_predictions"),
    ("GET", r"/v1/predictions/(?P<pid>[^/]+)", "get_prediction"),
    ("POST", r"/v1/predictions/(?P<pid>[^/]+)/cancel", "cancel"),
    ("GET", r"/v1/stream/(?P<pid>[^/]+)", "stream"),
    ("GET", r"/files/(?P<pid>[^/]+)/(?P<file>[^/]+)", "file"),
]
# Replicate's answer to a community model run by name, with no `title` (replicate-javascript#347).
COMMUNITY_BY_NAME = ApiError(404, None, "The requested resource could not be found.")


class PredictionHandlers:
    """Handlers mixed into the server's request handler (which gives `app`, `headers`, `_model`,
    `_param`, `_page`, `_send_json` and `_send_bytes`)."""

    app: LocalReplicate
    headers: Any  # the request's headers (an email.message.Message)
    close_connection: bool
    wfile: Any  # the connection's output stream

    if TYPE_CHECKING:

        def send_response(self, code: int, message: str | None = None) -> None: ...
        def send_header(self, keyword: str, value: str) -> None: ...
        def end_headers(self) -> None: ...
        def _model(self, owner: str, name: str) -> dict: ...
        def _param(self, name: str, default: str = "") -> str: ...
        def _page(self, items: list, path: str) -> tuple[list, str | None, str | None]: ...
        def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None: ...
        def _send_bytes(self, data: bytes, content_type: str) -> None: ...

    def h_create_by_model(self, body: dict, owner: str, name: str) -> None:
        model = self._model(owner, name)
        # Replicate runs only its official models by name; a model without a version runs nowhere
        if f"{owner}/{name}" not in RUN_BY_NAME or f"{owner}/{name}" in self.app.versionless:
            raise COMMUNITY_BY_NAME
        self._create(model, model["latest_version"], body)

    def h_create_by_version(self, body: dict) -> None:
        version_id = str(body.get("version", ""))
        model = self.app.catalog.model_of_version(version_id.rsplit(":", 1)[-1])
        if model is not None and f"{model['owner']}/{model['name']}" in self.app.versionless:
            model = None
        if model is None:
            raise ApiError(
                422,
                "Invalid version or not permitted",
                "The specified version does not exist (or perhaps you don't have permission to use it?)",
            )
        self._create(model, model["latest_version"], body)

    def _create(self, model: dict, version: dict, body: dict, deployment: str | None = None) -> None:
        given = body.get("input")
        if not isinstance(given, dict):
            raise ApiError(
                422,
                "Input validation failed",
                "- input: Input should be an object\n",
                invalid_fields=[{"type": "object_type", "field": "input", "description": "Input should be an object"}],
            )
        filled, problems = validate_input(version, given)
        if problems:
            detail = "".join(f"- {p.field}: {p.description}\n" for p in problems)
            raise ApiError(422, "Input validation failed", detail, invalid_fields=[vars(p) for p in problems])
        prediction = self.app.predictions.create(model, version, filled, bool(body.get("stream")), deployment)
        prediction.received_files = received_files(filled, self.app.files, self.app.base_url)
        if self.app.revoke_token_after is not None:
            revoke = threading.Timer(self.app.revoke_token_after, self.app.tokens.clear)
            revoke.daemon = True
            revoke.start()
        wait = _prefer_wait(self.headers.get("Prefer"))
        if wait:
            self.app.predictions.wait_done(prediction, wait)
        held = self.app.create_delay > 0
        if held:
            self.app.stopping.wait(self.app.create_delay)
        try:
            self._send_json(
                201,
                self.app.predictions.snapshot(prediction),
                {"Location": f"{self.app.base_url}/v1/predictions/{prediction.id}"},
            )
        except (BrokenPipeError, ConnectionResetError):
            if not held:
                raise
            self.close_connection = True  # the client went away while the answer was held

    def h_list_predictions(self, body: dict) -> None:
        everything = self.app.predictions.newest_first()
        source = self._param("source")
        if source not in ("", "web"):
            raise ApiError(400, "Bad request", "source must be web.")
        if source == "web":
            everything = []  # every prediction here was made through the API
        after, before = self._param("created_after"), self._param("created_before")
        if after or before:
            try:
                everything = [p for p in everything if _in_range(p.created_at, after, before)]
            except ValueError:
                raise ApiError(400, "Bad request", "created_after and created_before must be ISO 8601 times.") from None
        page, following, preceding = self._page(everything, "/v1/predictions")
        snapshots = [self.app.predictions.snapshot(p) for p in page]
        self._send_json(200, {"next": following, "previous": preceding, "results": snapshots})

    def _prediction(self, pid: str) -> Prediction:
        prediction = self.app.predictions.get(pid)
        if prediction is None:
            raise NOT_FOUND
        return prediction

    def h_get_prediction(self, body: dict, pid: str) -> None:
        prediction = self._prediction(pid)
        if self.app.poll_faults.answer(self, pid):
            return
        self._send_json(200, self.app.predictions.snapshot(prediction))

    def h_cancel(self, body: dict, pid: str) -> None:
        prediction = self._prediction(pid)
        self.app.predictions.cancel(prediction)
        self._send_json(200, self.app.predictions.snapshot(prediction))

    def h_stream(self, body: dict, pid: str) -> None:
        prediction = self._prediction(pid)
        if self.app.stream_redirect:
            self.send_response(307)
            self.send_header("Location", f"{self.app.stream_redirect}/v1/stream/{pid}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send_events(prediction)

    def _send_events(self, prediction: Any) -> None:
        start_event_stream(self)
        try:
            for index, event, data in self.app.predictions.events(prediction):
                write_event(self, index, event, data)
                self._event_written(prediction, index, event, data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away: the prediction goes on, as on Replicate

    def _event_written(self, prediction: Any, index: int, event: str, data: str) -> None:
        """Told after each event reaches the socket (the benchmarks time them)."""

    def h_file(self, body: dict, pid: str, file: str) -> None:
        path = f"/files/{pid}/{file}"
        data = self.app.predictions.files.get(path)
        if data is None:
            raise NOT_FOUND
        self._send_bytes(data, self.app.predictions.content_types.get(path, "application/octet-stream"))


def _in_range(created_at: str, after: str, before: str) -> bool:
    """Created at or after `after` and before `before` (either may be empty; a time without a
    zone is UTC)."""

    def when(text: str) -> datetime:
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    created = when(created_at)
    if after and created < when(after):
        return False
    return not before or created < when(before)


def _prefer_wait(header: str | None) -> float:
    """Seconds to hold a create request for `Prefer: wait` / `wait=N` (Replicate caps it at 60)."""
    if not header:
        return 0.0
    match = re.match(r"\s*wait(?:=(\d+))?", header)
    if not match:
        return 0.0
    return float(min(int(match.group(1) or 60), 60))


def start_event_stream(handler: BaseHTTPRequestHandler) -> None:
    """The headers of Replicate's server-sent events; the connection closes after them."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Cache-Control", "no-store")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True


def write_event(handler: BaseHTTPRequestHandler, index: int, event: str, data: str) -> None:
    """One event, sent at once; each line of `data` its own `data:` field."""
    lines = "".join(f"data: {line}\n" for line in data.split("\n"))
    handler.wfile.write(f"event: {event}\nid: {index}\n{lines}\n".encode())
    handler.wfile.flush()
