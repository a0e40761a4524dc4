"""Output files the local server makes on the fly, of the kind the model's real example
returned: PNG images, WAV sound, MJPEG AVI video, ZIP archives, text. Real bytes, so the app's
views and players are tested on real files.

And how the file host serves them (`send_file`): whole, or a byte range (206) as Replicate's file
host does, with an ETag; and, for tests of downloads, the faults a real host has (`FileFaults`):
an error status, a transfer cut short, a stall, a slow drip, damaged bytes, a file changed between
two requests, no Content-Length, a file that never ends. By default none: every file is served whole.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
import socket
import struct
import threading
import time
import wave
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .outputs import png_bytes

IMAGES = {"png", "jpg", "jpeg", "webp", "gif", "bmp"}
SOUNDS = {"wav", "mp3", "ogg", "flac", "m4a", "aac"}
VIDEOS = {"mp4", "webm", "mov", "avi", "mkv"}
TEXTS = {"txt", "srt", "md", "vtt", "csv"}


def make_file(suffix: str, inputs: dict[str, Any], seed: int) -> tuple[str, str, bytes]:
    """(suffix, content type, bytes) of a file standing in for one of the given suffix."""
    suffix = suffix.lower()
    if suffix in IMAGES:
        return "png", "image/png", png_bytes(int(inputs.get("width") or 512), int(inputs.get("height") or 512), seed)
    if suffix in SOUNDS:
        return "wav", "audio/wav", wav_bytes(seconds=1.0, frequency=220 + seed % 440)
    if suffix in VIDEOS:
        return "avi", "video/x-msvideo", avi_bytes(frames=12, width=160, height=120)
    if suffix == "zip":
        return "zip", "application/zip", zip_bytes(seed)
    if suffix == "json":
        return "json", "application/json", json.dumps({"seed": seed, "inputs": inputs}).encode()
    if suffix in TEXTS:
        return suffix, "text/plain", f"Output {seed} of the local stand-in.\n".encode()
    return suffix or "bin", "application/octet-stream", bytes(range(256)) * 4


def wav_bytes(seconds: float, frequency: float, rate: int = 16_000) -> bytes:
    frames = b"".join(
        struct.pack("<h", int(12_000 * math.sin(2 * math.pi * frequency * n / rate)))
        for n in range(int(rate * seconds))
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(frames)
    return out.getvalue()


def zip_bytes(seed: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", f"Archive {seed} from the local stand-in.\n")
        archive.writestr("weights/model.bin", bytes(range(256)) * 16)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    padded = data + (b"\0" if len(data) % 2 else b"")
    return kind + struct.pack("<I", len(data)) + padded


def _jpeg_frame(width: int, height: int, index: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((index * 30) % 360, 200, 230))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 80)
    return bytes(data.data())


def avi_bytes(frames: int, width: int, height: int, fps: int = 12) -> bytes:
    """A Motion-JPEG AVI: the simplest real video container, decoded by FFmpeg and every player."""
    images = [_jpeg_frame(width, height, n) for n in range(frames)]
    biggest = max(len(i) for i in images)
    avih = struct.pack(
        "<IIIIIIIIII4I", 1_000_000 // fps, biggest * fps, 0, 0x10, frames, 0, 1, biggest, width, height, 0, 0, 0, 0
    )
    strh = struct.pack(
        "<4s4sIHHIIIIIIIIhhhh",
        b"vids",
        b"MJPG",
        0,
        0,
        0,
        0,
        1,
        fps,
        0,
        frames,
        biggest,
        0xFFFFFFFF,
        0,
        0,
        0,
        width,
        height,
    )
    strf = struct.pack("<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0)
    strl = (
        b"LIST"
        + struct.pack("<I", 4 + len(_chunk(b"strh", strh)) + len(_chunk(b"strf", strf)))
        + b"strl"
        + _chunk(b"strh", strh)
        + _chunk(b"strf", strf)
    )
    hdrl_body = b"hdrl" + _chunk(b"avih", avih) + strl
    hdrl = b"LIST" + struct.pack("<I", len(hdrl_body)) + hdrl_body
    movi_chunks, index, offset = [], [], 4
    for image in images:
        chunk = _chunk(b"00dc", image)
        index.append(struct.pack("<4sIII", b"00dc", 0x10, offset, len(image)))
        movi_chunks.append(chunk)
        offset += len(chunk)
    movi_body = b"movi" + b"".join(movi_chunks)
    movi = b"LIST" + struct.pack("<I", len(movi_body)) + movi_body
    idx1 = _chunk(b"idx1", b"".join(index))
    body = b"AVI " + hdrl + movi + idx1
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- serving, with faults ------------------------------------------------------------------


@dataclass
class FileRequest:
    path: str
    range: str | None  # the Range header asked for
    status: int  # what was answered
    sent: int  # body bytes sent


@dataclass
class FileFaults:
    """What the file host does wrong, for tests of downloads. Each list is used up one item per
    file request (the first request takes the first item); the rest applies to every request."""

    statuses: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # answer this, no file
    cuts: list[int] = field(default_factory=list)  # send this many body bytes, then close the connection
    stalls: list[float] = field(default_factory=list)  # seconds of silence after the headers
    corrupt: int = 0  # the next N answers have one byte wrong (a checksum catches it)
    after_cut: Callable[[], None] | None = None  # called once a transfer is cut (e.g. the file changes)
    chunk_delay: float = 0.0  # slow: seconds between chunks
    chunk_size: int = 4096  # the chunks' size when slow (1: a byte at a time)
    length: bool = True  # False: no Content-Length (the size is known only at the end)
    endless: int = 0  # the next N answers: the file's bytes again and again, no length, until the client leaves
    ranges: bool = True  # honour Range (206); False: always the whole file (200)
    if_range: bool = True  # honour If-Range; False: a sloppy host serves a range of a changed file
    checksum: str | None = None  # "md5": Content-MD5 of the body sent; "sha-256": Repr-Digest of the file
    each_file: bool = False  # the lists apply to each file anew (by hand: every file fails twice)
    requests: list[FileRequest] = field(default_factory=list)  # every file request, in order
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _per_file: dict[str, dict[str, list[Any]]] = field(default_factory=dict, repr=False)

    def take(self, kind: str, path: str) -> Any:
        """The next item of the list `kind` ("statuses", "cuts", "stalls") for a request of `path`."""
        with self.lock:
            items: list[Any] = getattr(self, kind)
            if self.each_file:
                items = self._per_file.setdefault(path, {}).setdefault(kind, list(items))
            return items.pop(0) if items else None


class _Handler(Protocol):
    headers: Any
    wfile: Any
    connection: socket.socket
    close_connection: bool

    def send_response(self, code: int, message: str | None = None) -> None: ...
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...


def etag_of(data: bytes) -> str:
    return '"' + hashlib.md5(data).hexdigest()[:20] + '"'


def send_file(handler: _Handler, path: str, data: bytes, content_type: str, faults: FileFaults | None) -> None:
    """Answer a GET of a file: whole (200), or the range asked for (206) when the host honours it."""
    faults = faults if faults is not None else FileFaults()
    asked = handler.headers.get("Range")
    failure = faults.take("statuses", path)
    if failure is not None:
        status, extra = failure
        _send_small(handler, status, b"file host error", extra)
        faults.requests.append(FileRequest(path, asked, status, 0))
        return
    tag = etag_of(data)
    status, start, end = 200, 0, len(data) - 1
    if asked and faults.ranges and (faults.if_range is False or handler.headers.get("If-Range") in (None, tag)):
        found = _byte_range(asked, len(data))
        if found is None:
            _send_small(handler, 416, b"", {"Content-Range": f"bytes */{len(data)}"})
            faults.requests.append(FileRequest(path, asked, 416, 0))
            return
        status, (start, end) = 206, found
    body = data[start : end + 1]
    endless = False
    if faults.endless:
        with faults.lock:
            faults.endless -= 1
        endless = True
    if faults.corrupt and body:
        with faults.lock:
            faults.corrupt -= 1
        body = bytes([body[0] ^ 0xFF]) + body[1:]
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    if faults.length and not endless:
        handler.send_header("Content-Length", str(len(body)))
    else:
        handler.send_header("Connection", "close")  # the end of the body is the end of the connection
        handler.close_connection = True
    handler.send_header("ETag", tag)
    if faults.ranges:
        handler.send_header("Accept-Ranges", "bytes")
    if status == 206:
        handler.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
    if faults.checksum == "md5":
        handler.send_header("Content-MD5", base64.b64encode(hashlib.md5(data[start : end + 1]).digest()).decode())
    elif faults.checksum == "sha-256":
        handler.send_header("Repr-Digest", f"sha-256=:{base64.b64encode(hashlib.sha256(data).digest()).decode()}:")
    handler.end_headers()
    told = FileRequest(path, asked, status, 0)
    faults.requests.append(told)  # at once: a stalled answer is seen before it ends
    stall = faults.take("stalls", path)
    cut = faults.take("cuts", path)
    sent = 0
    try:
        if stall:
            time.sleep(stall)
        limit = len(body) if cut is None else min(cut, len(body))
        step = max(1, faults.chunk_size) if faults.chunk_delay else max(limit, 1)
        closing = getattr(handler, "closing_server", lambda: False)
        while endless and body and not closing():
            handler.wfile.write(body)  # until the client hangs up (BrokenPipe) or the server stops
            sent += len(body)
            if faults.chunk_delay:
                time.sleep(faults.chunk_delay)
        while sent < limit:
            handler.wfile.write(body[sent : min(sent + step, limit)])
            sent = min(sent + step, limit)
            if faults.chunk_delay:
                handler.wfile.flush()
                time.sleep(faults.chunk_delay)
        handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (a read timeout)
    told.sent = sent
    if cut is not None:
        handler.close_connection = True  # the rest never comes: Content-Length promised more
        try:
            handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        if faults.after_cut is not None:
            faults.after_cut()


def _send_small(handler: _Handler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(len(body)))
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single `bytes=a-b` / `bytes=a-` / `bytes=-n` range; None when it
    cannot be satisfied (416)."""
    found = _RANGE.match(header.strip())
    if found is None or not any(found.groups()):
        return None
    first, last = found.groups()
    if not first:
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    return (start, end) if start <= end and start < size else None


def file_faults(server: Any) -> FileFaults:
    """The server's file faults, its file host made to play them (until prediction_handlers.py's `h_file`
    calls `send_file` itself: then this only returns `server.file_faults`)."""
    faults: FileFaults | None = getattr(server, "file_faults", None)
    if faults is None:
        faults = server.file_faults = FileFaults()
    httpd = server._httpd
    base = httpd.RequestHandlerClass
    if not getattr(base, "plays_file_faults", False):
        from .api_errors import NOT_FOUND

        class PlaysFaults(base):  # type: ignore[misc, valid-type]
            plays_file_faults = True

            def h_file(self, body: dict, pid: str, file: str) -> None:
                path = f"/files/{pid}/{file}"
                data = self.app.predictions.files.get(path)
                if data is None:
                    raise NOT_FOUND
                kind = self.app.predictions.content_types.get(path, "application/octet-stream")
                send_file(self, path, data, kind, self.app.file_faults)

            def closing_server(self) -> bool:
                return bool(self.app.predictions.closing)

        httpd.RequestHandlerClass = PlaysFaults
    return faults
