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

import errno
import json
import os
import re
import secrets
import shutil
import zipfile
import zlib
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from . import APP_NAME, __version__
from .downloads import safe_file_name, unique_path
from .errors import Problem, UserError, file_problem
from .history import RunRecord
from .i18n import translate
from .input_values import MAX_UPLOAD_BYTES, foreign_file
from .record_check import JSON_LIMITS, TEXT_LIMITS, BadRecord, checked_record
from .zip_limits import (
    CHUNK,
    LIMITS,
    ImportLimits,
    Refused,
    TooBig,
    check_count,
    check_declared,
    chunks,
    read_capped,
    size_text,
)

FORMAT = "replidesk-runs/2"
READABLE = ("replidesk-runs/1", FORMAT)
ARCHIVED_PREFIX = "replidesk:archived-file/"
MANIFEST = "manifest.json"
FIELD_FILES = {"logs": "logs.txt", "output_text": "output.txt", "output_value": "output.json"}
EXPORTED = ("model", "version", "status", "prompt", "prediction_id", "error", "metrics", "created_at")
EXPORTED_TOO = ("completed_at", "favourite", "group_id")
# Absolute, home (~, ~user), ./ ../, a Windows drive or share, file: — how a local path starts.
_LOCAL = re.compile(r"(?:~[^/\\\s]*(?:[/\\]|$)|/|\\|\.\.?[/\\]|[A-Za-z]:[/\\]|file:)", re.IGNORECASE)


@dataclass
class ImportResult:
    records: list[RunRecord]  # to add to the history; their files are under the outputs folder
    skipped: list[str] = field(default_factory=list)  # "Run 3: created_at is not a date"
    folder: Path | None = None  # where its files were copied (None: no file)

    def discard(self) -> None:
        """The copied files removed, when the history could not take the runs: nothing half-imported."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


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
            said = translate("Archive", "Could not write the export: {reason}.").format(reason=_reason(error))
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
    return ARCHIVED_PREFIX + copied[path] if usable and path in copied else foreign_file(_label(value))


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


def _label(value: str) -> str:
    """The file name a path or member ends with, for the user to recognise the file by."""
    text = value.strip()
    if text[:5].lower() == "file:":
        text = unquote(urlsplit(text).path)
    return safe_file_name(quote(PureWindowsPath(text).name), "file")  # splits on / and \


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.rstrip(".")
    return str(error).rstrip(".") or type(error).__name__


# --- import ------------------------------------------------------------------------------------


def import_runs(source: Path, outputs_root: Path, limits: ImportLimits = LIMITS) -> ImportResult:
    """The runs of an export, checked; their files copied under a new `imported-…` folder of
    the outputs folder. Bad runs are skipped and listed in `skipped`; a file that breaks a cap
    is refused whole (UserError), and then nothing is left on disk."""
    importer = _Importer(source, outputs_root, limits)
    try:
        with zipfile.ZipFile(source) as archive:
            return importer.run(archive)
    except BaseException as error:
        importer.clean_up()
        if isinstance(error, UserError):
            raise
        if isinstance(error, Refused):
            raise importer.refused(error.why, error.title) from error
        if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OverflowError, KeyError)):
            raise importer.refused(_not_an_export()) from error
        if isinstance(error, NotImplementedError):  # a zip feature zipfile cannot read
            raise importer.refused(
                translate("Archive", "uses a kind of zip Replidesk cannot read"),
                translate("Archive", "Cannot read this export"),
            ) from error
        if isinstance(error, OSError) and (problem := _import_file_problem(error, source, outputs_root)):
            said = translate("Archive", "{message} Nothing was imported.").format(message=problem.message)
            raise UserError(problem.title, said) from error
        if isinstance(error, OSError):
            said = translate("Archive", "Could not import “{name}”: {reason}.")
            raise UserError(
                translate("Archive", "Import failed"), said.format(name=source.name, reason=_reason(error))
            ) from error
        raise


def _import_file_problem(error: OSError, source: Path, outputs_root: Path) -> Problem | None:
    """Reading the export (not found, no permission, a folder) names it; writing its files (a
    full or read-only disk) names the outputs folder, never a file left half-written."""
    writing = error.errno in (errno.ENOSPC, errno.EROFS, getattr(errno, "EDQUOT", errno.ENOSPC))
    return file_problem(error, outputs_root if writing else source)


def _not_an_export() -> str:
    return translate("Archive", "is not a file exported by Replidesk, or it is damaged")


def _not_an_export_title() -> str:
    return translate("Archive", "Not a Replidesk export")


@dataclass
class _Run:
    record: RunRecord
    files: list[str]  # member names, in order
    inputs: set[str]  # archived input members present in the zip


class _Importer:
    def __init__(self, source: Path, outputs_root: Path, limits: ImportLimits) -> None:
        self.source, self.outputs_root, self.limits = source, outputs_root, limits
        self.folder: Path | None = None
        self.text_read = 0
        self.allowed = 0  # bytes of files still allowed, once the declared sizes are checked

    def refused(self, why: str, title: str = "") -> UserError:
        said = translate("Archive", "“{name}” {why}. Nothing was imported.").format(name=self.source.name, why=why)
        return UserError(title or _not_an_export_title(), said)

    def clean_up(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, archive: zipfile.ZipFile) -> ImportResult:
        check_count(archive, self.limits)
        result = ImportResult([])
        runs: list[_Run] = []
        for number, entry in enumerate(self._manifest(archive), start=1):
            try:
                runs.append(self._checked(archive, entry))
            except BadRecord as bad:
                result.skipped.append(
                    translate("Archive", "Run {number}: {reason}").format(number=number, reason=bad.reason)
                )
        outputs = list(dict.fromkeys(m for run in runs for m in run.files))  # listed 30 times: copied once
        inputs = list(dict.fromkeys(m for run in runs for m in sorted(run.inputs) if m not in outputs))
        infos = [archive.getinfo(m) for m in outputs + inputs]
        self.allowed = check_declared(infos, self.source, self.outputs_root, self.limits)
        extracted = {m: self._extract(archive, m, "") for m in outputs}
        extracted |= {m: self._extract(archive, m, "inputs") for m in inputs}
        for run in runs:
            record = run.record
            record.files = list(dict.fromkeys(str(extracted[m].relative_to(self.outputs_root)) for m in run.files))
            record.inputs = {
                name: [_imported(v, extracted) for v in value]
                if isinstance(value, list)
                else _imported(value, extracted)
                for name, value in record.inputs.items()
            }
            result.records.append(record)
        result.folder = self.folder
        return result

    def _manifest(self, archive: zipfile.ZipFile) -> list[Any]:
        too_big = Refused(
            translate("Archive", "lists its runs in more than {size}").format(
                size=size_text(self.limits.manifest_bytes)
            )
        )
        try:
            data = read_capped(archive, archive.getinfo(MANIFEST), self.limits.manifest_bytes)
            manifest = json.loads(data, parse_int=_int)
        except TooBig:
            raise too_big from None
        except RecursionError:
            raise Refused(
                translate("Archive", "holds values nested too deeply to read"), _not_an_export_title()
            ) from None
        if not isinstance(manifest, dict) or not isinstance(manifest.get("runs"), list):
            raise Refused(_not_an_export(), _not_an_export_title())
        kind = manifest.get("format")
        if kind not in READABLE:
            if isinstance(kind, str) and kind.startswith("replidesk-runs/"):
                raise Refused(
                    translate("Archive", "was exported by a newer Replidesk: update Replidesk to import it"),
                    translate("Archive", "Newer export"),
                )
            raise Refused(_not_an_export(), _not_an_export_title())
        if len(manifest["runs"]) > self.limits.runs:
            raise Refused(translate("Archive", "holds more than {count} runs").format(count=f"{self.limits.runs:,}"))
        return manifest["runs"]

    def _checked(self, archive: zipfile.ZipFile, entry: Any) -> _Run:
        if isinstance(entry, dict) and "field_files" in entry:
            entry = {**entry, **self._field_files(archive, entry["field_files"])}
        record = checked_record(entry)
        for member in record.files:
            _present(archive, member, _label(member))
        present = set()
        for value in record.inputs.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item.startswith(ARCHIVED_PREFIX):
                    with suppress(BadRecord):  # a missing copy: the input is "from another computer"
                        present.add(_present(archive, item.removeprefix(ARCHIVED_PREFIX), "").filename)
        return _Run(record, list(record.files), present)

    def _field_files(self, archive: zipfile.ZipFile, named: Any) -> dict[str, Any]:
        """The bulky fields of a /2 entry, read from their members with the checker's limits."""
        if not isinstance(named, dict):
            raise BadRecord(translate("Archive", "field_files is not an object"))
        values: dict[str, Any] = {}
        for name in FIELD_FILES:
            if name not in named:
                continue
            limit = TEXT_LIMITS.get(name) or JSON_LIMITS[name]
            try:
                data = read_capped(archive, _present(archive, named[name], name), limit)
            except TooBig:
                said = translate("Archive", "{name} is larger than {size}")
                raise BadRecord(said.format(name=name, size=size_text(limit))) from None
            self.text_read += len(data)
            if self.text_read > self.limits.text_bytes:
                said = translate("Archive", "holds more than {size} of text")
                raise Refused(said.format(size=size_text(self.limits.text_bytes)))
            text = data.decode("utf-8", "replace")
            try:
                values[name] = json.loads(text, parse_int=_int) if name == "output_value" else text
            except (ValueError, RecursionError):
                raise BadRecord(translate("Archive", "{name} is not valid JSON").format(name=name)) from None
        return values

    def _extract(self, archive: zipfile.ZipFile, member: str, subfolder: str) -> Path:
        """Streams one member to a .part file, counting what is actually read."""
        info = archive.getinfo(member)
        if self.folder is None:
            self.folder = unique_path(self.outputs_root, f"imported-{secrets.token_hex(4)}")
        folder = self.folder / subfolder if subfolder else self.folder
        folder.mkdir(parents=True, exist_ok=True)
        target = unique_path(folder, _label(member))  # never a path from the zip
        partial = target.with_name(target.name + ".part")
        with partial.open("xb") as out:
            try:
                for chunk in chunks(archive, info, min(info.file_size, self.limits.member_bytes, self.allowed)):
                    out.write(chunk)
            except TooBig:
                raise Refused(
                    translate("Archive", "is damaged: a file in it is larger than it says"), _not_an_export_title()
                ) from None
        self.allowed -= partial.stat().st_size
        partial.replace(target)
        return target


def _int(digits: str) -> int | float:
    """A huge integer literal (int() refuses over 4,300 digits) as infinity, which the checker
    then refuses in its run only, instead of failing the whole import."""
    return int(digits) if len(digits) <= 400 else float("inf")


def _present(archive: zipfile.ZipFile, member: Any, shown: str) -> zipfile.ZipInfo:
    """The entry of a member a run names; BadRecord when the export lacks it."""
    if not isinstance(member, str) or member == MANIFEST or member.endswith("/"):
        if shown:
            raise BadRecord(translate("Archive", "{name} is not a file of the export").format(name=shown))
        raise BadRecord(translate("Archive", "a file is not a file of the export"))
    try:
        return archive.getinfo(member)
    except KeyError:
        if shown:
            raise BadRecord(translate("Archive", "{name} is missing from the export").format(name=shown)) from None
        raise BadRecord(translate("Archive", "a file is missing from the export")) from None


def _imported(value: Any, extracted: dict[str, Path]) -> Any:
    """No path from an import is ever used: an archived copy becomes the path of its extracted
    copy, any other local path the "from another computer" marker, so Run again asks for it."""
    if not isinstance(value, str):
        return value
    if value.startswith(ARCHIVED_PREFIX):
        member = value.removeprefix(ARCHIVED_PREFIX)
        return str(extracted[member].absolute()) if member in extracted else foreign_file(_label(member))
    return foreign_file(_label(value)) if looks_local(value) else value
