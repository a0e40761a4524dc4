"""Layouts that let the output area fit any width without scrolling sideways: a row of buttons
that wraps onto more lines when the pane is narrow (or the font large), and a grid of images,
two columns when both fit at a useful size, each image scaled to its column."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

MIN_COLUMN = 240  # pixels: narrower than this, images are one per row


class _Items(QLayout):
    """The item bookkeeping both layouts share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """As wide as the widest item: anything wider wraps (or takes one column)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (moving them when `move`); the height they take."""
        raise NotImplementedError

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self, fallback: QStyle.PixelMetric) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        return parent.style().pixelMetric(fallback) if parent is not None else 6


class FlowLayout(_Items):
    """Left to right, wrapping: nothing is ever wider than the widest single item."""

    def sizeHint(self) -> QSize:
        """All on one line, when there is room."""
        shown = self._shown()
        gap = self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        width = sum(item.sizeHint().width() for item in shown) + gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap_x = self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        gap_y = self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + gap_y, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap_x
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class GridLayout(_Items):
    """Equal columns (two when each gets MIN_COLUMN pixels, else one); a row is as tall as its
    tallest item at the column's width (images give their height for a width)."""

    def __init__(self, parent: QWidget | None = None, most: int = 2) -> None:
        super().__init__(parent)
        self.most = most

    def columns(self, width: int) -> int:
        gap = self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        fits = max(1, (width + gap) // (MIN_COLUMN + gap))
        return max(1, min(self.most, fits, len(self._shown())))

    def sizeHint(self) -> QSize:
        width = max((item.sizeHint().width() for item in self._shown()), default=0)
        return QSize(width, self.heightForWidth(width))

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        shown = self._shown()
        columns = self.columns(rect.width())
        column = max(1, (area.width() - gap * (columns - 1)) // columns)
        y = area.y()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            height = max(_height(item, column) for item in row)
            if move:
                for index, item in enumerate(row):
                    item.setGeometry(QRect(area.x() + index * (column + gap), y, column, height))
            y += height + gap
        return max(0, y - gap - rect.y()) + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return item.sizeHint().height()


class ImageGrid(QWidget):
    """Consecutive images of one run, side by side where they fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageGrid")
        self.grid = GridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, card: QWidget) -> None:
        self.grid.addWidget(card)
        self.updateGeometry()

    def cards(self) -> list[QWidget]:
        found = (self.grid.itemAt(i) for i in range(self.grid.count()))
        return [widget for item in found if item is not None and (widget := item.widget()) is not None]

    def columns(self) -> int:
        return self.grid.columns(self.width())
