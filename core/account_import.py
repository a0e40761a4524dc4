"""The runs already on the user's Replicate account (listed by core/account_runs.py) imported into
the history, their files saved at once: Replicate deletes an API prediction's data an hour after
it runs (`data_removed`), so what is there is fetched now and what is gone is said in the run.
The answers are untrusted, as any import: each run goes through record_check, no local path
among the inputs is kept, and files come through the Downloader (FileOutput sends the token)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .account_runs import LIST_PATH, MAX_LISTED, AccountRun, moment, text_of, version_of
from .archive_import import imported_value as without_local_paths
from .data_uri import BadDataUri, is_data_uri
from .download_sources import SOURCES
from .downloads import Downloader, DownloadFailed, UnsafeUrl, safe_file_name
from .errors import UserError, explain
from .history import HistoryStore
from .i18n import translate
from .model_info import ModelInfo
from .model_ref import ModelRef
from .record_check import MAX_FILES, BadRecord, checked_record
from .recorder import masked_inputs, stored_path
from .replicate_service import ReplicateService
from .run_record import RunRecord
from .runner import _only_urls, file_urls, without_inline_files

AT_ONCE = 4  # runs imported side by side, so at most this many downloads at once
GONE = (403, 404, 410)  # how a file host says a file Replicate deleted is no longer there
# Inputs that hold the prompt, in order of preference (after `prompt` itself).
_PROMPT_NAMES = ("text", "message", "question", "query", "input", "caption")

Progress = Callable[[int, int], None]  # runs done, runs to do


@dataclass
class ImportReport:
    """What an import did, by prediction id; filled as it goes (a stopped import keeps its part)."""

    imported: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)  # same prediction id in the history
    expired: list[str] = field(default_factory=list)  # imported without the outputs Replicate had deleted
    still_running: list[str] = field(default_factory=list)  # not imported: nothing final to keep yet
    refused: list[str] = field(default_factory=list)  # "id: reason": not imported
    failed_files: list[str] = field(default_factory=list)  # "id: file: reason": files not saved for another reason

    def summary(self) -> str:
        # Each count in a name of its own: lupdate reads a plural's count only as a plain name.
        imported, old, there = len(self.imported), len(self.expired), len(self.already_there)
        running, refused, failed = len(self.still_running), len(self.refused), len(self.failed_files)
        parts = [
            translate("AccountImport", "Imported %n run(s).", None, imported)
            if imported
            else translate("AccountImport", "No runs were imported.")
        ]
        # English's verb follows the count too: one message for one, another for more (each
        # still a plural, so every language chooses its own forms).
        if old == 1:
            parts.append(
                translate(
                    "AccountImport",
                    "%n of them is older than an hour: Replicate had already deleted its outputs, "
                    "so only its inputs were kept.",
                    None,
                    old,
                )
            )
        elif old:
            parts.append(
                translate(
                    "AccountImport",
                    "%n of them are older than an hour: Replicate had already deleted their outputs, "
                    "so only their inputs were kept.",
                    None,
                    old,
                )
            )
        if there == 1:
            parts.append(translate("AccountImport", "%n run was already in your history.", None, there))
        elif there:
            parts.append(translate("AccountImport", "%n runs were already in your history.", None, there))
        if running:
            parts.append(
                translate("AccountImport", "%n run(s) still running on Replicate: import them later.", None, running)
            )
        if refused:
            said = translate("AccountImport", "%n run(s) could not be imported ({reasons}).", None, refused)
            parts.append(said.format(reasons=_first(self.refused)))
        if failed:
            said = translate("AccountImport", "%n output file(s) could not be saved ({reasons}).", None, failed)
            parts.append(said.format(reasons=_first(self.failed_files)))
        return " ".join(parts)


def _first(items: list[str]) -> str:
    return "; ".join(items[:3]) + ("; …" if len(items) > 3 else "")


# --- importing -----------------------------------------------------------------------------------


async def import_predictions(
    runs: Sequence[AccountRun],
    history: HistoryStore,
    downloader: Downloader,
    service: ReplicateService | None = None,
    report: ImportReport | None = None,
    progress: Progress | None = None,
    at_once: int = AT_ONCE,
) -> ImportReport:
    """Each run as a RunRecord in the history, its files saved under the outputs folder.
    `service` reads a prediction whose listed JSON lacks its input or output (a list may leave
    them out). A run already in the history is skipped; one still running is left for later."""
    report = report if report is not None else ImportReport()
    chosen = list({run.id: run for run in runs}.values())[:MAX_LISTED]
    known = await history.prediction_ids([run.id for run in chosen])
    todo: list[AccountRun] = []
    for run in chosen:
        if run.id in known:
            report.already_there.append(run.id)
        elif not run.finished:
            report.still_running.append(run.id)
        else:
            todo.append(run)
    pending = iter(todo)  # shared by the workers: each run is taken once
    done = 0

    async def worker() -> None:
        nonlocal done
        for run in pending:
            await _import_one(run, history, downloader, service, report)
            done += 1
            if progress is not None:
                progress(done, len(todo))

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(max(at_once, 1), len(todo))):
                group.create_task(worker())
    except BaseExceptionGroup as failed:  # the cause, not the group, is what the user is told
        raise failed.exceptions[0] from failed
    return report


async def _import_one(
    run: AccountRun,
    history: HistoryStore,
    downloader: Downloader,
    service: ReplicateService | None,
    report: ImportReport,
) -> None:
    raw = run.raw
    if not run.data_removed and service is not None and not ("output" in raw and "input" in raw):
        try:
            raw = await _details(service, run.id)
        except Exception as error:  # the network, a refusal: this run only
            report.refused.append(f"{run.id}: {explain(error).title}")
            return
    kept = await history.schema(run.model, run.version) if ModelRef.read(run.model) else None
    try:
        info = ModelInfo.from_schema(ModelRef.parse(run.model), kept[0], run.version, kept[1]) if kept else None
        record, urls = await asyncio.to_thread(_checked, run.id, raw, info)
    except BadRecord as bad:
        report.refused.append(f"{run.id}: {bad.reason}")
        return
    saved: list[Path] = []
    folder = downloader.root / safe_file_name(run.id, "run")
    try:
        gone, failed = await _save_files(urls, run.id, downloader, saved, report)
    except BaseException:  # stopped: the run does not come in, so neither do its files
        _remove(saved, folder)
        raise
    record.files = [stored_path(path, downloader.records) for path in saved]  # as the views read them
    removed = run.data_removed or raw.get("data_removed") is True
    record.error = _noted(record.error, removed, gone, failed)
    adding = asyncio.ensure_future(history.add(record))
    try:
        await asyncio.shield(adding)  # a stop must not leave unknown whether the row was written
    except BaseException as error:
        if not adding.done():
            await asyncio.wait([adding])  # the write is on its way: its outcome decides
        if adding.exception() is None:
            _count(report, run.id, removed or bool(gone))
        else:
            _remove(saved, folder)  # no run points at them
        if isinstance(error, sqlite3.IntegrityError):  # imported meanwhile (another import, a window)
            report.already_there.append(run.id)
            return
        raise
    _count(report, run.id, removed or bool(gone))


def _count(report: ImportReport, prediction_id: str, expired: bool) -> None:
    report.imported.append(prediction_id)
    if expired:
        report.expired.append(prediction_id)


async def _details(service: ReplicateService, prediction_id: str) -> dict[str, Any]:
    answer = await service.json("GET", f"{LIST_PATH}/{prediction_id}")
    if not isinstance(answer, dict) or answer.get("id") != prediction_id:
        raise UserError(
            translate("AccountImport", "Unexpected answer from Replicate"),
            translate("AccountImport", "The run could not be read."),
        )
    return answer


def _checked(prediction_id: str, raw: dict[str, Any], info: ModelInfo | None) -> tuple[RunRecord, list[str]]:
    """The run as a checked RunRecord (no files yet) and the files to fetch. In a thread: a run
    may hold megabytes of text to check."""
    status, given = raw.get("status"), raw.get("input")
    # As in a zip's import, a local path among the inputs becomes "a file from another computer".
    inputs: dict[str, Any] = {
        str(name): [without_local_paths(v, {}) for v in value]
        if isinstance(value, list)
        else without_local_paths(value, {})
        for name, value in (given.items() if isinstance(given, dict) else ())
    }
    if info is not None:  # a model run here before: its password inputs are masked, as in any run
        inputs = masked_inputs(info, inputs)
    output = raw.get("output")
    urls = file_urls(output)
    text = text_of(output, info.output_kind if info else None)
    value = without_inline_files(output) if text is None and output is not None and not _only_urls(output) else None
    metrics = raw.get("metrics")
    entry = {
        "model": raw.get("model"),
        "status": "canceled" if status == "aborted" else status,
        "version": version_of(raw.get("version")),
        "prompt": _prompt(inputs),
        "error": raw.get("error") if isinstance(raw.get("error"), str) else None,
        "logs": raw.get("logs") if isinstance(raw.get("logs"), str) else "",
        "output_text": text or "",
        "inputs": inputs,
        "output_value": value,
        "metrics": metrics if isinstance(metrics, dict) else {},
        "files": [f"file {index}" for index in range(len(urls))],  # their number is checked here
        "created_at": moment(raw.get("created_at")),
        "completed_at": moment(raw.get("completed_at")),
    }
    record = checked_record(entry)
    record.prediction_id = prediction_id  # the account's own run: its id is what makes it known
    return record, urls[:MAX_FILES]


def _prompt(inputs: dict[str, Any]) -> str:
    names = ["prompt", *(n for n in inputs if "prompt" in n.lower() and n != "prompt"), *_PROMPT_NAMES]
    return next((inputs[n] for n in names if isinstance(inputs.get(n), str) and inputs[n].strip()), "")


async def _save_files(
    urls: list[str], prediction_id: str, downloader: Downloader, saved: list[Path], report: ImportReport
) -> tuple[int, list[str]]:
    """Fetches each file into `saved`; returns how many Replicate no longer has, and why others failed."""
    import httpx

    gone, failed = 0, []
    for index, url in enumerate(urls):
        try:
            if is_data_uri(url):
                got = await downloader.save_data_uri(url, prediction_id, index)
            else:
                got = await downloader.fetch(url, prediction_id)
        except DownloadFailed as error:  # still failing after the downloader's own tries
            why = error.reason
        except httpx.HTTPStatusError as error:
            if error.response.status_code in GONE:
                gone += 1
                continue
            said = translate("AccountImport", "the file host answered {status}")
            why = said.format(status=error.response.status_code)
        except (httpx.HTTPError, BadDataUri, UnsafeUrl, OSError) as error:
            why = _why(error)
        else:
            saved.append(got.path)
            continue
        failed.append(why)
        name = translate("AccountImport", "an inline file") if is_data_uri(url) else safe_file_name(url)
        report.failed_files.append(f"{prediction_id}: {name}: {why}")
    return gone, failed


def _why(error: BaseException) -> str:
    if isinstance(error, (UnsafeUrl, BadDataUri)):
        if isinstance(error, UnsafeUrl):
            return translate("AccountImport", "its address is not a web address")
        return translate("AccountImport", "it is damaged ({error})").format(error=error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # the disk: full, or not writable
    return explain(error).title  # the network, in the words a run uses


def _noted(error: str | None, data_removed: bool, gone: int, failed: list[str]) -> str | None:
    """The run's error (if it failed) followed by what the import could not keep, in plain words."""
    notes = [error.strip()] if error and error.strip() else []
    if data_removed:
        notes.append(
            translate(
                "AccountImport",
                "Replicate deleted this run's outputs an hour after it ran, before it was imported: only what "
                "was left is kept (its inputs, if Replicate still had them, and its status).",
            )
        )
    elif gone:
        notes.append(
            translate(
                "AccountImport",
                "Replicate deleted %n of this run's output files an hour after it ran, before it was imported: "
                "only what was left is kept.",
                None,
                gone,
            )
        )
    if failed:
        count = len(failed)
        said = translate(
            "AccountImport", "%n output file(s) could not be saved when it was imported ({reason}).", None, count
        )
        notes.append(said.format(reason=failed[0]))
    return "\n\n".join(notes) or None


def _remove(paths: list[Path], folder: Path) -> None:
    """A run's files, half-fetched ones too, and its folder: the run did not come in."""
    for path in [*paths, *folder.glob("*.part"), folder / SOURCES]:
        path.unlink(missing_ok=True)
    with suppress(OSError):
        folder.rmdir()  # only when empty
