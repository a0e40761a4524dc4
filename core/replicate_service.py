"""Replicate, through the official client's async API.

Predictions are created here and followed by id (never `async_run`), so that a cancel
reaches Replicate: cancelling the task of `async_run` leaves the prediction running.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from .errors import UserError, token_missing
from .i18n import translate
from .input_values import MAX_UPLOAD_BYTES
from .model_info import ModelInfo
from .model_ref import ModelRef
from .model_summary import ModelSummary
from .origins import DEFAULT_API_BASE, api_base_allowed, origin_of, same_origin, token_may_go_to
from .proxy import proxy_for
from .retry_after import wait_seconds
from .sse import Decoder, Event

if TYPE_CHECKING:  # imported on first use: about 180 ms that start-up need not wait for
    import httpx
    import replicate

    from .following import FollowPolicy

REQUEST_TIMEOUT = 30.0  # seconds for a page of a list
CREATE_TIMEOUT = 60.0  # the client sets none on a create without `wait`
DRAIN_TIMEOUT = 5.0  # seconds to wait for a stream's end after its `done` event


@dataclass(frozen=True)
class PredictionState:
    """A prediction as Replicate's JSON gives it, read without the official client's model: that
    one rejects real answers (`status: "aborted"`, `"paused"`, nulls where its types say str)."""

    id: str
    status: str
    output: Any = None
    logs: str = ""
    error: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)
    data_removed: bool = False

    @classmethod
    def from_json(cls, data: Any) -> PredictionState:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("status"), str):
            raise UnreadableAnswer()
        urls = data.get("urls")
        metrics = data.get("metrics")
        error = data.get("error")
        logs = data.get("logs")
        return cls(
            id=data["id"],
            status=data["status"],
            output=data.get("output"),
            logs=logs if isinstance(logs, str) else "",
            error=error if isinstance(error, str) or error is None else str(error),
            metrics=dict(metrics) if isinstance(metrics, dict) else {},
            urls={k: v for k, v in urls.items() if isinstance(v, str)} if isinstance(urls, dict) else {},
            data_removed=data.get("data_removed") is True,
        )


class UnreadableAnswer(UserError):
    """Replicate's answer was not the JSON expected (an HTML error page, a cut body, a redirect)."""

    def __init__(self) -> None:
        super().__init__(
            translate("ReplicateService", "Unexpected answer from Replicate"),
            translate("ReplicateService", "Replicate's answer could not be read."),
        )


class RateLimited(Exception):
    """A create refused with 429: no prediction was made, and it may be sent again after `wait`
    seconds (None: Replicate did not say)."""

    def __init__(self, error: Exception, wait: float | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait


class UntrustedStreamUrl(ValueError):
    """The stream is somewhere the API token may not go (see core/origins.py), or redirects:
    it is not opened, and the run is followed by polling its id instead."""


@dataclass(frozen=True)
class Account:
    username: str
    name: str


class ReplicateService:
    """One official client per event loop and token (a client outlives neither)."""

    def __init__(
        self,
        token: Callable[[], str | None],
        base_url: str | None = None,
        poll_interval: float = 0.5,
        stream_read_timeout: float | None = None,
    ) -> None:
        self._token = token
        self._base_url = base_url  # None: REPLICATE_BASE_URL, else Replicate's own
        self.poll_interval = poll_interval
        self.max_upload_bytes = MAX_UPLOAD_BYTES
        self.create_timeout = CREATE_TIMEOUT
        self.stream_read_timeout = stream_read_timeout  # None: the client's own (30 s)
        self.follow_policy: FollowPolicy | None = None  # how patient runs are (None: the default)
        self._cached: tuple[asyncio.AbstractEventLoop, str, str | None, replicate.Client] | None = None

    def _client(self, token: str | None = None) -> replicate.Client:
        import replicate

        token = token or self._token()
        if not token:
            raise token_missing()
        loop = asyncio.get_running_loop()
        # Resolved here, as the client would, so that what is checked is what is used.
        base = self._base_url or os.environ.get("REPLICATE_BASE_URL") or DEFAULT_API_BASE
        # The official client brings its own transport, so httpx ignores HTTP(S)_PROXY: the
        # proxy chosen (core/proxy.py) is given to the transport; a new choice, a new client.
        via = proxy_for(base)
        if self._cached and self._cached[0] is loop and self._cached[1] == token and self._cached[2] == via:
            return self._cached[3]
        from .transport import ClampedRetryAfter

        if not api_base_allowed(base):
            raise unsafe_api_base(base)
        client = replicate.Client(api_token=token, base_url=base, transport=ClampedRetryAfter(via))
        client.poll_interval = self.poll_interval
        self._cached = (loop, token, via, client)
        return client

    async def json(self, method: str, path: str, timeout: float = REQUEST_TIMEOUT, **options: Any) -> Any:
        """A request of the API through the official client (its auth and retries), its JSON
        decoded in a worker thread: a list of models or runs can be megabytes."""
        import json

        response = await asyncio.wait_for(self._client()._async_request(method, path, **options), timeout)
        try:
            return await asyncio.to_thread(json.loads, response.content)
        except (ValueError, RecursionError) as error:
            raise UserError(
                translate("ReplicateService", "Unexpected answer from Replicate"),
                translate("ReplicateService", "Replicate's answer could not be read."),
            ) from error

    def page_link(self, link: Any) -> str | None:
        """A list's `next` link, when it may be followed: only on the API's own origin, since the
        request carries the token."""
        if not isinstance(link, str) or not link:
            return None
        base = str(self._client()._async_client.base_url)
        absolute = urljoin(base, link)
        return absolute if same_origin(absolute, base) else None

    async def account(self, token: str | None = None) -> Account:
        """Who the token belongs to; raises ReplicateError 401 for a token Replicate refuses."""
        found = await self._client(token).accounts.async_current()
        return Account(found.username, found.name or found.username)

    async def model(self, ref: ModelRef) -> ModelInfo:
        return (await self.model_page(ref))[0]

    async def model_page(self, ref: ModelRef) -> tuple[ModelInfo, ModelSummary | None]:
        """The model's inputs and outputs (of the version named, else the latest) and what its
        page says of it (for the catalog)."""
        client = self._client()
        wanted, description = ref, None
        if ref.deployment:  # a deployment runs the model version of its current release
            deployment = await client.deployments.async_get(f"{ref.owner}/{ref.name}")
            release = deployment.current_release
            runs = ModelRef.read(release.model) if release is not None and release.model else None
            if runs is None or release is None or not release.version:
                said = translate(
                    "ReplicateService",
                    "The deployment {name} has no model release yet: set it up on replicate.com, then try again.",
                )
                raise UserError(
                    translate("ReplicateService", "Deployment not ready"), said.format(name=f"{ref.owner}/{ref.name}")
                )
            wanted = ModelRef(runs.owner, runs.name, release.version)
            said = translate("ReplicateService", "Your deployment {name}, running {model}.")
            description = said.format(name=f"{ref.owner}/{ref.name}", model=f"{runs.owner}/{runs.name}")
        # The API's JSON, not the client's Model, which drops `is_official`.
        page = await self.json("GET", f"/v1/models/{wanted.owner}/{wanted.name}")
        page = page if isinstance(page, dict) else {}
        if wanted.version:
            version = await self.json("GET", f"/v1/models/{wanted.owner}/{wanted.name}/versions/{wanted.version}")
        else:
            version = page.get("latest_version")
        version = version if isinstance(version, dict) and isinstance(version.get("id"), str) else None
        schema = version.get("openapi_schema") if version else None
        example = page.get("default_example")
        example_input = example.get("input") if isinstance(example, dict) else None
        shown = page.get("description") if isinstance(page.get("description"), str) else None
        if description is not None:
            shown = f"{description} {shown or ''}".rstrip()
        official = page.get("is_official")
        info = ModelInfo.from_schema(
            ref,
            shown,
            version["id"] if version else None,
            schema if isinstance(schema, dict) else None,
            example_input,
            official if isinstance(official, bool) else None,
        )
        return info, ModelSummary.from_api(page)

    async def upload(self, path: Path) -> str:
        """Upload a local file through the files API; returns the URL to give as input.
        In a worker thread: the client reads the file synchronously."""
        client = self._client()
        limit = self.max_upload_bytes

        def send() -> str:
            import io

            with path.open("rb") as file:
                # Read here, at most one byte past the limit: the file may have grown since it
                # was checked (a recording still being written), and what is sent is what was read.
                data = file.read(limit + 1)
            if len(data) > limit:
                raise upload_too_large(path.name, limit)
            return client.files.create(io.BytesIO(data), filename=path.name).urls["get"]

        return await asyncio.to_thread(send)

    async def create(self, info: ModelInfo, inputs: dict, stream: bool) -> PredictionState:
        """Create the prediction (by deployment, version, or name for official models; any other
        model by its latest version; a model not known to be either is tried by name first).
        Raises RateLimited for a 429: nothing was created."""
        from replicate.exceptions import ReplicateError

        body: dict[str, Any] = {"input": inputs}
        if stream:
            body["stream"] = True
        if info.ref.deployment:
            return await self._create(f"/v1/deployments/{info.ref.owner}/{info.ref.name}/predictions", body)
        if info.ref.version:
            return await self._create("/v1/predictions", {"version": info.ref.version, **body})
        if info.official is False:  # only Replicate's own models run by name
            if not info.version_id:
                raise no_version(info.ref.slug)
            return await self._create("/v1/predictions", {"version": info.version_id, **body})
        try:
            return await self._create(f"/v1/models/{info.ref.owner}/{info.ref.name}/predictions", body)
        except ReplicateError as error:
            # Only official models run by name; any other runs by its latest version.
            if error.status != 404:
                raise
            if not info.version_id:
                raise no_version(info.ref.slug) from error
        return await self._create("/v1/predictions", {"version": info.version_id, **body})

    async def _create(self, path: str, body: dict[str, Any]) -> PredictionState:
        """One POST through the official client's HTTP client (its auth; it never retries a POST),
        read here so that a 429's `Retry-After` is known."""
        from replicate.exceptions import ReplicateError

        http = self._client()._async_client
        response = await asyncio.wait_for(http.request("POST", path, json=body, timeout=None), self.create_timeout)
        if response.status_code == 429:
            raise RateLimited(ReplicateError.from_response(response), retry_after(response))
        return await self._state(response)

    async def _state(self, response: httpx.Response) -> PredictionState:
        import json

        from replicate.exceptions import ReplicateError

        if response.status_code >= 400:
            raise ReplicateError.from_response(response)
        if response.status_code >= 300:  # a redirect the client did not follow: no answer yet
            raise UnreadableAnswer()
        try:
            data = await asyncio.to_thread(json.loads, response.content)
        except (ValueError, RecursionError) as error:
            raise UnreadableAnswer() from error
        return PredictionState.from_json(data)

    async def get(self, prediction_id: str) -> PredictionState:
        http = self._client()._async_client
        response = await asyncio.wait_for(http.request("GET", f"/v1/predictions/{prediction_id}"), REQUEST_TIMEOUT)
        return await self._state(response)

    async def cancel(self, prediction_id: str) -> PredictionState:
        http = self._client()._async_client
        response = await asyncio.wait_for(
            http.request("POST", f"/v1/predictions/{prediction_id}/cancel"), REQUEST_TIMEOUT
        )
        return await self._state(response)

    async def stream(
        self, prediction: PredictionState, last_event_id: str | None = None
    ) -> AsyncGenerator[Event, None]:
        """The prediction's server-sent events (after `last_event_id`, when one is given, as
        Replicate's own Go client resumes), read to the end of the response.

        Read here rather than with `prediction.async_stream()`: that one stops reading at
        `done` and leaves httpx's byte stream to the garbage collector, which closes it from
        another task (an error on every run); it also raises on unknown event names.
        """
        url = (prediction.urls or {}).get("stream")
        if not url:
            raise ValueError("this prediction has no stream")
        http = self._client()._async_client  # the official client's transport: auth, retries
        if not token_may_go_to(url, str(http.base_url)):
            raise UntrustedStreamUrl(f"the stream is at {origin_of(url) or 'an unusable URL'}")
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        timeout = http.timeout
        if self.stream_read_timeout is not None:
            import httpx

            timeout = httpx.Timeout(
                timeout.connect, read=self.stream_read_timeout, write=timeout.write, pool=timeout.pool
            )
        # Redirects are never followed, whatever the client's default: their target was not
        # checked above (httpx would keep the token on a same-host http→https one).
        async with http.stream("GET", url, headers=headers, follow_redirects=False, timeout=timeout) as response:
            if 300 <= response.status_code < 400:
                where = origin_of(response.headers.get("Location", "")) or "another address"
                raise UntrustedStreamUrl(f"the stream redirects to {where}")
            if response.status_code >= 400:
                from replicate.exceptions import ReplicateError

                await response.aread()
                raise ReplicateError.from_response(response)
            decoder = Decoder()
            done = False
            lines = response.aiter_lines()
            while True:
                try:
                    # After `done`, only the end of the response is awaited, briefly.
                    line = await (asyncio.wait_for(anext(lines), DRAIN_TIMEOUT) if done else anext(lines))
                except StopAsyncIteration:
                    return
                except TimeoutError:
                    return  # a server that keeps the connection open after `done`
                event = decoder.feed(line.rstrip("\r\n"))
                if event is not None and not done:
                    done = event.kind == "done"
                    yield event


def retry_after(response: httpx.Response) -> float | None:
    """`Retry-After` in seconds, given as seconds or as an HTTP date (None: absent or unreadable)."""
    seconds = wait_seconds(response.headers.get("Retry-After"))
    return None if seconds is None else max(0.0, seconds)


def no_version(model: str) -> UserError:
    said = translate(
        "ReplicateService",
        "{model} is on Replicate but has no version to run yet: its owner has not published one. Choose another model.",
    )
    return UserError(translate("ReplicateService", "This model has no version yet"), said.format(model=model))


def unsafe_api_base(base: str) -> UserError:
    shown = origin_of(base) or translate("ReplicateService", "an address Replidesk cannot read")
    said = translate(
        "ReplicateService",
        "Replidesk is set to reach Replicate at {address}, where your API token would not be safe: "
        "the address must start with https:// (plain http:// only for a server on this computer, "
        "such as http://127.0.0.1:8787) and hold no user name or password. "
        "Check REPLICATE_BASE_URL.",
    )
    return UserError(translate("ReplicateService", "Unsafe Replicate address"), said.format(address=shown))


def upload_too_large(name: str, limit: int) -> UserError:
    megabytes = limit // (1024 * 1024)
    return UserError(
        translate("ReplicateService", "File too large to send"),
        translate(
            "ReplicateService", "“{name}” has grown past %n MB since it was chosen: it was not sent.", n=megabytes
        ).format(name=name),
    )
