"""The local server's contract: what the official `replicate` client, unpatched, gets from it over
real HTTP (the shapes of Replicate's API). These test the stand-in, so that app tests can trust it."""

import pytest
import replicate
from replicate.exceptions import ReplicateError

from tests.conftest import run_async

LLAMA = "meta/meta-llama-3-8b-instruct"


@pytest.fixture
def client(server, token):
    return replicate.Client(api_token=token, base_url=server.base_url)


def test_run_and_stream(client):
    out = client.run(LLAMA, input={"prompt": "hi", "max_tokens": 6})
    assert len(list(out)) == 6
    tokens = [str(e) for e in client.stream(LLAMA, input={"prompt": "hi", "max_tokens": 6}) if str(e)]
    assert len(tokens) == 6


def test_async_run_and_async_stream(server, token):
    async def scenario():
        client = replicate.Client(api_token=token, base_url=server.base_url)
        out = await client.async_run(LLAMA, input={"prompt": "hi", "max_tokens": 5})
        collected = [t async for t in out] if hasattr(out, "__aiter__") else list(out)
        streamed = [str(e) async for e in await client.async_stream(LLAMA, input={"prompt": "hi", "max_tokens": 5})]
        images = await client.async_run("stability-ai/sdxl", input={"prompt": "x", "width": 64, "height": 64})
        return collected, [s for s in streamed if s], images

    collected, streamed, images = run_async(scenario())
    assert len(collected) == 5 and len(streamed) == 5
    assert images[0].startswith(server.base_url + "/files/")  # http: outputs stay plain strings


def test_predictions_create_get_cancel_and_models_get(server, token):
    async def scenario():
        client = replicate.Client(api_token=token, base_url=server.base_url)
        model = await client.models.async_get(LLAMA)
        created = await client.predictions.async_create(
            version=model.latest_version.id, input={"prompt": "a long answer"}
        )
        fetched = await client.predictions.async_get(created.id)
        canceled = await client.predictions.async_cancel(created.id)
        return model, created, fetched, canceled

    server.predictions.pace.start_delay = 1.0
    model, created, fetched, canceled = run_async(scenario())
    assert model.owner == "meta" and model.default_example.status == "succeeded"
    assert created.status == "starting" and fetched.id == created.id
    assert canceled.status == "canceled" and server.predictions.get(created.id).cancel_requested


def test_prefer_wait_returns_a_finished_prediction(client):
    prediction = client.predictions.create(
        version=client.models.get("stability-ai/sdxl").latest_version.id,
        input={"prompt": "x", "width": 32, "height": 32},
        wait=True,
    )
    assert prediction.status == "succeeded" and prediction.completed_at


def test_error_shapes(server, token):
    bad = replicate.Client(api_token="nope", base_url=server.base_url)
    with pytest.raises(ReplicateError) as caught:
        bad.accounts.current()
    assert caught.value.status == 401 and caught.value.title == "Unauthenticated"
    good = replicate.Client(api_token=token, base_url=server.base_url)
    with pytest.raises(ReplicateError) as caught:
        good.models.get("nobody/nothing")
    assert caught.value.status == 404
    with pytest.raises(ReplicateError) as caught:
        good.run("stability-ai/sdxl", input={"prompt": "x", "scheduler": "NOPE"})
    assert caught.value.status == 422 and "input.scheduler" in caught.value.detail


def test_listing_is_paginated(server, token):
    server.page_size = 2
    client = replicate.Client(api_token=token, base_url=server.base_url)
    ids = {
        client.predictions.create(
            version=client.models.get(LLAMA).latest_version.id, input={"prompt": str(i), "max_tokens": 1}
        ).id
        for i in range(5)
    }
    seen, page = [], client.predictions.list()
    while True:
        seen += [p.id for p in page.results]
        if not page.next:
            break
        page = client.predictions.list(page.next)
    assert sorted(seen) == sorted(ids)


def test_a_failed_model_raises_model_error(client):
    with pytest.raises(replicate.exceptions.ModelError) as caught:
        client.run("stability-ai/sdxl", input={"prompt": "x #fail", "width": 32, "height": 32})
    assert "out of memory" in str(caught.value)
