"""One run as the history keeps it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
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
    id: int | None = None
