"""The runs already on the user's Replicate account (GET /v1/predictions), listed a page at a
time. The answers are untrusted: each row is checked field by field, page links are followed
only on the API's origin (ReplicateService.page_link), and a listing stops at MAX_LISTED."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .errors import UserError
from .i18n import translate
from .model_info import OutputKind
from .replicate_service import ReplicateService
from .runner import file_urls, is_file_output

MAX_LISTED = 1000  # predictions one listing reads (ten of Replicate's pages)
MAX_PAGES = 100  # pages too: a server answering empty pages with a `next` would never end
LIST_PATH = "/v1/predictions"
ID = re.compile(r"[A-Za-z0-9]{1,128}")  # a prediction or version id: safe in a path and a file name
FINISHED = ("succeeded", "failed", "canceled", "aborted")


@dataclass(frozen=True)
class AccountRun:
    """One prediction of the account as the list shows it; `raw` is Replicate's JSON (untrusted)."""

    id: str
    model: str
    version: str | None
    status: str  # Replicate's word: succeeded, failed, canceled, aborted, starting, processing
    created_at: float | None  # seconds since the epoch; None when Replicate's date is unreadable
    has_text: bool
    file_count: int
    data_removed: bool
    deployment: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


class AccountRuns:
    """The account's predictions, newest first, a page at a time. A failed page can be asked
    again: the place in the list moves only when a page arrives."""

    def __init__(self, service: ReplicateService, limit: int = MAX_LISTED, max_pages: int = MAX_PAGES) -> None:
        self._service = service
        self._next: str | None = LIST_PATH
        self._pages_left = max_pages
        self._lock = asyncio.Lock()  # two "load more" at once would read one page twice
        self.limit = limit
        self.listed: list[AccountRun] = []
        self.capped = False  # stopped at `limit` (or the page cap): older runs are not listed
        self._seen: set[str] = set()

    @property
    def more(self) -> bool:
        return self._next is not None

    async def next_page(self) -> list[AccountRun]:
        """The next page's runs (none when the list has ended); raises what the request raises."""
        async with self._lock:
            if self._next is None:
                return []
            answer = await self._service.json("GET", self._next)
            found, following = await asyncio.to_thread(_page, answer)
            self._pages_left -= 1
            onward = self._service.page_link(following)
            new = [run for run in found if run.id not in self._seen]
            room = self.limit - len(self.listed)
            fresh = new[:room]
            self._seen.update(run.id for run in fresh)
            self.listed.extend(fresh)
            if len(new) > room or (onward and (len(self.listed) >= self.limit or self._pages_left <= 0)):
                self.capped, onward = True, None
            self._next = onward
            return fresh


def _page(answer: Any) -> tuple[list[AccountRun], Any]:
    if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
        raise UserError(
            translate("AccountRuns", "Unexpected answer from Replicate"),
            translate("AccountRuns", "Replicate's list of runs could not be read."),
        )
    runs = [run for run in map(account_run, answer["results"]) if run is not None]
    return runs, answer.get("next")


def account_run(item: Any) -> AccountRun | None:
    """A prediction's JSON as a row of the list; None when it has no usable id."""
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not ID.fullmatch(item["id"]):
        return None
    output = item.get("output")
    return AccountRun(
        id=item["id"],
        model=short(item.get("model"), 300),
        version=version_of(item.get("version")),
        status=short(item.get("status"), 40),
        created_at=moment(item.get("created_at")),
        has_text=text_of(output, None) is not None,
        file_count=len(file_urls(output)),
        data_removed=item.get("data_removed") is True,
        deployment=short(item.get("deployment"), 300) or None,
        raw=item,
    )


def short(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def version_of(value: Any) -> str | None:
    return value if isinstance(value, str) and ID.fullmatch(value) else None


def moment(value: Any) -> float | None:
    """Replicate's ISO 8601 time (`2024-05-01T10:00:00.123456Z`, UTC if no zone) in seconds."""
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value.strip()[:64])
    except ValueError:
        return None
    return (found if found.tzinfo else found.replace(tzinfo=UTC)).timestamp()


def text_of(output: Any, kind: OutputKind | None) -> str | None:
    """The output as text: a string that is no file, or a list of them (streamed tokens, joined)
    unless the model's schema, when known here, says its list is something else."""
    if isinstance(output, str):
        return None if is_file_output(output) else output
    strings = isinstance(output, list) and all(isinstance(i, str) and not is_file_output(i) for i in output)
    return "".join(output) if output and strings and kind in (None, OutputKind.TEXT_STREAM) else None
