"""The local server's contract: what the official `replicate` client, unpatched, gets from it over
real HTTP (the shapes of Replicate's API). These test the stand-in, so that app tests can trust it."""

import asyncio
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import replicate
from replicate.exceptions import ReplicateError

from tests.conftest import run_async
from tests.local_replicate.catalog import OFFICIAL
from tests.local_replicate.history import HISTORY_MODELS
from tests.local_replicate.server import Injected

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


# --- search, model lists, collections, deployments, covers, the account's history -------------
MODEL_KEYS = {  # schemas_model_response in Replicate's spec
    "cover_image_url", "default_example", "description", "github_url", "is_official", "latest_version",
    "license_url", "name", "owner", "paper_url", "run_count", "url", "visibility",
}  # fmt: skip
PREDICTION_KEYS = {"id", "model", "version", "input", "output", "data_removed", "error", "status", "created_at", "urls"}
LLAMAS = ["meta-llama-3-8b-instruct", "meta-llama-3-70b-instruct", "meta-llama-3-8b", "llama-2-13b-embeddings"]


@pytest.fixture
def api(server, token):
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}) as http:
        yield http


@pytest.fixture
def bare():
    """A client with no token, as for Replicate's file host."""
    with httpx.Client() as http:
        yield http


def assert_model(server, model: dict) -> None:
    assert MODEL_KEYS <= set(model)
    cover = model["cover_image_url"]
    assert cover is None or cover.startswith(server.base_url + "/covers/")  # never replicate.delivery


def test_search_shape_and_ranking(server, api):
    found = httpx.get(f"{server.base_url}/v1/search", params={"query": "LLaMA", "limit": 10})  # no token needed
    assert found.status_code == 200 and found.headers["Content-Type"] == "application/json"
    body = found.json()
    assert set(body) == {"query", "models", "collections", "pages"} and body["query"] == "LLaMA"
    assert [m["model"]["name"] for m in body["models"]] == LLAMAS  # name matches, then the most run
    for item in body["models"]:
        assert set(item) == {"model", "metadata"}
        assert set(item["metadata"]) == {"generated_description", "tags", "score"}
        assert_model(server, item["model"])
    assert body["models"][0]["metadata"]["tags"] == ["text-generation"]
    scores = [m["metadata"]["score"] for m in body["models"]]
    assert scores == sorted(scores, reverse=True)
    assert len(api.get("/v1/search", params={"query": "llama", "limit": 2}).json()["models"]) == 2
    words = api.get("/v1/search", params={"query": "meta instruct 70b"}).json()["models"]
    assert [m["model"]["name"] for m in words] == ["meta-llama-3-70b-instruct"]  # every word must match
    images = api.get("/v1/search", params={"query": "image"}).json()
    assert {"name", "slug", "description", "models"} <= set(images["collections"][0])
    assert "text-to-image" in [c["slug"] for c in images["collections"]]


@pytest.mark.parametrize("params", [{}, {"query": "  "}, {"query": "x", "limit": 0}, {"query": "x", "limit": "many"}])
def test_search_rejects_a_missing_query_or_a_bad_limit(api, params):
    answer = api.get("/v1/search", params=params)
    assert answer.status_code == 400 and answer.headers["Content-Type"] == "application/problem+json"
    assert set(answer.json()) == {"detail", "status"}


def test_a_search_failure_can_be_injected(server, api):
    server.injected.append(Injected(500, "Internal Server Error", "Search service error", method="GET"))
    assert api.get("/v1/search", params={"query": "llama"}).json()["detail"] == "Search service error"
    assert api.get("/v1/search", params={"query": "llama"}).status_code == 200


def test_search_delay_lets_an_older_query_answer_last(server, token):
    server.search_delay = lambda query: 0.5 if query == "lla" else 0.0

    async def scenario():
        async with httpx.AsyncClient(base_url=server.base_url) as http:
            answered = []

            async def search(query, after):
                await asyncio.sleep(after)
                answer = await http.get("/v1/search", params={"query": query})
                answered.append((query, [m["model"]["name"] for m in answer.json()["models"]]))

            await asyncio.gather(search("lla", 0), search("llama", 0.1))
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/plain"}
            started = time.monotonic()
            await http.request("QUERY", "/v1/models", content="lla", headers=headers)
            return answered, time.monotonic() - started

    answered, query_took = run_async(scenario())
    assert [query for query, _ in answered] == ["llama", "lla"]  # the older query answered last
    assert answered[0][1] == LLAMAS and "llava-v1.6-mistral-7b" in answered[1][1]  # "lla" finds llava too
    assert query_took >= 0.5 and server.searches == ["lla", "llama", "lla"]


def test_models_search_list_and_pagination(server, client, api):
    assert [m.name for m in client.models.search("llama").results] == LLAMAS
    server.page_size = 3
    headers = {"Content-Type": "text/plain"}
    names, url = [], "/v1/models"
    while url:  # the next page: the same QUERY, sent to the `next` URL
        page = api.request("QUERY", url, content="llama", headers=headers).json()
        assert set(page) == {"next", "previous", "results"}
        names, url = names + [m["name"] for m in page["results"]], page["next"]
    assert names == LLAMAS
    assert api.request("QUERY", "/v1/models", content=" ", headers=headers).status_code == 400
    server.page_size = 10
    listed, page = [], client.models.list()
    while True:
        listed += page.results
        if not page.next:
            break
        page = client.models.list(page.next)
    assert len({m.id for m in listed}) == len(listed) == 75
    latest = [m.latest_version.created_at for m in listed]
    assert latest == sorted(latest, reverse=True)  # Replicate's default order
    oldest = api.get("/v1/models", params={"sort_by": "model_created_at", "sort_direction": "asc"}).json()
    assert oldest["next"].endswith("sort_by=model_created_at&sort_direction=asc&cursor=10")
    created = [m["created_at"] for m in oldest["results"]]
    assert created == sorted(created) and all(assert_model(server, m) is None for m in oldest["results"])
    assert api.get("/v1/models", params={"sort_by": "name"}).status_code == 400
    assert api.get("/v1/models", params={"cursor": "nope"}).status_code == 400


EXPECTED_COLLECTIONS = {
    "text-generation": 6, "text-to-image": 16, "super-resolution": 1, "image-restoration": 2, "image-to-text": 4,
    "speech-to-text": 4, "text-to-speech": 2, "ai-music-generation": 3, "video": 5, "embedding-models": 12,
    "official": 2,
}  # fmt: skip


def test_collections(server, client, api):
    server.page_size = 4
    slugs, page = [], client.collections.list()
    while True:
        slugs += [c.slug for c in page.results]
        if not page.next:
            break
        page = client.collections.list(page.next)
    assert slugs == list(EXPECTED_COLLECTIONS)
    assert set(api.get("/v1/collections").json()["results"][0]) == {"name", "slug", "description"}
    for slug, count in EXPECTED_COLLECTIONS.items():
        collection = client.collections.get(slug)
        assert len(collection) == count and collection.name and collection.description
    body = api.get("/v1/collections/super-resolution").json()
    assert set(body) == {"name", "slug", "description", "full_description", "models"}
    assert [m["name"] for m in body["models"]] == ["real-esrgan"]
    assert_model(server, body["models"][0])
    assert {m.id for m in client.collections.get("official")} == set(OFFICIAL)
    assert [m.name for m in client.collections.get("text-generation")][:2] == LLAMAS[:2]
    with pytest.raises(ReplicateError) as caught:
        client.collections.get("no-such-collection")
    assert caught.value.status == 404


def test_covers_are_served_here(server, api, bare):
    sdxl = api.get("/v1/models/stability-ai/sdxl").json()
    assert sdxl["cover_image_url"] == f"{server.base_url}/covers/stability-ai/sdxl.png"
    cover = bare.get(sdxl["cover_image_url"])  # without a token, as from Replicate's file host
    assert cover.status_code == 200 and cover.headers["Content-Type"] == "image/png"
    assert cover.content.startswith(b"\x89PNG\r\n\x1a\n")
    server.page_size = 100
    covers = [m["cover_image_url"] for m in api.get("/v1/models").json()["results"]]
    assert all(bare.get(url).status_code == 200 for url in covers if url)
    assert covers.count(None) == 12  # the models with no cover on Replicate keep none
    assert bare.get(f"{server.base_url}/covers/nobody/nothing.png").status_code == 404


def test_deployments_and_their_predictions(server, client, api):
    page = client.deployments.list()
    assert [d.id for d in page.results] == ["local-tester/my-llama", "local-tester/my-sdxl"]
    raw = api.get("/v1/deployments/local-tester/my-llama").json()
    assert set(raw) == {"owner", "name", "current_release"}
    assert set(raw["current_release"]) == {"number", "model", "version", "created_at", "created_by", "configuration"}
    deployment = client.deployments.get("local-tester/my-llama")
    release = deployment.current_release
    assert release.model == LLAMA and release.version == client.models.get(LLAMA).latest_version.id
    created = deployment.predictions.create(input={"prompt": "hi", "max_tokens": 4}, stream=True)
    created.wait()
    assert created.status == "succeeded" and len(created.output) == 4 and "stream" in created.urls
    shown = api.get(f"/v1/predictions/{created.id}").json()
    assert shown["deployment"] == "local-tester/my-llama" and shown["model"] == LLAMA and PREDICTION_KEYS <= set(shown)
    assert server.predictions.get(created.id).deployment == "local-tester/my-llama"
    images = client.deployments.predictions.create("local-tester/my-sdxl", input={"prompt": "x", "width": 8}, wait=True)
    assert images.status == "succeeded" and images.output[0].startswith(server.base_url + "/files/")
    assert ("POST", "/v1/deployments/local-tester/my-sdxl/predictions") in [r[:2] for r in server.requests]
    with pytest.raises(ReplicateError) as caught:
        client.deployments.predictions.create("local-tester/my-sdxl", input={"prompt": "x", "scheduler": "NOPE"})
    assert caught.value.status == 422 and "input.scheduler" in caught.value.detail
    for missing in ("local-tester/nothing", "someone-else/my-llama"):
        with pytest.raises(ReplicateError) as caught:
            client.deployments.predictions.create(missing, input={"prompt": "x"})
        assert caught.value.status == 404
    assert api.get("/v1/deployments/local-tester/nothing").status_code == 404


def test_account_history_with_removed_data(server, client, api, bare):
    made = server.seed_account_history(120, expired=45)
    assert len(made) == 120 and sum(p.data_removed for p in made) == 45
    listed, page = [], client.predictions.list()
    while True:
        listed += page.results
        if not page.next:
            break
        page = client.predictions.list(page.next)
    assert [p.id for p in listed] == [p.id for p in made]  # 100 a page, newest first
    assert {p.model for p in listed} == set(HISTORY_MODELS)
    raw = {p["id"]: p for p in api.get("/v1/predictions").json()["results"]}
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    for prediction in made[:100]:
        shown = raw[prediction.id]
        assert PREDICTION_KEYS <= set(shown) and shown["status"] == "succeeded"
        old = datetime.fromisoformat(shown["created_at"]) < hour_ago
        assert shown["data_removed"] is old is prediction.data_removed
        if old:
            assert shown["output"] is None and shown["input"] == {} and shown["logs"] == ""
        else:
            assert shown["output"] and shown["input"]["prompt"]
    days = {datetime.fromisoformat(p.created_at).date() for p in made}
    assert len(days) >= 5  # spread over the past week
    image_urls = [(p.data_removed, p.output[0]) for p in made if p.model_name == "stability-ai/sdxl"]
    assert {bare.get(url).status_code for removed, url in image_urls if not removed} == {200}
    assert {bare.get(url).status_code for removed, url in image_urls if removed} == {404}
    recent = api.get("/v1/predictions", params={"created_after": hour_ago.isoformat()}).json()
    assert len(recent["results"]) == 75 and not any(p["data_removed"] for p in recent["results"])
    older = api.get("/v1/predictions", params={"created_before": hour_ago.isoformat()}).json()["results"]
    assert len(older) == 45 and all(p["data_removed"] for p in older)
    assert api.get("/v1/predictions", params={"source": "web"}).json()["results"] == []


def test_aborted_paused_and_removed_predictions_as_replicate_gives_them(server, client, api):
    """The statuses the simulated models never reach, given by the store's switches; the official
    client rejects `aborted` (pydantic), which is why the app reads predictions as raw JSON."""
    from pydantic.v1 import ValidationError

    server.predictions.pace.start_delay = 5.0
    made = client.predictions.create(version=client.models.get(LLAMA).latest_version.id, input={"prompt": "x"})
    server.predictions.set_status(made.id, "paused")
    assert api.get(f"/v1/predictions/{made.id}").json()["status"] == "paused"
    server.predictions.set_status(made.id, "aborted")
    shown = api.get(f"/v1/predictions/{made.id}").json()
    assert shown["status"] == "aborted" and shown["completed_at"]
    with pytest.raises(ValidationError):
        client.predictions.get(made.id)
    server.predictions.mark_removed(made.id)
    shown = api.get(f"/v1/predictions/{made.id}").json()
    assert shown["data_removed"] is True and shown["output"] is None and shown["input"] == {}
    assert "stream" not in shown["urls"]


def test_stream_faults_and_resuming_after_last_event_id(server, token):
    """The stream host's switches: an HTML error page, a drop after N events, and a resume that
    sends only the events after `Last-Event-ID`."""
    from tests.local_replicate.stream_host import StreamFault, StreamHost

    server.predictions.pace.token_delay = 0.001
    with StreamHost(server) as host:
        server.stream_base_url = host.base_url
        made = replicate.Client(api_token=token, base_url=server.base_url).predictions.create(
            version=server.catalog.model("meta", "meta-llama-3-8b-instruct")["latest_version"]["id"],
            input={"prompt": "x", "max_tokens": 10},
            stream=True,
        )
        server.predictions.wait_done(server.predictions.get(made.id), 10)
        url = made.urls["stream"]
        host.faults.extend([StreamFault("status", status=502), StreamFault("drop", after=3)])
        refused = httpx.get(url)
        assert refused.status_code == 502 and refused.headers["Content-Type"] == "text/html"
        dropped = httpx.get(url).text
        assert dropped.count("id: ") == 3 and "event: done" not in dropped
        rest = httpx.get(url, headers={"Last-Event-ID": "3"}).text
        ids = [int(line[4:]) for line in rest.splitlines() if line.startswith("id: ")]
        assert ids[0] == 4 and "event: done" in rest
        assert host.last_event_ids == [None, None, "3"]
