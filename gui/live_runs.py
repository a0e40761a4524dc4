"""The core run manager's events as Qt signals: the GUI's parts connect to these, never to the
manager's listener interface, so each part can come and go without bookkeeping."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.run_events import RunUpdate
from core.run_manager import LiveRun, RunManager


class LiveRuns(QObject):
    added = Signal(object)  # LiveRun
    updated = Signal(object, object)  # LiveRun, RunUpdate
    ended = Signal(object)  # LiveRun

    def __init__(self, manager: RunManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        manager.subscribe(self)
        self.destroyed.connect(lambda: manager.unsubscribe(self))  # the manager outlives a closed window

    # RunListener, called by the manager on the event loop's thread (the UI thread)
    def run_added(self, live: LiveRun) -> None:
        self.added.emit(live)

    def run_updated(self, live: LiveRun, update: RunUpdate) -> None:
        self.updated.emit(live, update)

    def run_ended(self, live: LiveRun) -> None:
        self.ended.emit(live)

    def by_record(self, record_id: int | None) -> LiveRun | None:
        return self.manager.by_record(record_id)

    @property
    def live(self) -> list[LiveRun]:
        return self.manager.live
