"""Progress read from a model's logs (tqdm lines such as ` 45%|████      | 9/20 [00:04<00:05, 2.1it/s]`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .i18n import translate

_TQDM = re.compile(
    r"(?P<percent>\d{1,3})%\|[^|]*\|\s*(?P<current>\d+)/(?P<total>\d+)"
    r"(?:\s*\[(?P<elapsed>[\d:.]+)<(?P<left>[\d:.?]+))?"
)


@dataclass(frozen=True)
class LogProgress:
    percent: int
    current: int
    total: int
    seconds_left: float | None  # tqdm's own estimate, when the line has one


def _seconds(clock: str) -> float | None:
    try:
        parts = [float(p) for p in clock.split(":")]
    except ValueError:
        return None  # tqdm writes "?" before it knows
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def parse_progress(logs: str) -> LogProgress | None:
    """The last progress line in some log text, if any."""
    found = None
    for match in _TQDM.finditer(logs):
        found = match
    if found is None:
        return None
    left = _seconds(found["left"]) if found["left"] else None
    return LogProgress(min(100, int(found["percent"])), int(found["current"]), int(found["total"]), left)


def describe_time_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("Progress", "about {seconds} s left").format(seconds=seconds)
    said = translate("Progress", "about {minutes} min {seconds} s left")
    return said.format(minutes=seconds // 60, seconds=f"{seconds % 60:02d}")
