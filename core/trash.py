"""Deleted runs' files wait in a trash folder until the app starts again, so that a delete
can be undone; then they are gone for good."""

from __future__ import annotations

import shutil
from pathlib import Path

from .history import RunRecord


def _moves(record: RunRecord, outputs: Path, trash: Path) -> list[tuple[Path, Path]]:
    """A file saved outside the outputs folder (recorded by its full path, in a folder chosen in
    Settings) waits in the trash under its own name, numbered: never "moved" onto itself."""
    moves = []
    for n, name in enumerate(record.files):
        inside = Path("elsewhere", f"{n}-{Path(name).name}") if Path(name).is_absolute() else Path(name)
        moves.append((outputs / name, trash / str(record.id) / inside))
    return moves


def to_trash(records: list[RunRecord], outputs: Path, trash: Path) -> None:
    _move(records, outputs, trash, back=False)


def from_trash(records: list[RunRecord], outputs: Path, trash: Path) -> None:
    _move(records, outputs, trash, back=True)


def _move(records: list[RunRecord], outputs: Path, trash: Path, back: bool) -> None:
    for record in records:
        for kept, trashed in _moves(record, outputs, trash):
            source, target = (trashed, kept) if back else (kept, trashed)
            if source.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, target)


def empty(trash: Path) -> None:
    shutil.rmtree(trash, ignore_errors=True)
