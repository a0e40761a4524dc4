"""Outputs the local server makes on the fly: deterministic tokens and real PNG images."""

from __future__ import annotations

import re
import struct
import zlib
from typing import Any

_TOKEN = re.compile(r"\s*\S+|\s+")


def split_tokens(text: str) -> list[str]:
    """Split text into word-like tokens that concatenate back to the same text."""
    return _TOKEN.findall(text)


def text_tokens(prompt: str, example_output: Any, limit: int | None) -> list[str]:
    """The tokens a language model "answers" with: an echo of the prompt, then the model's
    real example answer, repeated or cut to `limit` tokens (the model's max_tokens)."""
    echo = split_tokens(f"You asked: {prompt.strip()[:200]}\n\n")
    answer: list[str] = []
    if isinstance(example_output, list) and all(isinstance(t, str) for t in example_output):
        answer = list(example_output)
    elif isinstance(example_output, str):
        answer = split_tokens(example_output)
    answer = answer or split_tokens("This is a deterministic answer from the local Replicate stand-in.")
    if limit is None or limit < 0:
        return echo + answer
    tokens = echo
    while len(tokens) < limit:  # a long max_tokens gets a long answer, as from a real model
        tokens = tokens + answer[: limit - len(tokens)]
    return tokens[:limit]


def png_bytes(width: int, height: int, seed: int = 0) -> bytes:
    """A real RGB PNG of the given size: a gradient whose colours follow the seed."""
    width, height = max(1, int(width)), max(1, int(height))
    row = bytearray()
    for x in range(width):
        row += bytes(((x * 255) // width, (seed * 37) % 256, 255 - (x * 255) // width))
    base = bytes(row)
    rows = []
    for y in range(height):
        shift = (y * 255) // height
        table = bytes((v + shift) % 256 for v in range(256))
        rows.append(b"\x00" + base.translate(table))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")
