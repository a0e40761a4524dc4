"""The HTTP transport under the official client. The client retries 429/503/504 on GETs and
obeys `Retry-After` with no upper bound, so one answer saying "come back in an hour" would
freeze a run for an hour: the header is clamped here, beneath the client's own retries."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import httpx

from .retry_after import aware, wait_seconds

MAX_RETRY_AFTER = 10  # whole seconds: the client reads only digits


class ClampedRetryAfter(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Both the sync and the async transport (the client shares one `transport` argument)."""

    def __init__(self, proxy: str | None = None) -> None:
        self._sync = httpx.HTTPTransport(proxy=proxy)
        self._async = httpx.AsyncHTTPTransport(proxy=proxy)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _clamp(self._sync.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _clamp(await self._async.handle_async_request(request))

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


def _clamp(response: httpx.Response) -> httpx.Response:
    wait = response.headers.get("Retry-After", "").strip()
    if wait:
        seconds = retry_after_seconds(wait)
        # Always written back as digits: the client obeys an ISO date (up to 60 s) but not an
        # HTTP date, so the wait asked for is kept, within our bound, whatever its form.
        response.headers["Retry-After"] = str(MAX_RETRY_AFTER if seconds is None else min(seconds, MAX_RETRY_AFTER))
    return response


def retry_after_seconds(value: str, now: datetime | None = None) -> int | None:
    """Whole seconds to wait from a `Retry-After` value: digits, an HTTP date (RFC 9110) or an ISO
    date; a date already past is 0; None when it cannot be read."""
    value = value.strip()
    if value.isdigit():
        return int(value)
    now = now or datetime.now(UTC)
    seconds = wait_seconds(value, now)
    if seconds is None:  # not seconds nor an HTTP date: an ISO date, which the client obeys
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None
        seconds = (aware(when) - now).total_seconds()
    return max(0, math.ceil(seconds)) if math.isfinite(seconds) else None
