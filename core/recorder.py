"""Keeps one run in the history while it happens: the row is written when the run starts and
when its prediction id is known (so a crash can be re-attached), streamed text and logs are
written in batches, and the end is written at once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from .history import HistoryStore, RunRecord
from .input_fields import FieldKind
from .model_info import ModelInfo
from .runs import Created, FileReady, Finished, LogAppended, OutputValue, RunUpdate, StatusChanged, TextAppended

SECRET_MASK = "[secret]"
FLUSH_SECONDS = 1.0  # streamed text and logs reach the database at most this often


def masked_inputs(info: ModelInfo, inputs: dict[str, Any]) -> dict[str, Any]:
    """The inputs with every `format: password` value replaced: secrets never reach the disk."""
    secrets = {f.name for f in info.fields if f.kind is FieldKind.SECRET}
    return {name: (SECRET_MASK if name in secrets else value) for name, value in inputs.items()}


def stored_path(path: Path, outputs_root: Path) -> str:
    """Output files are kept relative to the outputs folder, so the data folder can move."""
    try:
        return str(path.resolve().relative_to(outputs_root.resolve()))
    except ValueError:
        return str(path)


class RunRecorder:
    def __init__(
        self,
        store: HistoryStore,
        outputs_root: Path,
        info: ModelInfo,
        inputs: dict[str, Any],
        prompt: str,
        record: RunRecord | None = None,
    ) -> None:
        self.store = store
        self.outputs_root = outputs_root
        self.record = record or RunRecord(
            model=str(info.ref),
            version=info.version_id,
            status="starting",
            prompt=prompt,
            inputs=masked_inputs(info, inputs),
        )
        self._text: list[str] = []
        self._logs: list[str] = []
        self._flushed = time.monotonic()

    async def start(self) -> int:
        if self.record.id is None:
            await self.store.add(self.record)
        return self.record.id

    async def apply(self, update: RunUpdate) -> None:
        record = self.record
        if isinstance(update, TextAppended):
            self._text.append(update.text)
        elif isinstance(update, LogAppended):
            self._logs.append(update.text + "\n")
        elif isinstance(update, Created):
            record.prediction_id = update.prediction_id
            await self.store.update(record.id, prediction_id=record.prediction_id)
        elif isinstance(update, StatusChanged):
            record.status = update.status.value
            await self.store.update(record.id, status=record.status)
        elif isinstance(update, FileReady):
            record.files.append(stored_path(update.path, self.outputs_root))
            await self.store.update(record.id, files=record.files)
        elif isinstance(update, OutputValue):
            record.output_value = update.value
            await self.store.update(record.id, output_value=record.output_value)
        elif isinstance(update, Finished):
            self._drain()
            if update.detached:  # still running at Replicate: stays unfinished, re-attached later
                await self.store.update(record.id, output_text=record.output_text, logs=record.logs)
                return
            record.status = update.status.value
            record.error = update.problem.message if update.problem else None
            record.metrics = dict(update.metrics)
            record.completed_at = time.time()
            await self.store.update(
                record.id,
                status=record.status,
                error=record.error,
                metrics=record.metrics,
                completed_at=record.completed_at,
                output_text=record.output_text,
                logs=record.logs,
            )
            return
        if (self._text or self._logs) and time.monotonic() - self._flushed >= FLUSH_SECONDS:
            self._drain()
            await self.store.update(record.id, output_text=record.output_text, logs=record.logs)

    def _drain(self) -> None:
        self.record.output_text += "".join(self._text)
        self.record.logs += "".join(self._logs)
        self._text.clear()
        self._logs.clear()
        self._flushed = time.monotonic()
