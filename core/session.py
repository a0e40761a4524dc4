"""The signed-in state: the token in use, checked with Replicate before it is stored."""

from __future__ import annotations

import asyncio
from pathlib import Path

from .cover_cache import CoverCache
from .downloads import Downloader
from .errors import UserError
from .history import HistoryStore
from .model_catalog import ModelCatalog
from .model_directory import ModelDirectory
from .paths import data_dir
from .replicate_service import Account, ReplicateService
from .token_store import TokenStore


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
        self.data = data or data_dir()
        self.outputs = outputs or self.data / "outputs"
        self.replicate = ReplicateService(lambda: self.token, base_url, poll_interval)
        self.downloader = Downloader(self.outputs)
        self.history = HistoryStore(self.data / "history.sqlite3")
        self.catalog = ModelCatalog(self.data / "catalog.sqlite3")
        self.models = ModelDirectory(self.replicate, self.catalog)
        self.covers = CoverCache(self.data / "covers", self.downloader)

    @property
    def token_from_environment(self) -> bool:
        return self.store.from_environment() is not None

    async def load_token(self) -> str | None:
        # keyring talks to D-Bus or the OS: off the UI thread.
        self.token = await asyncio.to_thread(self.store.load)
        return self.token

    async def sign_in(self, token: str) -> Account:
        """Check the token with Replicate (GET /v1/account), then keep it in the keyring."""
        token = token.strip()
        if not token:
            raise UserError("No token pasted", "Paste your Replicate API token in the box first.")
        if any(ch.isspace() for ch in token):
            raise UserError(
                "That does not look like a token",
                "An API token has no spaces or line breaks. Copy it again from Replicate.",
            )
        account = await self.replicate.account(token)
        await asyncio.to_thread(self.store.save, token)
        self.token = token
        return account

    def set_outputs(self, folder: Path) -> None:
        """Where the next runs' files go (files already saved stay where they are)."""
        self.outputs = folder
        self.downloader.root = folder

    async def close(self) -> None:
        """The history's last writes reach the disk; the download client lets go of its connections."""
        await self.covers.close()
        await self.downloader.close()
        await self.history.close()
        await self.catalog.close()

    async def sign_out(self) -> None:
        await asyncio.to_thread(self.store.delete)
        self.token = self.store.from_environment()
