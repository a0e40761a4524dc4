"""Keep secrets out of logs and crash reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

_TOKEN_LIKE = re.compile(r"r8_[A-Za-z0-9]{8,}")
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)
MASK = "[redacted]"


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    text = _BEARER.sub(r"\1" + MASK, text)
    return _TOKEN_LIKE.sub(MASK, text)
