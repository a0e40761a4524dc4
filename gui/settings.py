"""Every QSettings key Replidesk uses, declared in one place. Never the token."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from .theme import SystemLook, Theme

if TYPE_CHECKING:
    from core.proxy import ProxyMode

# core's model names and proxy rules are imported where used: the settings are read before the
# window's first frame, which needs none of them.

MAX_RECENT_MODELS = 12
LANGUAGES = ("", "en", "de")  # "": as the system's language
RETENTION_CHOICES = (0, 30, 90, 365)  # days a run is kept; 0: for ever
MIB = 1024**2
DOWNLOAD_CAP_CHOICES = (256, 512, 1024, 2048, 5120, 10240, 51200, 0)  # MiB; 0: no cap


class AppSettings:
    RECENT_MODELS = "models/recent"
    INPUTS = "inputs/"  # + owner/name: the last input values (never secrets), as JSON
    GEOMETRY = "window/geometry"
    SPLITTER = "window/splitter"
    RUN_LIST_SHOWN = "window/run_list_shown"  # the run list column can be hidden
    WELCOMED = "account/welcomed"  # signed in once: no welcome at later starts
    THEME = "window/theme"  # system, light or dark
    SYSTEM_LOOK = "window/system_look"  # light or dark, + " high-contrast": for the next first frame
    CONCURRENT_RUNS = "runs/concurrent"  # runs sent to Replicate at once; more wait, queued
    OUTPUT_FOLDER = "files/outputs"  # where runs' files go; unset: the data folder's outputs
    DATA_FOLDER = "files/data"  # read at start (REPLIDESK_DATA_DIR wins); unset: the OS's place
    MAX_DOWNLOAD_MIB = "files/max_download_mib"  # the largest output file fetched, in MiB; 0: no cap
    LANGUAGE = "window/language"  # "", "en" or "de"; read at start
    START_MODEL = "models/start"  # the composer's model at start; "": the last one used
    RETENTION_DAYS = "runs/retention_days"  # runs older than this are deleted; 0: kept for ever
    NOTIFICATIONS = "runs/notifications"  # tell when a run ends while the window is in the background
    CHECK_UPDATES = "network/check_updates"  # look for a newer release at start; off unless chosen
    PROXY_MODE = "network/proxy_mode"  # system, none or manual
    PROXY_URL = "network/proxy_url"  # the manual proxy, http(s)://host:port

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def recent_models(self) -> list[str]:
        value = self._store.value(self.RECENT_MODELS, [])
        recent = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []
        from core.model_ref import SUGGESTED_MODELS

        return recent or list(SUGGESTED_MODELS)

    def remember_model(self, ref: str) -> None:
        recent = [ref] + [r for r in self.recent_models() if r != ref]
        self._store.setValue(self.RECENT_MODELS, recent[:MAX_RECENT_MODELS])

    def inputs(self, slug: str) -> dict[str, Any]:
        import json

        try:
            saved = json.loads(str(self._store.value(self.INPUTS + slug, "{}") or "{}"))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    def set_inputs(self, slug: str, values: dict[str, Any]) -> None:
        import json

        self._store.setValue(self.INPUTS + slug, json.dumps(values))

    def concurrent_runs(self) -> int:
        from core.run_manager import DEFAULT_CONCURRENT_RUNS  # imported here: not at start-up

        try:
            return max(1, min(32, int(str(self._store.value(self.CONCURRENT_RUNS, DEFAULT_CONCURRENT_RUNS)))))
        except (TypeError, ValueError):
            return DEFAULT_CONCURRENT_RUNS

    def set_concurrent_runs(self, count: int) -> None:
        self._store.setValue(self.CONCURRENT_RUNS, int(count))

    def theme(self) -> Theme:
        try:
            return Theme(str(self._store.value(self.THEME, Theme.SYSTEM.value)))
        except ValueError:
            return Theme.SYSTEM

    def set_theme(self, theme: Theme) -> None:
        self._store.setValue(self.THEME, theme.value)

    def system_look(self) -> SystemLook | None:
        """The system's look as the last run saw it (dark, high contrast); None before any."""
        value = self._text(self.SYSTEM_LOOK)
        if value not in ("light", "dark", "light high-contrast", "dark high-contrast"):
            return None
        return SystemLook(dark=value.startswith("dark"), high_contrast=value.endswith("high-contrast"))

    def remember_system_look(self, look: SystemLook) -> None:
        value = ("dark" if look.dark else "light") + (" high-contrast" if look.high_contrast else "")
        if self._text(self.SYSTEM_LOOK) != value:
            self._store.setValue(self.SYSTEM_LOOK, value)

    def output_folder(self) -> Path | None:
        """The folder chosen for runs' files; None: the data folder's `outputs`."""
        return self._folder(self.OUTPUT_FOLDER)

    def set_output_folder(self, folder: Path | None) -> None:
        self._set_folder(self.OUTPUT_FOLDER, folder)

    def data_folder(self) -> Path | None:
        """The data folder chosen for the next start; None: the OS's usual place."""
        return self._folder(self.DATA_FOLDER)

    def set_data_folder(self, folder: Path | None) -> None:
        self._set_folder(self.DATA_FOLDER, folder)

    def max_download_mib(self) -> int:
        """The largest output file downloaded, in MiB (2 GiB unless changed); 0: no cap."""
        from core.downloads import MAX_FILE_BYTES  # imported here: not at start-up

        try:
            mib = int(self._text(self.MAX_DOWNLOAD_MIB) or MAX_FILE_BYTES // MIB)
        except ValueError:
            return MAX_FILE_BYTES // MIB
        return mib if mib >= 0 else MAX_FILE_BYTES // MIB

    def set_max_download_mib(self, mib: int) -> None:
        self._store.setValue(self.MAX_DOWNLOAD_MIB, max(0, int(mib)))

    def max_download_bytes(self) -> int | None:
        """The cap as the downloader takes it (None: no cap)."""
        mib = self.max_download_mib()
        return mib * MIB if mib else None

    def language(self) -> str:
        value = self._text(self.LANGUAGE)
        return value if value in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self._store.setValue(self.LANGUAGE, language if language in LANGUAGES else "")

    def start_model(self) -> str:
        """The model the composer starts with; "": the last one used."""
        value = self._text(self.START_MODEL).strip()
        from core.model_ref import ModelRef

        return value if ModelRef.read(value) is not None else ""

    def set_start_model(self, ref: str) -> None:
        self._store.setValue(self.START_MODEL, ref.strip())

    def retention_days(self) -> int:
        try:
            days = int(self._text(self.RETENTION_DAYS) or 0)
        except ValueError:
            return 0
        return days if days > 0 else 0

    def set_retention_days(self, days: int) -> None:
        self._store.setValue(self.RETENTION_DAYS, max(0, int(days)))

    def notifications(self) -> bool:
        value = self._text(self.NOTIFICATIONS).lower()
        return value not in ("false", "0", "no", "off")  # on unless turned off

    def set_notifications(self, on: bool) -> None:
        self._store.setValue(self.NOTIFICATIONS, bool(on))

    def check_updates(self) -> bool:
        return self._text(self.CHECK_UPDATES).lower() in ("true", "1", "yes", "on")  # off unless turned on

    def set_check_updates(self, on: bool) -> None:
        self._store.setValue(self.CHECK_UPDATES, bool(on))

    def proxy_mode(self) -> ProxyMode:
        from core.proxy import MODES

        value = self._text(self.PROXY_MODE)
        for mode in MODES:
            if value == mode:
                return mode
        return "system"

    def proxy_url(self) -> str:
        return self._text(self.PROXY_URL).strip()

    def set_proxy(self, mode: ProxyMode, url: str = "") -> None:
        """The proxy choice; a manual one only with an address that can be used."""
        from core.proxy import url_problem

        if mode == "manual" and url_problem(url) is not None:
            raise ValueError(f"not a proxy address: {url!r}")
        self._store.setValue(self.PROXY_MODE, mode)
        self._store.setValue(self.PROXY_URL, url.strip())

    def _text(self, key: str) -> str:
        value = self._store.value(key, "")
        return str(value) if isinstance(value, (str, int, bool)) else ""

    def _folder(self, key: str) -> Path | None:
        value = self._text(key).strip()
        return Path(value) if value and Path(value).is_absolute() else None

    def _set_folder(self, key: str, folder: Path | None) -> None:
        if folder is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, str(folder))

    def geometry(self) -> QByteArray | None:
        return self._store.value(self.GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue(self.GEOMETRY, value)

    def splitter(self) -> QByteArray | None:
        return self._store.value(self.SPLITTER)

    def set_splitter(self, value: QByteArray) -> None:
        self._store.setValue(self.SPLITTER, value)

    def run_list_shown(self) -> bool:
        return self._text(self.RUN_LIST_SHOWN).lower() not in ("false", "0")  # shown unless hidden

    def set_run_list_shown(self, shown: bool) -> None:
        self._store.setValue(self.RUN_LIST_SHOWN, bool(shown))

    def forget_layout(self) -> None:
        """Reset layout: the next layout is the first one again."""
        for key in (self.GEOMETRY, self.SPLITTER, self.RUN_LIST_SHOWN):
            self._store.remove(key)

    def welcomed(self) -> bool:
        """Whether this user has signed in before (the welcome is shown once)."""
        return str(self._store.value(self.WELCOMED, "false")).lower() == "true"

    def set_welcomed(self) -> None:
        self._store.setValue(self.WELCOMED, "true")

    def sync(self) -> None:
        self._store.sync()
