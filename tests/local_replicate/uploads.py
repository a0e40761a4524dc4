"""The files API of the local server (`POST /v1/files`, multipart) and the file inputs of
predictions: uploaded files and data URIs are resolved to bytes, so tests can check what a
model received."""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import unquote_to_bytes

from .predictions import now_iso

_ID_ALPHABET = string.ascii_lowercase + string.digits


@dataclass
class StoredFile:
    id: str
    name: str
    content_type: str
    data: bytes
    metadata: dict
    created_at: str

    def to_json(self, base_url: str) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "content_type": self.content_type,
            "size": len(self.data),
            "etag": hashlib.md5(self.data).hexdigest(),
            "checksums": {"sha256": hashlib.sha256(self.data).hexdigest(), "md5": hashlib.md5(self.data).hexdigest()},
            "metadata": self.metadata,
            "created_at": self.created_at,
            "expires_at": None,
            "urls": {"get": f"{base_url}/v1/files/{self.id}"},
        }


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, str, bytes]]:
    """Form parts by name: (file name, content type, bytes)."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    parts = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            parts[name] = (part.get_filename(), part.get_content_type(), part.get_payload(decode=True) or b"")
    return parts


def new_file(parts: dict[str, tuple[str | None, str, bytes]]) -> StoredFile | None:
    if "content" not in parts:
        return None
    file_name, content_type, data = parts["content"]
    import json

    metadata = json.loads(parts["metadata"][2] or b"{}") if "metadata" in parts else {}
    file_id = "".join(secrets.choice(_ID_ALPHABET) for _ in range(26))
    return StoredFile(
        file_id,
        file_name or "file",
        parts.get("type", (None, "", b""))[2].decode() or content_type,
        data,
        metadata,
        now_iso(),
    )


def received_files(inputs: dict[str, Any], files: dict[str, StoredFile], base_url: str) -> dict[str, list[bytes]]:
    """The bytes behind every uploaded-file URL or data URI in a prediction's input."""
    received: dict[str, list[bytes]] = {}
    for name, value in inputs.items():
        for item in value if isinstance(value, list) else [value]:
            data = _bytes_of(item, files, base_url) if isinstance(item, str) else None
            if data is not None:
                received.setdefault(name, []).append(data)
    return received


def _bytes_of(value: str, files: dict[str, StoredFile], base_url: str) -> bytes | None:
    if value.startswith("data:"):
        header, _, payload = value.partition(",")
        return base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
    prefix = f"{base_url}/v1/files/"
    if value.startswith(prefix):
        stored = files.get(value[len(prefix) :].split("/", 1)[0])
        return stored.data if stored else None
    return None  # a URL elsewhere: a real model would fetch it; the stand-in never leaves 127.0.0.1
