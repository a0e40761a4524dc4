"""The local catalog of models (core/model_catalog.py): a real SQLite file in a temporary folder."""

from __future__ import annotations

import json

import pytest

from core.model_catalog import Collection, ModelCatalog
from core.model_summary import ModelSummary
from tests.conftest import run_async
from tests.local_replicate.catalog import FIXTURE


def fixture_models() -> list[ModelSummary]:
    found = [ModelSummary.from_api(model) for model in json.loads(FIXTURE.read_text(encoding="utf-8"))]
    return [model for model in found if model is not None]


def test_every_fixture_model_reads_as_a_summary():
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    models = fixture_models()
    assert len(models) == len(raw)
    llama = next(m for m in models if m.slug == "meta/meta-llama-3-8b-instruct")
    assert llama.run_count > 0 and llama.description and llama.latest_version
    assert llama.example_input.get("prompt")


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"owner": "a"},
        {"owner": "a b", "name": "c"},
        {"owner": "a", "name": "b/c"},
        {"owner": 3, "name": "b"},
    ],
)
def test_what_is_not_a_model_is_left_out(data):
    assert ModelSummary.from_api(data) is None


def test_fields_of_the_wrong_type_or_links_that_are_not_web_links_are_dropped():
    summary = ModelSummary.from_api(
        {
            "owner": "a",
            "name": "b",
            "description": ["not", "text"],
            "run_count": "many",
            "cover_image_url": "file:///etc/passwd",
            "github_url": "javascript:alert(1)",
            "paper_url": "https://arxiv.org/abs/1",
            "latest_version": "not an object",
            "default_example": {"input": "not an object"},
        }
    )
    assert summary == ModelSummary("a", "b", paper_url="https://arxiv.org/abs/1")
    assert ModelSummary.from_json(summary.to_json()) == summary


def test_search_finds_words_anywhere_and_ranks_names_then_popularity(tmp_path):
    async def scenario():
        catalog = ModelCatalog(tmp_path / "catalog.sqlite3")
        await catalog.remember(fixture_models())
        try:
            return (
                await catalog.count(),
                await catalog.search("llama"),
                await catalog.search("LLAMA 3 instr"),
                await catalog.search("upscale"),
                await catalog.search("zzzz-nothing"),
                await catalog.search("  "),
                await catalog.search('"; DROP TABLE models; --'),
            )
        finally:
            await catalog.close()

    count, llama, precise, upscale, nothing, empty, hostile = run_async(scenario())
    assert count == len(fixture_models())
    slugs = [m.slug for m in llama]
    assert "meta/meta-llama-3-8b-instruct" in slugs
    in_name = [s for s in slugs if "llama" in s]
    assert slugs[: len(in_name)] == in_name  # every name match before any description match
    counts = {m.slug: m.run_count for m in llama}
    assert [counts[s] for s in in_name] == sorted((counts[s] for s in in_name), reverse=True)
    assert precise[0].slug == "meta/meta-llama-3-8b-instruct"
    assert any("esrgan" in m.slug or "upscal" in m.description.lower() for m in upscale)
    assert nothing == [] and empty == [] and hostile == []


def test_newer_facts_replace_older_ones_and_the_old_words_no_longer_find_it(tmp_path):
    async def scenario():
        catalog = ModelCatalog(tmp_path / "catalog.sqlite3")
        await catalog.remember([ModelSummary("acme", "painter", "paints zebras", run_count=5)])
        await catalog.remember([ModelSummary("acme", "painter", "paints giraffes", run_count=9)])
        try:
            return await catalog.search("zebras"), await catalog.search("giraffes"), await catalog.count()
        finally:
            await catalog.close()

    zebras, giraffes, count = run_async(scenario())
    assert zebras == [] and count == 1
    assert giraffes == [ModelSummary("acme", "painter", "paints giraffes", run_count=9)]


def test_favourites_and_collections_are_kept_across_restarts(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    models = fixture_models()[:3]

    async def first():
        catalog = ModelCatalog(path)
        await catalog.set_favourite(models[0].slug, True)
        await catalog.set_favourite(models[1].slug, True)
        await catalog.set_favourite(models[1].slug, False)
        await catalog.remember_collections([Collection("text", "Text", "Words"), Collection("image", "Image")])
        await catalog.remember_collection_models("image", models)
        await catalog.close()

    async def second():
        catalog = ModelCatalog(path)
        try:
            return await catalog.favourites(), await catalog.collections(), await catalog.collection_models("image")
        finally:
            await catalog.close()

    run_async(first())
    favourites, collections, image = run_async(second())
    assert favourites == [models[0].slug]
    assert collections == [Collection("text", "Text", "Words"), Collection("image", "Image")]
    assert [m.slug for m in image] == [m.slug for m in models]


def test_a_catalog_of_a_newer_replidesk_is_left_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "catalog.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    before = path.read_bytes()

    async def scenario():
        catalog = ModelCatalog(path)
        try:
            return await catalog.search("llama")
        finally:
            await catalog.close()

    # A cache: a newer one is left alone and this session works from an empty one, in memory.
    assert run_async(scenario()) == []
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "owner, name",
    [("deployments", "mine"), ("a", "b/c"), ("a", "y:abc123"), ("https:", "x"), ("a", "")],
)
def test_a_search_result_cannot_name_a_deployment_a_version_or_a_url(owner, name):
    assert ModelSummary.from_api({"owner": owner, "name": name}) is None
