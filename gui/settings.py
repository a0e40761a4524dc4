"""Every QSettings key Replidesk uses, declared in one place. Never the token."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from core.model_ref import SUGGESTED_MODELS
from core.run_manager import DEFAULT_CONCURRENT_RUNS

from .theme import Theme

MAX_RECENT_MODELS = 12


class AppSettings:
    RECENT_MODELS = "models/recent"
    INPUTS = "inputs/"  # + owner/name: the last input values (never secrets), as JSON
    GEOMETRY = "window/geometry"
    SPLITTER = "window/splitter"
    THEME = "window/theme"  # system, light or dark
    CONCURRENT_RUNS = "runs/concurrent"  # runs sent to Replicate at once; more wait, queued

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def recent_models(self) -> list[str]:
        value = self._store.value(self.RECENT_MODELS, [])
        recent = [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []
        return recent or list(SUGGESTED_MODELS)

    def remember_model(self, ref: str) -> None:
        recent = [ref] + [r for r in self.recent_models() if r != ref]
        self._store.setValue(self.RECENT_MODELS, recent[:MAX_RECENT_MODELS])

    def inputs(self, slug: str) -> dict[str, Any]:
        try:
            saved = json.loads(str(self._store.value(self.INPUTS + slug, "{}") or "{}"))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    def set_inputs(self, slug: str, values: dict[str, Any]) -> None:
        self._store.setValue(self.INPUTS + slug, json.dumps(values))

    def concurrent_runs(self) -> int:
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

    def geometry(self) -> QByteArray | None:
        return self._store.value(self.GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue(self.GEOMETRY, value)

    def splitter(self) -> QByteArray | None:
        return self._store.value(self.SPLITTER)

    def set_splitter(self, value: QByteArray) -> None:
        self._store.setValue(self.SPLITTER, value)

    def sync(self) -> None:
        self._store.sync()
