"""Reading an untrusted zip with caps: what its directory declares is checked before anything
is written, and what is actually read is counted, since a zip's sizes are only claims."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .i18n import translate

MB = 1024 * 1024
GB = 1024 * MB
CHUNK = 1 * MB
READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class ImportLimits:
    """Caps on what one import may cost; injectable so tests can use small ones."""

    manifest_bytes: int = 32 * MB  # parsed in memory (several times its size as Python objects)
    members: int = 100_000  # zip entries: zipfile holds the whole directory in memory
    runs: int = 100_000
    member_bytes: int = 4 * GB  # one output or input file (a long video)
    ratio: int = 100  # expansion of one member above ratio_from: media ~1, text ~3–10, bombs ~1000
    ratio_from: int = 1 * MB
    total_factor: int = 100  # all files ≤ factor × the zip's size + total_floor …
    total_floor: int = 64 * MB
    total_bytes: int = 16 * GB  # … and never more than this
    text_bytes: int = 256 * MB  # logs, texts and values held in memory, all runs together


LIMITS = ImportLimits()


class Refused(Exception):
    """The zip breaks a cap: `why` completes “<file name> …”."""

    def __init__(self, why: str, title: str = "") -> None:
        super().__init__(why)
        self.why, self.title = why, title or translate("ZipLimits", "Export too large")


class TooBig(Exception):
    """More bytes came out of a member than allowed."""


def check_count(archive: zipfile.ZipFile, limits: ImportLimits) -> None:
    if len(archive.infolist()) > limits.members:
        raise Refused(translate("ZipLimits", "holds more than {count} files").format(count=f"{limits.members:,}"))


def check_declared(infos: list[zipfile.ZipInfo], source: Path, target: Path, limits: ImportLimits) -> int:
    """Refuses by the sizes the zip declares, before anything is written; returns how many
    bytes of files may then be written in all."""
    total = 0
    for info in infos:
        _check_readable(info)
        if info.file_size > limits.member_bytes:
            said = translate("ZipLimits", "holds a file larger than {size}")
            raise Refused(said.format(size=size_text(limits.member_bytes)))
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(info.compress_size, 1):
            said = translate("ZipLimits", "holds a file that would expand more than {ratio} times (a “zip bomb”)")
            raise Refused(said.format(ratio=limits.ratio), translate("ZipLimits", "Unsafe export"))
        total += info.file_size
    allowed = min(limits.total_bytes, source.stat().st_size * limits.total_factor + limits.total_floor)
    if total > allowed:
        raise Refused(
            translate("ZipLimits", "would expand to more than {size} of files").format(size=size_text(allowed))
        )
    if total > shutil.disk_usage(_existing(target)).free:
        said = translate("ZipLimits", "needs {size} of free space, more than the disk has left")
        raise Refused(said.format(size=size_text(total)), translate("ZipLimits", "Not enough space"))
    return allowed


def chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """A member's bytes in chunks; TooBig as soon as more than `limit` bytes come out."""
    _check_readable(info)
    read = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            read += len(chunk)
            if read > limit:
                raise TooBig
            yield chunk


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise TooBig
    return b"".join(chunks(archive, info, limit))


def size_text(count: int) -> str:
    return f"{count / GB:.1f} GB" if count >= GB else f"{max(count // MB, 1)} MB"


def _check_readable(info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise Refused(translate("ZipLimits", "is encrypted"), translate("ZipLimits", "Cannot read this export"))
    if info.compress_type not in READABLE_COMPRESSION:
        # bzip2 and lzma decompress without an output bound in zipfile: one read can fill memory
        raise Refused(
            translate("ZipLimits", "uses a kind of compression Replidesk cannot read"),
            translate("ZipLimits", "Cannot read this export"),
        )


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path
