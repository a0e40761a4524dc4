"""Keeps one run in the history while it happens: the row is written when the run is asked for and
when its prediction id is known (so a crash can be re-attached), streamed text and logs are
written in batches, and the end is written at once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import Problem
from .history import HistoryStore, RunRecord
from .i18n import translate
from .input_fields import FieldKind
from .input_values import SECRET_MASK
from .model_info import ModelInfo
from .run_events import (
    Created,
    FileReady,
    Finished,
    LogAppended,
    OutputValue,
    RunStatus,
    RunUpdate,
    Sending,
    StatusChanged,
    TextAppended,
)
from .runner import Run
from .secret_mask import SecretMask

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
    """Writes one run's row: created when the run is asked for (as queued), then kept up to date."""

    def __init__(
        self, store: HistoryStore, outputs_root: Path, record: RunRecord, secrets: SecretMask | None = None
    ) -> None:
        self.store = store
        self.outputs_root = outputs_root
        self.record = record
        # A secret the user typed that the model echoes (in its text, logs, error or value) is
        # masked before it is written; streamed text is masked across chunk boundaries.
        self._secrets = secrets or SecretMask()
        self._text_mask = self._secrets.stream()
        self._logs_mask = self._secrets.stream()
        self.failure: BaseException | None = None  # the history could not be written (disk full…)
        self._text: list[str] = []
        self._logs: list[str] = []
        self._flushed = time.monotonic()

    @classmethod
    def new(
        cls,
        store: HistoryStore,
        outputs_root: Path,
        info: ModelInfo,
        inputs: dict[str, Any],
        prompt: str,
        parent_id: int | None = None,
        group_id: str | None = None,
    ) -> RunRecorder:
        typed = [inputs.get(f.name) for f in info.fields if f.kind is FieldKind.SECRET]
        record = RunRecord(
            model=str(info.ref),
            version=info.version_id,
            status=RunStatus.QUEUED,
            prompt=prompt,
            inputs=masked_inputs(info, inputs),
            parent_id=parent_id,
            group_id=group_id,
        )
        return cls(store, outputs_root, record, SecretMask(v for v in typed if isinstance(v, str)))

    @property
    def run_id(self) -> int:
        if self.record.id is None:
            raise RuntimeError("the run is not in the history yet: call start() first")
        return self.record.id

    async def start(self) -> int:
        if self.record.id is None:
            await self.store.add(self.record)
        return self.run_id

    async def apply(self, update: RunUpdate) -> None:
        record = self.record
        if isinstance(update, TextAppended):
            self._text.append(self._text_mask.feed(update.text))
        elif isinstance(update, LogAppended):
            self._logs.append(self._logs_mask.feed(update.text + "\n"))
        elif isinstance(update, Created):
            record.prediction_id = update.prediction_id
            await self.store.update(self.run_id, prediction_id=record.prediction_id)
        elif isinstance(update, StatusChanged):
            record.status = update.status
            await self.store.update(self.run_id, status=record.status)
        elif isinstance(update, Sending):  # written before the request goes: a crash during it keeps it
            record.sent_at = update.at
            await self.store.update(self.run_id, sent_at=record.sent_at)
        elif isinstance(update, FileReady):
            stored = stored_path(update.path, self.outputs_root)
            if stored not in record.files:  # re-attached: a file saved before is told again, kept once
                record.files.append(stored)
                await self.store.update(self.run_id, files=record.files)
        elif isinstance(update, OutputValue):
            record.output_value = self._secrets.mask_value(update.value)
            await self.store.update(self.run_id, output_value=record.output_value)
        elif isinstance(update, Finished):
            await self._finish(update)
            return
        if (self._text or self._logs) and time.monotonic() - self._flushed >= FLUSH_SECONDS:
            self._drain()
            await self.store.update(self.run_id, output_text=record.output_text, logs=record.logs)

    async def _finish(self, update: Finished) -> None:
        record = self.record
        self._text.append(self._text_mask.finish())
        self._logs.append(self._logs_mask.finish())
        self._drain()
        if update.detached:  # still running at Replicate: stays unfinished, re-attached later
            await self.store.update(self.run_id, output_text=record.output_text, logs=record.logs)
            return
        record.status = update.status
        record.error = self._secrets.mask(update.problem.message) if update.problem else None
        record.metrics = dict(update.metrics)
        record.completed_at = record.completed_at or time.time()  # a run fetched again keeps its end
        await self.store.update(
            self.run_id,
            status=record.status,
            error=record.error,
            metrics=record.metrics,
            completed_at=record.completed_at,
            output_text=record.output_text,
            logs=record.logs,
        )

    async def cancel_asked(self) -> None:
        """The user asked to cancel: kept, so that a run let go before Replicate confirmed (or
        lost during its create) is cancelled by id when found again at the next start."""
        if self.record.cancel_requested or self.record.id is None:
            return
        self.record.cancel_requested = True
        await self.store.update(self.run_id, cancel_requested=True)

    async def keep_partial(self) -> None:
        """Write what was shown so far (text and logs still in the batch): the run was let go
        before its end (the app closes, a cancel never confirmed), and what the user saw stays."""
        if not self._text and not self._logs:
            return
        self._drain()
        await self.store.update(self.run_id, output_text=self.record.output_text, logs=self.record.logs)

    def _drain(self) -> None:
        self.record.output_text += "".join(self._text)
        self.record.logs += "".join(self._logs)
        self._text.clear()
        self._logs.clear()
        self._flushed = time.monotonic()


async def recorded(run: Run, recorder: RunRecorder) -> AsyncGenerator[RunUpdate, None]:
    """The run's updates, each written to the history before it is passed on. A history that
    cannot be written (a full disk, a broken file) does not stop the run: the user still sees
    it, and its end says what was not saved. A run let go before its end (its task cancelled)
    keeps in the history the text it had shown."""
    finished = False
    try:
        async with aclosing(run.updates()) as updates:
            async for update in updates:
                if recorder.failure is None:
                    try:
                        await recorder.apply(update)
                    except Exception as error:  # sqlite3 and OS errors of the history's file
                        recorder.failure = error
                if isinstance(update, Finished):
                    finished = True
                    if recorder.failure is not None:
                        update = _unsaved(update, recorder.failure)
                yield update
    finally:
        if not finished and recorder.failure is None and recorder.record.id is not None:
            with suppress(Exception):
                await asyncio.shield(recorder.keep_partial())


def _unsaved(finished: Finished, failure: BaseException) -> Finished:
    said = translate(
        "Recorder",
        "Replidesk could not write it to its history ({error}). "
        "Check that the disk has room and the data folder can be written. Its files may still be "
        "in the outputs folder.",
    )
    note = Problem(
        translate("Recorder", "This run was not saved"), said.format(error=f"{type(failure).__name__}: {failure}")
    )
    if finished.problem is not None:
        note = Problem(finished.problem.title, f"{finished.problem.message} {note.message}")
    return replace(finished, problem=note)
