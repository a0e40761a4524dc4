"""Deleted runs' files wait in a trash folder until the app starts again, so that a delete
can be undone; then they are gone for good."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from .download_sources import SOURCES
from .run_record import RunRecord

log = logging.getLogger("replidesk")


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


def delete_files(outputs: Path, names: set[str], also_in: tuple[Path, ...]) -> None:
    """Remove these files, and the run folders they leave empty; a name leading outside the
    folders allowed (a damaged or hostile record) is left alone."""
    roots = [folder.resolve() for folder in (outputs, *also_in)]
    for name in names:
        path = (outputs / name).resolve()
        root = next((r for r in roots if path.is_relative_to(r) and path != r), None)
        if root is None or not path.is_file():
            continue
        try:
            path.unlink(missing_ok=True)
            parent = path.parent
            while parent != root and not any(p.name != SOURCES for p in parent.iterdir()):
                (parent / SOURCES).unlink(missing_ok=True)  # the folder's manifest of downloads goes with it
                parent.rmdir()
                parent = parent.parent
        except OSError as error:  # open in a viewer (Windows), read-only: the rest still goes
            log.warning("An old run's file was not deleted: %s (%s)", path, error.strerror or error)
