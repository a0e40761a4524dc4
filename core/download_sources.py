"""Which output files a run folder already holds: `<run folder>/.sources.json` maps each source
URL to the name it was saved under, its size and type. A run followed again after a restart asks
it before fetching, so a file saved once is never fetched (and listed) twice.

Written whole to a temporary file and renamed, after each file is complete: a crash leaves the
old manifest or the new one, never half of one. A name in it is trusted only if it is a plain
file name of this folder with the recorded size (a file deleted or cut since is fetched again).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path

from .output_names import safe_name

SOURCES = ".sources.json"
_lock = threading.Lock()  # one read-change-write at a time (fetches run side by side, in threads)


def data_uri_key(uri: str) -> str:
    """A data: URI's key: its digest (the URI itself may be megabytes)."""
    return "data:sha256," + hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()


def _read(folder: Path) -> dict[str, dict]:
    try:
        entries = json.loads((folder / SOURCES).read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or damaged: files are fetched again, nothing is lost
    return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}


def saved_file(folder: Path, source: str) -> tuple[Path, str | None] | None:
    """(path, media type) of the file saved from `source` in `folder`, if it is still there whole."""
    entry = _read(folder).get(source)
    if entry is None:
        return None
    name, size, kind = entry.get("name"), entry.get("size"), entry.get("type")
    if not isinstance(name, str) or not name or safe_name(name) != name or not isinstance(size, int):
        return None  # not a name this app writes: never a path out of the folder
    path = folder / name
    try:
        if not path.is_file() or path.stat().st_size != size:
            return None
    except OSError:
        return None
    return path, kind if isinstance(kind, str) else None


def recorded_names(folder: Path) -> set[str]:
    """The names the manifest gives to files saved whole in `folder` (whatever their size)."""
    names = (entry.get("name") for entry in _read(folder).values())
    return {name for name in names if isinstance(name, str) and name}


def remember(folder: Path, source: str, path: Path, media_type: str) -> None:
    """Note that `source` was saved as `path` (in `folder`): call it once the file is complete."""
    with _lock:
        entries = _read(folder)
        entries[source] = {"name": path.name, "size": path.stat().st_size, "type": media_type}
        handle, temporary = tempfile.mkstemp(prefix=SOURCES, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entries, out, ensure_ascii=False)
            os.replace(temporary, folder / SOURCES)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def forget_folder(folder: Path) -> None:
    """Remove the manifest (a run's files deleted: its folder may then be removed when empty)."""
    (folder / SOURCES).unlink(missing_ok=True)
