"""The official client obeys Retry-After without a cap; ours is clamped beneath it."""

import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from core.model_ref import ModelRef
from core.replicate_service import ReplicateService
from core.transport import MAX_RETRY_AFTER, ClampedRetryAfter, _clamp
from tests.conftest import run_async
from tests.local_replicate.server import Injected

NOW = datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC)


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return NOW if tz is not None else NOW.replace(tzinfo=None)


def test_a_long_retry_after_is_clamped(server, token, monkeypatch):
    monkeypatch.setattr("core.transport.MAX_RETRY_AFTER", 1)
    server.injected.append(Injected(503, "Unavailable", "busy", method="GET", headers={"Retry-After": "3600"}))
    service = ReplicateService(lambda: token, server.base_url)
    began = time.monotonic()
    info = run_async(service.model(ModelRef.parse("stability-ai/sdxl")), timeout=20)
    waited = time.monotonic() - began
    assert info.ref.slug == "stability-ai/sdxl"  # retried and got through
    assert 0.9 < waited < 5  # waited the clamped second, not an hour
    assert [r[1] for r in server.requests].count("/v1/models/stability-ai/sdxl") == 2


def test_a_retry_after_given_as_a_date_is_clamped_like_seconds(server, token, monkeypatch):
    """The client obeys an ISO date up to 60 s (and ignores an HTTP date): both become digits
    within our bound."""
    monkeypatch.setattr("core.transport.MAX_RETRY_AFTER", 1)
    in_an_hour = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    server.injected.append(Injected(503, "Unavailable", "busy", method="GET", headers={"Retry-After": in_an_hour}))
    service = ReplicateService(lambda: token, server.base_url)
    began = time.monotonic()
    info = run_async(service.model(ModelRef.parse("stability-ai/sdxl")), timeout=30)
    assert info.ref.slug == "stability-ai/sdxl"
    assert 0.9 < time.monotonic() - began < 5  # the clamped second, not the client's 60


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("3600", "10"),
        ("4", "4"),
        (format_datetime(NOW + timedelta(hours=1), usegmt=True), "10"),  # an HTTP date
        (format_datetime(NOW + timedelta(seconds=3), usegmt=True), "3"),
        ((NOW + timedelta(days=2)).isoformat(), "10"),  # an ISO date
        (format_datetime(NOW - timedelta(minutes=5), usegmt=True), "0"),  # already past
        ("soon", "10"),  # unreadable: the bound
        ("inf", "10"),
    ],
)
def test_every_form_of_retry_after_is_written_back_as_clamped_digits(given, expected, monkeypatch):
    monkeypatch.setattr("core.transport.datetime", _FrozenClock)
    response = _clamp(httpx.Response(503, headers={"Retry-After": given}))
    assert response.headers["Retry-After"] == expected


def test_the_sync_transport_used_for_uploads_is_clamped_too(server, token, monkeypatch):
    """Uploads go through the client's synchronous half, which retries GETs as the async one does."""
    monkeypatch.setattr("core.transport.MAX_RETRY_AFTER", 1)
    server.injected.append(Injected(503, "Unavailable", "busy", method="GET", headers={"Retry-After": "3600"}))
    service = ReplicateService(lambda: token, server.base_url)

    async def sync_client():
        return service._client()  # the app's own client: its transport is ClampedRetryAfter

    client = run_async(sync_client())
    got: list[object] = []
    began = time.monotonic()
    worker = threading.Thread(target=lambda: got.append(client.accounts.current()), daemon=True)
    worker.start()
    worker.join(20)  # unclamped, the client would sleep an hour here
    assert got and got[0].username == "local-tester"
    assert 0.9 < time.monotonic() - began < 5


def test_a_direct_sync_request_gets_the_clamped_header(server, token):
    server.injected.append(Injected(503, "Unavailable", "busy", method="POST", headers={"Retry-After": "3600"}))
    transport = ClampedRetryAfter()
    try:
        request = httpx.Request("POST", f"{server.base_url}/v1/files", headers={"Authorization": f"Bearer {token}"})
        response = transport.handle_request(request)
        response.read()
    finally:
        transport.close()
    assert response.status_code == 503 and response.headers["Retry-After"] == str(MAX_RETRY_AFTER)
