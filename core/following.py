"""Following a prediction that exists, whatever the faults, until Replicate itself ends it.

The rule: once a prediction id exists, only Replicate's own terminal status ends the run. A
stream that fails, drops or stays silent is reopened (with `Last-Event-ID`) a few times, then
the prediction is polled by id. A poll that fails (an HTML error page, a cut body, a redirect,
no network) is tried again with backoff, and the user is told; after a long outage, or with a
token Replicate no longer accepts, the run is *parked*: left to Replicate and followed again at
the next start. A file that cannot be fetched is named at the end; the others are fetched. A
cancel stops the file being fetched at once (nothing of it left) and fetches no more.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

from .downloads import Downloader, Progress
from .errors import Problem, explain, token_refused
from .i18n import translate
from .model_info import ModelInfo, OutputKind
from .replicate_service import PredictionState, ReplicateService
from .run_events import (
    Created,
    Finished,
    LogAppended,
    RunStatus,
    RunUpdate,
    StatusChanged,
    StatusNote,
    TextAppended,
)
from .run_files import FileFetcher

SLICE = 0.008  # seconds of stream work before giving the event loop a turn


@dataclass(frozen=True)
class FollowPolicy:
    """How patient a run is (seconds). Tests make it quick."""

    backoff_first: float = 0.5  # the first wait after a failed poll, doubled each time
    backoff_cap: float = 8.0
    outage_limit: float = 120.0  # polls failing this long: the run is parked
    stream_reopens: int = 5  # a dropped or silent stream is reopened this often, then polled
    reopen_delay: float = 0.5  # after a drop (a timeout already waited)
    create_retries: int = 3  # a create refused with 429 is sent again this often
    create_wait_total: float = 30.0  # ... waiting no longer than this in all


class Parked(Exception):
    """Following stops here; the prediction goes on at Replicate and is followed at the next start."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def goes_on(problem: Problem) -> Problem:
    """The problem, saying that the run is not lost."""
    said = translate(
        "Run", "The run goes on at Replicate: Try again follows it now, or Replidesk does at its next start."
    )
    return Problem(problem.title, f"{problem.message} {said}", problem.needs_token, problem.reason)


class Follower(FileFetcher):
    """What a Run does once its prediction exists (runner.py builds on it)."""

    service: ReplicateService
    downloader: Downloader
    info: ModelInfo
    inputs: dict[str, Any]
    prompt: str | None
    policy: FollowPolicy
    progress: Progress | None
    attach_to: str | None
    prediction_id: str | None
    _cancel_requested: bool
    _status: RunStatus | None
    _text_shown: int
    _logs_shown: int
    _fetched: set[str]
    missing: list[str]
    unreadable: list[str]
    unfetched: list[str]
    _note: str
    _stream_ended: str | None  # how the stream's `done` said the prediction ended, once it did

    def _set(self, status: RunStatus) -> StatusChanged:
        self._status = status
        return StatusChanged(status)

    def _say(self, text: str) -> StatusNote:
        self._note = text
        return StatusNote(text)

    def _text(self, text: str) -> TextAppended:
        self._text_shown += len(text)
        return TextAppended(text)

    def _starting_note(self) -> StatusNote | None:
        wanted = translate("Run", "Starting the model (cold boot can take minutes)…")
        if self._status is RunStatus.STARTING and self._note != wanted:
            return self._say(wanted)
        if self._status is not RunStatus.STARTING and self._note == wanted:
            return self._say("")
        return None

    # --- a prediction made earlier ----------------------------------------------------
    async def _refetch(self, prediction_id: str, ended: RunStatus) -> AsyncGenerator[RunUpdate, None]:
        """Try again: a finished run's files it lacks, from its prediction read again. Its status
        is never touched: whatever goes wrong now ends it as it was, with a note on the files."""
        self.prediction_id = prediction_id
        self._status = ended
        try:
            holder: list[PredictionState] = []
            async for update in self._fetch(prediction_id, holder, missing_ends=True):
                if not isinstance(update, StatusChanged):
                    yield update
            if not holder:
                yield Finished(ended, files_unreachable(translate("Run", "Replicate no longer has this run.")))
                return
            async for update in self._outputs(holder[0]):
                yield update
            yield Finished(ended, self._ending(ended, holder[0]), dict(holder[0].metrics or {}))
        except Parked as parked:
            yield Finished(ended, files_unreachable(parked.problem.title))
        except Exception as error:  # a fault now does not undo how the run ended
            yield Finished(ended, files_unreachable(explain(error).title))

    async def _reattach(self, prediction_id: str) -> AsyncGenerator[RunUpdate, None]:
        """Follow a prediction made in an earlier session (its row was left unfinished)."""
        self.prediction_id = prediction_id
        holder: list[PredictionState] = []
        async for update in self._fetch(prediction_id, holder, missing_ends=True):
            yield update
        if not holder:  # Replicate says there is no such prediction: it cannot come back
            yield Finished(RunStatus.FAILED, prediction_not_found())
            return
        yield Created(prediction_id)
        if self._cancel_requested and not RunStatus.from_api(holder[0].status).is_terminal:
            await self._send_cancel(prediction_id)  # the user asked before the last session ended
        async for update in self._poll(holder[0], show_logs=True):
            yield update

    async def _send_cancel(self, prediction_id: str) -> None:
        """The cancel, by id. If it does not go through, the run is followed on: Replicate's own
        end ends it (the manager lets go after its grace, and cancels it again at the next start)."""
        try:
            await self.service.cancel(prediction_id)
        except (TimeoutError, Exception):
            pass

    # --- the stream ------------------------------------------------------------------
    async def _follow_stream(self, prediction: PredictionState) -> AsyncGenerator[RunUpdate, None]:
        """Text and logs as they stream. A stream that fails (an HTTP error of the stream host, a
        drop, a read timeout during a long cold boot) is reopened after the last event seen, a few
        times; then polling by id takes over. Never raises: no stream fault ends a run."""
        last_id: str | None = None
        seen: set[str] = set()  # ids already shown: a host that ignores Last-Event-ID replays them
        reopens = 0
        while True:
            import httpx

            try:
                async with aclosing(self.service.stream(prediction, last_id)) as events:
                    turn_began = time.perf_counter()
                    async for event in events:
                        if time.perf_counter() - turn_began > SLICE:  # a burst of buffered events
                            await asyncio.sleep(0)  # lets the UI paint and react between slices
                            turn_began = time.perf_counter()
                        if event.id is not None:
                            if event.id in seen:
                                continue
                            seen.add(event.id)
                            last_id = event.id
                        if event.kind == "done":
                            self._stream_ended = _done_reason(event.data)
                            return
                        if self._status is RunStatus.STARTING and event.kind in ("output", "logs"):
                            yield self._set(RunStatus.PROCESSING)
                            note = self._starting_note()
                            if note is not None:
                                yield note
                        if event.kind == "output":
                            yield self._text(event.data)
                        elif event.kind == "logs":
                            yield LogAppended(event.data)
                        elif event.kind == "error":
                            return  # the model failed: polling reads how
            except (httpx.TimeoutException, httpx.TransportError):
                pass  # dropped, or silent past the read timeout (a cold boot): reopened below
            except Exception:
                return  # the stream host refused (an HTTP error, a redirect): polling follows
            else:
                pass  # the stream ended without `done`: a drop
            reopens += 1
            if reopens > self.policy.stream_reopens:
                return
            await asyncio.sleep(self.policy.reopen_delay)

    # --- polling ----------------------------------------------------------------------
    async def _fetch(
        self, prediction_id: str, holder: list[PredictionState], missing_ends: bool = False
    ) -> AsyncGenerator[RunUpdate, None]:
        """The prediction's state (put in `holder`), asked again with backoff while the answer is
        anything but Replicate's JSON; the user is told while contact is lost. Raises Parked
        after a long outage or once the token is refused. With `missing_ends`, a 404 (Replicate
        has no such prediction) returns with `holder` left empty."""
        from replicate.exceptions import ReplicateError

        wait = self.policy.backoff_first
        lost_since: float | None = None
        while True:
            try:
                holder.append(await self.service.get(prediction_id))
                if lost_since is not None:
                    yield self._say("")
                return
            except ReplicateError as error:
                if error.status in (401, 403):
                    raise Parked(goes_on(token_refused())) from error
                if error.status == 404 and missing_ends:
                    if lost_since is not None:
                        yield self._say("")
                    return
                failure: BaseException = error
            except (TimeoutError, Exception) as error:  # HTML pages, cut bodies, redirects, no network
                failure = error
            now = time.monotonic()
            if lost_since is None:
                lost_since = now
                yield self._say(translate("Run", "Lost contact with Replicate, trying again…"))
            elif now - lost_since >= self.policy.outage_limit:
                problem = explain(failure, self.info.ref.slug)
                if isinstance(failure, ReplicateError) and failure.status == 404:
                    problem = prediction_not_found()
                raise Parked(goes_on(Problem(translate("Run", "Lost contact with Replicate"), problem.message)))
            await asyncio.sleep(wait)
            wait = min(wait * 2, self.policy.backoff_cap)

    async def _poll(self, prediction: PredictionState, show_logs: bool) -> AsyncGenerator[RunUpdate, None]:
        """Follow the prediction by id to its end, then report its outputs and how it ended."""
        seen_logs = self._logs_shown
        while True:
            status = RunStatus.from_api(prediction.status)
            if not status.is_terminal and status is not self._status:
                yield self._set(status)
            note = self._starting_note()
            if note is not None:
                yield note
            logs = prediction.logs or ""
            if show_logs and len(logs) > seen_logs:
                yield LogAppended(logs[seen_logs:].rstrip("\n"))
                seen_logs = len(logs)
            if self.info.output_kind is OutputKind.TEXT_STREAM and isinstance(prediction.output, list | str):
                # what a stream missed, if any
                output = prediction.output
                text = output if isinstance(output, str) else "".join(str(token) for token in output)
                if len(text) > self._text_shown:
                    yield self._text(text[self._text_shown :])
            if status.is_terminal:
                break
            if self.info.output_kind is not OutputKind.TEXT_STREAM and prediction.output:
                async for update in self._outputs(prediction):  # files as soon as they exist
                    yield update
            await asyncio.sleep(self.service.poll_interval)
            holder: list[PredictionState] = []
            async for update in self._fetch(prediction.id, holder):
                yield update
            prediction = holder[0]
        if self._note:
            yield self._say("")
        streamed_text = isinstance(prediction.output, list | str | type(None))
        # A model said to stream text may still answer an object or a number: shown as a value.
        if status is RunStatus.SUCCEEDED and (self.info.output_kind is not OutputKind.TEXT_STREAM or not streamed_text):
            async for update in self._outputs(prediction):
                yield update
        yield Finished(status, self._ending(status, prediction), dict(prediction.metrics or {}))

    def _ending(self, status: RunStatus, prediction: PredictionState) -> Problem | None:
        """The one message that goes with how the run ended (None: nothing to say)."""
        if prediction.status == "aborted":
            return Problem(
                translate("Run", "Stopped by Replicate"),
                translate("Run", "Stopped by Replicate (a deadline was reached). Everything it made before is kept."),
            )
        if status is RunStatus.FAILED:
            reason = (prediction.error or translate("Run", "no reason given")).strip()
            return Problem(
                translate("Run", "The model failed"),
                translate("Run", "The model stopped with an error: {reason}").format(reason=reason),
            )
        if prediction.data_removed and (self.attach_to or not self._fetched):
            return Problem(
                translate("Run", "Replicate removed this run's data"),
                translate(
                    "Run",
                    "Replicate deletes a run's inputs, outputs and logs an hour after it ends, so what "
                    "Replidesk had not saved by then is gone. Everything saved on this computer is kept.",
                ),
            )
        if self.unfetched or self.not_saved or (self.stopped and status is RunStatus.SUCCEEDED):
            return self._files_problem()
        if self.unreadable:
            return Problem(
                translate("Run", "An output could not be read"),
                translate(
                    "Run",
                    "The model returned a file inline that Replidesk could not decode ({why}). "
                    "Everything else of this run is kept.",
                ).format(why=self.unreadable[0]),
            )
        if self.missing:
            return Problem(
                translate("Run", "Some outputs are gone"),
                translate(
                    "Run",
                    "Replicate no longer has %n output file(s) of this run: it deletes them an hour "
                    "after a run. Everything saved before is kept.",
                    n=len(self.missing),
                ),
            )
        return None


def _done_reason(data: str) -> str:
    """`done` carries `{}` for a success, else `{"reason": "failed" | "canceled" | …}`."""
    import json

    try:
        said = json.loads(data or "{}")
    except ValueError:
        return "unknown"
    reason = said.get("reason") if isinstance(said, dict) else None
    return reason if isinstance(reason, str) and reason else "succeeded"


def prediction_not_found() -> Problem:
    return Problem(
        translate("Run", "This run is not on Replicate"),
        translate(
            "Run",
            "Replicate has no prediction with this run's id (it may have been deleted there). "
            "What Replidesk saved of it is kept.",
        ),
    )


def files_unreachable(why: str) -> Problem:
    return Problem(
        translate("Run", "The files could not be fetched again"),
        translate("Run", "{why} The run is as it was; try again later.").format(why=why.rstrip(".") + "."),
        files_to_fetch=True,
    )
