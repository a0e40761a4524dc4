"""The vocabulary of a run as the user sees it: its status and the updates it goes through."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from .errors import Problem
from .i18n import translate


class RunStatus(Enum):
    """One spelling of a run's state, in core, in the history and in the GUI."""

    QUEUED = "queued"  # waiting for a free slot: nothing sent to Replicate yet
    STARTING = "starting"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"

    @classmethod
    def from_api(cls, status: str) -> RunStatus:
        """Replicate's status in ours. `aborted` (a `Cancel-After` deadline reached) ends the run
        as canceled (the runner says why); `paused` or a status this version does not know yet
        is read as still running: only a terminal status Replicate names ends a run."""
        if status == "aborted":
            return cls.CANCELED
        try:
            return cls(status)
        except ValueError:
            return cls.PROCESSING

    @property
    def is_terminal(self) -> bool:
        return self in (RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.CANCELED)

    @property
    def on_replicate(self) -> bool:
        """Sent and not ended: a prediction that may be running (and billing) on Replicate."""
        return self in (RunStatus.STARTING, RunStatus.PROCESSING)

    @property
    def label(self) -> str:
        """The status in the user's words and language."""
        return translate("RunStatus", _LABELS[self])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # marks `text` for lupdate; translated where shown
    return text


_LABELS = {
    RunStatus.QUEUED: QT_TRANSLATE_NOOP("RunStatus", "Queued"),
    RunStatus.STARTING: QT_TRANSLATE_NOOP("RunStatus", "Starting"),
    RunStatus.PROCESSING: QT_TRANSLATE_NOOP("RunStatus", "Running"),
    RunStatus.SUCCEEDED: QT_TRANSLATE_NOOP("RunStatus", "Done"),
    RunStatus.FAILED: QT_TRANSLATE_NOOP("RunStatus", "Failed"),
    RunStatus.CANCELED: QT_TRANSLATE_NOOP("RunStatus", "Cancelled"),
}


@dataclass(frozen=True)
class Created:
    prediction_id: str


@dataclass(frozen=True)
class Sending:
    """The create request is about to go out (again, after a 429): recorded as the run's send
    time, around which a create whose answer was lost is looked for. Not shown."""

    at: float  # time.time()


@dataclass(frozen=True)
class Uploading:
    file_name: str


@dataclass(frozen=True)
class StatusChanged:
    status: RunStatus


@dataclass(frozen=True)
class StatusNote:
    """What the run is waiting for, said beside its status while it lasts ("Replicate asks to
    wait 5 s…", "Lost contact with Replicate, trying again…"); empty: nothing more to say.
    Shown, never recorded."""

    text: str


@dataclass(frozen=True)
class TextAppended:
    text: str


@dataclass(frozen=True)
class LogAppended:
    text: str


@dataclass(frozen=True)
class FileReady:
    path: Path
    url: str
    media_type: str = "application/octet-stream"

    @property
    def family(self) -> str:
        """ "image", "audio", "video" or "file": which view shows it."""
        major = self.media_type.split("/", 1)[0]
        return major if major in ("image", "audio", "video") else "file"


@dataclass(frozen=True)
class Downloading:
    """Progress of an output file's download (shown, never recorded)."""

    url: str
    received: int
    total: int | None


@dataclass(frozen=True)
class OutputValue:
    """An output that is neither streamed text nor files (a string, number or object)."""

    value: Any


@dataclass(frozen=True)
class Finished:
    status: RunStatus
    problem: Problem | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    detached: bool = False  # contact with Replicate was lost: the prediction may still be running


RunUpdate = (
    Uploading
    | Sending
    | Created
    | StatusChanged
    | StatusNote
    | TextAppended
    | LogAppended
    | Downloading
    | FileReady
    | OutputValue
    | Finished
)
