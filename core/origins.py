"""Where the API token may be sent: a pure rule over URLs, no I/O.

URLs are parsed with httpx's own parser, the one that opens them, so that the rule and the
request cannot read one URL two ways (`http://a\\@b/` is host `b` for both).
"""

from __future__ import annotations

import ipaddress
import re

DEFAULT_API_BASE = "https://api.replicate.com"  # what the official client uses by default

# Replicate's own domains, where its streaming hosts live: recorded stream URLs are on
# `streaming-api.svc.us.c.replicate.net` and `…svc.rno2.c.replicate.net` (2023–24), its docs
# show `streaming.api.replicate.com` (../shared/reviews/api-fidelity-2026-11.md). Not
# `replicate.delivery`: that is the file host, and files are fetched without the token.
REPLICATE_DOMAINS = ("replicate.com", "replicate.net")

# The rule: the token goes with a request to
#   1. the API's own origin (same scheme, host name and port as the base URL the client uses),
#      when that origin is https, or plain http on a loopback host (the local server);
#   2. a host of Replicate's own domains (one of them, or a name under one: `evilreplicate.com`
#      and `replicate.com.evil.net` are not), over https on the standard port 443.
# Never: plain http to any other origin, even on loopback (another port is another program),
# any other https host, a host name spelt another way (`localhost` for `127.0.0.1`, a trailing
# dot, a character beyond letters, digits and hyphens), any other scheme, a relative URL, or a
# URL with a user name or password in it (`https://api.replicate.com@evil/`). A stream refused
# is not opened: the run is followed by polling its id instead.

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")  # a DNS label; IDN ones in their xn-- form


def token_may_go_to(url: str, api_base: str) -> bool:
    """True when a request to `url` may carry the API token (see the rule above)."""
    target = _parse(url)
    if target is None:
        return False
    if target == _parse(api_base) and api_base_allowed(api_base):
        return True
    return target[0] == "https" and target[2] == 443 and is_replicate_host(_wire_host(url))


def is_replicate_host(host: str) -> bool:
    """Whether `host` (as sent: lower case, IDN in xn-- form) is one of Replicate's domains or a
    name under one. Strict: no trailing dot, no empty label, no IP address."""
    labels = host.split(".")
    if not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return any(host == domain or host.endswith("." + domain) for domain in REPLICATE_DOMAINS)


def _wire_host(url: str) -> str:
    """The host name as it goes on the wire (IDNA-encoded), lower case; "" when unparsable."""
    import httpx

    try:
        return httpx.URL(url).raw_host.decode("ascii").lower()
    except (httpx.InvalidURL, TypeError, ValueError):
        return ""


def same_origin(url: str, api_base: str) -> bool:
    """Whether `url` is on the API's own origin (a page link of a list may be followed)."""
    target = _parse(url)
    return target is not None and target == _parse(api_base)


def api_base_allowed(api_base: str) -> bool:
    """Whether the client may use this API base URL: https, or plain http only on loopback."""
    base = _parse(api_base)
    if base is None:
        return False
    scheme, host, _ = base
    return scheme == "https" or is_loopback(host)


def is_loopback(host: str) -> bool:
    """`localhost`, 127.0.0.0/8 or ::1 (also as an IPv4-mapped address); no DNS lookup."""
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def origin_of(url: str) -> str:
    """`scheme://host:port` without path or user info, for messages; "" when unparsable."""
    target = _parse(url, allow_userinfo=True)
    if target is None:
        return ""
    scheme, host, port = target
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}"


def _parse(url: str, allow_userinfo: bool = False) -> tuple[str, str, int] | None:
    """(scheme, host, port with its default filled in) of an absolute http(s) URL, else None."""
    import httpx  # imported on first use: not at start-up

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    scheme = parsed.scheme.lower()
    if scheme not in ("http", "https") or not parsed.host:
        return None
    if parsed.userinfo and not allow_userinfo:
        return None
    port = parsed.port or (443 if scheme == "https" else 80)
    if not 0 < port < 65536:
        return None
    return scheme, parsed.host.lower(), port
