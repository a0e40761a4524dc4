"""The local server's endpoints for finding models and what the account has: search
(`GET /v1/search`, `QUERY /v1/models`), the model list, collections, deployments (and their
predictions), and the models' cover images, served here instead of by replicate.delivery."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from .api_errors import NOT_FOUND, ApiError
from .deployments import Deployment
from .outputs import png_bytes
from .search import REQUIRED, matching_collections, metadata, rank

if TYPE_CHECKING:
    from .server import LocalReplicate

BROWSE_ROUTES = [
    ("GET", r"/v1/search", "search"),
    ("GET", r"/v1/models", "list_models"),
    ("QUERY", r"/v1/models", "query_models"),
    ("GET", r"/v1/collections", "collections"),
    ("GET", r"/v1/collections/(?P<slug>[^/]+)", "collection"),
    ("GET", r"/v1/deployments", "deployments"),
    ("GET", r"/v1/deployments/(?P<owner>[^/]+)/(?P<name>[^/]+)", "deployment"),
    ("POST", r"/v1/deployments/(?P<owner>[^/]+)/(?P<name>[^/]+)/predictions", "create_by_deployment"),
    ("GET", r"/covers/(?P<owner>[^/]+)/(?P<file>[^/]+)", "cover"),
]
# Answered without a token: the search (its operation in the spec has `security: []`) and the
# cover images (files on Replicate's file host).
WITHOUT_AUTH = frozenset({"search", "cover"})
SORTS = {"latest_version_created_at", "model_created_at"}
COVER_SIZE = (96, 64)


def cover_png(model_id: str) -> bytes:
    """A small real PNG standing in for the model's cover, its colours its own."""
    return png_bytes(*COVER_SIZE, seed=zlib.crc32(model_id.encode()))


def _bad(detail: str) -> ApiError:
    return ApiError(400, None, detail)


class BrowseHandlers:
    """Handlers mixed into the server's request handler (which gives `app`, `query`, `_send_json`,
    `_send_bytes` and `_create`)."""

    app: LocalReplicate
    query: dict[str, list[str]]
    headers: Any  # the request's headers (an email.message.Message)

    if TYPE_CHECKING:

        def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None: ...
        def _send_bytes(self, data: bytes, content_type: str) -> None: ...
        def _create(self, model: dict, version: dict, body: dict, deployment: str | None = None) -> None: ...

    # --- helpers -----------------------------------------------------------------
    def _param(self, name: str, default: str = "") -> str:
        return self.query.get(name, [default])[-1]

    def _page(self, items: list, path: str) -> tuple[list, str | None, str | None]:
        """This request's page of the items: (page, next URL, previous URL), cursor-paged; the
        links keep the request's other query parameters."""
        try:
            start = int(self._param("cursor", "0") or 0)
        except ValueError:
            raise _bad("Invalid cursor.") from None
        if start < 0:
            raise _bad("Invalid cursor.")
        size = self.app.page_size
        others = {key: values[-1] for key, values in self.query.items() if key != "cursor"}

        def link(at: int) -> str:
            return f"{self.app.base_url}{path}?{urlencode({**others, 'cursor': at})}"

        following = link(start + size) if start + size < len(items) else None
        preceding = link(max(0, start - size)) if start > 0 else None
        return items[start : start + size], following, preceding

    def _send_page(self, items: list, path: str) -> None:
        page, following, preceding = self._page(items, path)
        self._send_json(200, {"next": following, "previous": preceding, "results": page})

    def _searched(self, query: str) -> None:
        """Note the query, then hold the answer as long as the test's `search_delay` says."""
        self.app.searches.append(query)
        delay = self.app.search_delay(query)
        if delay > 0:
            self.app.stopping.wait(delay)

    # --- search ------------------------------------------------------------------
    def h_search(self, body: dict) -> None:
        query = self._param("query")
        if not query.strip():
            raise _bad(REQUIRED)
        try:
            limit = int(self._param("limit", "20"))
        except ValueError:
            limit = 0
        if not 1 <= limit <= 50:
            raise _bad("limit must be an integer between 1 and 50")
        self._searched(query)
        collections = self.app.collections
        hits = rank(self.app.catalog.models(), query)[:limit]
        self._send_json(
            200,
            {
                "query": query,
                "models": [
                    {"model": self.app.served_model(hit.model), "metadata": metadata(hit.model, hit.score, collections)}
                    for hit in hits
                ],
                "collections": matching_collections(collections, query),
                "pages": [],
            },
        )

    def h_query_models(self, body: dict) -> None:
        content_type = self.headers.get("Content-Type", "")
        if content_type.split(";")[0].strip().lower() != "text/plain":
            raise ApiError(415, "Unsupported media type", "The search query must be sent as text/plain.")
        query = body.get("text", "")
        if not query.strip():
            raise _bad("The request body must hold a search query.")
        self._searched(query)
        found = [self.app.served_model(hit.model) for hit in rank(self.app.catalog.models(), query)]
        self._send_page(found, "/v1/models")

    def h_list_models(self, body: dict) -> None:
        sort_by = self._param("sort_by", "latest_version_created_at")
        direction = self._param("sort_direction", "desc")
        if sort_by not in SORTS or direction not in ("asc", "desc"):
            raise _bad("sort_by must be one of latest_version_created_at, model_created_at; sort_direction asc or desc")

        def when(model: dict) -> str:
            if sort_by == "model_created_at":
                return model.get("created_at") or ""
            return (model.get("latest_version") or {}).get("created_at") or ""

        models = sorted(self.app.catalog.models(), key=lambda m: (when(m), m["owner"], m["name"]))
        if direction == "desc":
            models.reverse()
        self._send_page([self.app.served_model(m) for m in models], "/v1/models")

    # --- collections -----------------------------------------------------------------
    def h_collections(self, body: dict) -> None:
        self._send_page([c.summary() for c in self.app.collections], "/v1/collections")

    def h_collection(self, body: dict, slug: str) -> None:
        found = next((c for c in self.app.collections if c.slug == slug), None)
        if found is None:
            raise NOT_FOUND
        models = [self.app.catalog.model(*model_id.split("/")) for model_id in found.models]
        self._send_json(
            200,
            {
                **found.summary(),
                "full_description": found.full_description(),
                "models": [self.app.served_model(m) for m in models if m is not None],
            },
        )

    # --- deployments ---------------------------------------------------------------
    def _deployment(self, owner: str, name: str) -> Deployment:
        found = self.app.deployments.get(f"{owner}/{name}")
        if found is None:
            raise NOT_FOUND
        return found

    def h_deployments(self, body: dict) -> None:
        newest = sorted(self.app.deployments.values(), key=lambda d: (d.created_at, d.name), reverse=True)
        self._send_page([d.to_json() for d in newest], "/v1/deployments")

    def h_deployment(self, body: dict, owner: str, name: str) -> None:
        self._send_json(200, self._deployment(owner, name).to_json())

    def h_create_by_deployment(self, body: dict, owner: str, name: str) -> None:
        deployment = self._deployment(owner, name)
        model_owner, model_name = deployment.model.split("/")
        model = self.app.catalog.model(model_owner, model_name)
        version = self.app.catalog.version(model_owner, model_name, deployment.version)
        if model is None or version is None:
            raise NOT_FOUND
        self._create(model, version, body, deployment=deployment.id)

    # --- covers ------------------------------------------------------------------
    def h_cover(self, body: dict, owner: str, file: str) -> None:
        name, dot, suffix = file.rpartition(".")
        if not dot or suffix != "png" or self.app.catalog.model(owner, name) is None:
            raise NOT_FOUND
        self._send_bytes(cover_png(f"{owner}/{name}"), "image/png")
