"""Importing runs exported by Replidesk (core/archive.py writes them): a zip from anywhere, so
untrusted — capped as it is read (core/zip_limits.py), each run checked (core/record_check.py),
local paths never reused, nothing half-imported."""

from __future__ import annotations

import errno
import json
import secrets
import shutil
import zipfile
import zlib
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .archive import ARCHIVED_PREFIX, FIELD_FILES, FORMAT, MANIFEST, file_label, looks_local, reason_text
from .downloads import unique_path
from .errors import Problem, UserError, file_problem
from .history import RunRecord
from .i18n import translate
from .input_values import foreign_file
from .record_check import JSON_LIMITS, TEXT_LIMITS, BadRecord, checked_record
from .zip_limits import (
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

READABLE = ("replidesk-runs/1", FORMAT)


@dataclass
class ImportResult:
    records: list[RunRecord]  # to add to the history; their files are under the outputs folder
    skipped: list[str] = field(default_factory=list)  # "Run 3: created_at is not a date"
    folder: Path | None = None  # where its files were copied (None: no file)

    def discard(self) -> None:
        """The copied files removed, when the history could not take the runs: nothing half-imported."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


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
                translate("Archive", "Import failed"), said.format(name=source.name, reason=reason_text(error))
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
                name: [imported_value(v, extracted) for v in value]
                if isinstance(value, list)
                else imported_value(value, extracted)
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
            _present(archive, member, file_label(member))
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
        target = unique_path(folder, file_label(member))  # never a path from the zip
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


def imported_value(value: Any, extracted: dict[str, Path]) -> Any:
    """No path from an import is ever used: an archived copy becomes the path of its extracted
    copy, any other local path the "from another computer" marker, so Run again asks for it."""
    if not isinstance(value, str):
        return value
    if value.startswith(ARCHIVED_PREFIX):
        member = value.removeprefix(ARCHIVED_PREFIX)
        return str(extracted[member].absolute()) if member in extracted else foreign_file(file_label(member))
    return foreign_file(file_label(value)) if looks_local(value) else value
