"""Every "Save as…" of an output: the system's own file dialog (no DontUseNativeDialog), opened
in the user's Pictures, Music, Videos or Documents folder by what is saved, with the suggested
name and a filter for its type; once the user saved somewhere, that folder is used for the rest
of the session. Dialogs are opened with open(), never exec(): a nested loop stalls asyncio."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

CONTEXT = "SaveDialogs"
_last_folder: Path | None = None  # where the user last saved, this session

_FOLDERS = {
    "image": QStandardPaths.StandardLocation.PicturesLocation,
    "audio": QStandardPaths.StandardLocation.MusicLocation,
    "video": QStandardPaths.StandardLocation.MoviesLocation,
}


def kind_of(name: str) -> str:
    """ "image", "audio", "video" or "document", by the file name's extension."""
    guessed, _ = mimetypes.guess_type(name)
    major = (guessed or "").split("/", 1)[0]
    return major if major in _FOLDERS else "document"


def start_folder(kind: str) -> Path:
    """The folder last saved into this session, else the user's folder for this kind of file
    (when it exists), else the home folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    location = _FOLDERS.get(kind, QStandardPaths.StandardLocation.DocumentsLocation)
    found = QStandardPaths.writableLocation(location)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def forget() -> None:
    """Back to the user's standard folders (tests; a new session)."""
    global _last_folder
    _last_folder = None


def _described(suffix: str) -> str:
    """A file type in words: "PNG image", "WAV sound", "SubRip subtitles"…"""
    tr = QCoreApplication.translate
    named = {
        ".srt": tr(CONTEXT, "SubRip subtitles"),
        ".txt": tr(CONTEXT, "Plain text"),
        ".md": tr(CONTEXT, "Markdown text"),
        ".json": tr(CONTEXT, "JSON data"),
        ".zip": tr(CONTEXT, "ZIP archive"),
        ".pdf": tr(CONTEXT, "PDF document"),
    }
    if suffix in named:
        return named[suffix]
    kind = kind_of("x" + suffix)
    label = suffix.lstrip(".").upper()
    if kind == "image":
        return tr(CONTEXT, "{type} image").format(type=label)
    if kind == "audio":
        return tr(CONTEXT, "{type} sound").format(type=label)
    if kind == "video":
        return tr(CONTEXT, "{type} video").format(type=label)
    return tr(CONTEXT, "{type} file").format(type=label)


def name_filter(suffix: str) -> str:
    """ "PNG image (*.png)" """
    return f"{_described(suffix.lower())} (*{suffix.lower()})"


def name_filters(suffixes: list[str]) -> list[str]:
    """A filter per extension (the first one selected), then "All files (*)"."""
    filters = [name_filter(suffix) for suffix in suffixes if suffix]
    return [*filters, QCoreApplication.translate(CONTEXT, "All files (*)")]


def ask_save_file(
    parent: QWidget,
    suggested: str,
    chosen: Callable[[Path, str], object],
    suffixes: list[str] | None = None,
    title: str | None = None,
    kind: str | None = None,
) -> QFileDialog:
    """Asks where to save a file named `suggested`; `chosen(path, filter)` gets the answer (the
    filter says which of `suffixes` the user picked). The dialog is returned, already open."""
    suffix = Path(suggested).suffix
    suffixes = suffixes if suffixes is not None else [suffix]
    folder = start_folder(kind or kind_of(suggested))
    dialog = QFileDialog(parent, title or QCoreApplication.translate(CONTEXT, "Save as"), str(folder / suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    filters = name_filters(suffixes)
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(filters[0])
    if suffix:
        dialog.setDefaultSuffix(suffix.lstrip("."))  # a name typed without one keeps the type
    dialog.selectFile(suggested)

    def picked(target: str) -> None:
        path = Path(target)
        remember(path.parent)
        chosen(path, dialog.selectedNameFilter())

    dialog.fileSelected.connect(picked)
    dialog.open()
    return dialog


def ask_folder(parent: QWidget, chosen: Callable[[Path], object], title: str | None = None) -> QFileDialog:
    """Asks for a folder to save several files into (opened where the last save went, else in
    Documents)."""
    dialog = QFileDialog(
        parent, title or QCoreApplication.translate(CONTEXT, "Save into a folder"), str(start_folder("document"))
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)

    def picked(target: str) -> None:
        path = Path(target)
        remember(path)
        chosen(path)

    dialog.fileSelected.connect(picked)
    dialog.open()
    return dialog
