"""The HTTP transport under the official client. The client retries 429/503/504 on GETs and
obeys `Retry-After` with no upper bound, so one answer saying "come back in an hour" would
freeze a run for an hour: the header is clamped here, beneath the client's own retries."""

from __future__ import annotations

import httpx

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
        try:
            seconds = float(wait)
        except ValueError:
            seconds = MAX_RETRY_AFTER + 1  # an HTTP date: the client caps those at 60 s; we cap lower
        if seconds > MAX_RETRY_AFTER:
            response.headers["Retry-After"] = str(int(MAX_RETRY_AFTER))
    return response
