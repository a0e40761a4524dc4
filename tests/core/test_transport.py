"""The official client obeys Retry-After without a cap; ours is clamped beneath it."""

import time

from core.model_ref import ModelRef
from core.replicate_service import ReplicateService
from tests.conftest import run_async
from tests.local_replicate.server import Injected


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
