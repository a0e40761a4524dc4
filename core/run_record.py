"""One run as the history keeps it."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from .run_events import RunStatus


@dataclass
class RunRecord:
    model: str
    status: RunStatus
    prompt: str = ""
    prediction_id: str | None = None
    version: str | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    logs: str = ""
    output_text: str = ""
    output_value: Any = None
    files: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    created_at: float = field(default_factory=time.time)
    completed_at: float | None = None
    favourite: bool = False
    parent_id: int | None = None  # the previous turn, when this run follows up a conversation
    group_id: str | None = None  # shared by runs started together (a comparison, a batch)
    sent_at: float | None = None  # when its create request last went out (None: not yet, or unknown)
    cancel_requested: bool = False  # the user asked to cancel it: cancelled by id when found again
    id: int | None = None


JSON_COLUMNS = ("inputs", "output_value", "files", "metrics")  # stored as JSON text


def to_row(record: RunRecord) -> dict[str, Any]:
    """The record as the history's columns (read back by record_check.repaired_record)."""
    return row_fields(asdict(record))


def row_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Some of a record's fields, as columns."""
    row = dict(fields)
    for name in JSON_COLUMNS:
        if name in row:
            row[name] = json.dumps(row[name])
    for name in ("favourite", "cancel_requested"):
        if name in row:
            row[name] = int(bool(row[name]))
    if isinstance(row.get("status"), RunStatus):
        row["status"] = row["status"].value
    return row
