"""The model the composer is set to: looked up on Replicate as the user picks it (a newer pick
cancels the older look-up), cached, and its schema kept so that its runs open offline."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QObject, Signal

from core.errors import UserError, explain
from core.history import RunRecord
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.session import Session

from .tasks import spawn


class ModelController(QObject):
    looking_up = Signal(str)  # the model's name
    resolved = Signal(object)  # ModelInfo
    failed = Signal(object)  # Problem

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: ModelInfo | None = None
        self._cache: dict[str, ModelInfo] = {}
        self._pending: tuple[str, asyncio.Task[ModelInfo]] | None = None

    def choose(self, text: str) -> None:
        """The user picked a model: look it up (signals tell how it went)."""
        spawn(self._choose(text), "choose model", owner=self)

    async def _choose(self, text: str) -> None:
        if self.known(text) is None:
            self.looking_up.emit(text.strip())  # only a pick says so: a comparison's look-ups don't
        try:
            info = await self.resolve(text)
        except asyncio.CancelledError:
            return  # a newer pick took over
        except Exception as error:  # told beside the picker; a run tells it again
            if not shiboken6.isValid(self):
                return  # the window closed meanwhile
            self.current = None
            self.failed.emit(explain(error, text.strip()))
            return
        if info is not self.current and shiboken6.isValid(self):
            self.current = info
            self.resolved.emit(info)

    async def resolve(self, text: str) -> ModelInfo:
        """The model named `text` (cached); raises what a look-up raises."""
        ref = ModelRef.parse(text)
        key = str(ref)
        if key in self._cache:
            return self._cache[key]
        if self._pending is None or self._pending[0] != key or self._pending[1].done():
            if self._pending is not None and not self._pending[1].done():
                self._pending[1].cancel()  # preempted: only the newest pick matters
            self._pending = (key, asyncio.ensure_future(self._look_up(ref)))
        return await asyncio.shield(self._pending[1])

    async def _look_up(self, ref: ModelRef) -> ModelInfo:
        info = await self.session.models.info(ref)
        self.remember(info)
        return info

    def remember(self, info: ModelInfo) -> None:
        """Take a model already known (from a past run) into the cache; keep its schema."""
        self._cache[str(info.ref)] = info
        if info.version_id and info.openapi_schema:  # kept, so that its runs open offline
            spawn(
                self.session.history.keep_schema(info.ref.slug, info.version_id, info.description, info.openapi_schema),
                "keep schema",
            )

    def known(self, text: str) -> ModelInfo | None:
        try:
            return self._cache.get(str(ModelRef.parse(text)))
        except UserError:
            return None

    async def for_record(self, record: RunRecord) -> ModelInfo | None:
        """The model of a past run, to run it again: known here, else as recorded or looked up;
        None when it is gone and was never kept (the run's prompt still comes back)."""
        info = self.known(record.model)  # with its example, when it was looked up
        if info is None:
            from core.run_manager import model_info_for

            try:
                info = await model_info_for(self.session, record)
            except Exception:  # the model is gone and was never kept
                return None
            self.remember(info)
        self.current = info
        return info
