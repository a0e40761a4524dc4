"""A grid of images that fits any width without scrolling sideways: two columns when both fit
at a useful size, each image scaled to its column. It makes the cards of the rows near the
screen only: a run of 1,000 images keeps a few dozen. (FlowLayout, the wrapping row of
buttons, lives in flow_layout.py and is still importable from here.)"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QSizePolicy, QStyle, QWidget

from .flow_layout import FlowLayout

__all__ = ["ALL_MADE", "MIN_COLUMN", "FlowLayout", "ImageGrid", "Lazy"]

MIN_COLUMN = 240  # pixels: narrower than this, images are one per row
ALL_MADE = 16  # cards: a grid of no more than this makes every card and keeps it
MIN_MARGIN = 400  # pixels: cards are made at least this far above and below the screen
HIDDEN_SEEN = 800  # pixels: a grid not on screen makes the cards of its top
FRAME_GUESS, SIDES_GUESS = 90, 10  # a card's frame and sides until one is made and measured


class Lazy(Protocol):
    """An output whose card is made only while it is near the part of the grid on screen (a run
    of 1,000 images would otherwise keep 1,000 cards of a dozen widgets each)."""

    def make(self, parent: QWidget) -> QWidget:
        """Its card (a `Framed`): shown by the grid, dropped again when far out of view."""
        ...

    def content_height(self, width: int, max_height: int) -> int:
        """The height of its picture `width` pixels wide, at most `max_height`: where the card
        is not made, its place is kept by this reckoning."""
        ...

    def let_go(self) -> None:
        """Not made at once: anything it was given to make its card quickly can go."""
        ...


class Framed(Protocol):
    """What the grid asks of a card made by a `Lazy`: every card shares its frame (name,
    buttons), only the picture's height differs."""

    def inner_width(self, width: int) -> int: ...

    def frame_height(self, width: int) -> int: ...

    def max_image_height(self) -> int: ...

    def fit_to(self, viewport_height: int) -> None: ...


@dataclass(eq=False)
class _Slot:
    lazy: Lazy | None  # None: a widget given ready-made, kept for good
    widget: QWidget | None = None


@dataclass
class _Rows:
    key: tuple[int, ...]
    count: int = 0  # the slots reckoned
    tops: list[int] = field(default_factory=lambda: [0])  # each row's top, then the grid's height
    heights: list[int] = field(default_factory=list)


class ImageGrid(QWidget):
    """Consecutive images of one run, side by side where they fit: equal columns (two when
    each gets MIN_COLUMN pixels, else one), a row as tall as its tallest card at the column's
    width. Beyond ALL_MADE images, cards are made for the rows on screen and a screen above and
    below; beyond twice that they are dropped (unless one holds the keyboard focus) and their
    place kept, reckoned from the image's size and the frame of a card made."""

    def __init__(self, parent: QWidget | None = None, most: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("imageGrid")
        self.most = most
        self.slots: list[_Slot] = []
        self._alive: set[int] = set()  # the slots whose card is made
        self._fixed = False  # some cards were given ready-made
        self._fresh: list[_Slot] = []  # added since the last pass: let go unless made then
        self._viewport_height: int | None = None
        self._frame = (FRAME_GUESS, SIDES_GUESS, 600)  # frame, sides, max image height: from a card once made
        self._rows: dict[tuple[int, ...], _Rows] = {}  # by width (and what else decides it)
        self._widest = QSize(MIN_COLUMN, 0)  # the largest hints seen: stable while cards come and go
        self._least = QSize(0, 0)
        self._watched: list[QWidget] = []
        self._placing = False
        self._later = QTimer(self)  # added cards are made once the layout has settled
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- what it holds ------------------------------------------------------------------------
    def add(self, card: QWidget) -> None:
        """A card made already, kept for good."""
        card.setParent(self)
        card.show()
        self._alive.add(len(self.slots))
        self._fixed = True
        self._added(_Slot(None, card))

    def add_lazy(self, lazy: Lazy) -> None:
        """An output whose card is made when it comes near the screen."""
        self._added(_Slot(lazy))

    def _added(self, slot: _Slot) -> None:
        self.slots.append(slot)
        self._fresh.append(slot)
        self.updateGeometry()
        self._later.start()

    def cards(self) -> list[QWidget]:
        """The cards made now, in order."""
        made = (self.slots[index].widget for index in sorted(self._alive))
        return [widget for widget in made if widget is not None and shiboken6.isValid(widget)]

    def pending(self) -> bool:
        """Cards added but not made yet (made as soon as the layout settles)."""
        return self._later.isActive()

    def columns(self, width: int | None = None) -> int:
        width = self.width() if width is None else width
        gap = self._gap()
        fits = max(1, (width + gap) // (MIN_COLUMN + gap))
        return max(1, min(self.most, fits, len(self.slots)))

    def fit_to(self, viewport_height: int) -> None:
        """The pane's height: an image is never taller than it shows (its buttons stay in sight)."""
        if viewport_height == self._viewport_height:
            return
        self._viewport_height = viewport_height
        for card in self._made():
            card.fit_to(viewport_height)  # type: ignore[attr-defined]
        self.updateGeometry()
        self._later.start()

    # --- size ---------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(width).tops[-1]

    def sizeHint(self) -> QSize:
        self._learn_hints()
        return QSize(self._widest.width(), self.heightForWidth(self._widest.width()))

    def minimumSizeHint(self) -> QSize:
        self._learn_hints()
        return self._least

    def _learn_hints(self) -> None:
        for card in self.cards():
            self._widest = self._widest.expandedTo(card.sizeHint())
            self._least = self._least.expandedTo(card.minimumSizeHint())

    def _gap(self) -> int:
        gap = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return gap if gap >= 0 else 6

    def _column(self, width: int) -> int:
        columns, gap = self.columns(width), self._gap()
        return max(1, (width - gap * (columns - 1)) // columns)

    def _made(self) -> list[QWidget]:
        """The cards made by the grid (not those given ready-made)."""
        slots = (self.slots[index] for index in sorted(self._alive))
        return [slot.widget for slot in slots if slot.lazy is not None and slot.widget is not None]

    def _measure(self, column: int) -> tuple[int, int, int]:
        """A card's frame, its sides and its image's greatest height, from a card made (all
        share them), else as last seen."""
        for card in self._made():
            if shiboken6.isValid(card):
                framed: Framed = card  # type: ignore[assignment]
                self._frame = (
                    framed.frame_height(column),
                    column - framed.inner_width(column),
                    framed.max_image_height(),
                )
                break
        return self._frame

    def _layout(self, width: int) -> _Rows:
        """Each row's top and height at `width`: cards made or not, the same reckoning. Kept
        for the last few widths and extended as images are added (1,000 arrive one by one)."""
        column = self._column(width)
        frame, sides, most = self._measure(column)
        columns, gap = self.columns(width), self._gap()
        key = (width, frame, sides, most, columns)
        rows = self._rows.get(key)
        if rows is None or self._fixed:  # ready-made widgets: measured each time
            rows = _Rows(key)
            if len(self._rows) > 8:
                self._rows.clear()
            self._rows[key] = rows
        if rows.count == len(self.slots):
            return rows
        whole = rows.count - rows.count % columns  # a row left unfilled is reckoned again
        del rows.tops[whole // columns :], rows.heights[whole // columns :]
        y = rows.tops[-1] + rows.heights[-1] + gap if rows.heights else 0
        for start in range(whole, len(self.slots), columns):
            height = max(self._height(slot, column, frame, sides, most) for slot in self.slots[start : start + columns])
            rows.tops.append(y)
            rows.heights.append(height)
            y += height + gap
        rows.count = len(self.slots)
        rows.tops.append(max(0, y - gap))  # the grid's height
        return rows

    @staticmethod
    def _height(slot: _Slot, column: int, frame: int, sides: int, most: int) -> int:
        if slot.lazy is not None:
            return frame + slot.lazy.content_height(column - sides, most)
        widget = slot.widget
        assert widget is not None
        return widget.heightForWidth(column) if widget.hasHeightForWidth() else widget.sizeHint().height()

    # --- which cards exist, and where ----------------------------------------------------------
    def _seen(self) -> tuple[int, int]:
        """The grid's rows on screen: inside every widget around it (the output area's viewport
        above all), in the grid's own coordinates. Hidden: its top."""
        if not self.isVisible():
            return 0, HIDDEN_SEEN
        top, bottom = -(2**30), 2**30
        parent = self.parentWidget()
        while parent is not None:
            y = self.mapFrom(parent, QPoint(0, 0)).y()
            top, bottom = max(top, y), min(bottom, y + parent.height())
            parent = parent.parentWidget() if not parent.isWindow() else None
        return top, max(top, bottom)

    def refresh(self) -> None:
        """Cards made near the screen, dropped far from it; every card made put in its place."""
        self._later.stop()
        if self._placing or not self.slots:
            return
        self._placing = True
        try:
            self._place()
        finally:
            self._placing = False

    def _place(self) -> None:
        width = self.width()
        columns, column, gap = self.columns(width), self._column(width), self._gap()
        rows = self._layout(width)
        top, bottom = self._seen()
        margin = max(bottom - top, MIN_MARGIN)
        near, far = (top - margin, bottom + margin), (top - 2 * margin, bottom + 2 * margin)
        if len(self.slots) <= ALL_MADE:  # a run of a few images: every card, as ever
            near = far = (-(2**30), 2**30)
        count = len(rows.heights)
        first = max(0, bisect_right(rows.tops, near[0], hi=count) - 1)
        last = bisect_left(rows.tops, near[1], hi=count)  # rows from `first` up to here are near
        made_any = False
        for index in range(first * columns, min(len(self.slots), last * columns)):
            slot = self.slots[index]
            if slot.widget is None and slot.lazy is not None:
                slot.widget = slot.lazy.make(self)
                if self._viewport_height is not None:
                    slot.widget.fit_to(self._viewport_height)  # type: ignore[attr-defined]
                slot.widget.show()
                self._alive.add(index)
                made_any = True
        focused = QApplication.focusWidget()
        for index in sorted(self._alive):
            slot = self.slots[index]
            widget = slot.widget
            assert widget is not None
            row, col = divmod(index, columns)
            y, height = rows.tops[row], rows.heights[row]
            if (y >= far[1] or y + height <= far[0]) and slot.lazy is not None and not _in_use(widget, focused):
                widget.hide()
                widget.deleteLater()
                slot.widget = None
                self._alive.discard(index)
            else:
                widget.setGeometry(QRect(col * (column + gap), y, column, height))
        for slot in self._fresh:
            if slot.widget is None and slot.lazy is not None:
                slot.lazy.let_go()
        self._fresh.clear()
        if made_any:
            self._order_tabs()
            if self._layout(width) is not rows:  # the first card made told the real frame
                self.updateGeometry()
                self._later.start()

    def _order_tabs(self) -> None:
        """Tab goes through the cards in their order, whenever each was made."""
        chain = [
            widget
            for card in self.cards()
            for widget in [card, *card.findChildren(QWidget)]
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is card.window()
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- following the scroll -----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch()
        self._later.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def _watch(self) -> None:
        """Told when a widget around it moves (a scroll moves the scroll area's widget) or is
        resized, up to the scroll area's viewport."""
        parent = self.parentWidget()
        while parent is not None and parent not in self._watched:
            parent.installEventFilter(self)
            self._watched.append(parent)
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
                break
            parent = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.refresh()
        return super().eventFilter(watched, event)


def _in_use(card: QWidget, focused: QWidget | None) -> bool:
    """The keyboard focus is in it, or a dialog of its own is open (Save as…): kept."""
    if focused is not None and (focused is card or card.isAncestorOf(focused)):
        return True
    return any(dialog.isVisible() for dialog in card.findChildren(QDialog))
