"""A row of buttons that wraps onto more lines when the pane is narrow (or the font large):
nothing is ever wider than the widest single button, so the output area never scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


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
