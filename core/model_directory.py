"""Finding models on Replicate: search, collections, a model's page and its versions. Every answer
is kept in the local catalog, which answers first (and alone, offline)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from .model_catalog import Collection, ModelCatalog
from .model_info import ModelInfo
from .model_ref import ModelRef
from .model_summary import ModelSummary
from .origins import same_origin
from .replicate_service import ReplicateService

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
        client = self.service.client()
        response = await asyncio.wait_for(client._async_request(method, path, **options), SEARCH_TIMEOUT)
        return response.json()

    async def search(self, text: str, limit: int = 30) -> list[ModelSummary]:
        """Replicate's search (GET /v1/search), or where a server has none, the model query
        (QUERY /v1/models); what is found is kept in the catalog."""
        from replicate.exceptions import ReplicateError

        query = " ".join(text.split())
        try:
            answer = await self._json("GET", "/v1/search", params={"query": query, "limit": min(limit, 50)})
            items = answer.get("models") if isinstance(answer, dict) else None
            found = [ModelSummary.from_api(item.get("model")) for item in _items(items)]
        except ReplicateError as error:
            if error.status not in (404, 405, 501):
                raise
            answer = await self._json("QUERY", "/v1/models", content=query, headers={"Content-Type": "text/plain"})
            found = [ModelSummary.from_api(item) for item in _results(answer)]
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
            Collection(item["slug"], item["name"], item.get("description") or "")
            for item in _results(answer)
            if isinstance(item.get("slug"), str) and isinstance(item.get("name"), str)
        ]
        await self.catalog.remember_collections(found)
        return found

    async def collection(self, slug: str) -> list[ModelSummary]:
        answer = await self._json("GET", f"/v1/collections/{slug}")
        items = answer.get("models") if isinstance(answer, dict) else None
        models = [model for model in map(ModelSummary.from_api, _items(items)) if model is not None]
        await self.catalog.remember_collection_models(slug, models)
        return models

    async def versions(self, ref: ModelRef) -> list[VersionSummary]:
        """The model's versions, newest first (GET /v1/models/{owner}/{name}/versions)."""
        found: list[VersionSummary] = []
        path: str | None = f"/v1/models/{ref.owner}/{ref.name}/versions"
        for _ in range(MAX_PAGES):
            if path is None:
                break
            answer = await self._json("GET", path)
            for item in _results(answer):
                if isinstance(item.get("id"), str):
                    created = item.get("created_at")
                    found.append(VersionSummary(item["id"], created if isinstance(created, str) else ""))
            following = answer.get("next") if isinstance(answer, dict) else None
            # A page link goes only where the list came from: it carries the token.
            base = str(self.service.client()._async_client.base_url)
            path = following if isinstance(following, str) and same_origin(following, base) else None
        return found


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _results(answer: Any) -> list[dict[str, Any]]:
    return _items(answer.get("results")) if isinstance(answer, dict) else []
