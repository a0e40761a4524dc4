"""What one download knows across its tries (downloads.py): its progress as shown, the file's
validator, size and checksum, and how long a host asks to wait. Plain helpers, no network."""

from __future__ import annotations

import errno
import hashlib
import math
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UserError
from .i18n import translate
from .retry_after import wait_seconds

if TYPE_CHECKING:
    import httpx

Progress = Callable[[str, int, int | None], None]  # url, bytes so far, total (when known)
GONE = frozenset({403, 404, 410})  # Replicate removed the file: trying again cannot help
RETRIED = frozenset({408, 425, 429, 500, 502, 503, 504})  # the host's trouble, likely to pass


class Incomplete(Exception):
    """A transfer that ended without the whole file (short, damaged, stalled, or of a changed file)."""


class TooLarge(UserError):
    """A file bigger than it may be (Settings → Files, or a cover's cap): refused, not retried."""

    def __init__(self, name: str, limit: int) -> None:
        message = translate(
            "Downloads",
            "{name} was not downloaded: it is larger than {limit}, the largest output file to download "
            "(Settings → Files).",
        ).format(name=name, limit=plain_size(limit))
        super().__init__(translate("Downloads", "A file is too large"), message)
        self.name, self.limit = name, limit


class DiskFull(UserError):
    """The disk (or the user's quota) filled up while a file was written: not retried."""

    def __init__(self, name: str) -> None:
        message = translate("Downloads", "The disk is full: {name} could not be saved. Free some space on it.")
        super().__init__(translate("Downloads", "The disk is full"), message.format(name=name))
        self.name = name


def say_if_full(error: OSError, name: str) -> None:
    """A full disk (or quota) said plainly, as DiskFull; any other OSError goes on as it is."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        raise DiskFull(name) from error


def plain_size(size: int) -> str:
    """A byte count as people say it: "2 GB", "512 MB", "1.5 GB" (binary units, as file managers)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + " " + unit
    return translate("Downloads", "%n byte(s)", n=size)


class Meter:
    """Progress as the GUI shows it: from the first bytes, at most ten times a second, and never
    backwards (a transfer started again from zero is told only once it passes the old mark)."""

    def __init__(self, url: str, progress: Progress | None) -> None:
        self.url, self.progress = url, progress
        self.shown = -1
        self.at = 0.0

    def tell(self, received: int, total: int | None, final: bool = False) -> None:
        now = time.monotonic()
        if self.progress is None or received <= self.shown and not final:
            return
        if final or received == total or now - self.at >= 0.1:
            self.shown, self.at = max(received, self.shown), now
            self.progress(self.url, self.shown, total)


class Resume:
    """What a transfer knows across its tries: the file's validator, size and checksum."""

    def __init__(self, meter: Meter, max_bytes: int | None, name: str = "") -> None:
        self.meter, self.max_bytes, self.name = meter, max_bytes, name  # name: as the user is told
        self.validator: str | None = None  # a strong ETag, else Last-Modified
        self.total: int | None = None
        self.checksum: tuple[str, bytes] | None = None  # (hashlib name, digest) of the whole file
        self.resumable = True  # False: the host compressed the file (its ranges are of other bytes)

    def forget(self) -> None:
        self.validator, self.total, self.checksum = None, None, None

    def begin(self, response: httpx.Response) -> None:
        """A whole answer (200): what the next tries must find the same."""
        etag = response.headers.get("ETag")
        self.validator = etag if etag and not etag.startswith("W/") else response.headers.get("Last-Modified")
        # A host that compresses anyway: its length, ranges and digests are of the coded bytes.
        self.resumable = response.headers.get("Content-Encoding", "identity").lower() in ("", "identity")
        length = response.headers.get("Content-Length")
        self.total = int(length) if length and length.isdigit() and self.resumable else None
        self.checksum = checksum_of(response.headers, whole=True) if self.resumable else None

    def continues(self, response: httpx.Response, have: int) -> bool:
        """A 206 that carries on from byte `have` of the same file."""
        found = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if found is None or int(found["first"]) != have:
            return False
        size = None if found["size"] == "*" else int(found["size"])
        if self.total is not None and size is not None and size != self.total:
            return False
        given = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if self.validator is not None and self.validator not in given:
            return False
        self.total = size if size is not None else self.total
        self.checksum = self.checksum or checksum_of(response.headers, whole=False)
        return True


_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(?P<first>\d+)-(?P<last>\d+)/(?P<size>\d+|\*)\s*$", re.I)
_DIGEST = re.compile(r"(?P<name>md5|sha-256|sha-512)\s*=\s*:?(?P<value>[A-Za-z0-9+/=]+):?", re.I)


def checksum_of(headers: httpx.Headers, whole: bool) -> tuple[str, bytes] | None:
    """The whole file's digest, when the host gives one simply: Repr-Digest / Digest (RFC 9530,
    3230), GCS's x-goog-hash md5, or Content-MD5 of a whole answer (of a range it is the part's)."""
    import base64
    import binascii

    said = [headers.get("Repr-Digest"), headers.get("Digest"), headers.get("x-goog-hash")]
    if whole:
        said.append("md5=" + headers["Content-MD5"] if "Content-MD5" in headers else None)
    for text in filter(None, said):
        for found in _DIGEST.finditer(text):
            try:
                digest = base64.b64decode(found["value"], validate=True)
            except (binascii.Error, ValueError):
                continue
            algorithm = found["name"].lower().replace("-", "")
            if len(digest) == hashlib.new(algorithm).digest_size:
                return algorithm, digest
    return None


def matches(path: Path, checksum: tuple[str, bytes]) -> bool:
    hasher = hashlib.new(checksum[0])
    with path.open("rb") as data:
        while block := data.read(1024 * 1024):
            hasher.update(block)
    return hasher.digest() == checksum[1]


def retry_after(value: str | None, cap: float) -> float | None:
    """Seconds a Retry-After asks for (a number or an HTTP date), at most `cap`; None: not given."""
    seconds = wait_seconds(value)
    if seconds is None:
        return None
    return min(max(seconds, 0.0), cap) if math.isfinite(seconds) else cap


def status_reason(status: int) -> str:
    return translate("Downloads", "the file host answered {status}").format(status=status)


def transport_reason(error: BaseException) -> str:
    import httpx

    if isinstance(error, httpx.TimeoutException) or isinstance(error, Incomplete) and str(error) == "stalled":
        return translate("Downloads", "the file host stopped answering")
    if isinstance(error, Incomplete) and str(error) == "checksum":
        return translate("Downloads", "the file arrived damaged")
    if isinstance(error, (Incomplete, httpx.RemoteProtocolError, httpx.ReadError)):
        return translate("Downloads", "the transfer broke off before the end")
    return translate("Downloads", "the file host could not be reached")
