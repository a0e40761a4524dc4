"""One run as shown: which model, how it is going (or how it ended), its own problem, the
conversation it belongs to, and its outputs. Built for a live run or from the history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.errors import Problem
from core.history import RunRecord
from core.prompt_text import prompt_start
from core.run_events import Finished, RunStatus, RunUpdate, StatusChanged, StatusNote, Uploading

from .output_panel import OutputPanel
from .plain_text import ElidedLabel, plain_tooltip
from .problem_banner import ProblemBanner
from .text_view import TextView


def status_text(status: RunStatus, live: bool) -> str:
    """A run's state in words; an unfinished run of an earlier session is followed at start."""
    if status.on_replicate and not live:
        return QCoreApplication.translate("RunView", "Still running on Replicate")
    return status.label


def with_note(status: str, note: str) -> str:
    """The run's status with what it waits for ("Lost contact with Replicate, trying again…"),
    which keeps its time: "{note} ({status})"."""
    if not note:
        return status
    return QCoreApplication.translate("RunView", "{note} ({status})").format(note=note, status=status)


def describe_end(status: RunStatus, seconds: float | None, metrics: dict[str, object]) -> str:
    """How a run ended and how long it took from Run to its end (the model's own share is in
    the output's metrics)."""
    if seconds is None:
        return status.label
    return QCoreApplication.translate("RunView", "{status} · {seconds} s").format(
        status=status.label, seconds=f"{seconds:.1f}"
    )


class RunView(QWidget):
    regenerate_requested = Signal(object)  # RunRecord: the same question again
    edit_requested = Signal(object)  # RunRecord: the question back in the composer
    fetch_again_requested = Signal(object)  # RunRecord: its files that could not be fetched, again

    def __init__(self, record: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runView")
        self.record = record
        self.status = record.status
        self.chat = False  # a turn of a conversation: it can be asked again, or edited and resent
        self.note = ""  # what the live run waits for, said with its status (core's StatusNote)
        self.showing_past = False  # shown from the history alone (its message is only text)
        self.model_label = ElidedLabel(record.model, self)
        self.model_label.setObjectName("runModel")
        bold = QFont(self.model_label.font())
        bold.setBold(True)
        self.model_label.setFont(bold)
        self._describe_run()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("runStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)  # a long status takes a second line
        self.question = QLabel(self)
        self.question.setObjectName("runQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setText(_question(record.prompt))
        self.question.setVisible(bool(record.prompt))
        self.regenerate_button = QPushButton(self.tr("Regenerate"), self)
        self.regenerate_button.setObjectName("regenerateButton")
        self.regenerate_button.setAccessibleName(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr("Ask the same question again for another answer"))
        self.regenerate_button.clicked.connect(lambda: self.regenerate_requested.emit(self.record))
        self.edit_button = QPushButton(self.tr("Edit question"), self)
        self.edit_button.setObjectName("editQuestionButton")
        self.edit_button.setAccessibleName(self.tr("Edit question"))
        self.edit_button.setToolTip(self.tr("Put this question back in the prompt, to change it and send it again"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.record))
        self.banner = ProblemBanner("runProblem", self)
        self.fetch_again_button = QPushButton(self.tr("Try again"), self)
        self.fetch_again_button.setObjectName("fetchAgainButton")
        self.fetch_again_button.setAccessibleName(self.tr("Try again"))
        self.fetch_again_button.clicked.connect(self._fetch_again)
        self.fetch_again_button.hide()
        self.conversation = TextView(self)
        self.conversation.setObjectName("conversationThread")
        self.conversation.setAccessibleName(self.tr("Earlier in this conversation"))
        self.conversation.hide()
        self.output = OutputPanel(self)
        # Long questions give way (cut by the pane): a run's view fits any width. The model's
        # name keeps its width (elided only in a pane narrower than it); the status sits beside
        # it while both fit on one line, else on its own line below, wrapping if it must. Asking
        # for no width of its own (Ignored), the status never squeezes the name.
        self.question.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header = QGridLayout()
        self.header.setContentsMargins(4, 2, 8, 0)
        self.header.setColumnStretch(1, 1)
        self.header.addWidget(self.model_label, 0, 0)
        self.status_below: bool | None = None  # where the status is: beside the name, or below it
        self._place_status()
        actions = QHBoxLayout()
        actions.addWidget(self.question, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.regenerate_button)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(self.conversation)
        self.body.addWidget(self.output)
        self.body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.fetch_again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self._show_turn_buttons()

    def _describe_run(self) -> None:
        """The header names the model; Replicate's id for the run is only in its tooltip, for
        whoever needs it (support, the replicate.com page)."""
        details = self.tr("Model: {model}").format(model=self.record.model)
        if self.record.prediction_id:
            details += "\n" + self.tr("Prediction on Replicate: {id}").format(id=self.record.prediction_id)
        self.model_label.setToolTip(plain_tooltip(details))

    def mark_chat(self, chat: bool) -> None:
        self.chat = chat
        self._show_turn_buttons()

    def _show_turn_buttons(self) -> None:
        shown = self.chat and self.status.is_terminal
        self.regenerate_button.setVisible(shown)
        self.edit_button.setVisible(shown)

    def show_thread(self, earlier: list[RunRecord]) -> None:
        """The turns before this one, oldest first."""
        if not earlier:
            self.conversation.hide()
            return
        you = self.tr("You:")
        none = self.tr("(no answer)")
        parts = [f"**{you}** {turn.prompt}\n\n{turn.output_text or none}" for turn in earlier]
        self.conversation.clear_text()
        self.conversation.append("\n\n---\n\n".join(parts))
        self.conversation.finish()
        self.conversation.show()

    def _offer_fetch_again(self, said: bool) -> None:
        """Try again: a run that succeeded but whose files did not all come (live, the message
        says so: not for files Replicate removed, nor an inline file that could not be read; a
        past run's message is only text: offered whenever it succeeded with something said), or
        one left going at Replicate when contact was lost (followed now, not at the next start)."""
        problem = self.banner.problem
        about_files = problem is not None and (problem.files_to_fetch or self.showing_past)
        files = about_files and self.status is RunStatus.SUCCEEDED
        left_going = not self.status.is_terminal
        wanted = said and (files or left_going) and bool(self.record.prediction_id)
        tip = (
            self.tr("Ask Replicate how this run is going, and follow it again from here")
            if left_going
            else self.tr("Fetch this run's files that could not be downloaded (those saved are kept)")
        )
        self.fetch_again_button.setToolTip(tip)
        self.fetch_again_button.setAccessibleDescription(tip)
        self.fetch_again_button.setVisible(wanted)

    def _fetch_again(self) -> None:
        self.fetch_again_button.hide()
        if not self.status.is_terminal:  # "lost contact" is no longer true: it is followed again
            self.banner.clear()
        self.fetch_again_requested.emit(self.record)

    def set_status_text(self, text: str) -> None:
        self.status_label.setText(with_note(text, "" if self.status.is_terminal else self.note))
        # Ignored asks for no width: at least its longest word, so a word is never cut.
        self.status_label.setMinimumWidth(self.status_label.minimumSizeHint().width())
        self._place_status()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_status()

    def _place_status(self) -> None:
        """The status beside the model's name when both fit on one line, else below it."""
        margins = self.header.contentsMargins()
        room = self.width() - margins.left() - margins.right() - max(0, self.header.horizontalSpacing())
        status = self.status_label.fontMetrics().horizontalAdvance(self.status_label.text())
        below = self.model_label.sizeHint().width() + status > room
        if below == self.status_below:
            return
        self.status_below = below
        self.header.removeWidget(self.status_label)
        if below:
            self.header.addWidget(self.status_label, 1, 0, 1, 2)
            self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        else:
            self.header.addWidget(self.status_label, 0, 1)
            self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def apply(self, update: RunUpdate) -> None:
        """One update of the live run shown here."""
        if isinstance(update, StatusChanged):
            self.status = update.status
        elif isinstance(update, StatusNote):
            self.note = update.text
        elif isinstance(update, Uploading):
            self.set_status_text(self.tr("Uploading {name}…").format(name=update.file_name))
        elif isinstance(update, Finished):
            self.status = update.status
            self.note = ""
            self._describe_run()  # the record has its prediction id by now
            if update.problem is not None:
                self.banner.show_problem(update.problem)
            elif not update.detached:
                self.banner.clear()  # fetched again, or nothing went wrong: nothing to say
            self.showing_past = False
            self._offer_fetch_again(update.problem is not None)
            self._show_turn_buttons()
        self.output.apply(update)

    async def show_record(self, record: RunRecord, outputs_root: Path) -> None:
        """A past run, from the history alone."""
        self.record = record
        self._describe_run()
        self.status = record.status
        if record.error:  # what went wrong then (a failure, or outputs Replicate had already removed)
            self.banner.show_problem(_ended_problem(record))
        self.showing_past = True
        self._offer_fetch_again(bool(record.error))
        seconds = (record.completed_at - record.created_at) if record.completed_at else None
        self.set_status_text(
            describe_end(record.status, seconds, record.metrics)
            if record.status.is_terminal
            else status_text(record.status, live=False)
        )
        self._show_turn_buttons()
        await self.output.show_record(record, outputs_root)


def _question(prompt: str) -> str:
    short = prompt_start(prompt, 300, "…")  # read from its start: a prompt may be 10 MB
    if not short:
        return ""
    return QCoreApplication.translate("RunView", "You: {prompt}").format(prompt=short)


def _ended_problem(record: RunRecord) -> Problem:
    if record.status is RunStatus.FAILED:
        title = QCoreApplication.translate("RunView", "This run failed")
    else:
        title = QCoreApplication.translate("RunView", "This run ended: {status}").format(status=record.status.label)
    return Problem(title, record.error or "")
