"""Models' cover images, fetched once (with no credentials) into the data folder and kept under a
size cap: the least recently shown go first."""

from __future__ import annotations

import asyncio
import hashlib
import os
from pathlib import Path
from urllib.parse import urlsplit

from .downloads import Downloader

MAX_COVER_BYTES = 8 * 1024 * 1024  # one cover; a bigger file is not a cover
CACHE_CAP_BYTES = 64 * 1024 * 1024  # all of them
SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")


class CoverCache:
    def __init__(self, folder: Path, downloader: Downloader, cap: int = CACHE_CAP_BYTES) -> None:
        self.folder = folder
        self.downloader = downloader
        self.cap = cap
        self._fetching: dict[str, asyncio.Task[Path | None]] = {}

    def path_for(self, url: str) -> Path:
        suffix = Path(urlsplit(url).path).suffix.lower()
        name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.folder / (name + (suffix if suffix in SUFFIXES else ".img"))

    async def get(self, url: str) -> Path | None:
        """The cover on disk (fetched when new); None when it cannot be had. One fetch per URL,
        however many rows ask at once."""
        if urlsplit(url).scheme not in ("http", "https"):
            return None
        path = self.path_for(url)
        if path.exists():
            await asyncio.to_thread(_touch, path)
            return path
        if url not in self._fetching:
            self._fetching[url] = asyncio.ensure_future(self._fetch(url, path))
            self._fetching[url].add_done_callback(lambda _task: self._fetching.pop(url, None))
        return await asyncio.shield(self._fetching[url])

    async def close(self) -> None:
        """Stop the fetches still going (at the end of the app)."""
        going = list(self._fetching.values())
        for task in going:
            task.cancel()
        await asyncio.gather(*going, return_exceptions=True)

    async def _fetch(self, url: str, path: Path) -> Path | None:
        try:
            await self.downloader.fetch_to(url, path, MAX_COVER_BYTES)
        except Exception:  # a cover is a nicety: a row without one is fine
            return None
        await asyncio.to_thread(self._prune)
        return path if path.exists() else None

    def _prune(self) -> None:
        files = []
        for entry in os.scandir(self.folder):
            if entry.is_file() and not entry.name.endswith(".part"):
                stat = entry.stat()
                files.append((stat.st_mtime, stat.st_size, Path(entry.path)))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.cap:
                break
            path.unlink(missing_ok=True)
            total -= size


def _touch(path: Path) -> None:
    try:
        path.touch()
    except OSError:
        pass
