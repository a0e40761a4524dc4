"""Models as a Qt item model (search results, a collection, favourites): `owner/name`, the
description's first line, the run count and the cover, fetched and decoded off the UI thread
when a row is first shown."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPixmap

from core.cover_cache import CoverCache
from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.model_summary import ModelSummary

from .image_view import decode
from .tasks import spawn

COVER = 48
SummaryRole = Qt.ItemDataRole.UserRole + 1
LineRole = Qt.ItemDataRole.UserRole + 2  # the description's first line
RunsRole = Qt.ItemDataRole.UserRole + 3  # "1.2M runs"

Index = QModelIndex | QPersistentModelIndex


def runs_text(count: int) -> str:
    """How often a model ran, short ("1.2M runs"), in the user's language and number format."""
    if count >= 1_000:
        millions = count >= 1_000_000
        short = QLocale().toString(count / (1_000_000 if millions else 1_000), "f", 1)
        text = (
            QCoreApplication.translate("ModelListModel", "{count}M runs")
            if millions
            else QCoreApplication.translate("ModelListModel", "{count}K runs")
        )
        return text.format(count=short)
    return translate("ModelListModel", "%n run(s)", None, count)


def first_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ModelListModel(QAbstractListModel):
    def __init__(self, covers: CoverCache | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.covers = covers
        self.models: list[ModelSummary] = []
        self._pixmaps: dict[str, QPixmap] = {}  # by cover URL
        self._asked: set[str] = set()

    def set_models(self, models: list[ModelSummary]) -> None:
        self.beginResetModel()
        self.models = list(models)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.models)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.models):
            return None
        model = self.models[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return model.target
        if role == Qt.ItemDataRole.ToolTipRole:
            return first_line(model.description, 400) or model.slug
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{model.target}. {first_line(model.description)} {runs_text(model.run_count)}"
        if role == SummaryRole:
            return model
        if role == LineRole:
            return first_line(model.description)
        if role == RunsRole:
            return self.tr("deployment") if model.deployment else runs_text(model.run_count)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._cover(model.cover_image_url)
        return None

    def summary_at(self, row: int) -> ModelSummary | None:
        return self.models[row] if 0 <= row < len(self.models) else None

    def _cover(self, url: str) -> QPixmap | None:
        if not url or self.covers is None:
            return None
        if url not in self._asked:
            self._asked.add(url)
            spawn(self._load_cover(url), "cover image", owner=self)
        return self._pixmaps.get(url)

    async def _load_cover(self, url: str) -> None:
        assert self.covers is not None
        path = await self.covers.get(url)
        if path is None:
            return
        try:
            picture, _size = await asyncio.to_thread(decode, path, COVER)
        except (ValueError, OSError):
            return
        self._pixmaps[url] = QPixmap.fromImage(picture)
        for row, model in enumerate(self.models):
            if model.cover_image_url == url:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])
