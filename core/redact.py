"""Keep secrets out of logs and crash reports, in the forms they are written in as well:
URL-encoded, JSON-escaped, as Python reprs of str and bytes, and base64."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, quote_plus

_TOKEN_LIKE = re.compile(r"r8_[A-Za-z0-9]{8,}")
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)
_PERCENT = re.compile(r"%[0-9A-F]{2}")
MASK = "[redacted]"
MIN_SECRET = 4  # shorter values would mask ordinary words
MIN_BASE64 = 8  # a shorter base64 run says little and would match by chance


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET:
            for form in encoded_forms(secret):
                text = text.replace(form, MASK)  # no copy when absent: one C scan per form
    text = _BEARER.sub(r"\1" + MASK, text)
    return _TOKEN_LIKE.sub(MASK, text)


@lru_cache(maxsize=64)
def encoded_forms(secret: str) -> tuple[str, ...]:
    """The secret as written raw and by common encoders, longest first (a longer form is
    replaced before a shorter one inside it), without duplicates."""
    forms = {secret}
    for encoded in (quote(secret, safe=""), quote(secret), quote_plus(secret), _percent_all(secret)):
        forms.add(encoded)
        forms.add(_PERCENT.sub(lambda m: m.group().lower(), encoded))  # %2f as well as %2F
    escaped = json.dumps(secret)[1:-1]
    forms.update((escaped, escaped.replace("/", "\\/"), json.dumps(secret, ensure_ascii=False)[1:-1]))
    forms.update((repr(secret)[1:-1], repr(secret.encode())[2:-1]))
    forms.update(_base64_forms(secret.encode()))
    return tuple(sorted(forms, key=len, reverse=True))


def _percent_all(secret: str) -> str:
    """Every byte but letters and digits percent-encoded (some encoders also encode `-._~`)."""
    return "".join(chr(b) if chr(b).isalnum() and b < 128 else f"%{b:02X}" for b in secret.encode())


def _base64_forms(data: bytes) -> set[str]:
    """The base64 characters that depend on `data` alone, for each of the 3 alignments it can
    have inside a longer encoded text (such as `user:token` in a Basic header), standard and
    URL-safe alphabets."""
    forms: set[str] = set()
    for lead in range(3):
        encoded = base64.b64encode(b"\0" * lead + data).decode()
        start = -(-8 * lead // 6)  # first character with no bit of the leading bytes
        end = 8 * (lead + len(data)) // 6  # past the last character made of the data's bits only
        middle = encoded[start:end]
        if len(middle) >= MIN_BASE64:
            forms.update((middle, middle.translate(_URLSAFE)))
    return forms


_URLSAFE = str.maketrans("+/", "-_")
