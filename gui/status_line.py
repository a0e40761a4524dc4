"""The status line: how the run shown is going (with its time), how many runs are going, and
other news (signed in, exported…), which stays until a run's state replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.run_manager import LiveRun

from .live_runs import LiveRuns
from .output_stack import OutputStack, live_status
from .tasks import every

FOLLOWING = "Following"


class StatusLine(QLabel):
    def __init__(self, outputs: OutputStack, live: LiveRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)  # account and file names are no markup
        self.outputs = outputs
        self.live = live
        self._runs_text = ""  # the last text said of runs: replaced when no longer true
        self._ticker = every(self, 250, self.refresh)
        live.ended.connect(self._ended)
        self.setText("Ready")

    def say(self, text: str) -> None:
        self.setText(text)

    def following(self, count: int) -> None:
        if count:
            self.setText(f"{FOLLOWING} {count} run{'s' if count != 1 else ''} still running on Replicate…")

    def refresh(self) -> None:
        shown = self.outputs.current
        live = self.live.by_record(shown.id) if shown is not None else None
        going = len(self.live.live)
        if live is not None:
            text = live_status(live, self.live.manager.queued_ahead(live))
            text = f"{text} — {going} runs going" if going > 1 else text  # queued ones included
        elif self.text().startswith(FOLLOWING) and any(run.reattached for run in self.live.live):
            return  # "Following N runs…" stays until they end
        elif going:
            queued = sum(1 for run in self.live.live if run.queued)
            text = f"{going - queued} running" + (f", {queued} queued" if queued else "")
        elif self.text() == self._runs_text:
            text = "Ready"
        else:
            return
        self._runs_text = text
        self.setText(text)

    def _ended(self, _live: LiveRun) -> None:
        if self.text().startswith(FOLLOWING) and not any(run.reattached for run in self.live.live):
            self.setText("Every run left going last time has ended")
