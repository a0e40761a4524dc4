"""Settings, opened once at a time, and each change applied as soon as OK is pressed: the theme,
the runs at once, the output folder, the largest file downloaded, the proxy, the history's
retention (the language and the data folder from the next start). Also the work Settings asks
for at start: old runs deleted and the password store named."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from core import proxy
from core.run_manager import RunManager
from core.session import Session

from .settings import AppSettings
from .tasks import spawn
from .theme import ThemeKeeper
from .token_flow import TokenFlow
from .window_actions import WindowActions, check_concurrent

if TYPE_CHECKING:
    from .settings_dialog import SettingsDialog


class SettingsFlow(QObject):
    status = Signal(str)
    history_pruned = Signal(int)  # how many old runs were deleted

    def __init__(
        self,
        settings: AppSettings,
        manager: RunManager,
        theme: ThemeKeeper,
        actions: WindowActions,
        token: TokenFlow,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.settings = settings
        self.manager = manager
        self.session: Session = manager.session
        self.theme = theme
        self.actions = actions
        self.token = token
        self.dialog_parent = dialog_parent
        self.dialog: SettingsDialog | None = None
        self.store_name = ""  # where the token is kept, in plain words: found at start, off the UI thread
        self.session.downloader.max_file_bytes = settings.max_download_bytes()  # before any run starts

    async def start(self) -> None:
        """At start, beside the rest (nothing here may hold the window's start up)."""
        try:
            found = await asyncio.to_thread(self.session.store.store_name)
        except Exception:  # a backend failing its own introspection: said as "nowhere"
            found = None
        self.store_name = found or self.tr(
            "Nowhere: this computer has no password store, so the token is asked for at each start"
        )
        await self.prune_history()

    def open(self, *_args: object) -> SettingsDialog:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from .settings_dialog import SettingsDialog  # not needed for the first frame

        session = self.session
        dialog = SettingsDialog(self.settings, session.token, self.where_kept(), self.dialog_parent, session.data)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.apply)
        dialog.replace_token_requested.connect(lambda: self.token.ask())
        dialog.sign_out_requested.connect(lambda: spawn(self._sign_out(), "sign out", owner=self))
        self.dialog = dialog
        dialog.open()  # not exec(): a nested loop would stall asyncio
        return dialog

    async def _sign_out(self) -> None:
        await self.token.sign_out()
        self.token_changed()

    def token_changed(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.set_token(self.session.token)
            self.dialog.account.set_store_text(self.where_kept())

    def where_kept(self) -> str:
        """Where the token in use lives, in plain words (not always the password store)."""
        if self.session.token and self.session.token_from_environment:
            return self.tr(
                "The REPLICATE_API_TOKEN environment variable, set outside Replidesk: Sign out cannot remove it"
            )
        if self.session.token and self.session.token_not_saved is not None:
            return self.tr("Only in memory, until Replidesk closes: the password store could not keep it")
        return self.store_name

    def apply(self, changed: list[str]) -> None:
        settings = self.settings
        if "theme" in changed:
            theme = settings.theme()
            self.theme.choose(theme)
            for action in self.actions.themes.actions():
                action.setChecked(action.objectName() == f"theme_{theme.value}")
        if "concurrent_runs" in changed:
            count = settings.concurrent_runs()
            self.manager.max_concurrent = count  # queued runs start at once if the cap grew
            check_concurrent(self.actions.concurrent, count)
        if "outputs" in changed:
            self.session.set_outputs(settings.output_folder() or self.session.data / "outputs")
        if "max_download" in changed:  # files that start from now on; one arriving keeps its cap
            self.session.downloader.max_file_bytes = settings.max_download_bytes()
        if "proxy" in changed:
            proxy.apply(settings.proxy_mode(), settings.proxy_url())  # the next clients built use it
            self.session.downloader.renew()
        if "retention" in changed:
            spawn(self.prune_history(), "delete old runs", owner=self)
        if "language" in changed or "data" in changed:
            self.status.emit(self.tr("Some of the changes are used from the next start of Replidesk"))
        elif changed:
            self.status.emit(self.tr("Settings saved"))

    async def prune_history(self) -> None:
        """Runs older than Settings keep them, deleted with their files (starred ones stay)."""
        days = self.settings.retention_days()
        if days <= 0:
            return
        chosen = self.settings.output_folder()
        removed = await self.session.history.prune(
            days, self.session.outputs, also_in=(chosen,) if chosen is not None else ()
        )
        if removed:
            self.history_pruned.emit(removed)
            self.status.emit(self.tr("%n old run(s) deleted, as set in Settings", "", removed))
