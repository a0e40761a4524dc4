"""`data:` URIs (RFC 2397) that models return instead of file URLs (Replicate's `Prefer: wait`
answers carry files this way): decoded to a file, never shown as text."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes

from .output_names import extension_for_type

MAX_DATA_URI_BYTES = 512 * 1024 * 1024  # decoded; a bigger one is refused, not held in memory twice
_HEAD = re.compile(r"^data:(?P<type>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[\w.+-]+=[^;,]*)*)(?P<base64>;base64)?,", re.I)


class BadDataUri(ValueError):
    """Not a well-formed data: URI, or too big to decode."""


def is_data_uri(value: object) -> bool:
    return isinstance(value, str) and value[:5].lower() == "data:" and _HEAD.match(value[:512]) is not None


def decode_data_uri(text: str) -> tuple[str, bytes]:
    """The media type and the bytes of a data: URI (slow for big ones: call it off the UI thread)."""
    head = _HEAD.match(text[:512])
    if head is None:
        raise BadDataUri("not a data: URI")
    payload = text[head.end() :]
    media_type = (head["type"] or "text/plain").lower()
    if head["base64"]:
        if len(payload) * 3 // 4 > MAX_DATA_URI_BYTES:
            raise BadDataUri("the file inside is too big")
        try:
            data = base64.b64decode(payload.strip() + "=" * (-len(payload.strip()) % 4), validate=False)
        except (binascii.Error, ValueError) as error:
            raise BadDataUri(f"its base64 is damaged ({error})") from None
    else:
        data = unquote_to_bytes(payload)
        if len(data) > MAX_DATA_URI_BYTES:
            raise BadDataUri("the file inside is too big")
    return media_type, data


def file_name_for(media_type: str, stem: str = "output") -> str:
    return stem + (extension_for_type(media_type) or ".bin")
