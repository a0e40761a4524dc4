"""Runs exported to a zip and imported back. The inputs are already masked (secrets never reach
the history), so no secret can leave in an export.

Format "replidesk-runs/2": `manifest.json` holds {"format", "app", "runs": [entry…]}; an entry
is a run's fields (RunRecord's, without id and parent_id) where `files` are member names, and
`field_files` names the members holding its bulky fields ({"logs": "runs/00001/logs.txt",
"output_text": "runs/00001/output.txt", "output_value": "runs/00001/output.json"}), so the
manifest stays small. An input file travels as a copy: the input's value is
ARCHIVED_PREFIX + member ("replidesk:archived-file/runs/00001/inputs/photo.png"). No local
path is ever written; one whose file is gone becomes `foreign_file(name)`.

Imports are untrusted ("replidesk-runs/1" ones too): everything is read with caps, each run
is checked by record_check, and a local path is never taken as an input.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import zipfile
from contextlib import suppress
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from . import APP_NAME, __version__
from .downloads import safe_file_name
from .errors import UserError, file_problem
from .history import RunRecord
from .i18n import translate
from .input_values import MAX_UPLOAD_BYTES, foreign_file
from .zip_limits import (
    CHUNK,
)

FORMAT = "replidesk-runs/2"
ARCHIVED_PREFIX = "replidesk:archived-file/"
MANIFEST = "manifest.json"
FIELD_FILES = {"logs": "logs.txt", "output_text": "output.txt", "output_value": "output.json"}
EXPORTED = ("model", "version", "status", "prompt", "prediction_id", "error", "metrics", "created_at")
EXPORTED_TOO = ("completed_at", "favourite", "group_id")
# Absolute, home (~, ~user), ./ ../, a Windows drive or share, file: — how a local path starts.
_LOCAL = re.compile(r"(?:~[^/\\\s]*(?:[/\\]|$)|/|\\|\.\.?[/\\]|[A-Za-z]:[/\\]|file:)", re.IGNORECASE)


def looks_local(value: str) -> bool:
    """A string that names a file on some computer (only an input file's value looks like this)."""
    return bool(_LOCAL.match(value.strip()))


# --- export ------------------------------------------------------------------------------------


def export_runs(records: list[RunRecord], outputs_root: Path, target: Path) -> None:
    """Writes a temporary file next to the target and renames it at the end: a full disk or a
    vanished folder never leaves a truncated zip at the target."""
    partial = target.with_name(f".replidesk-export-{secrets.token_hex(4)}.part")  # short: any target name fits
    try:
        with zipfile.ZipFile(partial, "x", zipfile.ZIP_DEFLATED) as archive:
            _write_runs(archive, records, outputs_root)
        os.replace(partial, target)
    except BaseException as error:
        with suppress(OSError):
            partial.unlink()
        named = target.parent if isinstance(error, FileNotFoundError) else target  # the folder is gone
        if isinstance(error, OSError) and (problem := file_problem(error, named)) is not None:
            said = translate("Archive", "{message} The export was not written.")  # never the temporary name
            raise UserError(problem.title, said.format(message=problem.message)) from error
        if isinstance(error, (OSError, ValueError, TypeError, RecursionError, zipfile.LargeZipFile)):
            said = translate("Archive", "Could not write the export: {reason}.").format(reason=reason_text(error))
            raise UserError(translate("Archive", "Export failed"), said) from error
        raise


def _write_runs(archive: zipfile.ZipFile, records: list[RunRecord], outputs_root: Path) -> None:
    used: set[str] = set()
    copied: dict[Path, str] = {}  # an input file several runs used is stored once
    runs = []
    for number, record in enumerate(records, start=1):
        folder = f"runs/{number:05d}"
        entry: dict[str, Any] = {name: getattr(record, name, None) for name in EXPORTED + EXPORTED_TOO}
        entry["status"] = getattr(record.status, "value", record.status)
        entry["inputs"] = {
            name: [_exported(v, archive, folder, used, copied) for v in value]
            if isinstance(value, list)
            else _exported(value, archive, folder, used, copied)
            for name, value in record.inputs.items()
        }
        entry["files"] = []
        for name in record.files:
            inside = _member_name(used, f"{folder}/outputs", (outputs_root / name).name)
            if _add_file(archive, outputs_root / name, inside):
                entry["files"].append(inside)
            else:
                used.discard(inside)
        entry["field_files"] = {}
        bulky = {"logs": record.logs, "output_text": record.output_text, "output_value": record.output_value}
        for name, value in bulky.items():
            if name == "logs" or value:  # logs.txt always, for people reading the zip
                inside = f"{folder}/{FIELD_FILES[name]}"
                data = json.dumps(value) if name == "output_value" else value
                archive.writestr(inside, data.encode("utf-8", "replace"))
                entry["field_files"][name] = inside
        readable = json.dumps(entry["inputs"], indent=2, ensure_ascii=False)
        archive.writestr(f"{folder}/inputs.json", readable.encode("utf-8", "replace"))
        runs.append(entry)
    manifest = {"format": FORMAT, "app": f"{APP_NAME} {__version__}", "runs": runs}
    archive.writestr(MANIFEST, json.dumps(manifest, indent=1))  # ASCII: lone surrogates stay valid


def _exported(value: Any, archive: zipfile.ZipFile, folder: str, used: set[str], copied: dict[Path, str]) -> Any:
    """An input value with any local path replaced: by a reference to a copy in the zip when
    the file is still there, else by the "from another computer" marker."""
    if not isinstance(value, str) or "\n" in value or not looks_local(value):
        return value
    try:
        path = _local_path(value)
        usable = path in copied or (path.is_file() and path.stat().st_size <= MAX_UPLOAD_BYTES)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand ~ in
        usable = False  # bigger than MAX_UPLOAD_BYTES: never sent anyway
    if usable and path not in copied:
        inside = _member_name(used, f"{folder}/inputs", path.name)
        if _add_file(archive, path, inside):
            copied[path] = inside
        else:
            used.discard(inside)
    return ARCHIVED_PREFIX + copied[path] if usable and path in copied else foreign_file(file_label(value))


def _add_file(archive: zipfile.ZipFile, path: Path, inside: str) -> bool:
    """Copies a file into the zip; False when it cannot be opened (a write failure raises)."""
    try:
        info = zipfile.ZipInfo.from_file(path, inside, strict_timestamps=False)
        source = path.open("rb")
    except OSError:
        return False
    info.compress_type = zipfile.ZIP_DEFLATED
    with source, archive.open(info, "w", force_zip64=True) as out:
        shutil.copyfileobj(source, out, CHUNK)
    return True


def _member_name(used: set[str], folder: str, name: str) -> str:
    stem, dot, suffix = safe_file_name(quote(name), "file").rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    candidate, counter = f"{folder}/{stem}{dot}{suffix}", 2
    while candidate in used:
        candidate, counter = f"{folder}/{stem} ({counter}){dot}{suffix}", counter + 1
    used.add(candidate)
    return candidate


def _local_path(value: str) -> Path:
    text = value.strip()
    if text[:5].lower() == "file:":
        text = unquote(urlsplit(text).path)
    return Path(text).expanduser()


def file_label(value: str) -> str:
    """The file name a path or member ends with, for the user to recognise the file by."""
    text = value.strip()
    if text[:5].lower() == "file:":
        text = unquote(urlsplit(text).path)
    return safe_file_name(quote(PureWindowsPath(text).name), "file")  # splits on / and \


def reason_text(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.rstrip(".")
    return str(error).rstrip(".") or type(error).__name__


# --- import ------------------------------------------------------------------------------------
