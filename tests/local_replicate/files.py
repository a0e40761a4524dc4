"""Output files the local server makes on the fly, of the kind the model's real example
returned: PNG images, WAV sound, MJPEG AVI video, ZIP archives, text. Real bytes, so the app's
views and players are tested on real files."""

from __future__ import annotations

import io
import json
import math
import struct
import wave
import zipfile
from typing import Any

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
