"""The history as a Qt item model: pages are read from SQLite on its worker thread as the view
scrolls (no widget per row), thumbnails are decoded off the UI thread and cached."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap

from core.history import Filter, HistoryStore, RunRecord
from core.runs import RunStatus

from .image_view import decode

PAGE = 200
THUMBNAIL = 44
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
RecordRole = Qt.ItemDataRole.UserRole + 1


def when(created_at: float, now: float | None = None) -> str:
    seconds = (now or time.time()) - created_at
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86_400:
        return f"{int(seconds // 3600)} h ago"
    return time.strftime("%Y-%m-%d", time.localtime(created_at))


def status_text(status: str) -> str:
    if status in ("starting", "processing"):
        return "Still running on Replicate"
    try:
        return RunStatus.from_api(status).label
    except ValueError:
        return status


class HistoryModel(QAbstractListModel):
    def __init__(self, store: HistoryStore, outputs_root: Path) -> None:
        super().__init__()
        self.store = store
        self.outputs_root = outputs_root
        self.filter = Filter()
        self.rows: list[RunRecord] = []
        self.total = 0
        self._loading = False
        self._generation = 0
        self._thumbnails: dict[str, QPixmap | None] = {}  # by image file, None while loading
        self._blank = QPixmap(THUMBNAIL, THUMBNAIL)
        self._blank.fill(Qt.GlobalColor.transparent)

    # --- loading -------------------------------------------------------------------------
    async def reload(self, where: Filter | None = None) -> None:
        self.filter = where or self.filter
        self._generation += 1
        generation = self._generation
        total = await self.store.count(self.filter)
        first = await self.store.page(self.filter, 0, PAGE)
        if generation != self._generation:
            return  # a newer search started meanwhile
        self.beginResetModel()
        self.rows, self.total, self._loading = first, total, False
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        self._loading = True
        asyncio.ensure_future(self._next_page(self._generation))

    async def _next_page(self, generation: int) -> None:
        page = await self.store.page(self.filter, len(self.rows), PAGE)
        if generation != self._generation:
            return
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self._loading = False

    # --- showing -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            prompt = " ".join(record.prompt.split())[:90] or "(no prompt)"
            star = "★ " if record.favourite else ""
            return f"{star}{prompt}\n{record.model} · {status_text(record.status)} · {when(record.created_at)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.model}\n{record.prompt[:500]}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(record, index.row())
        if role == RecordRole:
            return record
        return None

    def _thumbnail(self, record: RunRecord, row: int) -> QPixmap | None:
        image = next((f for f in record.files if f.lower().endswith(IMAGE_SUFFIXES)), None)
        if image is None:
            return self._blank  # keeps every row's text aligned
        if image not in self._thumbnails:
            self._thumbnails[image] = None  # loading
            asyncio.ensure_future(self._load_thumbnail(image))
        return self._thumbnails[image] or self._blank

    async def _load_thumbnail(self, image: str) -> None:
        try:
            picture, _size = await asyncio.to_thread(decode, self.outputs_root / image, THUMBNAIL)
        except (ValueError, OSError):
            return
        self._thumbnails[image] = QPixmap.fromImage(picture)
        for row, record in enumerate(self.rows):
            if image in record.files:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])
