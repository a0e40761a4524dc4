import base64
import json
import re
import time
from urllib.parse import quote, quote_plus

import pytest

from core.redact import MASK, encoded_forms, redact

PROBE_TOKEN = "sk_live/Zq+9=ab.CD~ef-odd_token"  # the reliability probe's token: no r8_ shape
ENV_TOKEN = "r8_ab-cdEFGH/ij+kl=env~token"


def test_removes_known_secrets_bearer_headers_and_token_shapes():
    text = "token=abc-secret-123 header Authorization: Bearer xyz789 and r8_" + "A" * 20
    out = redact(text, ["abc-secret-123", None])
    assert "abc-secret-123" not in out and "xyz789" not in out and "r8_AAAA" not in out
    assert out.count(MASK) == 3


ENCODINGS = {
    "url-encoded": lambda s: quote(s, safe=""),
    "url-encoded, / kept": quote,
    "form-encoded": quote_plus,
    "url-encoded, lower-case hex": lambda s: re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), quote(s, safe="")),
    "json-escaped": lambda s: json.dumps(s)[1:-1],
    "json with escaped slashes": lambda s: json.dumps(s)[1:-1].replace("/", "\\/"),
    "bytes repr": lambda s: repr(s.encode())[2:-1],
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "base64 url-safe": lambda s: base64.urlsafe_b64encode(s.encode()).decode(),
}


SECRETS = [PROBE_TOKEN, ENV_TOKEN, 'pw-SECRET-123 ünïcode "quoted" \\ back']
ENCODED = [  # only the encodings that change the secret: the raw form was masked already
    pytest.param(secret, name, id=f"{name}-{secret[:8]}")
    for secret in SECRETS
    for name, encode in ENCODINGS.items()
    if encode(secret) != secret
]


@pytest.mark.parametrize(("secret", "encoding"), ENCODED)
def test_encoded_forms_of_any_secret_are_removed(secret, encoding):
    encoded = ENCODINGS[encoding](secret)
    out = redact(f"GET /v1/x?token={encoded}&b=2 failed", [secret])
    assert MASK in out
    assert encoded not in out and secret not in out
    assert out.startswith("GET /v1/x?token=") and out.endswith("&b=2 failed")


@pytest.mark.parametrize("prefix", [b"", b"u", b"us", b"user:", b"Bearer "])
def test_base64_of_a_secret_inside_a_longer_value_is_removed(prefix):
    """A Basic header holds `user:token`: the token's characters shift with the prefix."""
    blob = base64.b64encode(prefix + PROBE_TOKEN.encode() + b"!tail").decode()
    out = redact(f"Authorization: Basic {blob}", [PROBE_TOKEN])
    head, tail = out.removeprefix("Authorization: Basic ").split(MASK)
    # Only the characters made of the prefix's and the tail's bits (and one shared) are left.
    assert len(head) <= len(base64.b64encode(prefix).rstrip(b"=")) and len(tail) <= len("!tail") * 4 // 3 + 4


def test_short_or_missing_secrets_and_plain_text_are_left_alone():
    text = "status processing, 42% done, https://api.replicate.com/v1/predictions/abc"
    assert redact(text, ["abc", "", None, "zzzz-not-here"]) == text


def test_forms_are_longest_first_and_unique():
    forms = encoded_forms(PROBE_TOKEN)
    assert len(forms) == len(set(forms)) and PROBE_TOKEN in forms
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)


def test_stays_fast_on_every_log_line():
    line = "2026-11-03 12:00:01 INFO replidesk.run: prediction abc123 processing " * 3
    began = time.perf_counter()
    for _ in range(5000):
        redact(line, [PROBE_TOKEN, ENV_TOKEN])
    assert time.perf_counter() - began < 2.0  # about 0.05 s here; generous for slow CI
