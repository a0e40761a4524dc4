"""Search for models as the user types: the local catalog answers every keystroke at once, and
Replicate is asked once the typing pauses (at most one request per pause). Answers to older
words never replace those to newer ones; a slow, failed or offline search says so."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QObject, Signal

from core.errors import explain
from core.model_summary import ModelSummary
from core.session import Session

from .tasks import every, spawn

PAUSE_MS = 300  # typing that stops this long is a question for Replicate
SLOW_MS = 3000  # a search still going after this says so


class ModelSearch(QObject):
    results = Signal(str, list)  # the words, list[ModelSummary]: the best known so far for them
    status = Signal(str)  # plain words on how the search goes; "" when there is nothing to say

    def __init__(self, session: Session, parent: QObject | None = None, pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.words = ""
        self.asked_replicate = 0  # searches sent to Replicate (the tests count them)
        self._local: list[ModelSummary] = []
        self._remote: list[ModelSummary] | None = None
        self._pause = every(self, pause_ms, self._ask_replicate, single=True)
        self._slow = every(self, SLOW_MS, self._say_slow, single=True)
        self._asking: asyncio.Task[None] | None = None

    def ask(self, text: str) -> None:
        """New words: the catalog answers now, Replicate once the typing pauses."""
        words = " ".join(text.split())
        if words == self.words:
            return
        self.words = words
        self._local, self._remote = [], None
        self._slow.stop()
        if self._asking is not None:
            self._asking.cancel()  # its answer is for older words
        if not words:
            self._pause.stop()
            self.status.emit("")
            self.results.emit("", [])
            return
        spawn(self._ask_catalog(words), "search the catalog", owner=self)
        self._pause.start()

    def now(self) -> None:
        """Ask Replicate at once (Enter in a search field)."""
        if self._pause.isActive():
            self._pause.stop()
            self._ask_replicate()

    async def _ask_catalog(self, words: str) -> None:
        try:
            found = await self.session.catalog.search(words)
        except Exception:  # an unreadable catalog: Replicate still answers
            found = []
        if words != self.words:
            return
        self._local = found
        self._publish()

    def _ask_replicate(self) -> None:
        words = self.words
        if not words:
            return
        self.asked_replicate += 1
        self.status.emit(self.tr("Searching Replicate for “{words}”…").format(words=words))
        self._slow.start()
        self._asking = spawn(self._search(words), "search Replicate", owner=self)

    async def _search(self, words: str) -> None:
        try:
            found = await self.session.models.search(words)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if shiboken6.isValid(self) and words == self.words:
                self._slow.stop()
                problem = explain(error)
                said = (
                    self.tr("{title}: the search did not reach Replicate. Models known on this computer are shown.")
                    if self._local
                    else self.tr("{title}: the search did not reach Replicate.")
                )
                self.status.emit(said.format(title=problem.title))
            return
        if not shiboken6.isValid(self) or words != self.words:
            return
        self._slow.stop()
        self._remote = found
        self._publish()
        self.status.emit("" if self._merged() else self.tr("No models found for “{words}”.").format(words=words))

    def _say_slow(self) -> None:
        self.status.emit(self.tr("Replicate is slow to answer the search for “{words}”…").format(words=self.words))

    def _merged(self) -> list[ModelSummary]:
        if self._remote is None:
            return self._local
        seen = {model.slug for model in self._remote}
        return self._remote + [model for model in self._local if model.slug not in seen]

    def _publish(self) -> None:
        self.results.emit(self.words, self._merged())
