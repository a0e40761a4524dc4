"""The run list as a Qt item model: every run of the history, newest first, with the live ones'
status and time kept current. Pages are read from SQLite on its worker thread as the view
scrolls (no widget per row); thumbnails are decoded off the UI thread and cached."""

from __future__ import annotations

import asyncio
import re
import time
import zlib
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPixmap

from core.history import Filter, HistoryStore, RunRecord
from core.prompt_text import prompt_start
from core.run_events import Finished, StatusChanged
from core.run_manager import LiveRun

from .image_view import decode
from .live_runs import LiveRuns
from .run_view import status_text
from .tasks import every, spawn

PAGE = 200
THUMBNAIL = 44
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
RecordRole = Qt.ItemDataRole.UserRole + 1
RunIdRole = Qt.ItemDataRole.UserRole + 2


def initials(model: str) -> str:
    """A model's badge letters: the first two words of its name ("meta-llama-3…" → "ML")."""
    words = re.findall(r"[^\W\d_]+", model.rsplit("/", 1)[-1])
    return "".join(word[0] for word in words[:2]).upper() or "?"


def badge(model: str, dark: bool) -> QPixmap:
    """A run without a picture (text, sound, one not finished): its model's letters on the
    model's own colour, so that runs of one model are told apart at a glance."""
    hue = zlib.crc32(model.encode()) % 360
    picture = QPixmap(THUMBNAIL, THUMBNAIL)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(hue, 90, 70 if dark else 215))
    painter.drawRoundedRect(picture.rect().adjusted(2, 2, -2, -2), 8, 8)
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(THUMBNAIL * 2 // 5)
    painter.setFont(font)
    painter.setPen(QColor.fromHsl(hue, 60, 225 if dark else 60))
    painter.drawText(picture.rect(), Qt.AlignmentFlag.AlignCenter, initials(model))
    painter.end()
    return picture


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RunListModel", text, "", n)


def when(created_at: float, now: float | None = None) -> str:
    try:
        seconds = (now or time.time()) - float(created_at)
        if seconds < 60:
            return _tr("just now")
        if seconds < 3600:
            return _tr("%n min ago", int(seconds // 60))
        if seconds < 86_400:
            return _tr("%n h ago", int(seconds // 3600))
        return time.strftime("%Y-%m-%d", time.localtime(created_at))
    except (TypeError, ValueError, OverflowError, OSError):
        return _tr("unknown date")  # a row written by a faulty import: shown, never raised


def row_text(record: RunRecord, live: LiveRun | None) -> str:
    """Two lines: the prompt's start, then model · status · time."""
    prompt = prompt_start(record.prompt, 90) or _tr("(no prompt)")
    star = "★ " if record.favourite else ""
    turn = "↳ " if record.parent_id is not None else ""
    if live is not None:
        state = (
            _tr("Queued")
            if live.queued
            else _tr("{status} · {seconds} s").format(status=live.status.label, seconds=f"{live.elapsed():.0f}")
        )
    else:
        state = f"{status_text(record.status, live=False)} · {when(record.created_at)}"
    return f"{star}{turn}{prompt}\n{state} · {record.model}"  # the state first: a narrow list keeps it


class RunListModel(QAbstractListModel):
    def __init__(self, store: HistoryStore, outputs_root: Path, live: LiveRuns, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.outputs_root = outputs_root
        self.live = live
        self.filter = Filter()
        self.rows: list[RunRecord] = []
        self._row_by_id: dict[int | None, int] = {}
        self.total = 0
        self._loading = False
        self._generation = 0
        self._thumbnails: dict[str, QPixmap | None] = {}  # by image file, None while loading
        self._badges: dict[tuple[str, bool], QPixmap] = {}  # by model and dark or light
        self._ticker = every(self, 1000, self._tick)  # live rows' elapsed time
        live.updated.connect(self._live_changed)

    # --- loading -------------------------------------------------------------------------
    async def reload(self, where: Filter | None = None) -> None:
        self.filter = where or self.filter
        self._generation += 1
        generation = self._generation
        total = await self.store.count(self.filter)
        first = await self.store.page(self.filter, 0, PAGE)
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer search started meanwhile, or the window closed
        self.beginResetModel()
        self.rows, self.total, self._loading = first, total, False
        self._row_by_id = {record.id: row for row, record in enumerate(first)}
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        self._loading = True
        spawn(self._next_page(self._generation), "next page of runs", owner=self)

    async def _next_page(self, generation: int) -> None:
        page = await self.store.page(self.filter, len(self.rows), PAGE)
        if generation != self._generation:
            return
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self._row_by_id.update({record.id: len(self.rows) + n for n, record in enumerate(page)})
            self.rows.extend(page)
            self.endInsertRows()
        self._loading = False

    def row_of(self, run_id: int | None) -> int | None:
        return self._row_by_id.get(run_id)

    # --- showing -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(record, self.live.by_record(record.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # the row shows the prompt's start; a tooltip of model text could hold markup
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row_text(record, self.live.by_record(record.id)).replace("\n", ", ")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(record)
        if role == RecordRole:
            return record
        if role == RunIdRole:
            return record.id
        return None

    def _thumbnail(self, record: RunRecord) -> QPixmap:
        image = next((f for f in record.files if isinstance(f, str) and f.lower().endswith(IMAGE_SUFFIXES)), None)
        if image is None:
            return self.badge(record.model)
        if image not in self._thumbnails:
            self._thumbnails[image] = None  # loading
            spawn(self._load_thumbnail(image), "thumbnail", owner=self)
        return self._thumbnails[image] or self.badge(record.model)

    def badge(self, model: str) -> QPixmap:
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if (model, dark) not in self._badges:
            self._badges[(model, dark)] = badge(model, dark)
        return self._badges[(model, dark)]

    async def _load_thumbnail(self, image: str) -> None:
        try:
            picture, _size = await asyncio.to_thread(decode, self.outputs_root / image, THUMBNAIL)
        except (ValueError, OSError):
            return
        self._thumbnails[image] = QPixmap.fromImage(picture)
        for row, record in enumerate(self.rows):
            if image in record.files:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])

    # --- live runs -----------------------------------------------------------------------
    def _live_changed(self, live: LiveRun, update: object) -> None:
        if not isinstance(update, (StatusChanged, Finished)):
            return  # text and files change nothing in the row (and come by the thousand)
        row = self.row_of(live.record.id)
        if row is not None:  # the live overlay shows it; the row itself is read again at the end
            self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DisplayRole])

    def _tick(self) -> None:
        for live in self.live.live:
            row = self.row_of(live.record.id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DisplayRole])
