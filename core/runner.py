"""One run of a model: create the prediction, follow it (stream or poll), fetch its files.

`Run.updates()` yields what the GUI shows, in order, and always ends with `Finished`.
`Run.cancel()` cancels the prediction on Replicate by id.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncGenerator, Awaitable
from contextlib import aclosing
from typing import Any, TypeVar

from .data_uri import is_data_uri
from .downloads import Downloader, Progress
from .errors import Problem, UserError, explain, prompt_missing
from .following import Follower, FollowPolicy, Parked, goes_on
from .i18n import translate
from .input_values import CheckedInput, FormValues
from .model_info import ModelInfo, OutputKind
from .replicate_service import PredictionState, RateLimited, ReplicateService
from .run_events import Created, Finished, RunStatus, RunUpdate, Sending, Uploading

T = TypeVar("T")


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
            raise prompt_missing(info.prompt_label)
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


class _StoppedBeforeSent(Exception):
    """Cancelled while nothing exists on Replicate yet (uploading, or waiting out a 429)."""


class Run(Follower):
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
        refetch: RunStatus | None = None,
        policy: FollowPolicy | None = None,
        cancel: bool = False,
    ) -> None:
        self.service = service
        self.downloader = downloader
        self.info = info
        self.inputs = dict(checked.json)
        self.uploads = checked.uploads
        self.policy = policy or service.follow_policy or FollowPolicy()
        self.prediction_id: str | None = None
        self._cancel_requested = cancel  # True: a run found again that the user had asked to cancel
        self._canceled = asyncio.Event()  # ends an upload or a 429 wait at once
        self._settled = asyncio.Event()  # clear while the create request is in flight
        self._settled.set()
        self._uploading: str | None = None  # the file being uploaded, if one is
        self._status: RunStatus | None = None
        self._note = ""  # what the run waits for, said beside its status (StatusNote)
        self._stream_ended: str | None = None
        self._text_shown = text_shown  # re-attached: what the history already has
        self._logs_shown = logs_shown
        self._fetched: set[str] = set()
        self.attach_to = attach_to  # follow a prediction made earlier (re-attach after a restart)
        self.missing: list[str] = []  # output files Replicate no longer has
        self.unreadable: list[str] = []  # inline (data:) files that could not be decoded, and why
        self.unfetched: list[str] = []  # names of files still failing after the downloader's retries
        self.progress: Progress | None = None  # download progress, for the GUI
        self.error: BaseException | None = None  # what made the run end as failed, if anything
        self.prompt = prompt  # the user's words, for naming files (None: from the inputs)
        self.refetch = refetch  # Try again: how the run ended, kept whatever happens now
        self._creating = False

    @property
    def note(self) -> str:
        """What the run waits for now ("" when nothing): the GUI says it beside the status."""
        return self._note

    @property
    def sending(self) -> bool:
        """Whether the create request is in flight. It is never cut: its prediction may be made
        with nobody left to cancel it. Its answer comes within the create timeout."""
        return not self._settled.is_set()

    async def create_settled(self) -> None:
        """Returns once no create request is in flight."""
        await self._settled.wait()

    async def cancel(self) -> None:
        """Cancel on Replicate; if the prediction is not created yet, as soon as it is. Before the
        create is sent (uploading, or waiting out a 429) the run simply ends: nothing was made."""
        self._cancel_requested = True
        self._canceled.set()
        if self.prediction_id:
            await self.service.cancel(self.prediction_id)

    async def _unless_canceled(self, work: Awaitable[T]) -> T:
        """The work's result, or _StoppedBeforeSent as soon as the run is cancelled (the work is
        dropped: an upload's thread finishes on its own, its file unused)."""
        if self._cancel_requested:  # not even begun: no upload thread started for nothing
            if asyncio.iscoroutine(work):
                work.close()
            raise _StoppedBeforeSent()
        task = asyncio.ensure_future(work)
        stop = asyncio.ensure_future(self._canceled.wait())
        try:
            await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:
            task.cancel()
            raise
        finally:
            stop.cancel()
        if not task.done() or self._cancel_requested:
            if task.done() and not task.cancelled():
                task.exception()  # retrieved: an upload failing as it was cancelled says nothing
            task.cancel()
            raise _StoppedBeforeSent()
        return task.result()

    async def updates(self) -> AsyncGenerator[RunUpdate, None]:
        if self.refetch is not None and self.attach_to:
            async for update in self._refetch(self.attach_to, self.refetch):
                yield update
            return
        try:
            yield self._set(RunStatus.STARTING)
            if self.attach_to:
                async for update in self._reattach(self.attach_to):
                    yield update
                return
            for name, paths in self.uploads.items():
                for path in paths:
                    yield Uploading(path.name)
                    self._uploading = path.name
                    url = await self._unless_canceled(self.service.upload(path))
                    self.inputs[name] = _replaced(self.inputs[name], str(path), url)
            self._uploading = None
            wants_stream = self.info.output_kind is OutputKind.TEXT_STREAM
            holder: list[PredictionState] = []
            async for update in self._create(wants_stream, holder):
                yield update
            prediction = holder[0]
            self.prediction_id = prediction.id
            yield Created(prediction.id)
            if self._cancel_requested:  # asked while the create was in flight: cancelled by id now
                await self._send_cancel(prediction.id)
            streamed = wants_stream and bool(prediction.urls.get("stream"))
            if streamed:
                note = self._starting_note()
                if note is not None:
                    yield note
                async with aclosing(self._follow_stream(prediction)) as stream_updates:
                    async for update in stream_updates:
                        yield update
                holder.clear()
                try:
                    async for update in self._fetch(prediction.id, holder):  # the create reply is stale
                        yield update
                except Parked:
                    if self._stream_ended != "succeeded":
                        raise
                    # The whole answer arrived: a later failure (a revoked token) does not undo it.
                    yield Finished(RunStatus.SUCCEEDED)
                    return
                prediction = holder[0]
            async for update in self._poll(prediction, show_logs=not streamed):
                yield update
        except _StoppedBeforeSent:  # nothing exists on Replicate: nothing to cancel there
            if self._note:
                yield self._say("")
            yield Finished(RunStatus.CANCELED)
        except Parked as parked:  # the prediction goes on at Replicate; followed at the next start
            yield Finished(self._status or RunStatus.STARTING, parked.problem, detached=True)
        except (TimeoutError, Exception) as error:  # every failure ends as a message
            yield self._failed(error)

    def _failed(self, error: BaseException) -> Finished:
        import httpx

        self.error = error
        problem = explain(error, self.info.ref.slug)
        # Once a prediction exists, losing the network ends only our following of it.
        if self.prediction_id is not None and isinstance(error, (httpx.TransportError, asyncio.TimeoutError)):
            return Finished(self._status or RunStatus.STARTING, goes_on(problem), detached=True)
        # The create was sent and its answer lost (a timeout, a cut, a gateway's 5xx, a body that
        # could not be read): Replicate may have made the prediction. Never "Failed" (Run again
        # would make a second one): left unfinished, looked for in the account at the next start.
        if self.prediction_id is None and self._creating and not _surely_not_sent(error):
            return Finished(RunStatus.STARTING, maybe_created(problem, self._cancel_requested), detached=True)
        # Not about the model (an error of ours says its own words: the file grew past the limit).
        if self._uploading is not None and not problem.needs_token and not isinstance(error, UserError):
            said = translate("Run", "The file {name} could not be uploaded to Replicate ({why}). Try again later.")
            why = getattr(error, "status", None) or type(error).__name__
            problem = Problem(translate("Run", "Upload failed"), said.format(name=self._uploading, why=why))
        return Finished(RunStatus.FAILED, problem)

    async def _create(self, stream: bool, holder: list[PredictionState]) -> AsyncGenerator[RunUpdate, None]:
        """Create the prediction; a 429 (nothing was created) is sent again after `Retry-After`,
        a few times and within a total wait, and the user is told while it waits."""
        waited = 0.0
        for attempt in range(self.policy.create_retries + 1):
            if self._cancel_requested:  # never sent once the user cancelled
                raise _StoppedBeforeSent()
            yield Sending(time.time())
            if self._cancel_requested:  # asked while the send time was being written
                raise _StoppedBeforeSent()
            try:
                self._creating = True  # from here a failure may leave a prediction we never heard of
                self._settled.clear()
                try:
                    holder.append(await self.service.create(self.info, self.inputs, stream=stream))
                finally:
                    self._settled.set()
                self._creating = False
                if self._note:
                    yield self._say("")
                return
            except RateLimited as limited:
                wait = limited.wait if limited.wait is not None else 2.0**attempt
                if attempt == self.policy.create_retries or waited + wait > self.policy.create_wait_total:
                    raise limited.error from limited
                seconds = max(1, math.ceil(wait))
                yield self._say(translate("Run", "Replicate asks to wait %n s…", n=seconds))
                await self._unless_canceled(asyncio.sleep(wait))  # a cancel ends the wait: nothing was made
                waited += wait

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


def only_urls(output: Any) -> bool:
    items = output if isinstance(output, list) else [output]
    return bool(items) and all(is_file_output(i) for i in items)


_only_urls = only_urls  # the name core/account_import.py imports


def _surely_not_sent(error: BaseException) -> bool:
    """Whether a failed create certainly made no prediction: no connection, or refused (4xx)."""
    import httpx

    from .replicate_service import UnreadableAnswer

    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True
    if isinstance(error, UserError) and not isinstance(error, UnreadableAnswer):
        return True  # said before anything was sent (a model with no version, …)
    status = getattr(error, "status", None)
    # Replicate's own error answer (4xx, 500, 503) made nothing; a gateway's 502/504 may hide one.
    return isinstance(status, int) and 400 <= status < 600 and status not in (502, 504)


def maybe_created(problem: Problem, canceling: bool = False) -> Problem:
    if canceling:
        return Problem(
            problem.title,
            translate(
                "Run",
                "{said} Replicate may have received this run before the answer was lost: Replidesk looks "
                "for it on your account at its next start and cancels it.",
            ).format(said=problem.message),
        )
    return Problem(
        problem.title,
        translate(
            "Run",
            "{said} Replicate may have received this run before the answer was lost: Replidesk looks "
            "for it on your account at its next start, so do not run it again now.",
        ).format(said=problem.message),
    )
