"""Output files, fetched with Replidesk's own HTTP client into the data folder.

Never with the official client's FileOutput: it sends the API token to whatever host
serves the file. Only http(s) URLs are fetched; file names are made safe and unique. The caller
may name the file (a stem from `core.output_names`); else the URL's last segment names it.

A transfer that breaks (cut short, a 5xx or 429, a read timeout) is tried again, resumed from
the bytes already in `<name>.part` when the host serves ranges of the same file, else from zero;
the length (and a checksum the host gives) is checked. 403/404/410 are final: Replicate removed
the file. A transfer that stalls (less than `stall_bytes` in `stall_deadline` seconds: silence, or a
byte now and then) counts as cut. A file larger than `max_file_bytes` (Settings → Files) is refused
as soon as its Content-Length or its bytes pass it, and a full disk ends the file at once: neither
is retried, and neither leaves a `.part`. Each file saved is noted in the run folder's
`.sources.json` (download_sources.py), so that a run followed again does not fetch it twice.

No file system call is made on the event loop's thread (the window's): the bytes are written by a
worker thread in batches (file_writer.py). What a killed app left in a run folder (an empty
reserved name, a `.part`) is removed before this start's first file there (run_folder.py).
"""

from __future__ import annotations

import asyncio
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import httpx

from . import APP_NAME, __version__
from .download_sources import data_uri_key, remember, saved_file
from .download_state import (
    GONE,
    RETRIED,
    Incomplete,
    Meter,
    Progress,
    Resume,
    TooLarge,
    matches,
    retry_after,
    say_if_full,
    status_reason,
    transport_reason,
)
from .errors import UserError
from .file_writer import PartWriter, on_thread, size_of
from .i18n import translate
from .output_names import extension_for_type, extension_of, safe_file_name, safe_name
from .run_folder import release, renamed, sweep_leftovers, unique_path


class UnsafeUrl(ValueError):
    """An output URL that is not http(s): shown as text, never opened."""


class DownloadFailed(UserError):
    """A file still not fetched after every try; names the file (`name`) and says why (`reason`)."""

    def __init__(self, url: str, name: str, reason: str, tries: int) -> None:
        message = translate(
            "Downloads", "{name} could not be downloaded after %n attempt(s): {reason}.", n=tries
        ).format(name=name, reason=reason)
        super().__init__(translate("Downloads", "A file could not be downloaded"), message)
        self.url, self.name, self.reason, self.tries = url, name, reason, tries


RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before each try after the first
MAX_RETRY_AFTER = 30.0  # a host's Retry-After is obeyed up to this
MAX_FILE_BYTES = 2 * 1024**3  # the largest output file fetched, unless Settings → Files says otherwise
STALL_DEADLINE = 60.0  # seconds a transfer may go without `STALL_BYTES` more before it counts as cut
STALL_BYTES = 32 * 1024  # a byte every 20 s keeps a read timeout happy: a deadline on progress does not


@dataclass(frozen=True)
class Downloaded:
    path: Path
    media_type: str  # from the file's extension, else the server's Content-Type
    reused: bool = False  # saved before (a run followed again): not fetched this time


def media_type_of(path: Path, served: str | None) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or (served or "application/octet-stream").split(";")[0].strip()


class Downloader:
    """Downloads into `root/<prediction id>/`, with no credentials sent. One HTTP client is kept
    per event loop: building one loads the CA bundle (about 24 ms), which per file stalled the
    window while images arrived (docs/PERFORMANCE.md)."""

    def __init__(
        self,
        root: Path,
        timeout: float = 60.0,
        records: Path | None = None,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        max_retry_after: float = MAX_RETRY_AFTER,
        max_file_bytes: int | None = MAX_FILE_BYTES,
        stall_deadline: float = STALL_DEADLINE,
        stall_bytes: int = STALL_BYTES,
    ) -> None:
        self.root = root  # where files go (a folder chosen in Settings can change it)
        self.records = records or root  # what the history records files relative to: it stays
        self._timeout = timeout
        self.retry_delays = retry_delays
        self.max_retry_after = max_retry_after
        self.max_file_bytes = max_file_bytes  # None: no cap (Settings → Files)
        self.stall_deadline, self.stall_bytes = stall_deadline, stall_bytes
        self._http: httpx.AsyncClient | None = None
        self._retired: list[httpx.AsyncClient] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._building: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._swept: set[Path] = set()  # run folders cleared of a killed app's leftovers

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

    def saved(self, url: str, prediction_id: str) -> Path | None:
        """The file already saved from `url` in this run's folder (whole), else None."""
        found = saved_file(self.root / safe_file_name(prediction_id, "run"), url)
        return found[0] if found else None

    async def fetch(
        self, url: str, prediction_id: str, progress: Progress | None = None, *, stem: str | None = None
    ) -> Downloaded:
        """Fetch into `root/<prediction id>/`, named `stem` + the URL's extension (else the
        served type's) when a stem is given, else after the URL. A file this folder already has
        from `url` is returned as it is (`reused`). Raises DownloadFailed after every try, and
        httpx.HTTPStatusError at once for 403/404/410 (the file is gone)."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise UnsafeUrl(url)
        folder = self.root / safe_file_name(prediction_id, "run")
        # Every call that touches the disk is made on a worker thread: a slow disk (a USB stick,
        # a network share) must not freeze the window, whose thread runs this loop.
        found = await asyncio.to_thread(self._prepare, folder, url)
        if found is not None:
            return Downloaded(found[0], media_type_of(found[0], found[1]), reused=True)
        suffix = extension_of(url) if stem else ""
        name = safe_name(stem + suffix) if stem else safe_file_name(url)
        try:
            target = first = await on_thread(unique_path, folder, name, True)
        except OSError as error:
            say_if_full(error, name)
            raise
        try:
            served = await self._transfer(
                url, target, progress, self.max_file_bytes, delays=self.retry_delays, name=name
            )
            if stem and not suffix:  # the URL told no type: the server's Content-Type does
                wanted = safe_name(stem + (extension_for_type(served) or ".bin"))
                target = await on_thread(renamed, target, wanted)
            media_type = media_type_of(target, served)
            await asyncio.to_thread(remember, folder, url, target, media_type)
        except OSError as error:
            await _removed(target)
            say_if_full(error, name)
            raise
        except BaseException:
            await _removed(target)  # a transfer cut short leaves not even its reserved name
            raise
        finally:
            release(first, target)
        return Downloaded(target, media_type)

    def _prepare(self, folder: Path, source: str) -> tuple[Path, str | None] | None:
        """The run's folder made, cleared of what a killed app left in it (once per downloader,
        that is, per start of the app), and the file already saved from `source`, if any."""
        folder.mkdir(parents=True, exist_ok=True)
        if folder not in self._swept:
            self._swept.add(folder)
            sweep_leftovers(folder)
        return saved_file(folder, source)

    async def fetch_to(self, url: str, target: Path, max_bytes: int) -> None:
        """Fetch `url` into `target` (replaced whole, or left as it was), refusing more than
        `max_bytes`; one try (a cover missing now is asked for again later)."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise UnsafeUrl(url)
        await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
        await self._transfer(url, target, max_bytes=max_bytes)

    async def _transfer(
        self,
        url: str,
        target: Path,
        progress: Progress | None = None,
        max_bytes: int | None = None,
        delays: tuple[float, ...] = (),
        name: str = "",
    ) -> str | None:
        """Stream `url` to `<target>.part`, then rename it to `target`, trying again after each
        delay in `delays`; a transfer given up leaves no `.part` behind. Returns the served
        Content-Type."""
        import httpx

        partial = target.with_name(target.name + ".part")
        state = Resume(Meter(url, progress), max_bytes, name or safe_file_name(url))
        tries = len(delays) + 1
        await _removed(partial)  # one left by a crash is of another file: never resumed
        try:
            for attempt in range(tries):
                try:
                    served = await self._attempt(url, partial, state)
                    await asyncio.to_thread(partial.replace, target)
                    return served
                except httpx.HTTPStatusError as error:
                    status = error.response.status_code
                    if status not in RETRIED or attempt + 1 == tries:
                        if status in GONE or not delays:
                            raise
                        raise _failed(url, name, status_reason(status), attempt + 1) from error
                    wait = retry_after(error.response.headers.get("Retry-After"), self.max_retry_after)
                except httpx.UnsupportedProtocol as error:  # redirected to file: or the like
                    if not delays:
                        raise
                    reason = translate("Downloads", "the file host sent it to an address that is not a web address")
                    raise _failed(url, name, reason, attempt + 1) from error
                except (httpx.TransportError, Incomplete) as error:
                    if attempt + 1 == tries:
                        if not delays:
                            raise
                        raise _failed(url, name, transport_reason(error), attempt + 1) from error
                    wait = None
                await asyncio.sleep(delays[attempt] if wait is None else wait)
            raise AssertionError("unreachable")  # the last try returns or raises
        finally:
            await _removed(partial)

    async def _attempt(self, url: str, partial: Path, state: Resume) -> str | None:
        """One request: resumed from the bytes in `partial` when the host serves a range of the
        same file (206 with a matching Content-Range), else the whole file again."""
        http = await self._client()
        have = await asyncio.to_thread(size_of, partial)
        if have and not state.resumable:  # its bytes were decoded: a range of the coded ones cannot follow
            await _removed(partial)
            have = 0
        headers = {"Accept-Encoding": "identity"}  # lengths and ranges of the bytes as stored
        if have:
            headers["Range"] = f"bytes={have}-"
            if state.validator:
                headers["If-Range"] = state.validator
        try:
            async with asyncio.timeout(self.stall_deadline) as deadline:
                served, received = await self._receive(http, url, headers, partial, state, have, deadline)
        except TimeoutError as error:  # silent, or a byte now and then: tried again as a cut transfer
            raise Incomplete("stalled") from error
        if state.checksum is not None and not await asyncio.to_thread(matches, partial, state.checksum):
            await _removed(partial)
            state.forget()
            raise Incomplete("checksum")
        state.meter.tell(received, received, final=True)
        return served

    async def _receive(
        self,
        http: httpx.AsyncClient,
        url: str,
        headers: dict[str, str],
        partial: Path,
        state: Resume,
        have: int,
        deadline: asyncio.Timeout,
    ) -> tuple[str | None, int]:
        """The answer's bytes into `partial`, the deadline pushed on by each `stall_bytes` that come;
        returns the served Content-Type and the size."""
        loop = asyncio.get_running_loop()
        async with http.stream("GET", url, headers=headers) as response:
            if response.status_code == 416:  # the range no longer fits the file: from zero
                await _removed(partial)
                raise Incomplete("range")
            response.raise_for_status()
            resumed = bool(have) and response.status_code == 206 and state.continues(response, have)
            if response.status_code == 206 and not resumed:  # not the range asked, or another file
                await _removed(partial)
                state.forget()
                raise Incomplete("changed")
            if not resumed:
                have = 0
                state.begin(response)
            length = response.headers.get("Content-Length")
            expected = have + int(length) if length and length.isdigit() else state.total
            if not state.resumable:
                expected = None  # a host that compresses anyway: its length is of the coded bytes
            if state.max_bytes is not None and (expected or 0) > state.max_bytes:
                raise TooLarge(state.name, state.max_bytes)  # said before a byte is written
            received = marked = have
            deadline.reschedule(loop.time() + self.stall_deadline)  # the answer came: now its bytes
            state.meter.tell(received, state.total)  # the bar at once, before the first chunk
            out = PartWriter(partial, append=resumed)  # written by a worker thread, in batches
            try:
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if state.max_bytes is not None and received > state.max_bytes:
                        raise TooLarge(state.name, state.max_bytes)
                    waited = await out.write(chunk)
                    state.meter.tell(received, state.total)
                    if waited or received - marked >= self.stall_bytes:  # a wait for the disk is not the host's
                        marked = received
                        deadline.reschedule(loop.time() + self.stall_deadline)
            except OSError:  # a write failed (a full disk): the .part goes
                await out.discard()
                raise
            except (TooLarge, asyncio.CancelledError) as error:
                if isinstance(error, TooLarge) or not deadline.expired():  # canceled: the .part goes
                    await out.discard()
                else:  # stalled: the bytes received are kept, for the next try to resume from
                    await out.finish()
                raise
            except BaseException:
                await out.finish()  # cut short: kept, likewise (a full disk is said by this one)
                raise
            await out.finish()
            if expected is not None and received != expected:
                raise Incomplete("length")
            return response.headers.get("Content-Type"), received

    async def save_data_uri(self, uri: str, prediction_id: str, index: int, *, stem: str | None = None) -> Downloaded:
        """A file the model returned inline as a data: URI, decoded off the event loop; named
        `stem` + the media type's extension (else `output-<index>`)."""
        from .data_uri import decode_data_uri, file_name_for

        def write() -> Downloaded:
            folder = self.root / safe_file_name(prediction_id, "run")
            key = data_uri_key(uri)
            found = self._prepare(folder, key)
            if found is not None:
                return Downloaded(found[0], media_type_of(found[0], found[1]), reused=True)
            media_type, data = decode_data_uri(uri)
            name = safe_name(file_name_for(media_type, stem or f"output-{index}"))
            target = unique_path(folder, name, reserve=True)
            partial = target.with_name(target.name + ".part")
            try:
                partial.write_bytes(data)
                partial.replace(target)
                kind = media_type_of(target, media_type)
                remember(folder, key, target, kind)
            except BaseException as error:
                partial.unlink(missing_ok=True)
                target.unlink(missing_ok=True)
                if isinstance(error, OSError):
                    say_if_full(error, name)
                raise
            finally:
                release(target)
            return Downloaded(target, kind)

        return await asyncio.to_thread(write)


async def _removed(path: Path) -> None:
    await asyncio.to_thread(path.unlink, missing_ok=True)


def _failed(url: str, name: str, reason: str, tries: int) -> DownloadFailed:
    return DownloadFailed(url, name or safe_file_name(url), reason, tries)
