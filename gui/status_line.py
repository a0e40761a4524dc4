"""The status line: how the run shown is going (with its time), how many runs are going, and
other news (signed in, exported…), which stays until a run's state replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.run_manager import LiveRun

from .live_runs import LiveRuns
from .output_stack import OutputStack, live_status
from .run_view import with_note
from .tasks import every


class StatusLine(QLabel):
    def __init__(self, outputs: OutputStack, live: LiveRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)  # account and file names are no markup
        self.outputs = outputs
        self.live = live
        self._runs_text = ""  # the last text said of runs: replaced when no longer true
        self._following = False  # "Following N runs…" is shown: it stays until they end
        self._ticker = every(self, 250, self.refresh)
        live.ended.connect(self._ended)
        self.setText(self.tr("Ready"))

    def say(self, text: str) -> None:
        self._following = False
        self.setText(text)

    def following(self, count: int) -> None:
        if count:
            self._following = True
            self.setText(translate("StatusLine", "Following %n run(s) still running on Replicate…", None, count))

    def refresh(self) -> None:
        shown = self.outputs.current
        live = self.live.by_record(shown.id) if shown is not None else None
        going = len(self.live.live)
        if live is not None:
            note = live.run.note if live.finished is None else ""
            text = with_note(live_status(live, self.live.manager.queued_ahead(live)), note)
            if going > 1:  # queued ones included
                text = translate("StatusLine", "{status} — %n runs going", None, going).format(status=text)
        elif self._following:
            if not any(run.reattached for run in self.live.live):
                self._ended(None)  # they ended before (or while) it was said: say so, once
            return  # "Following N runs…" stays until they end
        elif going:
            queued = sum(1 for run in self.live.live if run.queued)
            text = (
                self.tr("{running} running, {queued} queued").format(running=going - queued, queued=queued)
                if queued
                else self.tr("{running} running").format(running=going - queued)
            )
        elif self.text() == self._runs_text:
            text = self.tr("Ready")
        else:
            return
        self._following = False
        self._runs_text = text
        self.setText(text)

    def _ended(self, _live: LiveRun | None) -> None:
        if self._following and not any(run.reattached for run in self.live.live):
            self._following = False
            self.setText(self.tr("Every run left going last time has ended"))
