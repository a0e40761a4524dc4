"""The live runs: each request becomes a run that waits in a queue beyond a cap, is followed to
its end and recorded; a cancel reaches Replicate by id; runs a previous session left going are
followed again. Plain asyncio: the GUI subscribes as a listener and shows what it is told."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol

from .errors import Problem, explain
from .history import RunRecord
from .i18n import translate
from .input_values import CheckedInput
from .model_info import ModelInfo
from .model_ref import ModelRef
from .recorder import RunRecorder, recorded
from .run_events import QT_TRANSLATE_NOOP, Downloading, Finished, RunStatus, RunUpdate, StatusChanged
from .runner import Run
from .session import Session
from .unsent_runs import find_unsent

DEFAULT_CONCURRENT_RUNS = 4
CANCEL_GRACE = 5.0  # seconds to wait for Replicate's "canceled" before letting go locally
# The English texts (as tests compare them); the user reads them through translate().
NOT_STARTED = QT_TRANSLATE_NOOP(
    "RunManager", "Not started: Replidesk was closed before a place in the queue came free."
)


@dataclass(frozen=True)
class RunRequest:
    """One run as asked for: the model, its checked input and where it belongs."""

    info: ModelInfo
    checked: CheckedInput
    prompt: str  # the user's words, shown in the run list ("" for a model that takes none)
    parent_id: int | None = None  # the previous turn of a conversation
    group_id: str | None = None  # shared by the runs of one comparison or batch


@dataclass(eq=False)
class LiveRun:
    key: int
    info: ModelInfo
    run: Run
    recorder: RunRecorder
    reattached: bool = False  # followed again after a restart
    status: RunStatus = RunStatus.QUEUED
    canceling: bool = False
    began: float | None = None  # time.monotonic() when it left the queue
    began_at: float = 0.0  # the same, as wall-clock time
    ended: float | None = None
    finished: Finished | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def record(self) -> RunRecord:
        return self.recorder.record

    @property
    def queued(self) -> bool:
        """Still waiting for a free slot (its status turns to starting a moment after it leaves)."""
        return self.began is None

    @property
    def record_id(self) -> int:
        return self.recorder.run_id

    def elapsed(self) -> float:
        """Seconds since it left the queue; a re-attached run counts from when it was asked for."""
        if self.began is None:
            return 0.0
        since = (self.ended or time.monotonic()) - self.began
        if self.reattached and self.record.created_at > 0:
            since += max(0.0, self.began_at - self.record.created_at)
        return since


class RunListener(Protocol):
    def run_added(self, live: LiveRun) -> None: ...

    def run_updated(self, live: LiveRun, update: RunUpdate) -> None: ...

    def run_ended(self, live: LiveRun) -> None: ...


async def model_info_for(session: Session, record: RunRecord) -> ModelInfo:
    """A past run's model as it was: from the schema kept with the history, else from Replicate."""
    ref = ModelRef.parse(record.model)
    kept = await session.history.schema(ref.slug, record.version)
    if kept is not None:
        description, schema = kept
        return ModelInfo.from_schema(ref, description, record.version, schema)
    return await session.replicate.model(ref)


class RunManager:
    def __init__(self, session: Session, max_concurrent: int = DEFAULT_CONCURRENT_RUNS) -> None:
        self.session = session
        self._max_concurrent = max(1, max_concurrent)
        self._live: dict[int, LiveRun] = {}
        self._queue: deque[LiveRun] = deque()
        self._listeners: list[RunListener] = []
        self._keys = itertools.count(1)
        self._born = time.time()  # runs written since are this session's: never settled as abandoned
        self.cancel_grace = CANCEL_GRACE  # tests make it short

    # --- listening ---------------------------------------------------------------------
    def subscribe(self, listener: RunListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: RunListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def live(self) -> list[LiveRun]:
        """Every run not ended yet, in the order asked for."""
        return list(self._live.values())

    def by_record(self, record_id: int | None) -> LiveRun | None:
        return next((live for live in self._live.values() if live.recorder.record.id == record_id), None)

    def queued_ahead(self, live: LiveRun) -> int:
        return self._queue.index(live) if live in self._queue else 0

    @property
    def max_concurrent(self) -> int:
        return self._max_concurrent

    @max_concurrent.setter
    def max_concurrent(self, count: int) -> None:
        self._max_concurrent = max(1, count)
        self._pump()

    # --- starting ----------------------------------------------------------------------
    async def submit(self, request: RunRequest) -> LiveRun:
        """Record the run (as queued) and start it as soon as a slot is free."""
        session = self.session
        recorder = RunRecorder.new(
            session.history,
            session.outputs,
            request.info,
            request.checked.json,
            request.prompt,
            request.parent_id,
            request.group_id,
        )
        await recorder.start()
        run = Run(session.replicate, session.downloader, request.info, request.checked, prompt=request.prompt)
        live = LiveRun(next(self._keys), request.info, run, recorder)
        self._live[live.key] = live
        self._queue.append(live)
        self._emit("run_added", live)
        self._pump()
        return live

    def _pump(self) -> None:
        while self._queue and self._busy() < self._max_concurrent:
            self._begin(self._queue.popleft())

    def _busy(self) -> int:
        # Re-attached runs are already going on Replicate: following them takes no slot.
        return sum(1 for live in self._live.values() if live.task is not None and not live.reattached)

    def _begin(self, live: LiveRun) -> None:
        live.began = time.monotonic()
        live.began_at = time.time()
        live.run.progress = lambda url, received, total: self._emit(
            "run_updated", live, Downloading(url, received, total)
        )
        live.task = asyncio.ensure_future(self._drive(live))

    async def _drive(self, live: LiveRun) -> None:
        try:
            async for update in recorded(live.run, live.recorder):
                self._note(live, update)
        except asyncio.CancelledError:
            # Let go here (the app closes, or Replicate never confirmed a cancel): the row stays
            # unfinished and the run is followed again at the next start.
            if live.finished is None:
                self._note(live, Finished(live.status, _let_go_problem(live), detached=True))
        except Exception as error:  # a bug, not a failure of the run (those end as Finished)
            if live.finished is None:
                self._note(
                    live, Finished(live.status, explain(error), detached=True)
                )  # never 'Failed' while it goes on
        finally:
            self._end(live)

    def _note(self, live: LiveRun, update: RunUpdate) -> None:
        if isinstance(update, StatusChanged):
            live.status = update.status
        elif isinstance(update, Finished):
            live.finished = update
            live.status = update.status
            live.ended = time.monotonic()
        self._emit("run_updated", live, update)

    def _end(self, live: LiveRun) -> None:
        self._live.pop(live.key, None)
        if live.ended is None:
            live.ended = time.monotonic()
        self._emit("run_ended", live)
        self._pump()

    def _emit(self, event: str, live: LiveRun, *args: object) -> None:
        for listener in list(self._listeners):
            getattr(listener, event)(live, *args)

    # --- stopping ----------------------------------------------------------------------
    async def cancel(self, live: LiveRun) -> None:
        """Cancel on Replicate, by id; a queued run is simply not sent."""
        if live in self._queue:
            self._queue.remove(live)
            finished = Finished(RunStatus.CANCELED)
            await _record_end(live, finished)
            self._note(live, finished)
            self._end(live)
            return
        if live.task is None or live.task.done() or live.canceling:
            return
        live.canceling = True
        try:
            await live.recorder.cancel_asked()
        except Exception:  # a history that cannot be written: the cancel still goes to Replicate
            pass
        try:
            await asyncio.wait_for(live.run.cancel(), self.cancel_grace)
        except Exception:  # not confirmed: let go below, followed again at next start
            pass
        if live.run.sending:
            # Never cut a create in flight: its prediction may be made with nobody to cancel it.
            # Its answer comes within the create timeout; the run then cancels it by id.
            settled = asyncio.ensure_future(live.run.create_settled())
            limit = self.session.replicate.create_timeout + self.cancel_grace
            await asyncio.wait({live.task, settled}, timeout=limit, return_when=asyncio.FIRST_COMPLETED)
            settled.cancel()
        await asyncio.wait({live.task}, timeout=self.cancel_grace)
        if not live.task.done():
            live.task.cancel()
            await asyncio.wait({live.task})

    async def cancel_all(self) -> None:
        await asyncio.gather(*(self.cancel(live) for live in reversed(self.live)))

    async def let_go(self) -> None:
        """Stop following every run without cancelling it (the app closes): runs on Replicate are
        followed again at the next start; queued ones were never sent and end here."""
        for live in list(self._queue):
            self._queue.remove(live)
            not_started = Problem(translate("RunManager", "Not started"), translate("RunManager", NOT_STARTED))
            finished = Finished(RunStatus.CANCELED, not_started)
            await _record_end(live, finished)
            self._note(live, finished)
            self._end(live)
        tasks = [live.task for live in self._live.values() if live.task is not None]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)

    # --- after a restart ---------------------------------------------------------------
    async def reattach_unfinished(self) -> int:
        """Follow, to their end, the runs the last session left going on Replicate (those it closed
        on during their create request too, when their prediction is found); end the others."""
        history = self.session.history
        unsent = await find_unsent(self.session, self._born)
        said = translate("RunManager", NOT_STARTED), translate("RunManager", unsent)
        await history.settle_abandoned(*said, before=self._born)
        followed = 0
        for record in await history.unfinished():
            if self.by_record(record.id) is not None:
                continue
            try:
                info = await model_info_for(self.session, record)
            except Exception:  # offline or gone: the run stays unfinished, tried next start
                continue
            self._follow_again(record, info)
            followed += 1
        return followed

    async def fetch_again(self, record: RunRecord) -> LiveRun | None:
        """Its prediction read again: for a finished run, the files it lacks fetched (those saved
        are not fetched twice); for one left going when contact was lost, followed now rather
        than at the next start. None without a prediction."""
        if record.prediction_id is None or record.id is None:
            return None
        if (going := self.by_record(record.id)) is not None:
            return going
        record = await self.session.history.get(record.id) or record  # the text and logs kept since
        info = await model_info_for(self.session, record)
        return self._follow_again(record, info, refetch=record.status.is_terminal)

    def _follow_again(self, record: RunRecord, info: ModelInfo, refetch: bool = False) -> LiveRun:
        run = Run(
            self.session.replicate,
            self.session.downloader,
            info,
            CheckedInput(),
            attach_to=record.prediction_id,
            text_shown=len(record.output_text),
            logs_shown=len(record.logs),
            prompt=record.prompt,  # its files named from the user's words
            refetch=record.status if refetch else None,
            cancel=record.cancel_requested and not refetch,  # asked before the last session ended
        )
        live = LiveRun(next(self._keys), info, run, RunRecorder(self.session.history, self.session.outputs, record))
        live.reattached = True
        live.status = record.status
        self._live[live.key] = live
        self._emit("run_added", live)
        self._begin(live)
        return live


def _let_go_problem(live: LiveRun) -> Problem:
    if live.canceling:
        return Problem(
            translate("RunManager", "Cancel not confirmed"),
            translate(
                "RunManager",
                "Replicate has not confirmed the cancel yet. Replidesk checks this run again at its next start.",
            ),
        )
    return Problem(
        translate("RunManager", "Still running on Replicate"),
        translate("RunManager", "Replidesk follows this run again at its next start."),
    )


async def _record_end(live: LiveRun, finished: Finished) -> None:
    try:
        await live.recorder.apply(finished)
    except Exception as error:  # a history that cannot be written: say so on the run itself
        live.recorder.failure = error
