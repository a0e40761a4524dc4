"""The signed-in state: the token in use, checked with Replicate before it is stored. Without a
password store that can keep it, the token still signs in, for this session only (in memory)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from .cover_cache import CoverCache
from .downloads import Downloader
from .errors import Problem, UserError
from .history import HistoryStore
from .i18n import translate
from .model_catalog import ModelCatalog
from .model_directory import ModelDirectory
from .paths import data_dir
from .replicate_service import Account, ReplicateService
from .token_store import TokenStore, token_from_pasted


class Session:
    def __init__(
        self,
        store: TokenStore,
        base_url: str | None = None,
        poll_interval: float = 0.5,
        data: Path | None = None,
        outputs: Path | None = None,
    ) -> None:
        self.store = store
        self.token: str | None = None
        self.token_not_saved: Problem | None = None  # why the token in use lives in memory only
        self.data = data or data_dir()
        # Files are recorded relative to the data folder's outputs (so the data folder can move);
        # files saved into another folder chosen in Settings are recorded by their full path.
        self.outputs = self.data / "outputs"
        self.replicate = ReplicateService(lambda: self.token, base_url, poll_interval)
        self.downloader = Downloader(outputs or self.outputs, records=self.outputs)
        self.history = HistoryStore(self.data / "history.sqlite3")
        self.catalog = ModelCatalog(self.data / "catalog.sqlite3")
        self.models = ModelDirectory(self.replicate, self.catalog)
        self.covers = CoverCache(self.data / "covers", self.downloader)

    @property
    def token_from_environment(self) -> bool:
        return self.store.from_environment() is not None

    async def load_token(self) -> str | None:
        # keyring talks to D-Bus or the OS: off the UI thread.
        # A token signed in for this session only (no password store) is kept when none is stored.
        self.token = await asyncio.to_thread(self.store.load) or self.token
        return self.token

    async def sign_in(self, token: str) -> Account:
        """Check the token with Replicate (GET /v1/account), then keep it in the keyring; when
        the keyring cannot keep it, in memory for this session (`token_not_saved` says why).
        `token` may be a pasted shell line that sets REPLICATE_API_TOKEN."""
        token = token_from_pasted(token)
        if not token:
            raise UserError(
                translate("Session", "No token pasted"),
                translate("Session", "Paste your Replicate API token in the box first."),
            )
        if any(ch.isspace() for ch in token):
            raise UserError(
                translate("Session", "That does not look like a token"),
                translate("Session", "An API token has no spaces or line breaks. Copy it again from Replicate."),
            )
        account = await self.replicate.account(token)
        try:
            await asyncio.to_thread(self.store.save, token)
            self.token_not_saved = None
        except UserError as error:  # a right token is never refused for want of a store
            self.token_not_saved = error.problem
        self.token = token
        return account

    def set_outputs(self, folder: Path) -> None:
        """Where the next runs' files go (files already saved stay where they are)."""
        self.downloader.root = folder

    async def close(self) -> None:
        """The history's last writes reach the disk; the download client lets go of its connections."""
        await self.covers.close()
        await self.downloader.close()
        await self.history.close()
        await self.catalog.close()

    async def sign_out(self) -> None:
        try:
            await asyncio.to_thread(self.store.delete)
        except UserError:
            if self.token_not_saved is None:
                raise  # a stored token that could not be removed: still signed in
        self.token_not_saved = None
        self.token = self.store.from_environment()
