"""The runs already on the account (core/account_import.py): the official client over real HTTP
against the local server, the history a real SQLite file and the files real downloads, in tmp_path."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from replicate.exceptions import ReplicateError

from core.account_import import AT_ONCE, ImportReport, import_predictions
from core.account_runs import AccountRun, AccountRuns
from core.download_sources import SOURCES
from core.downloads import Downloaded, Downloader, Progress
from core.errors import explain
from core.history import Filter, HistoryStore, RunRecord
from core.input_values import is_foreign_file
from core.replicate_service import ReplicateService
from core.run_events import RunStatus
from tests.conftest import run_async
from tests.local_replicate.history import TEXT_MODELS

T = TypeVar("T")
Work = Callable[[ReplicateService, HistoryStore, Downloader], Awaitable[T]]


class CountingDownloader(Downloader):
    """The real Downloader, counting how many fetches are under way at once."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.going = 0
        self.most = 0

    async def fetch(self, url: str, prediction_id: str, progress: Progress | None = None) -> Downloaded:
        self.going += 1
        self.most = max(self.most, self.going)
        try:
            await asyncio.sleep(0.01)  # long enough for the other workers to start theirs
            return await super().fetch(url, prediction_id, progress)
        finally:
            self.going -= 1


async def with_parts(base_url: str, token: str, folder: Path, work: Work[T]) -> T:
    service = ReplicateService(lambda: token, base_url, poll_interval=0.02)
    history = HistoryStore(folder / "history.sqlite3")
    downloader = CountingDownloader(folder / "outputs")
    try:
        return await work(service, history, downloader)
    finally:
        await downloader.close()
        await history.close()


async def list_all(service: ReplicateService) -> tuple[list[AccountRun], int]:
    """Every listed run and the number of pages read."""
    runs = AccountRuns(service)
    pages = 0
    while runs.more:
        await runs.next_page()
        pages += 1
    return runs.listed, pages


async def listed_and_imported(
    service: ReplicateService, history: HistoryStore, downloader: Downloader
) -> tuple[list[AccountRun], ImportReport, dict[str, RunRecord]]:
    listed, _pages = await list_all(service)
    report = await import_predictions(listed, history, downloader, service)
    rows = await history.page(Filter(), 0, 1000)
    records = {}
    for row in rows:
        record = await history.get(row.id)
        assert record is not None and record.prediction_id is not None
        records[record.prediction_id] = record
    return listed, report, records


def file_gets(server: Any) -> list[tuple[str, str | None]]:
    return [(path, auth) for method, path, auth in server.requests if method == "GET" and path.startswith("/files/")]


def list_gets(server: Any) -> int:
    return sum(1 for method, path, _ in server.requests if method == "GET" and path == "/v1/predictions")


# --- importing -----------------------------------------------------------------------------------
def test_fifty_runs_are_imported_with_their_files_and_the_expired_ones_are_marked(server, token, tmp_path):
    made = server.seed_account_history(50, expired=12)
    listed, report, records = run_async(with_parts(server.base_url, token, tmp_path, listed_and_imported))

    assert [run.id for run in listed] == [p.id for p in made]  # newest first, as Replicate lists them
    expired = {p.id for p in made if p.data_removed}
    assert len(expired) == 12
    assert [run.id for run in listed if run.data_removed] == [p.id for p in made if p.data_removed]
    assert sorted(report.imported) == sorted(p.id for p in made)
    assert sorted(report.expired) == sorted(expired)
    assert report.already_there == report.refused == report.failed_files == report.still_running == []
    assert len(records) == 50
    outputs = tmp_path / "outputs"
    kept_files = 0
    for prediction in made:
        record = records[prediction.id]
        assert record.model == prediction.model_name and record.version == prediction.version["id"]
        assert record.status is RunStatus.SUCCEEDED and record.metrics == prediction.metrics
        if prediction.data_removed:
            assert record.files == [] and record.output_text == "" and record.output_value is None
            assert record.inputs == {} and record.prompt == ""
            assert "Replicate deleted this run's outputs an hour after it ran" in (record.error or "")
            continue
        assert record.error is None and record.prompt == prediction.input["prompt"]
        assert record.inputs == prediction.input
        if prediction.model_name in TEXT_MODELS:
            assert record.output_text == "".join(prediction.output) and record.files == []
        else:
            served = server.predictions.files[prediction.output[0].removeprefix(server.base_url)]
            assert len(record.files) == 1 and (outputs / record.files[0]).read_bytes() == served
            kept_files += 1
    assert kept_files == sum(1 for p in made if not p.data_removed and p.model_name not in TEXT_MODELS) > 0
    assert report.summary().startswith(
        "Imported 50 runs. 12 of them are older than an hour: Replicate had already deleted their outputs, "
        "so only their inputs were kept."
    )
    gets = file_gets(server)
    assert len(gets) == kept_files  # each file asked for once; the expired runs name none (output: null)
    assert all(auth is None for _path, auth in gets)  # the token never goes to the file host


def test_downloads_run_a_few_at_once(server, token, tmp_path):
    server.seed_account_history(24)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader) -> int:
        listed, _ = await list_all(service)
        await import_predictions(listed, history, downloader, service)
        assert isinstance(downloader, CountingDownloader)
        return downloader.most

    most = run_async(with_parts(server.base_url, token, tmp_path, work))
    assert 1 < most <= AT_ONCE


def test_a_second_import_skips_every_run_already_in_the_history(server, token, tmp_path):
    made = server.seed_account_history(50, expired=12)

    async def twice(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        await listed_and_imported(service, history, downloader)
        files_before = len(file_gets(server))
        listed, report, records = await listed_and_imported(service, history, downloader)
        return files_before, report, records

    files_before, report, records = run_async(with_parts(server.base_url, token, tmp_path, twice))
    assert report.imported == [] and sorted(report.already_there) == sorted(p.id for p in made)
    assert len(records) == 50 and len(file_gets(server)) == files_before  # nothing fetched again
    assert report.summary() == "No runs were imported. 50 runs were already in your history."


def test_a_run_still_going_is_left_and_a_bad_one_refused_others_imported(server, token, tmp_path):
    made = server.seed_account_history(6)
    made[0].status = "processing"
    made[1].created_at = "yesterday, roughly"
    made[2].model = {"owner": "../..", "name": "etc"}
    made[3].input = {**made[3].input, "image": "/home/someone/photo.png", "images": ["C:\\x\\y.png"]}

    listed, report, records = run_async(with_parts(server.base_url, token, tmp_path, listed_and_imported))
    assert report.still_running == [made[0].id]
    refused = dict(reason.split(": ", 1) for reason in report.refused)
    assert refused == {made[1].id: "created_at is missing", made[2].id: "model is not a model name (owner/name)"}
    assert sorted(records) == sorted(p.id for p in made[3:])
    inputs = records[made[3].id].inputs
    assert is_foreign_file(inputs["image"]) and inputs["image"].endswith("photo.png")  # no local path kept
    assert is_foreign_file(inputs["images"][0]) and inputs["images"][0].endswith("y.png")
    assert "still running on Replicate" in report.summary() and "could not be imported" in report.summary()


def test_a_file_that_fails_for_another_reason_is_reported_and_the_run_kept(server, token, tmp_path):
    made = server.seed_account_history(4)
    image = next(p for p in made if p.model_name not in TEXT_MODELS)
    image.output = ["http://127.0.0.1:9/nothing-listens-here.png"]  # port 9 (discard): refused

    listed, report, records = run_async(with_parts(server.base_url, token, tmp_path, listed_and_imported))
    assert sorted(report.imported) == sorted(p.id for p in made) and report.expired == []
    assert len(report.failed_files) == 1 and report.failed_files[0].startswith(f"{image.id}: nothing-listens-here.png")
    record = records[image.id]
    assert record.files == [] and record.error is not None and "could not be saved" in record.error
    assert "1 output file could not be saved" in report.summary()


def test_outputs_missing_from_the_list_are_read_from_the_prediction(server, token, tmp_path):
    made = server.seed_account_history(2)
    image = next(p for p in made if p.model_name not in TEXT_MODELS)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        listed, _ = await list_all(service)
        # As a list that leaves the output out (Replicate's has been seen without `logs` and `version`).
        bare = [dataclasses.replace(run, raw={k: v for k, v in run.raw.items() if k != "output"}) for run in listed]
        await import_predictions(bare, history, downloader, service)
        rows = await history.page(Filter(), 0, 10)
        return {row.prediction_id: row for row in rows}

    records = run_async(with_parts(server.base_url, token, tmp_path, work))
    assert len(records[image.id].files) == 1
    assert sum(1 for m, path, _ in server.requests if m == "GET" and path.startswith("/v1/predictions/")) == 2


def test_a_file_deleted_within_the_hour_marks_its_run_expired(server, token, tmp_path):
    """Listed with its output, but the file is gone by the time it is fetched (404)."""
    made = server.seed_account_history(4)
    image = next(p for p in made if p.model_name not in TEXT_MODELS)
    del server.predictions.files[image.output[0].removeprefix(server.base_url)]

    listed, report, records = run_async(with_parts(server.base_url, token, tmp_path, listed_and_imported))
    assert not any(run.data_removed for run in listed)
    assert report.expired == [image.id] and report.failed_files == [] and len(report.imported) == 4
    record = records[image.id]
    assert record.files == [] and record.prompt == image.input["prompt"] and record.inputs == image.input
    assert "Replicate deleted 1 of this run's output files" in (record.error or "")


def test_a_stopped_import_keeps_what_came_in_and_leaves_no_stray_files(server, token, tmp_path):
    server.seed_account_history(40)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        listed, _ = await list_all(service)
        report = ImportReport()

        def progress(done: int, total: int) -> None:
            if done == 5:
                stopped.cancel()  # as the dialog's Stop does, with runs in the middle of their downloads

        stopped = asyncio.ensure_future(import_predictions(listed, history, downloader, service, report, progress))
        with pytest.raises(asyncio.CancelledError):
            await stopped
        return report, await history.page(Filter(), 0, 100)

    report, rows = run_async(with_parts(server.base_url, token, tmp_path, work))
    assert 5 <= len(report.imported) < 40
    assert sorted(row.prediction_id for row in rows) == sorted(report.imported)
    outputs = tmp_path / "outputs"
    on_disk = {str(path.relative_to(outputs)) for path in outputs.rglob("*") if path.is_file() and path.name != SOURCES}
    assert on_disk == {name for row in rows for name in row.files}  # no file without its run


# --- listing -------------------------------------------------------------------------------------
def test_the_list_is_read_page_by_page(server, token, tmp_path):
    server.page_size = 7
    made = server.seed_account_history(50, expired=5)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        return await list_all(service)

    listed, pages = run_async(with_parts(server.base_url, token, tmp_path, work))
    assert [run.id for run in listed] == [p.id for p in made]
    assert pages == 8 == list_gets(server)


def test_one_listing_stops_at_its_cap(server, token, tmp_path):
    server.page_size = 7
    made = server.seed_account_history(30)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        runs = AccountRuns(service, limit=10)
        first, second = await runs.next_page(), await runs.next_page()
        return runs, first, second, await runs.next_page()

    runs, first, second, third = run_async(with_parts(server.base_url, token, tmp_path, work))
    assert len(first) == 7 and len(second) == 3 and third == []
    assert [run.id for run in runs.listed] == [p.id for p in made[:10]]
    assert runs.capped and not runs.more and list_gets(server) == 2


def test_a_next_link_to_another_origin_is_not_followed(server, token, tmp_path):
    """The client talks to `localhost`; the server's page links name `127.0.0.1`: the same
    program, but another origin as far as the token's rule goes, so the link is not followed."""
    server.page_size = 10
    server.seed_account_history(25)
    port = server.base_url.rsplit(":", 1)[1]

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        runs = AccountRuns(service)
        found = await runs.next_page()
        return runs, found

    runs, found = run_async(with_parts(f"http://localhost:{port}", token, tmp_path, work))
    assert len(found) == 10 and not runs.more
    assert list_gets(server) == 1


def test_a_refused_token_is_explained(server, tmp_path):
    server.seed_account_history(3)

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        runs = AccountRuns(service)
        with pytest.raises(ReplicateError) as refused:
            await runs.next_page()
        return runs, refused.value

    runs, error = run_async(with_parts(server.base_url, "r8_not-a-real-token", tmp_path, work))
    assert error.status == 401 and explain(error).needs_token
    assert runs.more and runs.listed == []  # the same page can be asked again


def test_files_saved_into_another_output_folder_are_recorded_where_the_views_look(server, token, tmp_path):
    """An output folder chosen in Settings: the files go there, recorded by full path (the
    history reads files relative to the data folder's outputs)."""
    server.seed_account_history(3, expired=0)
    chosen = tmp_path / "Pictures"

    async def work(service: ReplicateService, history: HistoryStore, downloader: Downloader):
        moved = Downloader(chosen, records=downloader.records)
        try:
            return await listed_and_imported(service, history, moved)
        finally:
            await moved.close()

    _listed, report, records = run_async(with_parts(server.base_url, token, tmp_path, work))
    files = [name for record in records.values() for name in record.files]
    assert len(report.imported) == 3 and files
    for name in files:
        path = tmp_path / "outputs" / name  # as the run view and the trash resolve it
        assert path.is_file() and path.is_relative_to(chosen), name
