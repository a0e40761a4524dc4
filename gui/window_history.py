"""What the main window does with its history: open a past run from local files alone, and
follow runs that were still going when the app last closed (or crashed)."""

from __future__ import annotations

import asyncio
import time
from contextlib import aclosing
from typing import TYPE_CHECKING

from core.downloads import media_type_of
from core.errors import Problem, explain
from core.history import RunRecord
from core.input_values import CheckedInput
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.recorder import RunRecorder
from core.runner import Run
from core.runs import FileReady

from .history_model import status_text

if TYPE_CHECKING:
    from .main_window import MainWindow


async def model_info_for(window: MainWindow, record: RunRecord) -> ModelInfo:
    """The run's model as it was: from the schema kept with the history, else from Replicate."""
    ref = ModelRef.parse(record.model)
    kept = await window.session.history.schema(ref.slug, record.version)
    if kept is not None:
        description, schema = kept
        return ModelInfo.from_schema(ref, description, record.version, schema)
    return await window.session.replicate.model(ref)


async def open_record(window: MainWindow, record: RunRecord) -> None:
    """Inputs back in the form, outputs in the panel, from local files: no network needed."""
    record = await window.session.history.get(record.id) or record
    try:
        info = await model_info_for(window, record)
    except Exception as error:  # the model is gone and was never kept: say so, show the outputs
        window.show_problem(explain(error, record.model))
        info = None
    if info is not None:
        window.show_model(info)
        window.form.set_model(info, {k: v for k, v in record.inputs.items() if k != info.prompt_field})
    window.picker.set_text(record.model)
    window.prompt.setPlainText(record.prompt)
    panel = window.output
    panel.clear()
    if record.output_text:
        panel.append_text(record.output_text)
    if record.output_value is not None and not isinstance(record.output_value, str):
        panel.show_value(record.output_value)
    for name in record.files:
        path = window.session.outputs / name
        if path.exists():
            await panel.add_file(FileReady(path, "", media_type_of(path, None)))
    for line in record.logs.splitlines():
        panel.append_log(line)
    panel.finish(record.metrics)
    if record.error:  # what went wrong then (a failure, or outputs Replicate had already removed)
        window.show_problem(Problem(f"This run ended: {status_text(record.status)}", record.error))
    else:
        window.hide_problem()
    opened = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at))
    window.set_status(f"Opened a run of {opened}: {status_text(record.status)}")


async def reattach_unfinished(window: MainWindow) -> int:
    """Follow, to their end, the runs the last session left going on Replicate."""
    records = await window.session.history.unfinished()
    if records:
        window.set_status(f"Following {len(records)} run{'s' if len(records) > 1 else ''} still running on Replicate…")
    await asyncio.gather(*(_follow(window, record) for record in records))
    if records:
        window.history.refresh()
    return len(records)


async def _follow(window: MainWindow, record: RunRecord) -> None:
    session = window.session
    try:
        info = await model_info_for(window, record)
    except Exception:
        return
    record.output_text, record.logs = "", ""  # Replicate's copy is complete: take it whole
    recorder = RunRecorder(session.history, session.outputs, info, record.inputs, record.prompt, record)
    run = Run(session.replicate, session.downloader, info, CheckedInput(), attach_to=record.prediction_id)
    async with aclosing(run.updates()) as updates:
        async for update in updates:
            await recorder.apply(update)  # offline now: the run stays unfinished (Finished.detached)
