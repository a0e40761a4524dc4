"""Output files, fetched with Replidesk's own HTTP client into the data folder.

Never with the official client's FileOutput: it sends the API token to whatever host
serves the file. Only http(s) URLs are fetched; file names are made safe and unique. The caller
may name the file (a stem from `core.output_names`); else the URL's last segment names it.
"""

from __future__ import annotations

import asyncio
import mimetypes
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    import httpx

from . import APP_NAME, __version__
from .output_names import extension_for_type, extension_of, safe_name

MAX_NAME_LENGTH = 120
_UNSAFE = re.compile(r"[^\w.\- ]+")


class TooLarge(ValueError):
    """A file bigger than what it is fetched for may be."""


class UnsafeUrl(ValueError):
    """An output URL that is not http(s): shown as text, never opened."""


def safe_file_name(url: str, fallback: str = "output") -> str:
    """A file name from the URL's last path segment, safe on every OS (at most MAX_NAME_LENGTH
    characters and 255 bytes less room for " (2)" and ".part")."""
    raw = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    name = unicodedata.normalize("NFKC", raw)
    name = "".join(ch for ch in name if ch.isprintable())
    name = _UNSAFE.sub("_", name).strip(" ._") or fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = suffix[:16]
    stem = stem[: MAX_NAME_LENGTH - len(suffix) - 1]
    return safe_name(f"{stem}.{suffix}" if suffix else stem, fallback)


def unique_path(folder: Path, name: str, reserve: bool = False) -> Path:
    """A name not taken in `folder`; with `reserve`, created empty at once, so that files
    fetched together never get the same name."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    counter = 2
    while True:
        if reserve:
            try:
                candidate.open("xb").close()
                return candidate
            except FileExistsError:
                pass
        elif not candidate.exists():
            return candidate
        candidate = folder / f"{stem} ({counter}){suffix}"
        counter += 1


@dataclass(frozen=True)
class Downloaded:
    path: Path
    media_type: str  # from the file's extension, else the server's Content-Type


Progress = Callable[[str, int, int | None], None]  # url, bytes so far, total (when known)


def media_type_of(path: Path, served: str | None) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or (served or "application/octet-stream").split(";")[0].strip()


class Downloader:
    """Downloads into `root/<prediction id>/`, with no credentials sent. One HTTP client is kept
    per event loop: building one loads the CA bundle (about 24 ms), which per file stalled the
    window while images arrived (docs/PERFORMANCE.md)."""

    def __init__(self, root: Path, timeout: float = 60.0, records: Path | None = None) -> None:
        self.root = root  # where files go (a folder chosen in Settings can change it)
        self.records = records or root  # what the history records files relative to: it stays
        self._timeout = timeout
        self._http: httpx.AsyncClient | None = None
        self._retired: list[httpx.AsyncClient] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._building: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    async def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._building is None or self._building[0] is not loop:
            self._building = (loop, asyncio.Lock())
        async with self._building[1]:  # fetches starting together share one client
            return await self._build(loop)

    async def _build(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        if self._http is None or self._loop is not loop:
            import httpx  # not at start-up

            headers = {"User-Agent": f"{APP_NAME}/{__version__}"}

            def build() -> httpx.AsyncClient:
                return httpx.AsyncClient(timeout=self._timeout, follow_redirects=True, headers=headers)

            # Built off the event loop: its SSL context is the slow part. A client of a loop that
            # has ended is dropped, not closed: its connections belong to that loop.
            self._http = await asyncio.to_thread(build)
            self._loop = loop
        return self._http

    def renew(self) -> None:
        """The next file gets a new client (a proxy chosen in Settings is read when one is
        built); transfers going finish on the old one, closed with the downloader."""
        if self._http is not None:
            self._retired.append(self._http)
        self._http = None

    async def close(self) -> None:
        http, self._http = self._http, None
        retired, self._retired = self._retired, []
        for client in [*retired, http]:
            if client is not None and self._loop is asyncio.get_running_loop():
                await client.aclose()

    async def fetch(
        self, url: str, prediction_id: str, progress: Progress | None = None, *, stem: str | None = None
    ) -> Downloaded:
        """Fetch into `root/<prediction id>/`, named `stem` + the URL's extension (else the
        served type's) when a stem is given, else after the URL."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise UnsafeUrl(url)
        folder = self.root / safe_file_name(prediction_id, "run")
        folder.mkdir(parents=True, exist_ok=True)
        suffix = extension_of(url) if stem else ""
        name = safe_name(stem + suffix) if stem else safe_file_name(url)
        target = unique_path(folder, name, reserve=True)
        try:
            served = await self._transfer(url, target, progress)
            if stem and not suffix:  # the URL told no type: the server's Content-Type does
                target = _renamed(target, safe_name(stem + (extension_for_type(served) or ".bin")))
        except BaseException:
            target.unlink(missing_ok=True)  # a transfer cut short leaves not even its reserved name
            raise
        return Downloaded(target, media_type_of(target, served))

    async def fetch_to(self, url: str, target: Path, max_bytes: int) -> None:
        """Fetch `url` into `target` (replaced whole, or left as it was), refusing more than
        `max_bytes`."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise UnsafeUrl(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        await self._transfer(url, target, max_bytes=max_bytes)

    async def _transfer(
        self, url: str, target: Path, progress: Progress | None = None, max_bytes: int | None = None
    ) -> str | None:
        """Stream `url` to `<target>.part`, then rename it to `target`; a transfer cut short
        leaves no `.part` behind. Returns the served Content-Type."""
        partial = target.with_name(target.name + ".part")
        http = await self._client()
        try:
            async with http.stream("GET", url) as response:
                response.raise_for_status()
                total = int(response.headers.get("Content-Length") or 0) or None
                received = 0
                with partial.open("wb") as out:
                    async for chunk in response.aiter_bytes(256 * 1024):
                        received += len(chunk)
                        if max_bytes is not None and received > max_bytes:
                            raise TooLarge(url)
                        out.write(chunk)
                        if progress:
                            progress(url, received, total)
                served = response.headers.get("Content-Type")
            partial.replace(target)
            return served
        finally:
            partial.unlink(missing_ok=True)

    async def save_data_uri(self, uri: str, prediction_id: str, index: int, *, stem: str | None = None) -> Downloaded:
        """A file the model returned inline as a data: URI, decoded off the event loop; named
        `stem` + the media type's extension (else `output-<index>`)."""
        from .data_uri import decode_data_uri, file_name_for

        def write() -> Downloaded:
            media_type, data = decode_data_uri(uri)
            folder = self.root / safe_file_name(prediction_id, "run")
            folder.mkdir(parents=True, exist_ok=True)
            name = safe_name(file_name_for(media_type, stem or f"output-{index}"))
            target = unique_path(folder, name, reserve=True)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            return Downloaded(target, media_type_of(target, media_type))

        return await asyncio.to_thread(write)


def _renamed(target: Path, name: str) -> Path:
    """`target` moved to `name` in its folder (unique there); itself when the name is its own."""
    if name == target.name:
        return target
    moved = unique_path(target.parent, name, reserve=True)
    target.replace(moved)
    return moved
