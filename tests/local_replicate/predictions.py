"""Predictions of the local server: their life from `starting` to a terminal state,
run in a thread each, with the events that the SSE stream and `Prefer: wait` follow."""

from __future__ import annotations

import base64
import json
import secrets
import string
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from .catalog import output_schema
from .files import make_file
from .outputs import text_tokens

TERMINAL = frozenset({"succeeded", "failed", "canceled", "aborted"})
FAIL_MARKER = "#fail"  # a prompt holding this makes the model fail, for tests of failures
HOSTILE_MARKER = "#hostile"  # ... and this gives its output files hostile names
INLINE_MARKER = "#inline"  # ... and this returns its files inline, as data: URIs (as `Prefer: wait` does)
ECHO_MARKER = "#echo"  # ... and this makes it repeat all its inputs (secrets too) in logs, output and error
HOSTILE_NAMES = ("../../x.png", "na\0me.png", "a" * 300 + ".png", "CON.png")
_ID_ALPHABET = string.ascii_lowercase + string.digits


def now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Pace:
    """How fast simulated models work (seconds)."""

    start_delay: float = 0.2
    token_delay: float = 0.03
    step_delay: float = 0.05
    image_steps: int = 4


@dataclass
class Prediction:
    id: str
    model: dict
    version: dict
    input: dict
    stream: bool
    status: str = "starting"
    output: Any = None
    logs: str = ""
    error: str | None = None
    created_at: str = field(default_factory=now_iso)
    started_at: str | None = None
    completed_at: str | None = None
    metrics: dict = field(default_factory=dict)
    events: list[tuple[str, str]] = field(default_factory=list)
    cancel_requested: bool = False
    received_files: dict[str, list[bytes]] = field(default_factory=dict)  # file inputs, resolved
    began: float = field(default_factory=time.monotonic)
    deployment: str | None = None  # owner/name of the deployment that made it, if one did
    data_removed: bool = False  # its input, output and logs are gone (the object keeps them, for tests)

    @property
    def model_name(self) -> str:
        return f"{self.model['owner']}/{self.model['name']}"

    def to_json(self, base_url: str, stream_base_url: str | None = None) -> dict:
        urls = {
            "get": f"{base_url}/v1/predictions/{self.id}",
            "cancel": f"{base_url}/v1/predictions/{self.id}/cancel",
            "web": f"{base_url}/p/{self.id}",
        }
        if self.stream and not self.data_removed:
            urls["stream"] = f"{stream_base_url or base_url}/v1/stream/{self.id}"
        removed = self.data_removed  # as Replicate gives it an hour on: the keys stay, emptied
        shown = {
            "id": self.id,
            "model": self.model_name,
            "version": self.version["id"],
            "input": {} if removed else self.input,
            "output": None if removed else self.output,
            "logs": "" if removed else self.logs,
            "error": self.error,
            "status": self.status,
            "created_at": self.created_at,
            "started_at": self.started_at,
            "completed_at": self.completed_at,
            "data_removed": removed,
            "source": "api",
            "metrics": self.metrics,
            "urls": urls,
        }
        if self.deployment:
            shown["deployment"] = self.deployment
        return shown


class PredictionStore:
    """All predictions, one lock; every change wakes the waiters (SSE, Prefer: wait)."""

    def __init__(
        self, pace: Pace, base_url: Callable[[], str], stream_base_url: Callable[[], str | None] = lambda: None
    ) -> None:
        self.pace = pace
        self._base_url = base_url
        self._stream_base_url = stream_base_url  # None: streams are served by the API's origin
        self._cond = threading.Condition()
        self._predictions: dict[str, Prediction] = {}
        self.files: dict[str, bytes] = {}
        self.content_types: dict[str, str] = {}
        self.closing = False
        # Fault switches for tests: a change to a model's output before it is given (e.g. a file
        # URL that cannot be fetched), and the age (seconds after completion) at which a
        # prediction's data is removed, as Replicate does after an hour (None: never).
        self.on_output: Callable[[Prediction, Any], Any] | None = None
        self.remove_after: float | None = None

    # --- reading -----------------------------------------------------------------
    def get(self, prediction_id: str) -> Prediction | None:
        with self._cond:
            return self._predictions.get(prediction_id)

    def newest_first(self) -> list[Prediction]:
        with self._cond:
            return sorted(self._predictions.values(), key=lambda p: p.began, reverse=True)

    def snapshot(self, prediction: Prediction) -> dict:
        if (
            self.remove_after is not None
            and prediction.status in TERMINAL
            and not prediction.data_removed
            and time.monotonic() - prediction.began >= self.remove_after
        ):
            self.remove_data(prediction)
        with self._cond:
            return json.loads(json.dumps(prediction.to_json(self._base_url(), self._stream_base_url())))

    def wait_done(self, prediction: Prediction, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            while prediction.status not in TERMINAL and not self.closing:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._cond.wait(left)

    def events(self, prediction: Prediction) -> Iterator[tuple[int, str, str]]:
        """Yield (index, event, data) as they happen, until the `done` event."""
        index = 0
        while True:
            with self._cond:
                while index >= len(prediction.events) and not self.closing:
                    self._cond.wait(0.5)
                if self.closing:
                    return
                pending = prediction.events[index:]
            for event, data in pending:
                index += 1
                yield index, event, data
                if event == "done":
                    return

    # --- changing ----------------------------------------------------------------
    def create(
        self, model: dict, version: dict, given_input: dict, stream: bool, deployment: str | None = None
    ) -> Prediction:
        prediction = Prediction(new_id(), model, version, given_input, stream, deployment=deployment)
        with self._cond:
            self._predictions[prediction.id] = prediction
        threading.Thread(target=self._run, args=(prediction,), daemon=True).start()
        return prediction

    def add(self, prediction: Prediction) -> None:
        """Keep a prediction made elsewhere (one already finished, of the account's history)."""
        with self._cond:
            self._predictions[prediction.id] = prediction

    def serve_file(self, prediction: Prediction, name: str, data: bytes, content_type: str) -> str:
        """Serve an output file of the prediction (without auth, as Replicate's file host does)."""
        path = f"/files/{prediction.id}/{quote(name, safe='')}"
        with self._cond:
            self.files[path] = data
            self.content_types[path] = content_type
        return self._base_url() + path

    def remove_data(self, prediction: Prediction) -> None:
        """What Replicate does an hour after an API prediction: `data_removed`, its input, output
        and logs emptied, its output files no longer served (404)."""
        prefix = f"/files/{prediction.id}/"
        with self._cond:
            prediction.data_removed = True
            for path in [p for p in self.files if p.startswith(prefix)]:
                del self.files[path]
                self.content_types.pop(path, None)

    def mark_removed(self, prediction_id: str) -> None:
        """`remove_data` by id: the prediction as Replicate gives it an hour after it ended."""
        prediction = self.get(prediction_id)
        if prediction is None:
            raise KeyError(prediction_id)
        self.remove_data(prediction)

    def set_status(self, prediction_id: str, status: str) -> None:
        """Give a status Replicate has but the simulated models never reach: `aborted` (a
        `Cancel-After` deadline; it ends the prediction) or `paused` (the model goes on and ends
        as usual, with its next status)."""
        prediction = self.get(prediction_id)
        if prediction is None:
            raise KeyError(prediction_id)
        with self._cond:
            if status in TERMINAL:
                self._finish(prediction, status)
            else:
                prediction.status = status
                self._cond.notify_all()

    def cancel(self, prediction: Prediction) -> None:
        with self._cond:
            prediction.cancel_requested = True
            if prediction.status not in TERMINAL:
                self._finish(prediction, "canceled")

    def close(self) -> None:
        with self._cond:
            self.closing = True
            self._cond.notify_all()

    def _emit(self, prediction: Prediction, event: str, data: str) -> None:
        prediction.events.append((event, data))
        if event == "logs":
            prediction.logs += data + "\n"
        self._cond.notify_all()

    def _finish(self, prediction: Prediction, status: str, error: str | None = None) -> None:
        prediction.status = status
        prediction.error = error
        prediction.completed_at = now_iso()
        elapsed = time.monotonic() - prediction.began
        prediction.metrics = {"predict_time": round(elapsed, 6), "total_time": round(elapsed, 6)}
        if error:
            self._emit(prediction, "error", json.dumps({"detail": error}))
        self._emit(prediction, "done", json.dumps({"reason": status} if status != "succeeded" else {}))

    def _step(self, prediction: Prediction, seconds: float) -> bool:
        """Sleep for one step of work; False once the prediction was canceled."""
        with self._cond:
            self._cond.wait_for(lambda: prediction.status in TERMINAL or self.closing, seconds)
            return prediction.status not in TERMINAL and not self.closing

    # --- the model at work -------------------------------------------------------------
    def _run(self, prediction: Prediction) -> None:
        if not self._step(prediction, self.pace.start_delay):
            return
        with self._cond:
            prediction.status = "processing"
            prediction.started_at = now_iso()
            self._emit(prediction, "logs", f"Running {prediction.model_name} on the local stand-in")
        spec = output_schema(prediction.version)
        prompt = question_of(prediction.input)
        echo = ECHO_MARKER in json.dumps(prediction.input) and json.dumps(prediction.input, sort_keys=True)
        if echo:  # a careless model that prints what it was given
            with self._cond:
                self._emit(prediction, "logs", f"The model was given: {echo}")
        if (
            spec.get("type") == "array"
            and spec.get("x-cog-array-type") == "iterator"
            and spec.get("items", {}).get("type") == "string"
            and spec["items"].get("format") != "uri"
        ):
            self._stream_text(prediction, prompt)
        else:
            self._make_outputs(prediction, spec, hostile=HOSTILE_MARKER in prompt, inline=INLINE_MARKER in prompt)
        with self._cond:
            if prediction.status in TERMINAL:
                return
            if echo and spec.get("type") == "string" and spec.get("format") != "uri":
                prediction.output = f"Echo: {echo}"
            if FAIL_MARKER in prompt or (echo and FAIL_MARKER in echo):
                given = f" It was given: {echo}" if echo else ""
                self._finish(
                    prediction,
                    "failed",
                    "The model ran out of memory (simulated failure): expected input of shape "
                    "<batch, 3, H, W> & got <tensor>." + given,
                )
            else:
                self._finish(prediction, "succeeded")

    def _stream_text(self, prediction: Prediction, prompt: str) -> None:
        limit = prediction.input.get("max_tokens", prediction.input.get("max_new_tokens"))
        example = prediction.model.get("default_example", {}).get("output")
        with self._cond:
            prediction.output = []
        for token in text_tokens(prompt, example, limit if isinstance(limit, int) else None):
            if not self._step(prediction, self.pace.token_delay):
                return
            with self._cond:
                prediction.output.append(token)
                self._emit(prediction, "output", token)
        if self.on_output is not None:  # what a model said to stream text may answer instead
            with self._cond:
                prediction.output = self.on_output(prediction, prediction.output)

    def _make_outputs(self, prediction: Prediction, spec: dict, hostile: bool, inline: bool = False) -> None:
        """The model's real example output, with every file in it made here and served locally;
        a list of images gets `num_outputs` of them, sized by the inputs."""
        steps = self.pace.image_steps
        for step in range(1, steps + 1):
            if not self._step(prediction, self.pace.step_delay):
                return
            with self._cond:
                bar = "█" * (10 * step // steps)
                left = (steps - step) * self.pace.step_delay
                self._emit(
                    prediction,
                    "logs",
                    f"{100 * step // steps:3d}%|{bar:<10}| {step}/{steps} [00:0{step}<00:{left:05.2f}, 1.00it/s]",
                )
        example = prediction.model.get("default_example", {}).get("output")
        names = iter(HOSTILE_NAMES if hostile else ())
        if spec.get("type") == "array" and spec.get("items", {}).get("format") == "uri":
            first = (_urls(example) or ["out.png"])[0]
            count = int(prediction.input.get("num_outputs", 1) or 1)
            example = [first] * count
        elif spec.get("format") == "uri" and not isinstance(example, str):
            example = "out.png"
        counter = iter(range(10_000))

        def local(url: str) -> str:
            index = next(counter)
            suffix = url.rsplit("/", 1)[-1].rsplit(".", 1)[-1] if "." in url.rsplit("/", 1)[-1] else "bin"
            made_suffix, content_type, data = make_file(suffix, prediction.input, seed=index + 1)
            name = next(names, f"out-{index}.{made_suffix}")
            if inline:
                return f"data:{content_type};base64,{base64.b64encode(data).decode()}"
            return self.serve_file(prediction, name, data, content_type)

        output = _map_urls(example, local)
        if self.on_output is not None:
            output = self.on_output(prediction, output)
        with self._cond:
            prediction.output = output
            self._emit(prediction, "output", json.dumps(output))


def new_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(26))


def question_of(given: dict) -> str:
    """What a text model is asked: its `prompt`, or the last user turn of its `messages`."""
    messages = given.get("messages")
    if isinstance(messages, str):
        try:
            messages = json.loads(messages)
        except ValueError:
            messages = None
    if isinstance(messages, list):
        users = [m.get("content") for m in messages if isinstance(m, dict) and m.get("role") == "user"]
        if users and isinstance(users[-1], str):
            return users[-1]
    return str(given.get("prompt", ""))


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(("http://", "https://")) else []
    if isinstance(value, list):
        return [u for item in value for u in _urls(item)]
    if isinstance(value, dict):
        return [u for item in value.values() for u in _urls(item)]
    return []


def _map_urls(value: Any, replace: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return replace(value) if value.startswith(("http://", "https://")) or value == "out.png" else value
    if isinstance(value, list):
        return [_map_urls(item, replace) for item in value]
    if isinstance(value, dict):
        return {key: _map_urls(item, replace) for key, item in value.items()}
    return value
