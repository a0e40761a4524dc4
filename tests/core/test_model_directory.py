"""Finding models (core/model_directory.py) and their covers (core/cover_cache.py): the official
client over real HTTP against the local server, the catalog a real SQLite file in tmp_path."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
from replicate.exceptions import ReplicateError

from core.cover_cache import CoverCache
from core.downloads import Downloader
from core.errors import explain
from core.model_catalog import Collection, ModelCatalog
from core.model_directory import ModelDirectory, VersionSummary
from core.model_ref import ModelRef
from core.replicate_service import ReplicateService
from tests.conftest import run_async
from tests.local_replicate.browse import cover_png
from tests.local_replicate.search import rank
from tests.local_replicate.server import Injected

LLAMA = "meta/meta-llama-3-8b-instruct"
T = TypeVar("T")


async def with_directory(
    base_url: str, token: str, folder: Path, work: Callable[[ModelDirectory, ModelCatalog], Awaitable[T]]
) -> T:
    """A directory over a fresh catalog file in `folder`, closed when `work` is done."""
    catalog = ModelCatalog(folder / "catalog.sqlite3")
    directory = ModelDirectory(ReplicateService(lambda: token, base_url, poll_interval=0.02), catalog)
    try:
        return await work(directory, catalog)
    finally:
        await catalog.close()


def served(server: Any, method: str, path: str) -> int:
    return sum(1 for m, p, _ in server.requests if m == method and p == path)


def expected_order(server: Any, query: str) -> list[str]:
    """The local server's own ranking for `query` (what its search answers), best first."""
    return [f"{hit.model['owner']}/{hit.model['name']}" for hit in rank(server.catalog.models(), query)]


# --- search ------------------------------------------------------------------------------------
def test_search_finds_llama_first_and_keeps_the_results_in_the_catalog(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        assert await catalog.search("llama") == []  # nothing known before the search
        found = await directory.search("llama")
        return found, await catalog.search("llama"), await catalog.get(LLAMA)

    found, known, kept = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert found[0].slug == LLAMA
    assert [model.slug for model in found] == expected_order(server, "llama")
    llama = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    assert found[0].run_count == llama["run_count"] and found[0].description == llama["description"]
    assert found[0].latest_version == llama["latest_version"]["id"]
    assert {model.slug for model in known} == {model.slug for model in found}
    assert kept == found[0]
    assert server.searches == ["llama"]
    assert served(server, "GET", "/v1/search") == 1 and served(server, "QUERY", "/v1/models") == 0


def test_search_words_are_sent_as_one_query_with_single_spaces(server, token, tmp_path):
    async def work(directory: ModelDirectory, _catalog: ModelCatalog):
        return await directory.search("  meta \t llama  ")

    found = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert server.searches == ["meta llama"]
    assert found[0].slug == LLAMA


@pytest.mark.parametrize("status", [404, 405, 501])
def test_where_search_is_unavailable_the_model_query_answers(server, token, tmp_path, status):
    server.injected.append(Injected(status, "Unavailable", "No search here.", method="GET"))

    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        return await directory.search("llama"), await catalog.search("llama")

    found, known = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert not server.injected  # the search met the failure
    methods = [(m, p) for m, p, _ in server.requests]
    assert methods == [("GET", "/v1/search"), ("QUERY", "/v1/models")]
    assert server.searches == ["llama"]  # only the model query reached a search handler
    assert [model.slug for model in found] == expected_order(server, "llama")
    assert found[0].slug == LLAMA
    assert {model.slug for model in known} == {model.slug for model in found}


def test_a_search_that_fails_otherwise_is_not_retried_as_a_model_query(server, token, tmp_path):
    server.injected.append(Injected(500, "Internal error", "Broken.", method="GET"))

    async def work(directory: ModelDirectory, _catalog: ModelCatalog):
        with pytest.raises(ReplicateError) as raised:
            await directory.search("llama")
        return raised.value

    error = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert error.status == 500
    assert served(server, "QUERY", "/v1/models") == 0


def stop_server(server: Any) -> None:
    """The network going away: the server closes its kept-alive connections too."""
    server.stop()


def test_the_catalog_still_answers_when_the_server_is_gone(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        await directory.search("whisper")
        stop_server(server)
        with pytest.raises(Exception) as raised:
            await directory.search("whisper")
        return raised.value, await catalog.search("whisper")

    error, known = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert explain(error).title == "Can't reach Replicate"
    assert [model.slug for model in known][0] == "openai/whisper"


# --- collections, a model, its versions ---------------------------------------------------------
def test_collections_fill_the_catalog(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        return await directory.collections(), await catalog.collections()

    found, known = run_async(with_directory(server.base_url, token, tmp_path, work))
    expected = [Collection(c.slug, c.name, c.description) for c in server.collections]
    assert found == expected
    assert known == expected  # in the server's order
    assert {"text-generation", "text-to-image", "super-resolution", "official"} <= {c.slug for c in found}


def test_a_collection_fills_the_catalog_with_its_models(server, token, tmp_path):
    wanted = next(c for c in server.collections if c.slug == "speech-to-text")

    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        await directory.collections()
        return (
            await directory.collection("speech-to-text"),
            await catalog.collection_models("speech-to-text"),
            await catalog.search("whisper"),
        )

    found, known, searched = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert [model.slug for model in found] == list(wanted.models)
    assert known == found
    assert "openai/whisper" in {model.slug for model in searched}  # searchable offline now


def test_a_missing_collection_raises_not_found(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        with pytest.raises(ReplicateError) as raised:
            await directory.collection("no-such-collection")
        return raised.value, await catalog.count()

    error, count = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert error.status == 404
    assert count == 0


def test_a_model_page_is_read_and_kept(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        return await directory.model(ModelRef.parse("stability-ai/sdxl")), await catalog.get("stability-ai/sdxl")

    found, kept = run_async(with_directory(server.base_url, token, tmp_path, work))
    sdxl = server.catalog.model("stability-ai", "sdxl")
    assert found.slug == "stability-ai/sdxl"
    assert found.description == sdxl["description"] and found.run_count == sdxl["run_count"]
    assert found.latest_version == sdxl["latest_version"]["id"]
    assert found.cover_image_url == f"{server.base_url}/covers/stability-ai/sdxl.png"
    assert kept == found


def test_a_model_that_does_not_exist_says_so_and_offers_the_search(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        with pytest.raises(ReplicateError) as raised:
            await directory.model(ModelRef.parse("nobody/nothing-here"))
        return raised.value, await catalog.get("nobody/nothing-here")

    error, kept = run_async(with_directory(server.base_url, token, tmp_path, work))
    assert error.status == 404 and kept is None
    problem = explain(error, "nobody/nothing-here")
    assert problem.title == "Model not found"
    assert "nobody/nothing-here" in problem.message
    assert "search" in problem.message.lower() and "Browse" in problem.message


def test_info_keeps_the_model_page_in_the_catalog(server, token, tmp_path):
    async def work(directory: ModelDirectory, catalog: ModelCatalog):
        return await directory.info(ModelRef.parse(LLAMA)), await catalog.get(LLAMA)

    info, kept = run_async(with_directory(server.base_url, token, tmp_path, work))
    llama = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    assert info.version_id == llama["latest_version"]["id"]
    assert kept is not None and kept.run_count == llama["run_count"]


def test_versions_lists_the_models_versions(server, token, tmp_path):
    async def work(directory: ModelDirectory, _catalog: ModelCatalog):
        return await directory.versions(ModelRef.parse(LLAMA))

    found = run_async(with_directory(server.base_url, token, tmp_path, work))
    latest = server.catalog.model("meta", "meta-llama-3-8b-instruct")["latest_version"]
    assert found == [VersionSummary(latest["id"], latest["created_at"])]
    assert served(server, "GET", "/v1/models/meta/meta-llama-3-8b-instruct/versions") == 1


# --- page links: followed only on the API's origin ----------------------------------------------
class _VersionPages(BaseHTTPRequestHandler):
    """A stand-in API whose version list has two pages; the first page's `next` is whatever the
    test sets (the local server answers only one page of versions, so it cannot give one)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        app = self.server.app  # type: ignore[attr-defined]
        app["requests"].append((self.path, self.headers.get("Authorization")))
        if self.path == "/v1/models/meta/meta-llama-3-8b-instruct/versions":
            body = {"next": app["next"], "previous": None, "results": [{"id": "page1version", "created_at": ""}]}
        elif self.path.startswith("/v1/models/meta/meta-llama-3-8b-instruct/versions?cursor=1"):
            body = {"next": None, "previous": None, "results": [{"id": "page2version", "created_at": ""}]}
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def version_pages():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _VersionPages)
    httpd.daemon_threads = True
    httpd.app = {"next": None, "requests": []}  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]
    yield f"http://{host}:{port}", httpd.app  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


def test_a_next_link_on_the_apis_origin_is_followed(version_pages, token, tmp_path):
    base, app = version_pages
    app["next"] = f"{base}/v1/models/meta/meta-llama-3-8b-instruct/versions?cursor=1"

    async def work(directory: ModelDirectory, _catalog: ModelCatalog):
        return await directory.versions(ModelRef.parse(LLAMA))

    found = run_async(with_directory(base, token, tmp_path, work))
    assert [version.id for version in found] == ["page1version", "page2version"]


@pytest.mark.parametrize("where", ["the local server", "localhost for 127.0.0.1", "https on the same port"])
def test_a_next_link_to_another_origin_is_not_followed(version_pages, server, token, tmp_path, where):
    base, app = version_pages
    port = base.rsplit(":", 1)[1]
    other = {
        "the local server": server.base_url,  # another port: another program
        "localhost for 127.0.0.1": f"http://localhost:{port}",
        "https on the same port": f"https://127.0.0.1:{port}",
    }[where]
    app["next"] = f"{other}/v1/models/meta/meta-llama-3-8b-instruct/versions?cursor=1"

    async def work(directory: ModelDirectory, _catalog: ModelCatalog):
        return await directory.versions(ModelRef.parse(LLAMA))

    found = run_async(with_directory(base, token, tmp_path, work))
    assert [version.id for version in found] == ["page1version"]
    assert [path for path, _ in app["requests"]] == ["/v1/models/meta/meta-llama-3-8b-instruct/versions"]
    assert server.requests == []  # neither the page nor the token went there


# --- covers --------------------------------------------------------------------------------------
def cover_url(server: Any, slug: str) -> str:
    return f"{server.base_url}/covers/{slug}.png"


def cover_gets(server: Any) -> list[str]:
    return [path for method, path, _ in server.requests if method == "GET" and path.startswith("/covers/")]


def test_a_cover_is_fetched_once_for_concurrent_asks_then_served_from_disk(server, tmp_path):
    covers = CoverCache(tmp_path / "covers", Downloader(tmp_path / "outputs"))
    url = cover_url(server, "stability-ai/sdxl")

    async def work():
        try:
            first = await asyncio.gather(*(covers.get(url) for _ in range(8)))
            gets_after_first = len(cover_gets(server))
            again = await covers.get(url)
            return first, gets_after_first, again
        finally:
            await covers.downloader.close()

    first, gets_after_first, again = run_async(work())
    assert gets_after_first == 1
    assert len(set(first)) == 1 and first[0] is not None
    assert first[0].parent == tmp_path / "covers"
    assert first[0].read_bytes() == cover_png("stability-ai/sdxl")
    assert again == first[0]
    assert cover_gets(server) == ["/covers/stability-ai/sdxl.png"]  # the second ask read the disk
    assert all(auth is None for _, _, auth in server.requests)  # a cover is fetched with no token


def test_the_cover_cache_keeps_under_its_cap_dropping_the_least_recently_shown(server, tmp_path):
    size = len(cover_png("stability-ai/sdxl"))
    slugs = ["stability-ai/sdxl", "openai/whisper", "nightmareai/real-esrgan", "black-forest-labs/flux-schnell"]
    sizes = {slug: len(cover_png(slug)) for slug in slugs}
    cap = sizes[slugs[-1]] + sizes[slugs[-2]] + size // 2  # room for about two covers, never three
    assert cap < sum(sorted(sizes.values())[:3])
    covers = CoverCache(tmp_path / "covers", Downloader(tmp_path / "outputs"), cap=cap)

    async def work():
        try:
            paths = []
            for slug in slugs:
                paths.append(await covers.get(cover_url(server, slug)))
                await asyncio.sleep(0.02)  # distinct modification times, for the order of use
            return paths
        finally:
            await covers.downloader.close()

    paths = run_async(work())
    assert all(path is not None for path in paths)
    kept = [path for path in (tmp_path / "covers").iterdir() if path.is_file()]
    assert sum(path.stat().st_size for path in kept) <= cap
    assert set(kept) == {paths[-1], paths[-2]}  # the newest stay, the oldest went first


def test_a_cover_shown_again_is_kept_before_one_not_shown_since(server, tmp_path):
    slugs = ["stability-ai/sdxl", "openai/whisper", "nightmareai/real-esrgan"]
    sizes = [len(cover_png(slug)) for slug in slugs]
    cap = sizes[0] + sizes[2] + min(sizes) // 2  # sdxl (shown again) and the newest fit, whisper must go
    assert cap < sum(sizes)
    covers = CoverCache(tmp_path / "covers", Downloader(tmp_path / "outputs"), cap=cap)

    async def work():
        try:
            sdxl = await covers.get(cover_url(server, slugs[0]))
            await asyncio.sleep(0.02)
            whisper = await covers.get(cover_url(server, slugs[1]))
            await asyncio.sleep(0.02)
            assert await covers.get(cover_url(server, slugs[0])) == sdxl  # shown again: now the newest used
            await asyncio.sleep(0.02)
            esrgan = await covers.get(cover_url(server, slugs[2]))
            return sdxl, whisper, esrgan
        finally:
            await covers.downloader.close()

    sdxl, whisper, esrgan = run_async(work())
    assert sdxl is not None and esrgan is not None and whisper is not None
    assert sdxl.exists() and esrgan.exists()
    assert not whisper.exists()


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "data:image/png;base64,iVBORw0KGgo=",
        "ftp://127.0.0.1/cover.png",
        "javascript:alert(1)",
        "/covers/stability-ai/sdxl.png",
        "",
    ],
)
def test_a_cover_that_is_not_a_web_link_is_refused(server, tmp_path, url):
    covers = CoverCache(tmp_path / "covers", Downloader(tmp_path / "outputs"))

    async def work():
        try:
            return await covers.get(url)
        finally:
            await covers.downloader.close()

    assert run_async(work()) is None
    assert server.requests == []
    assert not (tmp_path / "covers").exists() or not any((tmp_path / "covers").iterdir())


def test_a_cover_that_cannot_be_fetched_is_none_and_leaves_nothing(server, tmp_path):
    covers = CoverCache(tmp_path / "covers", Downloader(tmp_path / "outputs"))

    async def work():
        try:
            return await covers.get(cover_url(server, "nobody/nothing"))
        finally:
            await covers.downloader.close()

    assert run_async(work()) is None
    assert cover_gets(server) == ["/covers/nobody/nothing.png"]
    assert not (tmp_path / "covers").exists() or not any((tmp_path / "covers").iterdir())
