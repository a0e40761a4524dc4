"""A run's output files (following.py's Follower builds on this): fetched one by one as they
appear, each once; one that cannot be fetched is named at the end and the others still come. A
file too large (Settings → Files) or a full disk is said as it is; a cancel stops the file being
fetched at once (nothing of it left) and starts no other.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from .data_uri import BadDataUri, is_data_uri
from .download_state import DiskFull, TooLarge
from .downloads import Downloaded, Downloader, DownloadFailed, Progress, UnsafeUrl
from .errors import Problem
from .i18n import translate
from .model_info import ModelInfo
from .replicate_service import PredictionState
from .run_events import FileReady, OutputValue, RunStatus, RunUpdate


def file_name_of(url: str) -> str:
    if is_data_uri(url):
        return translate("Run", "an inline file")
    return unquote(PurePosixPath(urlsplit(url).path).name) or url


class FileFetcher:
    downloader: Downloader
    info: ModelInfo
    progress: Progress | None
    _fetched: set[str]
    missing: list[str]
    unreadable: list[str]
    unfetched: list[str]
    _not_saved_title: str

    # Run.cancel() sets `_cancel_requested`: the file being fetched is stopped then and there
    # (its task cancelled: no `.part`, no reserved name left), so that the run reaches Replicate's
    # answer to the cancel within the manager's grace instead of after the whole file.
    @property
    def _cancel_requested(self) -> bool:
        return bool(self.__dict__.get("_stop_files", False))

    @_cancel_requested.setter
    def _cancel_requested(self, value: bool) -> None:
        self.__dict__["_stop_files"] = value
        if value:
            for transfer in list(self._transfers):
                transfer.cancel()

    @property
    def _transfers(self) -> set[asyncio.Task[Downloaded]]:
        return self.__dict__.setdefault("_transfer_tasks", set())

    @property
    def not_saved(self) -> list[str]:
        """Why files were not saved, a sentence each (too large, the disk full)."""
        return self.__dict__.setdefault("_not_saved", [])

    @property
    def stopped(self) -> list[str]:
        """Names of the files a cancel stopped or kept from being fetched."""
        return self.__dict__.setdefault("_stopped", [])

    def _files_problem(self) -> Problem:
        """One message for every file of a succeeded run that is not on this computer, and why."""
        said = list(self.not_saved)
        if self.unfetched:
            said.append(
                translate("Run", "%n file(s) could not be downloaded: {names}.", n=len(self.unfetched)).format(
                    names=", ".join(self.unfetched)
                )
            )
        if self.stopped:
            said.append(
                translate(
                    "Run", "Cancelled while downloading: %n file(s) not saved: {names}.", n=len(self.stopped)
                ).format(names=", ".join(self.stopped))
            )
        said.append(translate("Run", "The run itself succeeded; everything else is kept."))
        if self.unfetched or len(self.not_saved) != 1:
            title = translate("Run", "Some files could not be downloaded")
        else:  # one reason only: its own title ("The disk is full", "A file is too large")
            title = self._not_saved_title
        if self.stopped and not self.unfetched and not self.not_saved:
            title = translate("Run", "Downloads stopped")
        return Problem(title, " ".join(said), files_to_fetch=True)

    async def _outputs(self, prediction: PredictionState) -> AsyncGenerator[RunUpdate, None]:
        """Files as soon as they appear in the output (each fetched once); at the end, a value
        that is more than its files (an object, a number, text) is shown as well. A file that
        cannot be fetched is named at the end and the others are still fetched."""
        import httpx

        from .runner import file_urls, only_urls, without_inline_files

        status = RunStatus.from_api(prediction.status)
        output = prediction.output
        urls = file_urls(output)
        if status is RunStatus.SUCCEEDED and output is not None and not only_urls(output):
            yield OutputValue(without_inline_files(output))
        for url in urls:
            if url in self._fetched:
                continue
            self._fetched.add(url)
            if self._cancel_requested and not is_data_uri(url):  # canceled: no new transfer starts
                self.stopped.append(file_name_of(url))
                continue
            try:
                got = await self._save(url, prediction.id)
            except BadDataUri as error:
                self.unreadable.append(str(error))
                continue
            except UnsafeUrl:
                continue  # shown as text within the value, never opened
            except httpx.HTTPStatusError as error:
                if error.response.status_code in (403, 404, 410):
                    self.missing.append(url)  # removed by Replicate (it keeps outputs for an hour)
                else:
                    self.unfetched.append(file_name_of(url))
                continue
            except (TooLarge, DiskFull) as error:  # not retried: said as it is, the other files still come
                self.not_saved.append(error.problem.message)
                self._not_saved_title = error.problem.title
                continue
            except _Stopped:
                self.stopped.append(file_name_of(url))
                continue
            except DownloadFailed as error:  # the downloader's retries are spent: this file only
                self.unfetched.append(error.name or file_name_of(url))  # as it would have been saved
                continue
            except Exception:  # the disk, or a fault of ours: this file only, told the same way
                self.unfetched.append(file_name_of(url))
                continue
            yield FileReady(got.path, url if not is_data_uri(url) else "", got.media_type)

    async def _save(self, url: str, prediction_id: str) -> Downloaded:
        from .output_names import output_stem

        index = len(self._fetched)  # 1-based: this file's place among the run's files
        stem = output_stem(self._naming_words(), self.info.ref.name, index)
        if is_data_uri(url):
            return await self.downloader.save_data_uri(url, prediction_id, index - 1, stem=stem)
        # In a task of its own, so that a cancel stops this file alone (the run goes on to its end).
        transfer = asyncio.ensure_future(self.downloader.fetch(url, prediction_id, self.progress, stem=stem))
        self._transfers.add(transfer)
        try:
            return await transfer
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if transfer.cancelled() and self._cancel_requested and not (current and current.cancelling()):
                raise _Stopped() from None  # the user's cancel, not the run's own task being ended
            raise
        finally:
            self._transfers.discard(transfer)

    def _naming_words(self) -> str:
        raise NotImplementedError


class _Stopped(Exception):
    """A file whose transfer a cancel stopped."""
