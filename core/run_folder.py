"""Names in a run's folder: reserved while a file is fetched, and what a killed app left there.

A name is reserved by creating it empty (`unique_path(..., reserve=True)`), so that files fetched
together never get the same name; its bytes go to `<name>.part` and replace it at the end. A
process killed mid-download leaves both behind: the empty reservation and the `.part`. Without
a sweep, the file fetched again at the next start would find its first name taken and be saved
as `name (2).png`, and the leftovers would stay for good. `sweep_leftovers` removes them before
this process reserves anything in the folder; names this process holds are never touched.

Blocking file system calls: call these from a worker thread, not the event loop's.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .download_sources import SOURCES, recorded_names

PART = ".part"
_lock = threading.Lock()  # reservations and sweeps of every folder, one at a time
_held: set[Path] = set()  # names reserved by this process and not yet released


def unique_path(folder: Path, name: str, reserve: bool = False) -> Path:
    """A name not taken in `folder`; with `reserve`, created empty at once (and held until
    `release`), so that files fetched together never get the same name."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    counter = 2
    while True:
        if reserve:
            with _lock:
                try:
                    candidate.open("xb").close()
                    _held.add(candidate)
                    return candidate
                except FileExistsError:
                    pass
        elif not candidate.exists():
            return candidate
        candidate = folder / f"{stem} ({counter}){suffix}"
        counter += 1


def release(*paths: Path) -> None:
    """The names are no longer held by a transfer of this process (saved, or given up)."""
    with _lock:
        _held.difference_update(paths)


def renamed(target: Path, name: str) -> Path:
    """`target` moved to `name` in its folder (unique there, and held); itself when the name is
    its own."""
    if name == target.name:
        return target
    moved = unique_path(target.parent, name, reserve=True)
    target.replace(moved)
    return moved


def sweep_leftovers(folder: Path) -> list[str]:
    """Remove what a killed transfer left in `folder`: every `.part` file and every empty file
    that the folder's manifest does not name, unless this process holds the name. Returns the
    names removed. A file someone saved whole is always in the manifest, so it is kept."""
    removed: list[str] = []
    with _lock:
        try:
            entries = list(folder.iterdir())
        except OSError:
            return removed  # no folder yet: nothing was left
        kept = recorded_names(folder)
        for path in entries:
            name = path.name
            if name.startswith(SOURCES) or name in kept:
                continue
            owner = path.with_name(name.removesuffix(PART)) if name.endswith(PART) else path
            if owner in _held:
                continue
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if name.endswith(PART) or path.stat().st_size == 0:
                    path.unlink()
                    removed.append(name)
            except OSError:
                continue  # another program's file, or gone already: left as it is
    return removed
