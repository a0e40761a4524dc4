"""Untrusted run data made into a RunRecord that cannot raise when it is shown, sorted, stored,
exported or run again: `checked_record` for imports (refuses, saying why), `repaired_record`
for rows an older Replidesk may have written badly (never refuses, falls back to safe values)."""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from .errors import UserError
from .i18n import translate
from .model_ref import ModelRef
from .run_events import RunStatus
from .run_record import RunRecord

MB = 1024 * 1024
# Bytes of UTF-8. Generous for real runs; bounded so one run cannot exhaust memory or the UI.
TEXT_LIMITS = {
    "model": 300,
    "prompt": 1 * MB,
    "error": 1 * MB,
    "logs": 16 * MB,
    "output_text": 64 * MB,
    "group_id": 128,
}
JSON_LIMITS = {"inputs": 16 * MB, "output_value": 32 * MB, "metrics": 1 * MB}
MAX_DEPTH = 64
MAX_FILES = 10_000
MAX_NAME = 4096  # a stored file name or path
MAX_INT_BITS = 1024  # a bigger integer has no meaning in a run, and costs to print
EARLIEST = 946_684_800.0  # 2000-01-01 UTC: no run is older
_VERSION = re.compile(r"[A-Za-z0-9]{1,128}")
_UNFINISHED = ("queued", "starting", "processing")


class BadRecord(ValueError):
    """A run that cannot be taken as it is; `reason` is short, plain and names the field."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def checked_record(entry: dict[str, Any]) -> RunRecord:
    """A run from an import: every field checked for type, size and range. The result is a copy,
    never the original: no prediction id (it could re-attach to someone else's prediction) and
    never unfinished (there is nothing to follow), so an unfinished run comes in as canceled."""
    if not isinstance(entry, dict):
        raise BadRecord(translate("RecordCheck", "the run is not an object"))
    status = _status(_required(entry, "status"))
    if status.value in _UNFINISHED:
        status = RunStatus.CANCELED
    values: dict[str, Any] = {
        "model": _model(_required(entry, "model")),
        "status": status,
        "version": _version(entry.get("version")),
        "prompt": _text(_given(entry, "prompt", ""), "prompt"),
        "error": _optional_text(entry.get("error"), "error"),
        "logs": _text(_given(entry, "logs", ""), "logs"),
        "output_text": _text(_given(entry, "output_text", ""), "output_text"),
        "inputs": _object(_given(entry, "inputs", {}), "inputs"),
        "output_value": _json(entry.get("output_value"), "output_value"),
        "metrics": _object(_given(entry, "metrics", {}), "metrics"),
        "files": _files(_given(entry, "files", [])),
        "created_at": _date(_required(entry, "created_at"), "created_at"),
        "completed_at": _optional_date(entry.get("completed_at"), "completed_at"),
        "favourite": _bool(_given(entry, "favourite", False), "favourite"),
        "group_id": _optional_text(entry.get("group_id"), "group_id"),
    }
    return _record(values)


def repaired_record(values: Mapping[str, Any] | sqlite3.Row) -> RunRecord:
    """A history row as SQLite returns it (JSON columns still as their text, favourite as 0/1),
    with every bad field replaced by a safe value: created_at 0.0 means "unknown". Never raises.
    Text is not shortened: a row put back by Undo must keep all of it."""
    try:
        row = dict(values)  # a dict, or the sqlite3.Row itself
    except (TypeError, ValueError):
        row = {}

    def keep(name: str, check: Callable[[Any], Any], default: Any) -> Any:
        try:
            return check(row.get(name, default))
        except (BadRecord, ValueError, TypeError, RecursionError):
            return default

    def text(name: str) -> Callable[[Any], Any]:
        return lambda value: _text(value, name, limit=None)

    status = keep("status", _status, RunStatus.FAILED)
    repaired: dict[str, Any] = {
        "model": keep("model", text("model"), "unknown"),
        "status": status,
        "prompt": keep("prompt", text("prompt"), ""),
        "prediction_id": keep("prediction_id", lambda v: _optional_text(v, "prediction_id", None), None),
        "version": keep("version", lambda v: _optional_text(v, "version", None), None),
        "inputs": _repaired_object(row.get("inputs"), "inputs"),
        "error": keep("error", lambda v: _optional_text(v, "error", None), None),
        "logs": keep("logs", text("logs"), ""),
        "output_text": keep("output_text", text("output_text"), ""),
        "output_value": keep("output_value", lambda v: _json(_decoded(v), "output_value", None), None),
        "files": keep("files", _repaired_files, []),
        "metrics": _repaired_object(row.get("metrics"), "metrics"),
        "created_at": keep("created_at", lambda v: _date(v, "created_at"), 0.0),
        "completed_at": keep("completed_at", lambda v: _optional_date(v, "completed_at"), None),
        "favourite": keep("favourite", lambda v: bool(v) if isinstance(v, (bool, int)) else False, False),
        "parent_id": keep("parent_id", _optional_int, None),
        "group_id": keep("group_id", lambda v: _optional_text(v, "group_id", None), None),
        "sent_at": keep("sent_at", lambda v: _optional_date(v, "sent_at"), None),
        "cancel_requested": keep("cancel_requested", lambda v: v is True or v == 1, False),
        "id": keep("id", _optional_int, None),
    }
    if not repaired["model"]:
        repaired["model"] = "unknown"
    return _record(repaired)


def _record(values: dict[str, Any]) -> RunRecord:
    known = {f.name for f in fields(RunRecord)}  # RunRecord grows fields; pass only those it has
    return RunRecord(**{k: v for k, v in values.items() if k in known})


def _given(entry: dict[str, Any], name: str, default: Any) -> Any:
    """A field's value; a missing one or null takes the default, as older exports wrote them."""
    value = entry.get(name)
    return default if value is None else value


def _required(entry: dict[str, Any], name: str) -> Any:
    if entry.get(name) is None:
        raise BadRecord(translate("RecordCheck", "{name} is missing").format(name=name))
    return entry[name]


def _status(value: Any) -> RunStatus:
    if isinstance(value, RunStatus):
        return value
    if not isinstance(value, str):
        raise BadRecord(translate("RecordCheck", "status is not text"))
    try:
        return RunStatus(value)
    except ValueError:
        raise BadRecord(
            translate("RecordCheck", "status “{value}” is not a known status").format(value=value[:40])
        ) from None


def _model(value: Any) -> str:
    text = _text(value, "model")
    try:
        return str(ModelRef.parse(text))
    except UserError:
        raise BadRecord(translate("RecordCheck", "model is not a model name (owner/name)")) from None


def _version(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _VERSION.fullmatch(value):
        raise BadRecord(translate("RecordCheck", "version is not a version id"))
    return value


def _text(value: Any, name: str, limit: int | None = -1) -> str:
    """Text within its size limit (-1: the field's own, None: no limit). Lone surrogates (half an
    emoji) cannot be stored by SQLite, so they become U+FFFD instead of failing the insert."""
    if not isinstance(value, str):
        raise BadRecord(translate("RecordCheck", "{name} is not text").format(name=name))
    limit = TEXT_LIMITS.get(name, MAX_NAME) if limit == -1 else limit
    if limit is not None and len(value) > limit:  # every character is at least one byte
        raise BadRecord(translate("RecordCheck", "{name} is larger than {size}").format(name=name, size=_size(limit)))
    try:
        size = len(value) if value.isascii() else len(value.encode("utf-8"))
    except UnicodeEncodeError:  # through UTF-16, a pair split in two is joined again
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        size = len(value.encode("utf-8"))
    if limit is not None and size > limit:
        raise BadRecord(translate("RecordCheck", "{name} is larger than {size}").format(name=name, size=_size(limit)))
    return value


def _optional_text(value: Any, name: str, limit: int | None = -1) -> str | None:
    return None if value is None else _text(value, name, limit)


def _optional_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadRecord(translate("RecordCheck", "not a whole number"))
    return value


def _date(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadRecord(translate("RecordCheck", "{name} is not a date").format(name=name))
    if not EARLIEST <= value <= time.time() + 86_400:
        raise BadRecord(translate("RecordCheck", "{name} is not a date between 2000 and today").format(name=name))
    return float(value)


def _optional_date(value: Any, name: str) -> float | None:
    return None if value is None else _date(value, name)


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise BadRecord(translate("RecordCheck", "{name} is not true or false").format(name=name))
    return value


def _files(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BadRecord(translate("RecordCheck", "files is not a list of file names"))
    if len(value) > MAX_FILES:
        raise BadRecord(translate("RecordCheck", "files lists more than {count} files").format(count=f"{MAX_FILES:,}"))
    if any(len(item) > MAX_NAME or not item for item in value):
        raise BadRecord(translate("RecordCheck", "files holds a name that is empty or too long"))
    return list(value)


def _object(value: Any, name: str, limit: int | None = -1) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadRecord(translate("RecordCheck", "{name} is not an object").format(name=name))
    checked: dict[str, Any] = _json(value, name, limit)
    return checked


def _json(value: Any, name: str, limit: int | None = -1) -> Any:
    """The value itself if it is plain JSON (finite numbers, text keys) no deeper than MAX_DEPTH
    and no bigger than the limit. Walked with a stack: a hostile depth cannot exhaust recursion."""
    limit = JSON_LIMITS.get(name, MB) if limit == -1 else limit
    size = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        size += 8  # a rough cost per value: bounds a huge list of tiny ones too
        if item is None or isinstance(item, bool):
            pass
        elif isinstance(item, int):
            if item.bit_length() > MAX_INT_BITS:
                raise BadRecord(translate("RecordCheck", "a number in {name} is too large").format(name=name))
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise BadRecord(translate("RecordCheck", "a number in {name} is not finite").format(name=name))
        elif isinstance(item, str):
            size += len(item)
        elif isinstance(item, (list, dict)):
            if depth >= MAX_DEPTH and item:
                raise BadRecord(
                    translate("RecordCheck", "a value in {name} is nested more than {depth} levels deep").format(
                        name=name, depth=MAX_DEPTH
                    )
                )
            if isinstance(item, dict):
                if not all(isinstance(key, str) for key in item):
                    raise BadRecord(translate("RecordCheck", "{name} has a key that is not text").format(name=name))
                size += sum(len(key) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
        else:
            raise BadRecord(translate("RecordCheck", "{name} holds a value that is not JSON").format(name=name))
        if limit is not None and size > limit:
            raise BadRecord(
                translate("RecordCheck", "{name} is larger than {size}").format(name=name, size=_size(limit))
            )
    return value


def _decoded(value: Any) -> Any:
    """A JSON column's text decoded; a value already decoded is taken as it is."""
    if isinstance(value, (str, bytes)):
        return json.loads(value)
    return value


def _repaired_files(value: Any) -> list[str]:
    decoded = _decoded(value) if value else []
    return [name for name in decoded if isinstance(name, str)] if isinstance(decoded, list) else []


def _repaired_object(value: Any, name: str) -> dict[str, Any]:
    """An object column with its bad entries dropped, the good ones kept."""
    try:
        decoded = _decoded(value)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(decoded, dict):
        return {}
    kept = {}
    for key, item in decoded.items():
        try:
            kept[str(key)] = _json(item, name, None)
        except BadRecord:
            continue
    return kept


def _size(limit: int) -> str:
    if limit >= MB:
        return f"{limit // MB} MB"
    return translate("RecordCheck", "{count} bytes").format(count=f"{limit:,}")
