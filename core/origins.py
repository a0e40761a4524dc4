"""Where the API token may be sent: a pure rule over URLs, no I/O.

URLs are parsed with httpx's own parser, the one that opens them, so that the rule and the
request cannot read one URL two ways (`http://a\\@b/` is host `b` for both).
"""

from __future__ import annotations

import ipaddress

DEFAULT_API_BASE = "https://api.replicate.com"  # what the official client uses by default

# The rule: the token goes with a request to
#   1. the API's own origin (same scheme, host name and port as the base URL the client uses),
#      when that origin is https, or plain http on a loopback host (the local server);
#   2. any other origin over https (Replicate streams from another https host).
# Never: plain http to any other origin, even on loopback (another port is another program),
# a host name spelt another way (`localhost` for `127.0.0.1`), any other scheme, a relative
# URL, or a URL with a user name or password in it (`https://api.replicate.com@evil/`).


def token_may_go_to(url: str, api_base: str) -> bool:
    """True when a request to `url` may carry the API token (see the rule above)."""
    target = _parse(url)
    if target is None:
        return False
    if target == _parse(api_base) and api_base_allowed(api_base):
        return True
    return target[0] == "https"


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
