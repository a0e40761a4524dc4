"""One run of a model: create the prediction, follow it (stream or poll), fetch its files.

`Run.updates()` yields what the GUI shows, in order, and always ends with `Finished`.
`Run.cancel()` cancels the prediction on Replicate by id.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

from .data_uri import BadDataUri, is_data_uri
from .downloads import Downloaded, Downloader, Progress, UnsafeUrl
from .errors import Problem, UserError, explain, prompt_missing
from .i18n import translate
from .input_values import CheckedInput, FormValues
from .model_info import ModelInfo, OutputKind
from .output_names import output_stem
from .replicate_service import ReplicateService
from .run_events import (
    Created,
    FileReady,
    Finished,
    LogAppended,
    OutputValue,
    RunStatus,
    RunUpdate,
    StatusChanged,
    TextAppended,
    Uploading,
)

if TYPE_CHECKING:
    from replicate.prediction import Prediction

SLICE = 0.008  # seconds of stream work before giving the event loop a turn


class InvalidInput(UserError):
    """Fields the user must correct before anything is sent; `problems` by field name."""

    def __init__(self, problems: dict[str, str]) -> None:
        told = " ".join(problems.values())
        super().__init__(
            translate("Run", "Some inputs need a fix"),
            told
            if len(problems) == 1
            else translate("Run", "%n inputs need a fix: {problems}", n=len(problems)).format(problems=told),
        )
        self.problems = problems


def prepare_input(info: ModelInfo, values: FormValues, prompt: str) -> CheckedInput:
    """Put the prompt in its field of a copy of the form's values and check every field; raise
    before anything is sent. The form's own values are never changed."""
    values = values.copy()
    field = info.prompt_field
    if field is not None:
        if prompt.strip():
            values.set(field, prompt)
        elif info.prompt_required:
            raise prompt_missing(field)
        else:
            values.unset(field)  # an optional prompt left empty: the model's default
    checked = values.check()
    if checked.problems:
        raise InvalidInput(checked.problems)
    return checked


def is_file_output(value: object) -> bool:
    """A string an output holds that stands for a file: a web address, or a data: URI."""
    return isinstance(value, str) and (value.startswith(("http://", "https://")) or is_data_uri(value))


def file_urls(output: Any) -> list[str]:
    """Every file in an output, in order (a URL or data: URI, a list of them, or objects holding
    them). Walked without recursion: a model may return a value nested a thousand levels deep."""
    found: list[str] = []
    pending: list[Any] = [output]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if is_file_output(value):
                found.append(value)
        elif isinstance(value, dict):
            pending.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            pending.extend(reversed(value))
    return found


def without_inline_files(output: Any) -> Any:
    """The output with each data: URI replaced by a short note: the file itself is saved, and a
    value of megabytes of base64 is no use to show or to keep in the history."""
    if not any(is_data_uri(url) for url in file_urls(output)):
        return output

    def note(value: Any, depth: int = 0) -> Any:
        if isinstance(value, str):
            return (
                f"(inline file, {value[5:].split(',', 1)[0].split(';', 1)[0] or 'text/plain'}: saved)"
                if (is_data_uri(value))
                else value
            )
        if depth > 100:  # deeper than any real output; kept as it is
            return value
        if isinstance(value, dict):
            return {key: note(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            return [note(item, depth + 1) for item in value]
        return value

    return note(output)


def _replaced(value: Any, local: str, url: str) -> Any:
    """The input value with one local file path replaced by its uploaded URL (lists: the first)."""
    if isinstance(value, list):
        at = value.index(local)
        return value[:at] + [url] + value[at + 1 :]
    return url if value == local else value


class Run:
    def __init__(
        self,
        service: ReplicateService,
        downloader: Downloader,
        info: ModelInfo,
        checked: CheckedInput,
        attach_to: str | None = None,
        text_shown: int = 0,
        logs_shown: int = 0,
        prompt: str | None = None,
    ) -> None:
        self.service = service
        self.downloader = downloader
        self.info = info
        self.inputs = dict(checked.json)
        self.uploads = checked.uploads
        self.prediction_id: str | None = None
        self._cancel_requested = False
        self._status: RunStatus | None = None
        self._text_shown = text_shown  # re-attached: what the history already has
        self._logs_shown = logs_shown
        self._fetched: set[str] = set()
        self.attach_to = attach_to  # follow a prediction made earlier (re-attach after a restart)
        self.missing: list[str] = []  # output files Replicate no longer has
        self.unreadable: list[str] = []  # inline (data:) files that could not be decoded, and why
        self.progress: Progress | None = None  # download progress, for the GUI
        self.error: BaseException | None = None  # what made the run end as failed, if anything
        self.prompt = prompt  # the user's words, for naming files (None: from the inputs)

    async def cancel(self) -> None:
        """Cancel on Replicate; if the prediction is not created yet, as soon as it is."""
        self._cancel_requested = True
        if self.prediction_id:
            await self.service.cancel(self.prediction_id)

    async def updates(self) -> AsyncGenerator[RunUpdate, None]:
        try:
            yield self._set(RunStatus.STARTING)
            if self.attach_to:
                self.prediction_id = self.attach_to
                prediction = await self.service.get(self.attach_to)
                yield Created(prediction.id)
                async for update in self._poll(prediction, show_logs=True):
                    yield update
                return
            for name, paths in self.uploads.items():
                for path in paths:
                    yield Uploading(path.name)
                    url = await self.service.upload(path)
                    self.inputs[name] = _replaced(self.inputs[name], str(path), url)
            wants_stream = self.info.output_kind is OutputKind.TEXT_STREAM
            prediction = await self.service.create(self.info, self.inputs, stream=wants_stream)
            self.prediction_id = prediction.id
            yield Created(prediction.id)
            if self._cancel_requested:
                await self.service.cancel(prediction.id)
            streamed = wants_stream and bool((prediction.urls or {}).get("stream"))
            if streamed:
                async with aclosing(self._follow_stream(prediction)) as stream_updates:
                    async for update in stream_updates:
                        yield update
                prediction = await self.service.get(prediction.id)  # the create reply is stale
            async for update in self._poll(prediction, show_logs=not streamed):
                yield update
        except (TimeoutError, Exception) as error:  # every failure ends as a message
            import httpx

            self.error = error
            problem = explain(error, self.info.ref.slug)
            # Once a prediction exists, losing the network ends only our following of it.
            detached = self.prediction_id is not None and isinstance(
                error, (httpx.TransportError, asyncio.TimeoutError)
            )
            if detached:
                problem = Problem(
                    problem.title,
                    problem.message
                    + " "
                    + translate("Run", "The run goes on at Replicate: Replidesk follows it again at its next start."),
                )
            yield Finished(self._set_terminal(RunStatus.FAILED), problem, detached=detached)

    def _set(self, status: RunStatus) -> StatusChanged:
        self._status = status
        return StatusChanged(status)

    def _text(self, text: str) -> TextAppended:
        self._text_shown += len(text)
        return TextAppended(text)

    def _set_terminal(self, status: RunStatus) -> RunStatus:
        self._status = status
        return status

    async def _follow_stream(self, prediction: Prediction) -> AsyncGenerator[RunUpdate, None]:
        """Text and logs as they stream. Read to the stream's own end: leaving early would
        leave the HTTP response half-read."""

        try:
            async with aclosing(self.service.stream(prediction)) as events:
                turn_began = time.perf_counter()
                async for event in events:
                    if time.perf_counter() - turn_began > SLICE:  # a burst of buffered events
                        await asyncio.sleep(0)  # lets the UI paint and react between slices
                        turn_began = time.perf_counter()
                    if self._status is RunStatus.STARTING and event.kind in ("output", "logs"):
                        yield self._set(RunStatus.PROCESSING)
                    if event.kind == "output":
                        yield self._text(event.data)
                    elif event.kind == "logs":
                        yield LogAppended(event.data)
        except Exception:
            return  # polling below follows the prediction by id to its end

    async def _poll(self, prediction: Prediction, show_logs: bool) -> AsyncGenerator[RunUpdate, None]:
        """Follow the prediction by id to its end, then report its outputs and how it ended."""
        seen_logs = self._logs_shown
        while True:
            status = RunStatus.from_api(prediction.status)
            if not status.is_terminal and status is not self._status:
                yield self._set(status)
            logs = prediction.logs or ""
            if show_logs and len(logs) > seen_logs:
                yield LogAppended(logs[seen_logs:].rstrip("\n"))
                seen_logs = len(logs)
            if self.info.output_kind is OutputKind.TEXT_STREAM:  # what a stream missed, if any
                text = "".join(str(token) for token in prediction.output or [])
                if len(text) > self._text_shown:
                    yield self._text(text[self._text_shown :])
            if status.is_terminal:
                break
            if self.info.output_kind is not OutputKind.TEXT_STREAM and prediction.output:
                async for update in self._outputs(prediction):  # files as soon as they exist
                    yield update
            await asyncio.sleep(self.service.poll_interval)
            prediction = await self.service.get(prediction.id)
        if status is RunStatus.SUCCEEDED and self.info.output_kind is not OutputKind.TEXT_STREAM:
            async for update in self._outputs(prediction):
                yield update
        problem = None
        if status is RunStatus.FAILED:
            reason = (prediction.error or translate("Run", "no reason given")).strip()
            problem = Problem(
                translate("Run", "The model failed"),
                translate("Run", "The model stopped with an error: {reason}").format(reason=reason),
            )
        elif self.unreadable:
            problem = Problem(
                translate("Run", "An output could not be read"),
                translate(
                    "Run",
                    "The model returned a file inline that Replidesk could not decode ({why}). "
                    "Everything else of this run is kept.",
                ).format(why=self.unreadable[0]),
            )
        elif self.missing:
            problem = Problem(
                translate("Run", "Some outputs are gone"),
                translate(
                    "Run",
                    "Replicate no longer has %n output file(s) of this run: it deletes them an hour "
                    "after a run. Everything saved before is kept.",
                    n=len(self.missing),
                ),
            )
        yield Finished(self._set_terminal(status), problem, dict(prediction.metrics or {}))

    async def _outputs(self, prediction: Prediction) -> AsyncGenerator[RunUpdate, None]:
        """Files as soon as they appear in the output (each fetched once); at the end, a value
        that is more than its files (an object, a number, text) is shown as well."""
        import httpx

        status = RunStatus.from_api(prediction.status)
        output = prediction.output
        urls = file_urls(output)
        if status is RunStatus.SUCCEEDED and output is not None and not _only_urls(output):
            yield OutputValue(without_inline_files(output))
        for url in urls:
            if url in self._fetched:
                continue
            self._fetched.add(url)
            try:
                got = await self._save(url, prediction.id)
            except BadDataUri as error:
                self.unreadable.append(str(error))
                continue
            except UnsafeUrl:
                continue  # shown as text within the value, never opened
            except httpx.HTTPStatusError as error:
                if error.response.status_code not in (403, 404, 410):
                    raise
                self.missing.append(url)  # removed by Replicate (it keeps outputs for an hour)
                continue
            yield FileReady(got.path, url if not is_data_uri(url) else "", got.media_type)

    async def _save(self, url: str, prediction_id: str) -> Downloaded:
        index = len(self._fetched)  # 1-based: this file's place among the run's files
        stem = output_stem(self._naming_words(), self.info.ref.name, index)
        if is_data_uri(url):
            return await self.downloader.save_data_uri(url, prediction_id, index - 1, stem=stem)
        return await self.downloader.fetch(url, prediction_id, self.progress, stem=stem)

    def _naming_words(self) -> str:
        """What names the files: the user's prompt, else the prompt input, else the first file
        the user sent (an upscaler's photo), else nothing (the model's name alone)."""
        if self.prompt is not None and self.prompt.strip():
            return self.prompt
        field = self.info.prompt_field
        value = self.inputs.get(field) if field else None
        if isinstance(value, str) and value.strip():
            return value
        first = next((paths[0] for paths in self.uploads.values() if paths), None)
        return first.stem if first is not None else ""


def _only_urls(output: Any) -> bool:
    items = output if isinstance(output, list) else [output]
    return bool(items) and all(is_file_output(i) for i in items)
