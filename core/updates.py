"""Help → Check for updates (and, when chosen in Settings, a check at start): the latest
release's tag read from GitHub's API, compared with this version. Nothing is downloaded or
installed: the user is given the release page. Nothing about the user is sent (no token, no id).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from . import PROJECT_PAGE, __version__
from .errors import UserError
from .i18n import translate
from .origins import api_base_allowed

RELEASES_API = "https://api.github.com/repos/replidesk/replidesk/releases/latest"
RELEASES_PAGE = PROJECT_PAGE + "/releases/latest"
RELEASE_PAGES = PROJECT_PAGE + "/releases/"  # a page the answer may link to
URL_VARIABLE = "REPLIDESK_UPDATES_URL"  # tests: a local stand-in (https, or http on loopback only)
MOST_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Release:
    version: str  # "0.2.0"
    page: str  # where to download it: always a page of the project's releases

    def newer_than(self, current: str = __version__) -> bool:
        latest, mine = version_key(self.version), version_key(current)
        return latest is not None and mine is not None and latest > mine


def version_key(text: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of "v1.2.3" or "1.2.3"; None for anything else (a pre-release
    like "1.3.0-rc1" is never offered)."""
    found = re.fullmatch(r"v?([0-9]{1,6})\.([0-9]{1,6})\.([0-9]{1,6})", text.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def updates_url() -> str:
    url = os.environ.get(URL_VARIABLE) or RELEASES_API
    return url if api_base_allowed(url) else RELEASES_API


async def latest_release(url: str | None = None, timeout: float = 15.0) -> Release:
    """The latest published release; a UserError that says why when it cannot be read."""
    import httpx

    try:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
            answer = await client.get(url or updates_url(), headers={"Accept": "application/vnd.github+json"})
            if answer.status_code == 404:  # no release published yet
                raise _failed(translate("Updates", "No release has been published yet."))
            answer.raise_for_status()
            if len(answer.content) > MOST_BYTES:
                raise ValueError("answer too big")
            data = answer.json()
    except UserError:
        raise
    except httpx.HTTPStatusError as error:
        said = translate("Updates", "GitHub answered {status}. Try again later.")
        raise _failed(said.format(status=error.response.status_code)) from error
    except (httpx.TransportError, httpx.InvalidURL) as error:
        said = translate("Updates", "GitHub could not be reached. Check your internet connection and try again.")
        raise _failed(said) from error
    except ValueError as error:
        raise _failed(translate("Updates", "GitHub's answer could not be read.")) from error
    tag = data.get("tag_name") if isinstance(data, dict) else None
    if not isinstance(tag, str) or version_key(tag) is None:
        raise _failed(translate("Updates", "GitHub's answer could not be read."))
    page = data.get("html_url")
    # Only ever a page of the project's own releases is offered to open.
    if not isinstance(page, str) or not page.startswith(RELEASE_PAGES) or any(c in page for c in " \n\r\t\\"):
        page = RELEASES_PAGE
    return Release(tag.strip().removeprefix("v"), page)


def _failed(message: str) -> UserError:
    return UserError(translate("Updates", "Could not check for updates"), message)
