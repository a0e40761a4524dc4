"""Where outputs are shown: the run selected in the run list (or a comparison, side by side),
live while it streams. A live run's view lives as long as the run, fed by its updates whether
shown or not; any other run is built from the history when shown and dropped when not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from core.history import RunRecord
from core.run_events import Finished, RunUpdate
from core.run_manager import LiveRun
from core.session import Session

from .live_runs import LiveRuns
from .output_panel import OutputPanel
from .run_view import RunView, describe_end, status_text
from .tasks import every, spawn

COMPARE_GROUP = "compare:"  # group ids of runs started together to be seen side by side


def live_status(live: LiveRun, queued_ahead: int) -> str:
    tr = QCoreApplication.translate
    if live.queued:
        return (
            tr("OutputStack", "Queued · %n ahead", "", queued_ahead)
            if queued_ahead
            else tr("OutputStack", "Queued · next")
        )
    if live.finished is not None:
        if live.finished.detached:  # let go while it goes on: followed again at the next start
            return status_text(live.finished.status, live=False)
        return describe_end(live.finished.status, live.elapsed(), live.finished.metrics)
    seconds = f"{live.elapsed():.1f}"
    if live.canceling:
        return tr("OutputStack", "Canceling… · {seconds} s").format(seconds=seconds)
    return tr("OutputStack", "{status} · {seconds} s").format(status=live.status.label, seconds=seconds)


class OutputStack(QStackedWidget):
    shown_changed = Signal(object)  # the RunRecord shown (the first, side by side), or None
    regenerate_requested = Signal(object)  # RunRecord
    fetch_again_requested = Signal(object)  # RunRecord: its files that could not be fetched
    edit_requested = Signal(object)  # RunRecord

    def __init__(self, session: Session, live: LiveRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPanel")
        self.setAccessibleName(self.tr("Output"))
        self.session = session
        self.live = live
        self.views: dict[int, RunView] = {}  # by run id
        self.shown: list[int] = []
        self.current: RunRecord | None = None
        self._generation = 0
        self.empty = QLabel(self)
        self.empty.setObjectName("outputEmpty")
        self.suit_hint(takes_prompt=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.single = QWidget(self)
        self.single_layout = QVBoxLayout(self.single)
        self.single_layout.setContentsMargins(0, 0, 0, 0)
        self.side_by_side = QSplitter(Qt.Orientation.Horizontal)
        self.side_by_side.setObjectName("compareView")
        self.side_by_side.setChildrenCollapsible(False)
        self.compare_area = QScrollArea(self)  # four runs side by side never widen the window
        self.compare_area.setWidgetResizable(True)
        self.compare_area.setFrameShape(QFrame.Shape.NoFrame)
        self.compare_area.setWidget(self.side_by_side)
        self.keep = QWidget(self)  # live runs' views wait here, hidden, while another run is shown
        self.keep.hide()
        for page in (self.empty, self.single, self.compare_area):
            self.addWidget(page)
        live.added.connect(self._added)
        live.updated.connect(self._updated)
        live.ended.connect(self._ended)
        self._ticker = every(self, 200, self._tick)

    def suit_hint(self, takes_prompt: bool) -> None:
        """What the empty pane asks for: a prompt, or (an upscaler, a transcriber) the inputs."""
        self.empty.setText(
            self.tr("Write a prompt and press Run: the answer appears here.")
            if takes_prompt
            else self.tr("Fill in the inputs and press Run: the result appears here.")
        )

    # --- what is shown -----------------------------------------------------------------
    async def show_record(self, record: RunRecord | None) -> None:
        """Show a run (a run of a comparison shows the comparison); None shows nothing."""
        self._generation += 1
        generation = self._generation
        records = [record] if record is not None else []
        if record is not None and record.group_id and record.group_id.startswith(COMPARE_GROUP):
            records = await self.session.history.group(record.group_id) or records
        views = [await self._view_for(r) for r in records]
        if generation != self._generation:
            return  # another run was chosen meanwhile
        self._place(views, record)

    async def forget(self, run_ids: list[int]) -> None:
        """Runs deleted: shown, the pane empties (their files are in the trash); their views go."""
        if set(run_ids) & set(self.shown):
            await self.show_record(None)
        for run_id in run_ids:
            self._drop_if_done(run_id)

    def primary(self) -> RunView | None:
        return self.views.get(self.shown[0]) if self.shown else None

    def shown_panel(self) -> OutputPanel | None:
        view = self.primary()
        return view.output if view is not None else None

    def save_shown(self) -> bool:
        """Save as… for the output of the run shown (the first, side by side): its file, its
        files into a folder, its transcript or its text. False when there is nothing to save
        (no run shown, nothing arrived yet); then nothing is asked."""
        panel = self.shown_panel()
        return panel.save() if panel is not None else False

    def _place(self, views: list[RunView], record: RunRecord | None) -> None:
        previous = set(self.shown)
        self.shown = [view.record.id for view in views if view.record.id is not None]
        for view in self.views.values():
            if view.record.id not in self.shown:
                view.setParent(self.keep)
        if len(views) > 1:
            for index, view in enumerate(views):
                self.side_by_side.insertWidget(index, view)
                view.show()
            self.setCurrentWidget(self.compare_area)
        elif views:
            self.single_layout.addWidget(views[0])
            views[0].show()
            self.setCurrentWidget(self.single)
        else:
            self.setCurrentWidget(self.empty)
        for run_id in previous - set(self.shown):
            self._drop_if_done(run_id)
        # The view's copy is whole (the list's rows leave the answer out).
        self.current = next((v.record for v in views if record is not None and v.record.id == record.id), record)
        self._tick()
        self.shown_changed.emit(record)

    async def _view_for(self, record: RunRecord) -> RunView:
        assert record.id is not None
        if record.id in self.views:
            return self.views[record.id]
        live = self.live.by_record(record.id)
        view = self._new_view(live.record if live is not None else record)
        if live is None or live.reattached:
            full = await self.session.history.get(record.id) or record
            await view.show_record(full, self.session.outputs)
        return view

    def _new_view(self, record: RunRecord) -> RunView:
        assert record.id is not None
        view = RunView(record, self.keep)
        view.mark_chat(_is_chat_turn(record))
        view.regenerate_requested.connect(self.regenerate_requested)
        view.fetch_again_requested.connect(self.fetch_again_requested)
        view.edit_requested.connect(self.edit_requested)
        self.views[record.id] = view
        if record.parent_id is not None:
            spawn(self._show_thread(view, record.id), "show a conversation", owner=view)
        return view

    async def _show_thread(self, view: RunView, run_id: int) -> None:
        earlier = (await self.session.history.thread(run_id))[:-1]
        view.show_thread(earlier)

    def _drop_if_done(self, run_id: int) -> None:
        if run_id in self.shown or self.live.by_record(run_id) is not None:
            return
        view = self.views.pop(run_id, None)
        if view is not None:
            view.hide()
            view.deleteLater()  # by Qt, once its events are done: never under a running slot

    # --- live runs ---------------------------------------------------------------------
    def _added(self, live: LiveRun) -> None:
        if live.reattached:  # what the history has so far, then what comes
            spawn(self._view_for(live.record), "show a re-attached run", owner=self)

    def _updated(self, live: LiveRun, update: RunUpdate) -> None:
        view = self.views.get(live.record_id)
        if view is None:
            view = self._new_view(live.record)
        view.apply(update)
        if isinstance(update, Finished):
            view.set_status_text(live_status(live, 0))

    def _ended(self, live: LiveRun) -> None:
        if self.current is not None and self.current.id == live.record_id:
            self.current = live.record  # as it ended (the list's copy was read while it ran)
        view = self.views.get(live.record_id)
        if view is not None:
            view.record = live.record
            view.mark_chat(_is_chat_turn(live.record))
        self._drop_if_done(live.record_id)

    def _tick(self) -> None:
        for run_id in self.shown:
            live = self.live.by_record(run_id)
            view = self.views.get(run_id)
            if live is not None and view is not None:
                view.set_status_text(live_status(live, self.live.manager.queued_ahead(live)))


def _is_chat_turn(record: RunRecord) -> bool:
    """A text answer to a question: a turn of a conversation that can be asked again."""
    return bool(record.prompt) and not record.files and (bool(record.output_text) or record.parent_id is not None)
