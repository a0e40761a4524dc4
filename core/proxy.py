"""The proxy the user chose, applied to the environment variables the HTTP clients read
(httpx's `trust_env`): the system's (the variables as they were at start), none, or one HTTP(S)
proxy typed in Settings. Local addresses never go through a proxy, whatever the choice: the app
and its tests talk to servers on this computer.

Pure functions over mappings (tested without touching os.environ), and `apply` on os.environ.
Clients already built keep the proxy they were built with."""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Mapping, MutableMapping
from typing import Literal
from urllib.parse import urlsplit

from .i18n import translate

ProxyMode = Literal["system", "none", "manual"]
MODES: tuple[ProxyMode, ...] = ("system", "none", "manual")
# Both spellings: urllib (and so httpx) reads either, the lower-case one winning.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
NO_PROXY_VARIABLES = ("NO_PROXY", "no_proxy")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def snapshot(environ: Mapping[str, str]) -> dict[str, str]:
    """The proxy variables of an environment (what "the system's settings" means)."""
    return {name: environ[name] for name in PROXY_VARIABLES + NO_PROXY_VARIABLES if name in environ}


def system_settings(environ: Mapping[str, str], os_proxies: Mapping[str, str] | None = None) -> dict[str, str]:
    """The system's proxy as variables: the environment's, else what the OS is set to (Windows'
    registry, macOS' network settings: urllib's getproxies, which httpx also falls back to), so
    that the API client, given its proxy explicitly, goes the way the downloads go."""
    found = snapshot(environ)
    if any(name in found for name in PROXY_VARIABLES):
        return found
    if os_proxies is None:
        if sys.platform not in ("win32", "darwin"):
            return found  # elsewhere urllib reads the environment alone (and costs 25 ms at start)
        from urllib.request import getproxies

        os_proxies = getproxies()
    for scheme, url in os_proxies.items():
        if scheme in ("http", "https", "all") and url:
            found[f"{scheme.upper()}_PROXY"] = url
        elif scheme == "no" and url:
            found.setdefault("NO_PROXY", url)
    return found


_AT_START = system_settings(os.environ)  # taken at the first import, before any choice is applied


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a proxy's address (a message for the user), or None when it can."""
    text = url.strip()
    if not text:
        return translate("Proxy", "Type the proxy's address, for example http://proxy.example.com:3128.")
    if any(ch.isspace() for ch in text):
        return translate("Proxy", "A proxy's address has no spaces.")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return translate("Proxy", "The port must be a number from 1 to 65535, as in http://proxy.example.com:3128.")
    if parts.scheme.lower() not in ("http", "https"):
        return translate(
            "Proxy", "A proxy's address starts with http:// or https://, as in http://proxy.example.com:3128."
        )
    if not parts.hostname:
        return translate("Proxy", "The address names no computer, as in http://proxy.example.com:3128.")
    if port is None and parts.netloc.endswith(":"):
        return translate("Proxy", "The port must be a number from 1 to 65535, as in http://proxy.example.com:3128.")
    if port is not None and not 1 <= port <= 65535:
        return translate("Proxy", "The port must be a number from 1 to 65535, as in http://proxy.example.com:3128.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return translate("Proxy", "A proxy's address is only http(s)://computer:port, with nothing after it.")
    return None


def with_local_bypass(no_proxy: str) -> str:
    """A NO_PROXY value that keeps its entries and covers this computer's addresses."""
    entries = [entry.strip() for entry in no_proxy.split(",") if entry.strip()]
    entries += [host for host in LOCAL_HOSTS if host not in entries]
    return ",".join(entries)


def environment(
    environ: Mapping[str, str], mode: str, url: str = "", start: Mapping[str, str] | None = None
) -> dict[str, str]:
    """`environ` with its proxy variables set for the choice; `start` holds the variables as the
    system set them (default: as they were when this module was first imported). An unknown
    mode, or a manual one with a bad address, means the system's settings."""
    start = _AT_START if start is None else start
    if mode == "manual" and url_problem(url) is not None:
        mode = "system"
    result = {k: v for k, v in environ.items() if k not in PROXY_VARIABLES + NO_PROXY_VARIABLES}
    if mode == "manual":
        result["HTTP_PROXY"] = result["HTTPS_PROXY"] = url.strip()
    elif mode != "none":
        result.update({k: v for k, v in start.items() if k in PROXY_VARIABLES})
    # The lower-case spelling wins where both are set: both hold the same list. "*" for none:
    # with no variable set, urllib (and so httpx) would fall back to the OS's own settings.
    kept = ",".join(start.get(name, "") for name in NO_PROXY_VARIABLES)
    result["NO_PROXY"] = result["no_proxy"] = "*" if mode == "none" else with_local_bypass(kept)
    return result


def apply(mode: str, url: str = "", environ: MutableMapping[str, str] | None = None) -> None:
    """Set the process's proxy variables for the choice (the next HTTP clients built use them)."""
    target = os.environ if environ is None else environ
    wanted = environment(target, mode, url)
    for name in PROXY_VARIABLES + NO_PROXY_VARIABLES:
        if name in wanted:
            target[name] = wanted[name]
        elif name in target:
            del target[name]


def proxy_for(address: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The proxy a request to `address` goes through under these variables (None: direct), as
    httpx reads them; for a client built with its own transport, which ignores the variables."""
    env = os.environ if environ is None else environ
    parts = urlsplit(address)
    host = (parts.hostname or "").lower()
    if _bypassed(host, ",".join(env.get(name, "") for name in NO_PROXY_VARIABLES)):
        return None
    scheme = parts.scheme.lower()
    for name in (f"{scheme}_proxy", f"{scheme.upper()}_PROXY", "all_proxy", "ALL_PROXY"):
        if env.get(name, "").strip():
            return env[name].strip()
    return None


def _bypassed(host: str, no_proxy: str) -> bool:
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        entry = entry.split("://", 1)[-1].strip("[]")
        if _same_address(host, entry) or host == entry.lstrip(".") or host.endswith("." + entry.lstrip(".")):
            return True
    return False


def _same_address(host: str, entry: str) -> bool:
    try:
        return ipaddress.ip_address(host) == ipaddress.ip_address(entry)
    except ValueError:
        return False
