"""Finding models on Replicate: search, collections, a model's page and its versions. Every answer
is kept in the local catalog, which answers first (and alone, offline)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from .i18n import translate
from .model_catalog import Collection, ModelCatalog
from .model_info import ModelInfo
from .model_ref import ModelRef, is_name_part
from .model_summary import ModelSummary
from .replicate_service import ReplicateService

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # a collection's name, as it goes into a path
SEARCH_TIMEOUT = 15.0  # seconds: a search that takes longer says so in place
MAX_PAGES = 5  # of a version list: a card shows the recent ones


@dataclass(frozen=True)
class VersionSummary:
    id: str
    created_at: str = ""


class ModelDirectory:
    def __init__(self, service: ReplicateService, catalog: ModelCatalog) -> None:
        self.service = service
        self.catalog = catalog

    async def _json(self, method: str, path: str, **options: Any) -> Any:
        return await self.service.json(method, path, timeout=SEARCH_TIMEOUT, **options)

    async def search(self, text: str, limit: int = 30) -> list[ModelSummary]:
        """Replicate's search (GET /v1/search), or where a server has none, the model query
        (QUERY /v1/models); what is found is kept in the catalog."""
        from replicate.exceptions import ReplicateError

        query = " ".join(text.split())
        try:
            answer = await self._json("GET", "/v1/search", params={"query": query, "limit": min(limit, 50)})
            items = answer.get("models") if isinstance(answer, dict) else None
            found = await _summaries_of([item.get("model") for item in _items(items)])
        except ReplicateError as error:
            if error.status not in (404, 405, 501):
                raise
            answer = await self._json("QUERY", "/v1/models", content=query, headers={"Content-Type": "text/plain"})
            found = await _summaries_of(_results(answer))
        models = [model for model in found if model is not None][:limit]
        await self.catalog.remember(models)
        return models

    async def info(self, ref: ModelRef) -> ModelInfo:
        """What a model takes and gives (for the form), its page kept in the catalog."""
        info, page = await self.service.model_page(ref)
        if page is not None:
            await self.catalog.remember([page])
        return info

    async def model(self, ref: ModelRef) -> ModelSummary:
        """A model's page (GET /v1/models/{owner}/{name}), kept in the catalog."""
        answer = await self._json("GET", f"/v1/models/{ref.owner}/{ref.name}")
        found = ModelSummary.from_api(answer)
        if found is None:
            raise ValueError("Replicate's answer is not a model")
        await self.catalog.remember([found])
        return found

    async def collections(self) -> list[Collection]:
        answer = await self._json("GET", "/v1/collections")
        found = [
            Collection(item["slug"], item["name"], _text(item.get("description")))
            for item in _results(answer)
            if isinstance(item.get("slug"), str) and _SLUG.match(item["slug"]) and isinstance(item.get("name"), str)
        ]
        await self.catalog.remember_collections(found)
        return found

    async def collection(self, slug: str) -> list[ModelSummary]:
        if not _SLUG.match(slug):
            raise ValueError("not a collection's name")
        answer = await self._json("GET", f"/v1/collections/{slug}")
        items = answer.get("models") if isinstance(answer, dict) else None
        models = [model for model in await _summaries_of(_items(items)) if model is not None]
        await self.catalog.remember_collection_models(slug, models)
        return models

    async def deployments(self) -> list[ModelSummary]:
        """The account's deployments (GET /v1/deployments), as rows to pick: each runs the model
        version of its current release."""
        found: list[ModelSummary] = []
        async for item in self._pages("/v1/deployments"):
            owner, name = item.get("owner"), item.get("name")
            release = item.get("current_release")
            release = release if isinstance(release, dict) else {}
            model = release.get("model") if isinstance(release.get("model"), str) else ""
            if not (isinstance(owner, str) and isinstance(name, str) and is_name_part(owner) and is_name_part(name)):
                continue
            number = release.get("number")
            if not model:
                described = translate("ModelDirectory", "No release yet.")
            elif isinstance(number, int):
                described = translate("ModelDirectory", "Runs {model} (release {number}).").format(
                    model=model, number=number
                )
            else:
                described = translate("ModelDirectory", "Runs {model}.").format(model=model)
            found.append(ModelSummary(owner, name, described, deployment=True))
        return found

    async def _pages(self, path: str) -> AsyncIterator[dict[str, Any]]:
        """The results of a paginated list, page by page (at most MAX_PAGES)."""
        following: str | None = path
        for _ in range(MAX_PAGES):
            if following is None:
                return
            answer = await self._json("GET", following)
            for item in _results(answer):
                yield item
            following = self.service.page_link(answer.get("next") if isinstance(answer, dict) else None)

    async def versions(self, ref: ModelRef) -> list[VersionSummary]:
        """The model's versions, newest first (GET /v1/models/{owner}/{name}/versions)."""
        found: list[VersionSummary] = []
        async for item in self._pages(f"/v1/models/{ref.owner}/{ref.name}/versions"):
            if isinstance(item.get("id"), str):
                created = item.get("created_at")
                found.append(VersionSummary(item["id"], created if isinstance(created, str) else ""))
        return found


async def _summaries_of(items: list[Any]) -> list[ModelSummary | None]:
    """Read in a worker thread: checking a model's example measures it as JSON."""
    return await asyncio.to_thread(lambda: [ModelSummary.from_api(item) for item in items])


def _text(value: Any) -> str:
    return value[:2000] if isinstance(value, str) else ""


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _results(answer: Any) -> list[dict[str, Any]]:
    return _items(answer.get("results")) if isinstance(answer, dict) else []
