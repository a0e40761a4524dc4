"""A `Retry-After` value read once for every caller (the API's transport, creates, downloads):
seconds, or an HTTP date (RFC 9110) counted from now."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def wait_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """The seconds asked for, as given (a past date: 0); None when absent or unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, (aware(when) - (now or datetime.now(UTC))).total_seconds())


def aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
